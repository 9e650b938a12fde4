"""The KFP SDK's own local runner as an oracle: each pipeline is compiled by
the SDK, run by `kfp.local` (SubprocessRunner) and by `launcher local run`,
and every container task's output parameters and output artifacts (bytes
and metadata) must be the same. Run by launcher/tests/differential.rs
(`make test`), with the kfp venv's Python.

Pipelines: our own (differential_pipelines.py: every parameter type,
artifacts, Metrics, NamedTuple, nested pipelines, If/Elif/Else with OneOf,
ParallelFor with Collected) and e2e/pipelines' `chain3`, `fanout8` and
`python_steps`.

Tasks are matched by name, not path: kfp.local names a ParallelFor
iteration's task like the task itself, so each name maps to the multiset of
its runs' outputs (order-free; a ParallelFor's iterations in any order).
Tasks that did not run (a branch not taken) are absent on both sides.

Where kfp.local differs from KFP on purpose, the comparison follows KFP:
  * numbers inside dicts and lists: kfp.local passes them through a
    protobuf Struct and hands the step floats (`{"a": 2.0}`); KFP's pods
    get the JSON as written (`{"a": 2}`). A number compares by value, and
    the steps return values rather than printing them;
  * artifact URIs: kfp.local uses local paths, KFP `minio://...`; only the
    bytes (a directory: its files' paths and bytes) and metadata compare;
  * artifact metadata: KFP records it in ML Metadata, adding
    `display_name` and `store_session_info` (the launcher also `digest` and
    `size_bytes`), a dict as `{"struct": ...}`, a list as `{"list": ...}`,
    a bool as 1/0; kfp.local keeps the step's dict. Compared as the step
    wrote it.
kfp.local 2.17.3 cannot select a dsl.OneOf of artifacts, so the pipelines
use OneOf for parameters only (see differential_pipelines.branches).

usage: python differential.py --launcher PATH [NAME...]
Prints one JSON line per pipeline ({"pipeline", "tasks", "runs",
"launcher_s", "kfp_local_s", "differences"}); exits 1 on any difference.
"""
import argparse
import hashlib
import importlib.util
import json
import os
import pathlib
import sqlite3
import subprocess
import sys
import tempfile
import time

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parents[1]


def load(path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pipelines():
    ours = load(HERE / "differential_pipelines.py").PIPELINES
    whole = load(REPO / "e2e/pipelines/whole.py")
    steps = load(REPO / "e2e/pipelines/python_steps.py")
    return {**ours, "chain3": whole.chain3, "fanout8": whole.fanout8,
            "python_steps": steps.python_steps}


def canonical(value):
    """A value as KFP means it: numbers by value (2 == 2.0), bools apart."""
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, dict):
        return {k: canonical(v) for k, v in sorted(value.items())}
    if isinstance(value, (list, tuple)):
        return [canonical(v) for v in value]
    return repr(value)


def digest(path):
    """sha256 of a file's bytes, or of a directory's relative paths and
    bytes; None when nothing was written."""
    path = pathlib.Path(path)
    h = hashlib.sha256()
    if path.is_file():
        h.update(path.read_bytes())
    elif path.is_dir():
        for f in sorted(p for p in path.rglob("*") if p.is_file()):
            h.update(str(f.relative_to(path)).encode() + b"\0" + f.read_bytes())
    else:
        return None
    return h.hexdigest()


# What the launcher records beside a step's own metadata (lineage).
RECORDED = {"display_name", "store_session_info", "digest", "size_bytes"}


def recorded(value):
    """A metadata value as the step wrote it, from how the store keeps it:
    `{"struct": {...}}`, `{"list": [...]}`, a bool as 1/0."""
    if isinstance(value, dict) and len(value) == 1 and next(iter(value)) in ("struct", "list"):
        return next(iter(value.values()))
    return float(value) if isinstance(value, bool) else value


def artifact(path, metadata):
    metadata = {k: recorded(v) for k, v in metadata.items() if k not in RECORDED}
    return {"sha256": digest(path), "metadata": canonical(metadata)}


def dag_tasks(ir):
    """Names of tasks that are nested pipelines (the launcher lists them)."""
    components = ir["components"]
    names = set()

    def walk(dag):
        for name, task in dag.get("tasks", {}).items():
            comp = components[task["componentRef"]["name"]]
            if "dag" in comp:
                names.add(name)
                walk(comp["dag"])
    walk(ir["root"]["dag"])
    for comp in components.values():
        if "dag" in comp:
            walk(comp["dag"])
    return names


