#!/usr/bin/env python3
"""Export protobuf FileDescriptorSets from the pinned PyPI packages.

Neither `ml-metadata` nor `kfp-pipeline-spec` / `kfp-kubernetes` ships `.proto`
sources, but every generated `*_pb2.py` module carries its serialized
`FileDescriptorProto` as the literal argument of
`descriptor_pool.Default().AddSerializedFile(b'...')`. This script downloads the
pinned wheels (no install, no import: the packages need incompatible protobuf
runtimes), reads those literals with `ast`, and writes one self-contained
`FileDescriptorSet` per package (its own files plus every import, transitively)
into `descriptors/`. The Rust build reads only the committed `.binpb` files, so
neither Python nor protoc is needed to build.

Usage: python3 common/proto/export_descriptors.py   (needs pip and PyPI access)
"""
import ast
import pathlib
import subprocess
import sys
import tempfile
import zipfile

PINS = [
    "ml-metadata==1.17.1",
    "kfp-pipeline-spec==2.17.3",
    "kfp-kubernetes==2.17.3",
    # Well-known types and google.rpc.Status, imported by the files above.
    "protobuf==4.25.8",
    "googleapis-common-protos==1.66.0",
]

# Output set -> the proto files it is rooted at (imports are added transitively).
SETS = {
    "ml_metadata.binpb": [
        "ml_metadata/proto/metadata_store.proto",
        "ml_metadata/proto/metadata_store_service.proto",
    ],
    "pipeline_spec.binpb": ["pipeline_spec.proto"],
    "kubernetes_executor_config.binpb": ["kubernetes_executor_config.proto"],
}

OUT = pathlib.Path(__file__).resolve().parent / "descriptors"


def serialized_files(source: str):
    """Yield every bytes literal passed to AddSerializedFile in a _pb2 module."""
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "AddSerializedFile"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, bytes)
        ):
            yield node.args[0].value


def read_varint(buf: bytes, pos: int):
    shift = result = 0
    while True:
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if not b & 0x80:
            return result, pos
        shift += 7


def fields(buf: bytes):
    """Minimal protobuf wire decoder: yields (field number, wire type, value)."""
    pos = 0
    while pos < len(buf):
        key, pos = read_varint(buf, pos)
        num, wt = key >> 3, key & 7
        if wt == 0:
            val, pos = read_varint(buf, pos)
        elif wt == 2:
            n, pos = read_varint(buf, pos)
            val, pos = buf[pos : pos + n], pos + n
        elif wt == 1:
            val, pos = buf[pos : pos + 8], pos + 8
        elif wt == 5:
            val, pos = buf[pos : pos + 4], pos + 4
        else:
            raise ValueError(f"unsupported wire type {wt}")
        yield num, wt, val


def name_and_deps(fdp: bytes):
    """FileDescriptorProto: name = 1, dependency = 3."""
    name, deps = None, []
    for num, wt, val in fields(fdp):
        if num == 1 and wt == 2:
            name = val.decode()
        elif num == 3 and wt == 2:
            deps.append(val.decode())
    return name, deps


def varint(n: int) -> bytes:
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        out.append(b | (0x80 if n else 0))
        if not n:
            return bytes(out)


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
             "--only-binary=:all:", "--python-version", "3.11", "--platform",
             "manylinux2014_x86_64", "-d", tmp, *PINS],
            check=True,
        )
        files = {}
        for wheel in sorted(pathlib.Path(tmp).glob("*.whl")):
            with zipfile.ZipFile(wheel) as zf:
                for member in zf.namelist():
                    if member.endswith("_pb2.py"):
                        src = zf.read(member).decode()
                        for fdp in serialized_files(src):
                            name, deps = name_and_deps(fdp)
                            files.setdefault(name, (fdp, deps))
    OUT.mkdir(exist_ok=True)
    for out_name, roots in SETS.items():
        ordered, seen = [], set()

        def visit(name):
            if name in seen:
                return
            seen.add(name)
            if name not in files:
                raise SystemExit(f"descriptor for {name} not found in the pinned wheels")
            fdp, deps = files[name]
            for dep in deps:
                visit(dep)
            ordered.append(fdp)  # dependencies first, as protoc writes them

        for root in roots:
            visit(root)
        data = b"".join(b"\x0a" + varint(len(f)) + f for f in ordered)
        (OUT / out_name).write_bytes(data)
        print(f"{out_name}: {len(ordered)} files, {len(data)} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
