"""Report of e2e/bench/transfer.sh: medians, ratios and goals as markdown.

    python3 report.py RESULTS.tsv OUT.md

RESULTS.tsv has one row per measurement (dataset, direction, tool, rep, ok,
wall, user, sys, maxrss_kib, server_cpu, other_cpu, note); the run's facts come from
BENCH_META_* variables. Prints the section to stdout and, when OUT.md is not
empty, puts it in OUT.md between the transfer markers (replacing the previous
transfer section, keeping the rest of the file; a new file gets a title).
"""

import csv
import os
import statistics
import sys

import section  # e2e/bench/section.py: this script's part of BENCHMARKS.md

BEGIN = "<!-- bench:transfer:begin (written by e2e/bench/transfer.sh: edits here are overwritten) -->"
END = "<!-- bench:transfer:end -->"
RSS_BUDGET_MIB = 64
DATASETS = ("large", "small")
DIRECTIONS = ("upload", "download")
TOOLS = ("launcher", "aws")
TOOL_NAME = {"launcher": "launcher", "aws": "aws s3 cp"}


def meta(name, default=""):
    return os.environ.get("BENCH_META_" + name, default)


def load(path):
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    for r in rows:
        r["ok"] = r["ok"] == "1"
        for k in ("wall", "user", "sys", "maxrss_kib", "server_cpu", "other_cpu"):
            r[k] = float(r[k] or 0)
        r["cpu"] = r["user"] + r["sys"]
        r["rss_mib"] = r["maxrss_kib"] / 1024
    return rows


def summarise(rows):
    """(dataset, direction, tool) -> medians over the valid measurements."""
    out = {}
    for ds in DATASETS:
        for d in DIRECTIONS:
            for t in TOOLS:
                group = [r for r in rows if (r["dataset"], r["direction"], r["tool"]) == (ds, d, t)]
                valid = [r for r in group if r["ok"]]
                s = {"n": len(group), "valid": len(valid),
                     "notes": sorted({r["note"] for r in group if not r["ok"] and r["note"]})}
                if valid:
                    for k in ("wall", "cpu", "rss_mib", "server_cpu"):
                        s[k] = statistics.median(r[k] for r in valid)
                    s["rss_max"] = max(r["rss_mib"] for r in valid)
                    s["mibps"] = int(meta("BYTES_" + ds.upper(), "0")) / 1048576 / s["wall"] if s["wall"] else 0.0
                out[(ds, d, t)] = s
    return out


def label(ds, d):
    return f"{meta('LABEL_' + ds.upper(), ds)}, {d}"


def fmt(x, spec):
    return "n/a" if x is None else format(x, spec)


def fx(x):
    return "n/a" if x is None else f"{x:.2f}x"


def ratio(a, b):
    return a / b if a is not None and b else None


