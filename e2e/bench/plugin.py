#!/usr/bin/env python3
"""Driver calls as processes vs as plugin requests to one `driver serve`
(issue 18), through the real binaries against the real ML Metadata engine
and SeaweedFS (launcher/tests/e2e_pipeline.rs,
`driver_calls_process_vs_plugin`): the `everything` pipeline and `loop100`
(a ParallelFor of 100 `true` steps), caching off, KFP_BENCH_ROUNDS rounds,
each round running every pipeline both ways one after the other. Then 50
ROOT_DAG requests at once, and the server's resident memory.

Writes its section of BENCHMARKS.md: per pipeline and driver type, the
median and p99 wall time of a call both ways and their ratio; the machine's
load while it ran; and what the process way leaves out in a cluster, a
pod's start, from Kubernetes' published SLO (marked as published).

Run: make bench-plugin (needs the services: it runs under with-seaweedfs.sh
and with-mlmd.sh, and the KFP SDK's venv for the Python steps). Env: CARGO,
KFP_BENCH_ROUNDS (3), BENCH_OUT.
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
BEGIN = "<!-- bench:plugin:begin (written by e2e/bench/plugin.py: edits here are overwritten) -->"
END = "<!-- bench:plugin:end -->"
CALL = re.compile(r"driver-call: round (\d+) (process|plugin) (\S+) (ROOT_DAG|DAG|CONTAINER) ([\d.]+)")
RSS = re.compile(r"serve-rss: before (\d+) kB, after 50 concurrent ROOT_DAG requests (\d+) kB, peak (\d+) kB, burst (\d+) ms")
# Kubernetes' own objective for a pod's start, image pull and init
# containers excluded (sig-scalability, slos/pod_startup_latency.md).
POD_SLO = ("Kubernetes' scalability SLO for the startup latency of schedulable stateless pods, "
           "excluding image pulls and init containers: 99th percentile per cluster-day <= 5 s "
           "(kubernetes/community, sig-scalability/slos/pod_startup_latency.md)")


def p99(xs):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(0.99 * len(xs)))]


def loadavg():
    return open("/proc/loadavg").read().split()[0]


def wait_for_quiet(limit=0.7, patience=180):
    """Wait (at most `patience` s) for the 1-minute load average to drop
    below `limit`, so that the build does not weigh on the first rounds."""
    import time
    deadline = time.time() + patience
    while float(loadavg()) >= limit and time.time() < deadline:
        time.sleep(5)


def main():
    cargo = os.environ.get("CARGO", "cargo")
    env = dict(os.environ, KFP_BENCH_PLUGIN="1")
    test = [cargo, "test", "--release", "-p", "kfp-launcher", "--all-features", "--test", "e2e_pipeline",
            "driver_calls_process_vs_plugin"]
    build = subprocess.run(test + ["--no-run"], cwd=REPO, env=env, capture_output=True, text=True)
    if build.returncode != 0:
        sys.exit(f"building the benchmark failed:\n{build.stderr[-4000:]}")
    wait_for_quiet()
    load_before = loadavg()
    run = subprocess.run(test + ["--", "--nocapture"], cwd=REPO, env=env, capture_output=True, text=True)
    load_after = loadavg()
    out = run.stdout + run.stderr
    if run.returncode != 0 or "driver-call:" not in out:
        sys.exit(f"benchmark failed:\n{out[-4000:]}")
    calls = {}
    rounds = set()
    for rnd, mode, pipeline, kind, ms in CALL.findall(out):
        rounds.add(rnd)
        calls.setdefault((pipeline, kind, mode), []).append(float(ms))
        calls.setdefault((pipeline, "all", mode), []).append(float(ms))
    rss = RSS.search(out)
    when, rev = section.now(), section.revision()
    lines = [
        "## Driver calls: a process per call vs the plugin server (`driver serve`)",
        "",
        f"Measured {when} at {rev} on {os.cpu_count()} cores ({platform.machine()}), 1-minute load average "
        f"{load_before} before (after waiting for it to fall below 0.7, at most 3 minutes) and {load_after} "
        f"after, the runs' own load included (`make bench-plugin`): {len(rounds)} rounds, each "
        "running `everything` and `loop100` (a ParallelFor of 100 `true` steps) with caching off, once "
        "with every driver a `driver` process (release build, the command line KFP compiles: what a "
        "driver pod runs, minus the pod) and once with every driver a plugin request to one `driver "
        "serve` (HTTP, bearer token, connections kept), one after the other; the ML Metadata engine and "
        "SeaweedFS on 127.0.0.1. Wall time per call, as the walk that plays Argo sees it.",
        "",
        "| pipeline | driver | calls | process median / p99 ms | plugin median / p99 ms | process ÷ plugin (median) |",
        "|---|---|---|---|---|---|",
    ]
    for pipeline in ("everything", "loop100"):
        for kind in ("ROOT_DAG", "DAG", "CONTAINER", "all"):
            proc, plug = calls.get((pipeline, kind, "process")), calls.get((pipeline, kind, "plugin"))
            if not proc or not plug:
                continue
            label = "**all**" if kind == "all" else kind
            pm, qm = statistics.median(proc), statistics.median(plug)
            lines.append(
                f"| {pipeline} | {label} | {len(plug)} | {pm:.1f} / {p99(proc):.1f} | "
                f"{qm:.1f} / {p99(plug):.1f} | {pm / qm:.1f}× |")
    lines += [""]
    if rss:
        before, after, peak, burst = rss.groups()
        lines.append(
            f"`driver serve`'s resident memory: {int(before) / 1024:.1f} MiB after the runs above, "
            f"{int(after) / 1024:.1f} MiB after 50 ROOT_DAG requests at once (peak {int(peak) / 1024:.1f} MiB; "
            f"the 50 answered in {burst} ms), one process for every driver call of the namespace.")
        lines.append("")
    lines += [
        "What the process column leaves out is the pod around it. **Published, not measured here:** "
        f"{POD_SLO}. A KFP task today pays that for its driver pod on top of its executor pod, and so "
        "does every DAG, condition branch and loop iteration (101 driver pods for `loop100`); "
        "as a plugin request, a driver call costs the plugin column above.",
    ]
    section.publish(BEGIN, END, lines)


if __name__ == "__main__":
    main()
