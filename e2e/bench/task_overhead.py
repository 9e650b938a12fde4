#!/usr/bin/env python3
"""Per-task overhead of driver + launcher (+ its publish) for a `true`
container step, through the real binaries as a cluster runs them, against
the real ML Metadata engine and SeaweedFS (launcher/tests/e2e_pipeline.rs,
`task_overhead_by_phase`, on e2e/pipelines/whole/noop5.yaml: five `true`
steps in a row, KFP_BENCH_ROUNDS runs, caching off).

Writes its section of BENCHMARKS.md: medians per task of each process's
wall time and of the launcher's own phases (execution custom properties
setup_ms, download_ms, run_ms, upload_ms); "publish and exit" is the
launcher's wall time minus those phases (publish, cache entry, DAG state
propagation, process start and exit).

Run: make bench-task-overhead (needs the services: it runs under
with-seaweedfs.sh and with-mlmd.sh). Env: CARGO, KFP_BENCH_ROUNDS (4),
BENCH_OUT.
"""

import os
import pathlib
import platform
import re
import statistics
import subprocess
import sys

import section  # e2e/bench/section.py: this script's part of BENCHMARKS.md

REPO = pathlib.Path(__file__).resolve().parents[2]
BEGIN = "<!-- bench:task-overhead:begin (written by e2e/bench/task_overhead.py: edits here are overwritten) -->"
END = "<!-- bench:task-overhead:end -->"
PHASES = re.compile(r"task-overhead: round \d+ phases setup (\d+) download (\d+) run (\d+) upload (\d+)")
PROCESS = re.compile(r"task-overhead: round \d+ process (\S+) ([\d.]+)")


def main():
    cargo = os.environ.get("CARGO", "cargo")
    env = dict(os.environ, KFP_BENCH_OVERHEAD="1")
    run = subprocess.run(
        [cargo, "test", "--release", "-p", "kfp-launcher", "--test", "e2e_pipeline",
         "task_overhead", "--", "--nocapture"],
        cwd=REPO, env=env, capture_output=True, text=True)
    out = run.stdout + run.stderr
    if run.returncode != 0 or "task-overhead:" not in out:
        sys.exit(f"benchmark failed:\n{out[-4000:]}")
    phases = [tuple(map(int, m.groups())) for m in PHASES.finditer(out)]
    procs = {}
    for kind, ms in PROCESS.findall(out):
        procs.setdefault(kind, []).append(float(ms))
    med = lambda xs: statistics.median(xs) if xs else 0.0
    setup, download, run_ms, upload = (med([p[i] for p in phases]) for i in range(4))
    driver = med(procs.get("CONTAINER", []))
    launcher = med(procs.get("launcher", []))
    publish = max(launcher - setup - download - run_ms - upload, 0.0)
    when, rev = section.now(), section.revision()
    rows = [
        ("CONTAINER driver process (resolve, fingerprint, cache lookup, execution, pod spec patch)", driver),
        ("launcher: setup (connect, open execution, pre-publish RUNNING)", setup),
        ("launcher: download inputs", download),
        ("launcher: run `true` as its init", run_ms),
        ("launcher: upload outputs (executor logs)", upload),
        ("launcher: publish and exit (outputs, events, DAG propagation, process start/exit)", publish),
        ("**driver + launcher per task**", driver + launcher),
    ]
    lines = [
        "## Per-task overhead through the real binaries (`true` container step)",
        "",
        f"Measured {when} at {rev} on {os.cpu_count()} cores ({platform.machine()}); "
        f"median over {len(phases)} tasks (`make bench-task-overhead`): five `true` steps in a "
        "row, caching off, the real `driver` and `launcher` binaries with the compiled command "
        "lines, the ML Metadata engine and SeaweedFS on 127.0.0.1. The DAG drivers of the run "
        f"(ROOT_DAG median {med(procs.get('ROOT_DAG', [])):.0f} ms) are once per run, not per task.",
        "",
        "| phase | ms |",
        "|---|---|",
    ]
    lines += [f"| {name} | {ms:.0f} |" for name, ms in rows]
    section.publish(BEGIN, END, lines)


if __name__ == "__main__":
    main()