def metadata_by_uri(home):
    """An artifact's custom properties in the run's store, by URI."""
    db = sqlite3.connect(home / "metadata.sqlite")
    rows = db.execute(
        "SELECT a.uri, p.name, p.int_value, p.double_value, p.string_value, p.struct_value,"
        " p.bool_value FROM artifact a JOIN artifact_property p ON p.artifact_id = a.id")
    out = {}
    for uri, name, i, d, s, struct, b in rows:
        value = (i if i is not None else d if d is not None else s if s is not None
                 else json.loads(struct) if struct is not None
                 else bool(b) if b is not None else None)
        out.setdefault(uri, {})[name] = value
    db.close()
    return out


def with_launcher(launcher, ir_path, ir, work, env):
    home = work / "home"
    out = subprocess.run([launcher, "local", "run", str(ir_path), "--home", str(home), "--json"],
                         env=env, cwd=work, capture_output=True, text=True)
    try:
        summary = json.loads(out.stdout)
    except ValueError:
        sys.exit(f"{ir_path.name}: launcher printed no summary:\n{out.stderr[-3000:]}")
    props = metadata_by_uri(home)
    skip = dag_tasks(ir)
    runs = {}
    for path, task in summary["tasks"].items():
        name = path.rsplit("/", 1)[-1]
        if name in skip or task["state"] in ("SKIPPED", "NOT_RUN"):
            continue
        if task["state"] not in ("COMPLETE", "CACHED"):
            runs.setdefault(name, []).append({"state": task["state"], "error": task.get("error")})
            continue
        outputs = {k: canonical(v) for k, v in task["outputs"]["parameters"].items()}
        for k, arts in task["outputs"]["artifacts"].items():
            if k != "executor-logs":
                outputs[k] = [artifact(a["local"], props.get(a["uri"], {})) for a in arts]
        runs.setdefault(name, []).append(outputs)
    return runs


def with_kfp_local(pipeline, root):
    from kfp import local
    from kfp.local.orchestrator import task_executor

    runs = {}
    run_task = task_executor.execute_single_task

    def recording(**kw):
        outputs, status = run_task(**kw)
        if status.name != "SUCCESS":
            runs.setdefault(kw["task_name"], []).append({"state": status.name})
            return outputs, status
        seen = {}
        for k, v in outputs.items():
            if hasattr(v, "uri"):
                seen[k] = [artifact(v.path, dict(v.metadata))]
            elif isinstance(v, list) and v and hasattr(v[0], "uri"):
                seen[k] = [artifact(a.path, dict(a.metadata)) for a in v]
            else:
                seen[k] = canonical(v)
        runs.setdefault(kw["task_name"], []).append(seen)
        return outputs, status

    task_executor.execute_single_task = recording
    try:
        local.init(runner=local.SubprocessRunner(use_venv=False), pipeline_root=str(root),
                   raise_on_error=False)
        pipeline()
    finally:
        task_executor.execute_single_task = run_task
    return runs


def differences(ours, theirs):
    key = lambda o: json.dumps(o, sort_keys=True)  # noqa: E731
    diffs = []
    for name in sorted(set(ours) | set(theirs)):
        a = sorted(map(key, ours.get(name, [])))
        b = sorted(map(key, theirs.get(name, [])))
        if a != b:
            diffs.append({"task": name, "launcher": a, "kfp.local": b})
    return diffs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--launcher", required=True)
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    import yaml
    from kfp import compiler

    # Steps run with this Python's kfp, whose `pip install kfp==V` is a no-op.
    env = dict(os.environ, PIP_NO_INDEX="1",
               PATH=f"{pathlib.Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    os.environ.update(env)
    # Our JSON lines alone on stdout: kfp.local prints its steps' output there.
    report = os.fdopen(os.dup(1), "w")
    os.dup2(2, 1)
    failed = False
    for name, pipeline in pipelines().items():
        if args.names and name not in args.names:
            continue
        with tempfile.TemporaryDirectory(prefix=f"kfp-differential-{name}-") as tmp:
            work = pathlib.Path(tmp)
            ir_path = work / f"{name}.yaml"
            compiler.Compiler().compile(pipeline, str(ir_path))
            ir = yaml.safe_load(ir_path.read_text())
            t0 = time.monotonic()
            ours = with_launcher(args.launcher, ir_path, ir, work, env)
            t1 = time.monotonic()
            theirs = with_kfp_local(pipeline, work / "kfp-local")
            t2 = time.monotonic()
        diffs = differences(ours, theirs)
        failed |= bool(diffs) or not ours
        print(json.dumps({"pipeline": name, "tasks": len(ours),
                          "runs": sum(map(len, ours.values())),
                          "launcher_s": round(t1 - t0, 1), "kfp_local_s": round(t2 - t1, 1),
                          "differences": diffs}), file=report, flush=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
