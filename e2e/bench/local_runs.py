#!/usr/bin/env python3
"""Whole local pipeline runs: `launcher local run` vs the KFP SDK's own
local runner (`kfp.local`, `SubprocessRunner(use_venv=False)`), side by side
in one run, on e2e/pipelines/whole.py's `chain3` (3 lightweight Python tasks
in a row) and `fanout8` (8 tasks fanned out, then joined).

For each pipeline and repetition: the launcher in a fresh home (cold), the
launcher again in that home (all cache hits), and the SDK runner. Both run
the same SDK-compiled steps with the same Python and kfp; PIP_NO_INDEX=1
for both, so the steps' embedded `pip install kfp==…` finds it installed.
Writes its section of BENCHMARKS.md.

Run with the kfp venv's Python: make bench-local.
Env: LAUNCHER (the binary), BENCH_REPEAT (3), BENCH_OUT (BENCHMARKS.md).
"""

import importlib.util
import os
import pathlib
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

import section  # e2e/bench/section.py: this script's part of BENCHMARKS.md

REPO = pathlib.Path(__file__).resolve().parents[2]
BEGIN = "<!-- bench:local-runs:begin (written by e2e/bench/local_runs.py: edits here are overwritten) -->"
END = "<!-- bench:local-runs:end -->"
PIPELINES = ("chain3", "fanout8")


def launcher_run(launcher, pipeline, home, env, *extra):
    t0 = time.perf_counter()
    out = subprocess.run(
        [launcher, "local", "run", str(pipeline), "--home", str(home), "--json", *extra],
        env=env, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if out.returncode != 0:
        sys.exit(f"launcher failed on {pipeline}:\n{out.stderr[-3000:]}")
    return wall, out.stdout


def sdk_run(module, name, root):
    from kfp import local
    local.init(runner=local.SubprocessRunner(use_venv=False), pipeline_root=str(root))
    fn = getattr(module, name)
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def main():
    launcher = os.environ.get("LAUNCHER", str(REPO / "target/release/launcher"))
    repeat = int(os.environ.get("BENCH_REPEAT", "3"))
    os.environ["PIP_NO_INDEX"] = "1"
    bindir = str(pathlib.Path(sys.executable).parent)
    os.environ["PATH"] = bindir + os.pathsep + os.environ.get("PATH", "")
    env = dict(os.environ)
    spec = importlib.util.spec_from_file_location("whole", REPO / "e2e/pipelines/whole.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)

    rows = {}
    for name in PIPELINES:
        ir = REPO / "e2e/pipelines/whole" / f"{name}.yaml"
        cold, cached, sdk, verbatim = [], [], [], []
        for _ in range(repeat):
            work = pathlib.Path(tempfile.mkdtemp(prefix="kfp-bench-local-"))
            try:
                cold.append(launcher_run(launcher, ir, work / "home", env)[0])
                wall, summary = launcher_run(launcher, ir, work / "home", env)
                if '"COMPLETE"' in summary:
                    sys.exit(f"{name}: the second run was not all cache hits: {summary}")
                cached.append(wall)
                sdk.append(sdk_run(module, name, work / "sdk-root"))
                verbatim.append(launcher_run(
                    launcher, ir, work / "verbatim", env, "--verbatim-steps")[0])
            finally:
                shutil.rmtree(work, ignore_errors=True)
        rows[name] = tuple(statistics.median(v) for v in (cold, cached, sdk, verbatim))
        print(f"{name}: launcher {rows[name][0]:.2f}s, cached {rows[name][1]:.2f}s, "
              f"kfp.local {rows[name][2]:.2f}s, verbatim {rows[name][3]:.2f}s", flush=True)

    import kfp
    when, rev = section.now(), section.revision()
    lines = [
        "## Whole local runs: `launcher local run` vs `kfp.local`",
        "",
        f"Measured {when} at {rev} on {os.cpu_count()} cores ({platform.machine()}), "
        f"kfp {kfp.__version__}, Python {platform.python_version()}; median of {repeat} "
        "side-by-side repetitions (`make bench-local`). Wall time of the whole pipeline; "
        "the launcher runs each step in its own mount namespace with lineage in SQLite, "
        "`kfp.local` is `SubprocessRunner(use_venv=False)`. The launcher skips each step's "
        "no-op `pip install kfp==2.17.3` (that kfp is installed); *verbatim* runs the steps "
        "exactly as compiled (`--verbatim-steps`), pip included, as `kfp.local` does. "
        "Goals: ≤ 0.5× the SDK runner, ≤ 0.1× for a cached run.",
        "",
        "| pipeline | launcher s | launcher, cached s | launcher, verbatim s | kfp.local s "
        "| launcher / kfp.local | cached / kfp.local | verbatim / kfp.local |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, (cold, cached, sdk, verbatim) in rows.items():
        lines.append(f"| {name} | {cold:.2f} | {cached:.2f} | {verbatim:.2f} | {sdk:.2f} | "
                     f"{cold / sdk:.2f}× | {cached / sdk:.3f}× | {verbatim / sdk:.2f}× |")
    section.publish(BEGIN, END, lines)


if __name__ == "__main__":
    main()