def render(rows):
    s = summarise(rows)
    repeat = meta("REPEAT", "?")
    L = []
    L.append("## Artifact transfers: launcher vs `aws s3 cp`")
    L.append("")
    L.append("Reproduce: `make bench` (which builds the launcher pods run, static musl from `make static`, "
             "and runs `KFP_WEED_GOMEMLIMIT= LAUNCHER=… bash e2e/services/with-seaweedfs.sh bash "
             "e2e/bench/transfer.sh`). "
             f"This run: `{meta('ENV')}`.")
    if meta("DEFAULT_SIZES") != "1":
        L.append("")
        L.append("**Reduced sizes: not the default scenarios; the goals below are only indicative.**")
    L.append("")
    L.append(f"- Date: {meta('DATE')}")
    L.append(f"- Machine: {meta('NPROC')} cores ({meta('CPU') or 'unknown CPU'}), {meta('RAM')} RAM, "
             f"{meta('KERNEL')}; load average {meta('LOAD')}")
    L.append(f"- launcher: git {meta('LAUNCHER_REV')}; `{meta('LAUNCHER_BIN')}`")
    L.append(f"- AWS CLI: `{meta('AWSCLI')}`, default settings (multipart threshold and part size 8 MiB, "
             "10 concurrent requests), `--only-show-errors`")
    L.append(f"- S3: SeaweedFS `{meta('SEAWEEDFS')}`, one `weed server` on 127.0.0.1, on the same 2 cores and "
             "disk as the client: CPU a tool spends is CPU the server lacks, and where the server's CPU "
             "approaches 2 s per wall second, the server is the bottleneck for both tools; "
             f"Go runtime: {meta('WEED_MEMORY') or 'unknown'} (KFP's SeaweedFS Deployment sets no memory "
             "limit; the tests' GOMEMLIMIT=256MiB makes the server's GC, not the clients, the bottleneck)")
    L.append(f"- Page cache: {meta('CACHES')}")
    L.append(f"- CPU priority: {meta('PRIORITY')}")
    others = [r["other_cpu"] for r in rows if r["wall"] > 0]
    if others:
        L.append(f"- Other processes' CPU during the runs (each run first waits a little for a quiet "
                 f"machine): median {statistics.median(others):.2f} s, max {max(others):.2f} s per run")
        busy = [r for r in rows if r["wall"] > 0 and r["other_cpu"] > 0.2 * r["wall"]]
        if busy:
            L.append(f"- **Busy machine: in {len(busy)} of {len(others)} runs other processes used more than "
                     "a fifth of a core on average (CPU time the benchmark left idle, or took from it; the disk "
                     "was shared too): treat the numbers with care, or rerun on a quiet machine.**")
    L.append(f"- Each cell: median of {repeat} runs, tools interleaved (launcher, then aws, per repetition); "
             "wall, CPU (user + sys) and peak RSS from `/usr/bin/time`, of the client process only; "
             "server CPU: the SeaweedFS process's CPU during the run. Every upload is checked "
             "(object count and bytes in the bucket; the launcher's size, files and digest); every download "
             "fetches what the same tool uploaded into a fresh directory and is compared byte for byte "
             "with the source. A run that fails a check is left out and counted as invalid.")
    L.append("")
    L.append("| scenario | tool | wall s | throughput MiB/s | CPU s | peak RSS MiB | server CPU s | valid |")
    L.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for ds in DATASETS:
        for d in DIRECTIONS:
            for t in TOOLS:
                c = s[(ds, d, t)]
                L.append(f"| {label(ds, d)} | {TOOL_NAME[t]} | {fmt(c.get('wall'), '.2f')} | "
                         f"{fmt(c.get('mibps'), '.1f')} | {fmt(c.get('cpu'), '.2f')} | "
                         f"{fmt(c.get('rss_mib'), '.1f')} | {fmt(c.get('server_cpu'), '.2f')} | "
                         f"{c['valid']}/{c['n']} |")
    L.append("")
    L.append("Launcher relative to the AWS CLI (wall speed-up = aws wall / launcher wall; "
             "CPU and RSS ratios = launcher / aws, lower is better):")
    L.append("")
    L.append("| scenario | wall speed-up | CPU ratio | RSS ratio |")
    L.append("| --- | ---: | ---: | ---: |")
    R = {}
    for ds in DATASETS:
        for d in DIRECTIONS:
            la, aw = s[(ds, d, "launcher")], s[(ds, d, "aws")]
            R[(ds, d)] = (ratio(aw.get("wall"), la.get("wall")),
                          ratio(la.get("cpu"), aw.get("cpu")),
                          ratio(la.get("rss_mib"), aw.get("rss_mib")))
            sp, cpu, rss = R[(ds, d)]
            L.append(f"| {label(ds, d)} | {fx(sp)} | {fmt(cpu, '.2f')} | {fmt(rss, '.2f')} |")
    L.append("")

    def mark(ok):
        return "n/a (no valid measurement)" if ok is None else ("✓" if ok else "✗")

    def ge(x, bound):
        return None if x is None else x >= bound

    def le(x, bound):
        return None if x is None else x <= bound

    up_sp, up_cpu, _ = R[("large", "upload")]
    dn_sp = R[("large", "download")][0]
    su_sp = R[("small", "upload")][0]
    sd_sp = R[("small", "download")][0]
    rss_all = [r["rss_mib"] for r in rows if r["tool"] == "launcher" and r["ok"]]
    rss_max = max(rss_all) if rss_all else None
    big = meta("LABEL_LARGE", "large file")
    small = meta("LABEL_SMALL", "small files")
    g_up = None if up_sp is None or up_cpu is None else (up_sp >= 1.0 and up_cpu <= 1 / 3)
    L.append("Goals:")
    L.append("")
    L.append(f"- {mark(g_up)} {big} upload at least as fast as the AWS CLI with ≤ ⅓ of its CPU time: "
             f"speed-up {fx(up_sp)}, CPU ratio {fmt(up_cpu, '.2f')}")
    L.append(f"- {mark(ge(dn_sp, 1.5))} {big} download ≥ 1.5x the AWS CLI: {fx(dn_sp)}")
    L.append(f"- {mark(ge(su_sp, 3.0))} {small} upload ≥ 3x the AWS CLI: {fx(su_sp)}")
    L.append(f"- {mark(ge(sd_sp, 3.0))} {small} download ≥ 3x the AWS CLI: {fx(sd_sp)}")
    L.append(f"- {mark(le(rss_max, RSS_BUDGET_MIB))} launcher ≤ {RSS_BUDGET_MIB} MiB RSS throughout: "
             f"peak {fmt(rss_max, '.1f')} MiB over all its runs")
    invalid = [(k, c) for k, c in s.items() if c["valid"] < c["n"]]
    if invalid:
        L.append("")
        L.append("Invalid runs:")
        L.append("")
        for (ds, d, t), c in invalid:
            L.append(f"- {label(ds, d)}, {TOOL_NAME[t]}: {c['n'] - c['valid']} of {c['n']}: "
                     + "; ".join(c["notes"])[:400])
    return "\n".join(L) + "\n"


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: report.py RESULTS.tsv OUT.md|''")
    text = render(load(sys.argv[1]))
    print(text, end="")
    if sys.argv[2]:
        section.write(BEGIN, END, f"{BEGIN}\n{text}{END}", out=sys.argv[2])


if __name__ == "__main__":
    main()
