#!/usr/bin/env python3
"""Reads an OCI image archive (what `buildah push oci-archive:` writes) with
the standard library only: the artifact itself is checked, not a store's view
of it.

  oci.py sizes ARCHIVE
      prints "<archive bytes> <uncompressed layer bytes>"
  oci.py check ARCHIVE --binary PATH [--link NAME=TARGET]... [--label K]...
      checks what a scratch image of ours must be: non-root user 65532,
      PATH set, the OCI labels non-empty, the binary mode 0555 and owned by
      root, the CA bundle, /tmp with mode 1777, the symlinks, and no shell.
      Prints one line per failed check; exits 1 if any failed.
"""

import argparse
import gzip
import io
import json
import os
import stat
import sys
import tarfile

LABELS = (
    "org.opencontainers.image.source",
    "org.opencontainers.image.version",
    "org.opencontainers.image.revision",
)


class Image:
    def __init__(self, path):
        self.path = path
        with tarfile.open(path) as tar:
            def blob(digest):
                return tar.extractfile("blobs/" + digest.replace(":", "/")).read()

            index = json.loads(tar.extractfile("index.json").read())
            manifest = json.loads(blob(index["manifests"][0]["digest"]))
            self.config = json.loads(blob(manifest["config"]["digest"]))
            self.layers = []
            for layer in manifest["layers"]:
                data = blob(layer["digest"])
                if "gzip" in layer["mediaType"]:
                    data = gzip.decompress(data)
                self.layers.append(data)

    def files(self):
        """Path (without the leading slash) -> TarInfo, later layers win
        (our images have one layer; whiteouts are not handled)."""
        out = {}
        for data in self.layers:
            with tarfile.open(fileobj=io.BytesIO(data), mode="r:") as layer:
                for info in layer.getmembers():
                    name = info.name.removeprefix("./").strip("/")
                    out[name] = info
        return out


def sizes(args):
    image = Image(args.archive)
    print(os.path.getsize(args.archive), sum(len(d) for d in image.layers))
    return 0


def check(args):
    image = Image(args.archive)
    config = image.config.get("config", {})
    files = image.files()
    failed = []

    def want(ok, what):
        if not ok:
            failed.append(what)

    want(config.get("User") == "65532:65532", f"user is {config.get('User')!r}, not 65532:65532")
    want(
        any(e.startswith("PATH=") and "/usr/local/bin" in e for e in config.get("Env", [])),
        "no PATH with /usr/local/bin: KFP names the command, the runtime looks it up",
    )
    labels = config.get("Labels") or {}
    for key in LABELS + tuple(args.label):
        want(labels.get(key, "") not in ("", "unknown"), f"label {key} is {labels.get(key)!r}")

    binary = files.get(args.binary.lstrip("/"))
    want(binary is not None and binary.isfile(), f"{args.binary} missing")
    if binary is not None:
        want(stat.S_IMODE(binary.mode) == 0o555, f"{args.binary} mode {stat.S_IMODE(binary.mode):o}")
        want(binary.uid == 0, f"{args.binary} owned by uid {binary.uid}: the user could rewrite it")
    certs = files.get("etc/ssl/certs/ca-certificates.crt")
    want(certs is not None and certs.size > 10_000, "no CA bundle at /etc/ssl/certs/ca-certificates.crt")
    tmp = files.get("tmp")
    want(tmp is not None and tmp.isdir() and stat.S_IMODE(tmp.mode) == 0o1777,
         "/tmp missing or not mode 1777 (the driver writes /tmp/outputs as uid 65532)")
    for link in args.link:
        name, target = link.split("=", 1)
        info = files.get(name.lstrip("/"))
        want(info is not None and info.issym() and info.linkname == target, f"{name} is not a symlink to {target}")
    shells = [p for p in ("bin/sh", "bin/bash", "bin/busybox", "usr/bin/sh") if p in files]
    want(not shells, f"a shell in a scratch image: {shells}")

    for f in failed:
        print(f"{args.archive}: {f}")
    return 1 if failed else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("sizes")
    p.add_argument("archive")
    p.set_defaults(fn=sizes)
    p = sub.add_parser("check")
    p.add_argument("archive")
    p.add_argument("--binary", required=True)
    p.add_argument("--link", action="append", default=[])
    p.add_argument("--label", action="append", default=[])
    p.set_defaults(fn=check)
    args = parser.parse_args()
    return args.fn(args)


if __name__ == "__main__":
    sys.exit(main())
