#!/usr/bin/env python3
"""Launcher overhead per task against the real MLMD engine.

Creates what KFP's drivers would (run contexts, a root DAG, a DAG, a RUNNING
system.ContainerExecution per task) through the MLMD Python client, runs the
launcher binary with the pod-spec-patch command line and `true` as the user
program, and compares it side by side with running `true` directly: wall time
(monotonic clock) and peak RSS (/usr/bin/time), and the MLMD round trips the launcher counted
(its `mlmd_round_trips` log field). Writes its section of BENCHMARKS.md.

Run: make bench (or e2e/services/with-mlmd.sh sh -c '"$KFP_MLMD_PYTHON"
e2e/bench/overhead.py target/release/launcher').
Env: BENCH_TASKS (default 30), BENCH_OUT (default BENCHMARKS.md at the repo root).
"""

import json
import os
import pathlib
import re
import statistics
import subprocess
import sys
import time
import uuid

from ml_metadata import metadata_store
from ml_metadata.proto import metadata_store_pb2 as pb

import section  # e2e/bench/section.py: this script's part of BENCHMARKS.md

REPO = pathlib.Path(__file__).resolve().parents[2]
BEGIN = "<!-- bench:overhead:begin (written by e2e/bench/overhead.py: edits here are overwritten) -->"
END = "<!-- bench:overhead:end -->"


def store():
    cfg = pb.MetadataStoreClientConfig(host=os.environ["KFP_MLMD_HOST"], port=int(os.environ["KFP_MLMD_PORT"]))
    return metadata_store.MetadataStore(cfg)


def put_type(s, kind, name):
    if kind == "context":
        return s.put_context_type(pb.ContextType(name=name))
    if kind == "execution":
        return s.put_execution_type(pb.ExecutionType(name=name))
    raise ValueError(kind)


def sval(v):
    x = pb.Value()
    if isinstance(v, int):
        x.int_value = v
    else:
        x.string_value = v
    return x


def execution(type_id, props, name=None):
    e = pb.Execution(type_id=type_id, last_known_state=pb.Execution.RUNNING)
    if name:
        e.name = name
    for k, v in props.items():
        e.custom_properties[k].CopyFrom(sval(v))
    return e


