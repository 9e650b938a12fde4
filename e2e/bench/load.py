#!/usr/bin/env python3
"""Load on one MLMD engine: many launchers publishing at once, many drivers
resolving a wide Collected input at once. Writes its section of
BENCHMARKS.md.

Launchers: BENCH_LAUNCHERS (200) tasks of one DAG, made as the container
driver makes them (e2e/bench/overhead.py), and that many launcher processes
started at once with `true` as the step: each opens its execution,
pre-publishes its pod, runs `true`, publishes COMPLETE and propagates the
DAG. Per launcher: wall time from the common start, open + pre-publish (its
`pre-published` log line), publish (its `publish_ms`), MLMD round trips and
retries; then whether every task and the DAG ended COMPLETE.

Drivers: driver/tests/scale.rs's ignored `concurrent_drivers_resolve_a_collected_input`
(release), BENCH_DRIVERS (50) `driver` processes at once, each resolving
the Collected input of a ParallelFor of width BENCH_WIDTH (1000).

Run: make bench-load (under e2e/services/with-mlmd.sh).
Env: BENCH_OUT (default BENCHMARKS.md at the repo root), CARGO (cargo).
"""

import datetime
import json
import os
import pathlib
import re
import statistics
import subprocess
import sys
import time

from ml_metadata.proto import metadata_store_pb2 as pb

import overhead  # e2e/bench/overhead.py: the run and tasks as drivers make them
import section  # e2e/bench/section.py: this script's part of BENCHMARKS.md

REPO = pathlib.Path(__file__).resolve().parents[2]
BEGIN = "<!-- bench:load:begin (written by e2e/bench/load.py: edits here are overwritten) -->"
END = "<!-- bench:load:end -->"
DRIVER_LINE = re.compile(
    r"driver-load: drivers (\d+) width (\d+) total_ms (\d+) p50_ms (\d+) p99_ms (\d+) max_ms (\d+) "
    r"failed (\d+) trips (\d+) (\d+) (\d+) retries (\d+)")


def pct(values, q):
    values = sorted(values)
    return values[round((len(values) - 1) * q)]


def log_lines(stderr):
    """The launcher's JSON log lines (stderr is not a terminal)."""
    for line in stderr.splitlines():
        try:
            yield json.loads(line)
        except ValueError:
            continue


