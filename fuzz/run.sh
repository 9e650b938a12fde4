#!/usr/bin/env bash
# fuzz/run.sh BIN_DIR CACHE SECONDS TARGET...
#
# Runs each fuzz target of BIN_DIR for SECONDS on its corpus
# (CACHE/fuzz-corpus/TARGET); a crash is kept under
# CACHE/fuzz-artifacts/TARGET/ and fails the run (exit 1), with the end of
# the target's log (CACHE/fuzz-TARGET.log).
#
# Every run adds the inputs that found new coverage to the corpus, which
# would otherwise grow without bound (tens of thousands of files after a
# few hundred runs, whose loading alone outlasts a short run): past
# KFP_FUZZ_CORPUS_MAX files (5000) it is first minimized (libFuzzer's
# -merge=1 keeps the inputs that cover all the corpus covers).
set -euo pipefail

bin_dir="$1" cache="$2" seconds="$3"
shift 3
for t in "$@"; do
  corpus="$cache/fuzz-corpus/$t" artifacts="$cache/fuzz-artifacts/$t" log="$cache/fuzz-$t.log"
  mkdir -p "$corpus" "$artifacts"
  count="$(find "$corpus" -maxdepth 1 -type f | wc -l)"
  marker="$cache/fuzz-corpus/.minimized-$t"
  last="$(cat "$marker" 2>/dev/null || echo 1000)"
  if (( count > 2 * last && count > 2000 )); then
    rm -rf "$corpus.min" && mkdir "$corpus.min"
    "$bin_dir/$t" -merge=1 -rss_limit_mb=2048 -timeout=10 "$corpus.min" "$corpus" >"$log.merge" 2>&1 \
      || { tail -20 "$log.merge"; echo "fuzz target $t: minimizing its corpus failed" >&2; exit 1; }
    rm -rf "$corpus" && mv "$corpus.min" "$corpus"
    find "$corpus" -maxdepth 1 -type f | wc -l >"$marker"
    echo "fuzz $t: corpus minimized from $count to $(cat "$marker") inputs"
  fi
  if ! "$bin_dir/$t" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
      -artifact_prefix="$artifacts/" -print_final_stats=1 "$corpus" 2>"$log"; then
    tail -40 "$log"
    echo "fuzz target $t crashed: see $artifacts" >&2
    exit 1
  fi
  runs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')"
  echo "fuzz $t: $runs runs in $seconds s, no crash"
done