def timed(cmd):
    """(wall s, peak RSS KiB, stderr, exit code) of one run: wall from a
    monotonic clock around it, peak RSS from /usr/bin/time (the rusage of a
    child forked from Python would count Python's own pages)."""
    t0 = time.perf_counter()
    p = subprocess.run(["/usr/bin/time", "-f", "BENCH %M"] + cmd, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - t0
    rss = int([l for l in p.stderr.splitlines() if l.startswith("BENCH ")][-1].split()[1])
    return wall, rss, p.stderr, p.returncode


def make_dag(s, pipeline_name, n):
    """What KFP's drivers would have recorded before `n` tasks of one DAG
    start: the run's contexts, a root DAG and a DAG expecting `n` tasks.
    Returns (contexts, run context id, DAG id, container type id, run id)."""
    pipeline_t = put_type(s, "context", "system.Pipeline")
    run_t = put_type(s, "context", "system.PipelineRun")
    dag_t = put_type(s, "execution", "system.DAGExecution")
    cont_t = put_type(s, "execution", "system.ContainerExecution")
    run_id = str(uuid.uuid4())
    pctx = pb.Context(type_id=pipeline_t, name=pipeline_name)
    rctx = pb.Context(type_id=run_t, name=run_id)
    for k, v in {"namespace": "kubeflow", "resource_name": "run-resource",
                 "pipeline_root": "minio://mlpipeline/v2/artifacts/%s/%s" % (pipeline_name, run_id),
                 "store_session_info": ""}.items():
        rctx.custom_properties[k].CopyFrom(sval(v))
    pid, rid = s.put_contexts([pctx, rctx])
    s.put_parent_contexts([pb.ParentContext(child_id=rid, parent_id=pid)])
    ctxs = s.get_contexts_by_id([pid, rid])
    [root] = s.put_executions([execution(dag_t, {"display_name": ""}, name="run/" + run_id)])
    [dag] = s.put_executions([execution(dag_t, {"display_name": "inner", "parent_dag_id": root,
                                                "total_dag_tasks": n})])
    for c in ctxs:
        s.put_attributions_and_associations([], [pb.Association(context_id=c.id, execution_id=dag)])
    return ctxs, rid, dag, cont_t, run_id


def new_task(s, launcher, pipeline_name, run_id, ctxs, dag, cont_t, i):
    """A RUNNING container execution of the DAG, as the container driver
    makes it, and the launcher's command line for it (`true` as the step)."""
    exec_id, _, _ = s.put_execution(
        execution(cont_t, {"display_name": "noop", "task_name": "noop-%d" % i, "parent_dag_id": dag,
                           "pod_name": "", "pod_uid": "", "namespace": "", "image": "",
                           "cache_fingerprint": ""}), [], ctxs)
    return [launcher, "--executor_type", "container", "--pipeline_name", pipeline_name,
            "--run_id", run_id, "--execution_id", str(exec_id),
            "--executor_input", json.dumps({"inputs": {"parameterValues": {}}}),
            "--component_spec", json.dumps({"executorLabel": "exec-noop"}),
            "--pod_name", "noop-%d" % i, "--pod_uid", str(uuid.uuid4()),
            "--mlmd_server_address", os.environ["KFP_MLMD_HOST"],
            "--mlmd_server_port", os.environ["KFP_MLMD_PORT"],
            "--publish_logs", "false", "--cache_disabled=true", "--namespace", "kubeflow",
            "--", "true"]


def main():
    launcher = os.path.abspath(sys.argv[1])
    n = int(os.environ.get("BENCH_TASKS", "30"))
    s = store()
    pipeline_name = "overhead"
    ctxs, rid, dag, cont_t, run_id = make_dag(s, pipeline_name, n)

    rows = []
    for i in range(n):
        argv = new_task(s, launcher, pipeline_name, run_id, ctxs, dag, cont_t, i)
        # Interleaved: the launcher, then `true` alone.
        wall, rss, err, code = timed(argv)
        if code != 0:
            sys.exit("launcher failed (%d):\n%s" % (code, err))
        m = re.search(r"mlmd_round_trips\D+(\d+)", err)
        trips = int(m.group(1)) if m else -1
        bwall, brss, _, _ = timed(["true"])
        rows.append((wall, rss, trips, bwall, brss))

    states = {e.last_known_state for e in s.get_executions_by_context(rid) if e.type_id == cont_t}
    dag_state = s.get_executions_by_id([dag])[0].last_known_state
    med = lambda i: statistics.median(r[i] for r in rows)
    trips = sorted(r[2] for r in rows)
    section.publish(BEGIN, END, [
        "## Launcher overhead per task (container mode, real MLMD on loopback)",
        "",
        "Reproduce: `make bench` (runs `e2e/bench/overhead.py target/release/launcher` under "
        "`e2e/services/with-mlmd.sh`). BENCH_TASKS=%d tasks of one DAG, each a RUNNING "
        "`system.ContainerExecution` made as the container driver makes it; the launcher runs the "
        "pod-spec-patch command line with `--publish_logs false` and `true` as the user program; "
        "`true` alone runs right after each, interleaved. MLMD: ml-metadata 1.17.1 (SQLite on tmpfs) "
        "behind e2e/services/mlmd_server.py on 127.0.0.1." % n,
        "",
        "- Date: %s; machine: %d cores; launcher: git %s" % (
            section.now(), os.cpu_count(), section.revision("--short=12")),
        "",
        "| run | wall ms (median) | peak RSS MiB (median) |",
        "|---|---|---|",
        "| launcher + `true` | %.1f | %.1f |" % (med(0) * 1e3, med(1) / 1024),
        "| `true` alone | %.1f | %.1f |" % (med(3) * 1e3, med(4) / 1024),
        "| overhead | %.1f | %.1f |" % ((med(0) - med(3)) * 1e3, (med(1) - med(4)) / 1024),
        "",
        "- MLMD round trips per task (attempts the launcher sent, retries included): min %d, "
        "median %d, max %d (goal ≤ 6). A task costs open (2, in parallel) + pre-publish (1) + "
        "publish (1) + reading its DAG (1), plus one PutTypes when it has output artifacts "
        "(6: asserted by launcher/tests/container.rs); the task that completes the DAG adds the "
        "DAG's update and a read of its parent (the root: 2 more)." % (
            trips[0], statistics.median(trips), trips[-1]),
        "- Every task ended COMPLETE: %s; the DAG: %s." % (
            states == {pb.Execution.COMPLETE},
            pb.Execution.State.Name(dag_state)),
        "- Wall: monotonic clock around each run (spawning /usr/bin/time is in both rows); "
        "peak RSS: /usr/bin/time. The machine is shared, so only the side-by-side "
        "difference is meaningful.",
    ])


if __name__ == "__main__":
    main()