def launchers(launcher, n):
    s = overhead.store()
    name = "load-%d" % n  # one pipeline context per width
    ctxs, rid, dag, cont_t, run_id = overhead.make_dag(s, name, n)
    argvs = [overhead.new_task(s, launcher, name, run_id, ctxs, dag, cont_t, i) for i in range(n)]
    start_wall = time.time()
    start = time.perf_counter()
    procs = [subprocess.Popen(a, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
             for a in argvs]
    rows = []
    # communicate() in turn: a launcher blocked on a full stderr pipe would
    # stall, but each writes a few lines only.
    for p in procs:
        _, err = p.communicate()
        rows.append((p.returncode, err))
    total = time.perf_counter() - start
    walls, setups, publishes, trips, retries, failed = [], [], [], [], 0, 0
    for code, err in rows:
        if code != 0:
            failed += 1
            sys.stderr.write("a launcher failed (%d):\n%s\n" % (code, err[-2000:]))
        for rec in log_lines(err):
            fields = rec.get("fields", {})
            message = fields.get("message", "")
            at = datetime.datetime.fromisoformat(rec["timestamp"].replace("Z", "+00:00")).timestamp()
            if message.startswith("pre-published"):
                setups.append(at - start_wall)
            elif message == "published":
                publishes.append(fields.get("publish_ms", 0) / 1e3)
            elif message == "done":
                walls.append(at - start_wall)
                trips.append(int(fields.get("mlmd_round_trips", -1)))
            elif "retrying" in message:
                retries += 1
    states = [e.last_known_state for e in s.get_executions_by_context(rid) if e.type_id == cont_t]
    complete = sum(1 for x in states if x == pb.Execution.COMPLETE)
    dag_state = pb.Execution.State.Name(s.get_executions_by_id([dag])[0].last_known_state)
    return dict(n=n, total=total, walls=walls, setups=setups, publishes=publishes, trips=trips,
                retries=retries, failed=failed, complete=complete, dag=dag_state)


def drivers():
    cargo = os.environ.get("CARGO", "cargo")
    env = dict(os.environ, KFP_BENCH_DRIVERS=os.environ.get("BENCH_DRIVERS", "50"),
               KFP_BENCH_WIDTH=os.environ.get("BENCH_WIDTH", "1000"))
    run = subprocess.run(
        [cargo, "test", "--release", "-p", "kfp-driver", "--test", "scale",
         "concurrent_drivers_resolve_a_collected_input", "--", "--ignored", "--nocapture"],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    m = DRIVER_LINE.search(run.stdout)
    if run.returncode != 0 or not m:
        sys.exit("driver load test failed:\n" + run.stdout[-4000:])
    keys = ["drivers", "width", "total", "p50", "p99", "max", "failed", "tmin", "tmed", "tmax", "retries"]
    return dict(zip(keys, (int(g) for g in m.groups())))


def main():
    launcher = os.path.abspath(sys.argv[1])
    n = int(os.environ.get("BENCH_LAUNCHERS", "200"))
    single = launchers(launcher, 1)
    many = launchers(launcher, n)
    d = drivers()
    ms = lambda v: "%.0f" % (v * 1e3)
    row = lambda name, v: "| %s | %s | %s | %s |" % (name, ms(pct(v, 0.5)), ms(pct(v, 0.99)), ms(max(v)))
    section.publish(BEGIN, END, [
        "## Load on one MLMD: %d launchers publishing at once, %d drivers resolving a Collected "
        "input at width %d" % (n, d["drivers"], d["width"]),
        "",
        "Reproduce: `make bench-load` (`e2e/bench/load.py` under `e2e/services/with-mlmd.sh`; "
        "BENCH_LAUNCHERS, BENCH_DRIVERS, BENCH_WIDTH). MLMD: ml-metadata 1.17.1, its engine on "
        "SQLite (tmpfs) behind e2e/services/mlmd_server.py, which serves one call at a time (one "
        "lock around the store); a production MLMD runs the C++ server on MySQL, which does "
        "not, so these are figures of the worst case for the engine, not for our clients.",
        "",
        "- Date: %s; machine: %d cores; git %s" % (section.now(), os.cpu_count(),
                                                   section.revision("--short=12")),
        "",
        "**Launchers** (release build, `true` as the step): %d started at once as tasks of one "
        "DAG, each as `overhead` runs one; times from the common start." % n,
        "",
        "| phase | p50 ms | p99 ms | max ms |",
        "|---|---|---|---|",
        row("open + pre-publish done", many["setups"]),
        row("publish (its `publish_ms`)", many["publishes"]),
        row("launcher done", many["walls"]),
        "",
        "- Throughput: %d tasks in %.2f s = **%.0f tasks/s**; one launcher alone: %s ms." % (
            n, many["total"], n / many["total"], ms(single["walls"][0]) if single["walls"] else "?"),
        "- Errors: %d launchers failed, %d calls retried; %d of %d tasks COMPLETE; the DAG: %s." % (
            many["failed"], many["retries"], many["complete"], n, many["dag"]),
        "- MLMD round trips per task: min %d, median %d, max %d under load (tasks by round "
        "trips: %s); a task alone (which completes its DAG): %d. A task with a sibling still "
        "running costs open (2) + pre-publish + publish + one read of its DAG, which stops at "
        "the first page when a sibling runs (past 100 children, one more short read finds a "
        "running one), whatever the DAG's width. A task that finds none lists the DAG's "
        "children (pages of 100), updates it and climbs one level: with this engine serving "
        "one call at a time, the reads of most of a burst are served after every sibling has "
        "published, so how many tasks pay that varies from run to run. At a8fecb4, before the "
        "DAG read stopped at a running sibling, every task listed all its siblings (median 10 "
        "round trips at this width)." % (
            min(many["trips"]), statistics.median(many["trips"]), max(many["trips"]),
            ", ".join("%d: %d" % (t, many["trips"].count(t)) for t in sorted(set(many["trips"]))),
            single["trips"][0] if single["trips"] else -1),
        "",
        "**Drivers** (release `driver` binaries): %d processes at once, each the CONTAINER driver "
        "of `consume-ids` in the SDK's `critical__collected_parameters` with its loop at width %d "
        "(`driver/tests/scale.rs`, ignored test `concurrent_drivers_resolve_a_collected_input`)." % (
            d["drivers"], d["width"]),
        "",
        "| drivers | all done ms | p50 ms | p99 ms | max ms | failed | round trips per driver (min / median / max) | retries |",
        "|---|---|---|---|---|---|---|---|",
        "| %d | %d | %d | %d | %d | %d | %d / %d / %d | %d |" % (
            d["drivers"], d["total"], d["p50"], d["p99"], d["max"], d["failed"],
            d["tmin"], d["tmed"], d["tmax"], d["retries"]),
        "",
        "- Each driver reads the whole run's executions once (about %d here); the engine "
        "answers one such call at a time, so the drivers finish together at about %d × one "
        "driver's engine time (see the width table above). Round trips stay what one driver "
        "alone sends." % (2 * d["width"], d["drivers"]),
    ])


if __name__ == "__main__":
    main()
