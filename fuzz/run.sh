#!/usr/bin/env bash
# fuzz/run.sh BIN_DIR CACHE SECONDS TARGET...
#
# Runs each fuzz target of BIN_DIR for SECONDS on its corpus
# (CACHE/fuzz-corpus/TARGET), as many at once as the machine has cores
# (KFP_FUZZ_JOBS overrides); a crash is kept under
# CACHE/fuzz-artifacts/TARGET/ and fails the run (exit 1), with the end of
# the target's log (CACHE/fuzz-TARGET.log).
#
# Every run adds the inputs that found new coverage to the corpus, which
# would otherwise grow without bound (tens of thousands of files after a
# few hundred runs, whose loading alone outlasts a short run): once it
# holds twice as many inputs as after its last minimization (and at least
# 2000), it is minimized first (libFuzzer's -merge=1 keeps the inputs that
# cover all the corpus covers); CACHE/fuzz-corpus/.minimized-TARGET keeps
# that size.
set -euo pipefail

bin_dir="$1" cache="$2" seconds="$3"
shift 3
jobs="${KFP_FUZZ_JOBS:-$(nproc)}"

# run_one TARGET: minimize if due, then fuzz; prints one line, exit 1 on a crash.
run_one() {
  local t="$1"
  local corpus="$cache/fuzz-corpus/$t" artifacts="$cache/fuzz-artifacts/$t" log="$cache/fuzz-$t.log"
  local marker="$cache/fuzz-corpus/.minimized-$t" count last runs
  mkdir -p "$corpus" "$artifacts"
  count="$(find "$corpus" -maxdepth 1 -type f | wc -l)"
  last="$(cat "$marker" 2>/dev/null || echo 1000)"
  if (( count > 2 * last && count > 2000 )); then
    rm -rf "$corpus.min" && mkdir "$corpus.min"
    if ! "$bin_dir/$t" -merge=1 -rss_limit_mb=2048 -timeout=10 "$corpus.min" "$corpus" >"$log.merge" 2>&1; then
      tail -20 "$log.merge"
      echo "fuzz target $t: minimizing its corpus failed" >&2
      return 1
    fi
    rm -rf "$corpus" && mv "$corpus.min" "$corpus"
    find "$corpus" -maxdepth 1 -type f | wc -l >"$marker"
    echo "fuzz $t: corpus minimized from $count to $(cat "$marker") inputs"
  fi
  if ! "$bin_dir/$t" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
      -artifact_prefix="$artifacts/" -print_final_stats=1 "$corpus" 2>"$log"; then
    tail -40 "$log"
    echo "fuzz target $t crashed: see $artifacts" >&2
    return 1
  fi
  runs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')"
  echo "fuzz $t: $runs runs in $seconds s, no crash"
}

# Up to $jobs targets at once; each one's output is printed whole when it ends.
failed=0 pids=() names=() outs=()
finish_first() {
  local i=0
  wait "${pids[0]}" || { failed=1; i=1; }
  cat "${outs[0]}"
  rm -f "${outs[0]}"
  (( i == 0 )) || echo "fuzz ${names[0]}: FAILED" >&2
  pids=("${pids[@]:1}") names=("${names[@]:1}") outs=("${outs[@]:1}")
}
for t in "$@"; do
  (( ${#pids[@]} < jobs )) || finish_first
  out="$(mktemp)"
  run_one "$t" >"$out" 2>&1 &
  pids+=("$!") names+=("$t") outs+=("$out")
done
while (( ${#pids[@]} > 0 )); do finish_first; done
exit "$failed"
