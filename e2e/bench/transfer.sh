#!/usr/bin/env bash
# Artifact transfer benchmark: `launcher transfer` against `aws s3 cp` (AWS CLI
# v1, default settings), side by side in one run, on a real SeaweedFS S3.
#
#   make bench
#   = KFP_WEED_GOMEMLIMIT= bash e2e/services/with-seaweedfs.sh bash e2e/bench/transfer.sh
#
# Needs the KFP_S3_* variables of e2e/services/with-seaweedfs.sh; its server
# runs with no Go memory limit (KFP_WEED_GOMEMLIMIT=), as KFP deploys it. For each
# dataset (one large file of random bytes; a directory of many small ones) x
# direction (upload, download) x tool (launcher, aws), runs the command
# BENCH_REPEAT times under /usr/bin/time (tools interleaved: launcher then aws
# within each repetition), checks the result (uploads: the objects' count and
# sizes, and the launcher's digest; downloads: the bytes against the source),
# and reports medians of wall time, client CPU (user + sys) and peak RSS, plus
# the SeaweedFS server's CPU. Every download fetches what the same tool
# uploaded, into a fresh directory. A row with a failed check is invalid.
#
# Environment:
#   BENCH_FILE_MIB     size of the large file in MiB (1024)
#   BENCH_SMALL_FILES  number of small files (2000)
#   BENCH_SMALL_KIB    size of each small file in KiB (64)
#   BENCH_REPEAT       measurements per scenario and tool (3); median reported
#   BENCH_DROP_CACHES  1: `sync; echo 3 > /proc/sys/vm/drop_caches` before
#                      every measurement (needs root; reported); 0: sync only
#   BENCH_TIMEOUT      seconds allowed to one command (900)
#   BENCH_IDLE_WAIT    seconds to wait, before each run, for the machine to be
#                      quiet (< 15 % CPU busy) (20)
#   BENCH_NICE         CPU priority of the tools and the server against other
#                      work on the machine (-10; 0 leaves priorities alone)
#   BENCH_TMPDIR       where the test data goes (TMPDIR or /tmp; not the repo)
#   BENCH_OUT          markdown file whose transfer section is rewritten;
#                      default BENCHMARKS.md at the repo root for a run with the
#                      default sizes and repeat count, none otherwise ("" = none)
#   LAUNCHER           the launcher binary
#                      ($CARGO_TARGET_DIR or target)/release/launcher
#   BENCH_LOCK         lock file that keeps two benchmarks from running at once
#                      on this machine (/tmp/kfp-runtime-bench.lock)
#   KFP_CACHE          cache of virtualenvs (~/.cache/kfp-runtime): the AWS CLI
#                      goes to $KFP_CACHE/venv-awscli
#   PYTHON             python3
set -euo pipefail

AWSCLI_VERSION=1.46.3
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
CACHE="${KFP_CACHE:-$HOME/.cache/kfp-runtime}"
VENV="$CACHE/venv-awscli"
AWS="$VENV/bin/aws"
PYTHON="${PYTHON:-python3}"
FILE_MIB="${BENCH_FILE_MIB:-1024}"
SMALL_FILES="${BENCH_SMALL_FILES:-2000}"
SMALL_KIB="${BENCH_SMALL_KIB:-64}"
REPEAT="${BENCH_REPEAT:-3}"
DROP="${BENCH_DROP_CACHES:-1}"
TIMEOUT="${BENCH_TIMEOUT:-900}"
IDLE_WAIT="${BENCH_IDLE_WAIT:-20}"
NICE="${BENCH_NICE:--10}"
LAUNCHER="${LAUNCHER:-${CARGO_TARGET_DIR:-$REPO/target}/release/launcher}"
if [[ -v BENCH_OUT ]]; then
  OUT="$BENCH_OUT"
elif [[ "$FILE_MIB" == 1024 && "$SMALL_FILES" == 2000 && "$SMALL_KIB" == 64 && "$REPEAT" == 3 ]]; then
  OUT="$REPO/BENCHMARKS.md"
else
  OUT=""   # a quick run does not overwrite the published numbers
fi

log() { echo "bench: $*" >&2; }
die() { log "$*"; exit 1; }

for v in KFP_S3_ENDPOINT KFP_S3_ACCESS_KEY KFP_S3_SECRET_KEY KFP_S3_BUCKET; do
  [[ -n "${!v:-}" ]] || die "$v is not set: run under e2e/services/with-seaweedfs.sh"
done
for v in FILE_MIB SMALL_FILES SMALL_KIB REPEAT TIMEOUT IDLE_WAIT; do
  [[ "${!v}" =~ ^[1-9][0-9]*$ ]] || die "$v must be a positive integer, got '${!v}'"
done
if ! [[ "$NICE" =~ ^-?[0-9]+$ ]] || (( NICE < -20 || NICE > 19 )); then
  die "BENCH_NICE must be an integer in -20..19, got '$NICE'"
fi
[[ -x "$LAUNCHER" ]] || die "no launcher at $LAUNCHER: cargo build --release -p kfp-launcher"
"$LAUNCHER" transfer --help >/dev/null 2>&1 || die "$LAUNCHER has no working 'transfer' command"

# --- tools -------------------------------------------------------------------

install_awscli() {
  mkdir -p "$CACHE"
  exec 8>"$CACHE/.venv-awscli.lock"
  flock 8
  local marker="$VENV/.installed-awscli-$AWSCLI_VERSION"
  if [[ ! -f "$marker" || ! -x "$AWS" ]]; then
    log "installing awscli==$AWSCLI_VERSION into $VENV"
    [[ -x "$VENV/bin/pip" ]] || "$PYTHON" -m venv "$VENV"
    "$VENV/bin/pip" install --quiet --disable-pip-version-check "awscli==$AWSCLI_VERSION"
    rm -f "$VENV"/.installed-awscli-*
    touch "$marker"
  fi
  exec 8>&-
}

ensure_time() {
  if ! /usr/bin/time -f '%e' true >/dev/null 2>&1; then
    log "installing Debian's time (GNU time) for /usr/bin/time"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time) >/dev/null
  fi
  /usr/bin/time -f '%e' true >/dev/null 2>&1 || die "/usr/bin/time does not work"
}

install_awscli
ensure_time

# One benchmark at a time on this machine: two would measure each other.
LOCK="${BENCH_LOCK:-/tmp/kfp-runtime-bench.lock}"
exec 7>>"$LOCK"
if ! flock -n 7; then
  log "another benchmark holds $LOCK: waiting for it to finish"
  flock 7
fi

# Both tools see the same credentials, from the environment only: no config
# or credentials file, no instance metadata lookups.
export AWS_ACCESS_KEY_ID="$KFP_S3_ACCESS_KEY"
export AWS_SECRET_ACCESS_KEY="$KFP_S3_SECRET_KEY"
export AWS_DEFAULT_REGION=us-east-1
export AWS_EC2_METADATA_DISABLED=true
unset AWS_PROFILE AWS_DEFAULT_PROFILE AWS_SESSION_TOKEN AWS_REGION AWS_ENDPOINT_URL \
  AWS_ENDPOINT_URL_S3 AWS_REQUEST_CHECKSUM_CALCULATION AWS_RESPONSE_CHECKSUM_VALIDATION 2>/dev/null || true
# Only loopback traffic: any request for another host goes to a dead proxy
# on 127.0.0.1 and fails at once (e.g. a tool that missed the endpoint and
# would try the real AWS).
export HTTP_PROXY=http://127.0.0.1:9 HTTPS_PROXY=http://127.0.0.1:9 ALL_PROXY=http://127.0.0.1:9
export http_proxy="$HTTP_PROXY" https_proxy="$HTTPS_PROXY" all_proxy="$ALL_PROXY"
export NO_PROXY=127.0.0.1,localhost no_proxy=127.0.0.1,localhost
BUCKET="$KFP_S3_BUCKET"
EP="$KFP_S3_ENDPOINT"
ROOT="s3://$BUCKET?endpoint=$EP&disableSSL=true&s3ForcePathStyle=true&region=us-east-1"

# --- scratch space -------------------------------------------------------------

work="$(mktemp -d "${BENCH_TMPDIR:-${TMPDIR:-/tmp}}/kfp-bench.XXXXXX")"
case "$work/" in "$REPO"/*) rm -rf -- "$work"; die "BENCH_TMPDIR must be outside the repo" ;; esac
declare -A AG_OLD=()   # autogroup file -> nice value to restore
restore_priority() {
  local f
  for f in "${!AG_OLD[@]}"; do echo "${AG_OLD[$f]}" >"$f" 2>/dev/null || true; done
}
cleanup() { restore_priority; rm -rf -- "$work"; }
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
# The checkout the launcher was (presumably) built from, and a copy of the
# binary: a rebuild during the run cannot change what is measured.
rev="$(git -C "$REPO" rev-parse --short=12 HEAD 2>/dev/null || echo unknown)"
if [[ "$rev" != unknown && -n "$(git -C "$REPO" status --porcelain --untracked-files=no 2>/dev/null)" ]]; then
  rev="$rev (with uncommitted changes)"
fi
cp -p "$LAUNCHER" "$work/launcher"
LAUNCHER_SRC="$LAUNCHER"
LAUNCHER="$work/launcher"
export AWS_CONFIG_FILE="$work/no-aws-config"
export AWS_SHARED_CREDENTIALS_FILE="$work/no-aws-credentials"

# Page cache: dropped before every measurement when allowed (root, not
# read-only /proc/sys), so that no run inherits another's warm or dirty pages.
CACHES="not dropped (BENCH_DROP_CACHES=0); sync before each run"
drop_caches() {
  sync
  if [[ "$DROP" == 1 ]]; then
    echo 3 >/proc/sys/vm/drop_caches 2>/dev/null || return 1
  fi
}
# After a drop, both tools' own files are read back in (the AWS CLI's
# virtualenv, the launcher binary, and one S3 listing by the CLI, which loads
# the Python modules it uses): cold data, warm tools. Otherwise the CLI's
# start-up from a cold disk (~0.8 s here) would be charged to every run.
warm_tools() {
  find "$VENV" -type f -exec cat {} + >/dev/null 2>&1 || true
  cat "$LAUNCHER" >/dev/null
  "$AWS" --endpoint-url "$EP" s3 ls "s3://$BUCKET/bench-warm-up-nothing-here/" >/dev/null 2>&1 || true
}
if [[ "$DROP" == 1 ]]; then
  if drop_caches; then
    CACHES="dropped before each run (sync; echo 3 > /proc/sys/vm/drop_caches), then the tools' own files read back in (cold data, warm tools)"
  else
    DROP=0
    CACHES="could not be dropped (no permission); sync before each run"
    log "cannot drop the page cache: measuring with whatever it holds"
  fi
fi

# CPU priority: other work on the machine (builds, tests) would otherwise
# take its share of the 2 cores in the middle of a measurement. With
# autogroup scheduling (each session a group), only the group's nice value
# counts against other sessions: set it for the groups of this script and of
# the server, and restore them at exit; without it, plain nice.
PRIORITY="normal (BENCH_NICE=0)"
if (( NICE != 0 )); then
  renice -n "$NICE" -p $$ ${KFP_WEED_PID:+"$KFP_WEED_PID"} >/dev/null 2>&1 || true
  PRIORITY="nice $NICE for the tools and the server"
  if [[ "$(cat /proc/sys/kernel/sched_autogroup_enabled 2>/dev/null)" == 1 ]]; then
    for pid in $$ ${KFP_WEED_PID:-}; do
      f="/proc/$pid/autogroup"
      [[ -w "$f" ]] || continue
      ag="$(awk '{ print $1 }' "$f")"
      [[ -v "AG_OLD[$f]" ]] && continue
      old="$(awk '{ print $3 }' "$f")"
      if echo "$NICE" >"$f" 2>/dev/null; then
        AG_OLD[$f]="$old"
        PRIORITY="nice $NICE for the tools and the server (and their scheduler autogroups: $ag)"
      fi
    done
  fi
fi

run_id="$(date -u +%Y%m%dT%H%M%SZ)-$$"

# Preflight: both tools move one small file to the endpoint and back.
mkdir -p "$work/pre"
head -c 1000 /dev/urandom >"$work/pre/in"
pre="s3://$BUCKET/bench/$run_id/preflight"
if ! { "$LAUNCHER" transfer upload "$work/pre/in" "$pre/launcher" --root "$ROOT" >/dev/null 2>"$work/err" &&
       "$LAUNCHER" transfer download "$pre/launcher" "$work/pre/launcher" --root "$ROOT" >/dev/null 2>>"$work/err" &&
       cmp -s "$work/pre/in" "$work/pre/launcher"; }; then
  die "preflight: the launcher cannot move a file through $ROOT: $(tail -c 600 "$work/err")"
fi
if ! { "$AWS" --endpoint-url "$EP" s3 cp --only-show-errors "$work/pre/in" "$pre/aws" 2>"$work/err" &&
       "$AWS" --endpoint-url "$EP" s3 cp --only-show-errors "$pre/aws" "$work/pre/aws" 2>>"$work/err" &&
       cmp -s "$work/pre/in" "$work/pre/aws"; }; then
  die "preflight: the AWS CLI cannot move a file through $EP: $(tail -c 600 "$work/err")"
fi
rm -rf -- "$work/pre"

# --- data ----------------------------------------------------------------------

src="$work/src"
mkdir -p "$src/small"
log "creating test data in $work: ${FILE_MIB} MiB file, $SMALL_FILES x $SMALL_KIB KiB files"
head -c "$((FILE_MIB * 1048576))" /dev/urandom >"$src/large.bin"
head -c "$((SMALL_FILES * SMALL_KIB * 1024))" /dev/urandom \
  | split -b "$((SMALL_KIB * 1024))" -d -a 5 - "$src/small/f"
[[ "$(find "$src/small" -type f | wc -l)" -eq "$SMALL_FILES" ]] || die "split made the wrong number of files"

# sha256 of a file, or of a directory's manifest as `sha256sum` prints it
# (`<hex>  <relative path>` per file, sorted by path): the launcher's digest.
digest_of() {
  if [[ -d "$1" ]]; then
    (cd "$1" && find . -type f -printf '%P\n' | LC_ALL=C sort | xargs -r -d '\n' sha256sum) \
      | sha256sum | cut -d' ' -f1
  else
    sha256sum "$1" | cut -d' ' -f1
  fi
}
declare -A PATH_OF=([large]="$src/large.bin" [small]="$src/small")
declare -A BYTES=([large]="$((FILE_MIB * 1048576))" [small]="$((SMALL_FILES * SMALL_KIB * 1024))")
declare -A COUNT=([large]=1 [small]="$SMALL_FILES")
declare -A DIGEST=([large]="$(digest_of "$src/large.bin")" [small]="$(digest_of "$src/small")")
declare -A LABEL=([large]="${FILE_MIB} MiB file" [small]="${SMALL_FILES} x ${SMALL_KIB} KiB files")

# --- measuring -------------------------------------------------------------------

results="$work/results.tsv"
printf 'dataset\tdirection\ttool\trep\tok\twall\tuser\tsys\tmaxrss_kib\tserver_cpu\tother_cpu\tnote\n' >"$results"
CLK_TCK="$(getconf CLK_TCK)"

# CPU seconds used so far by the SeaweedFS server (utime + stime).
server_ticks() {
  if [[ -n "${KFP_WEED_PID:-}" && -r "/proc/$KFP_WEED_PID/stat" ]]; then
    sed 's/^.*) //' "/proc/$KFP_WEED_PID/stat" | awk '{ print $12 + $13 }'
  else
    echo 0
  fi
}

# CPU ticks spent so far by the whole machine (all but idle and iowait).
busy_ticks() {
  awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9; exit }' /proc/stat
}

# Other engineers' builds share these 2 cores: before each run, wait (at most
# BENCH_IDLE_WAIT seconds) until the machine is quiet, i.e. less than 15 % of
# its CPU busy over one second.
wait_idle() {
  local waited=0 a b busy
  while :; do
    a="$(busy_ticks)"; sleep 1; b="$(busy_ticks)"
    busy="$(awk -v a="$a" -v b="$b" -v hz="$CLK_TCK" -v n="$(nproc)" \
      'BEGIN { printf "%d", 100 * (b - a) / hz / n }')"
    (( busy < 15 )) && return 0
    (( waited == 0 )) && log "machine busy ($busy % CPU): waiting up to ${IDLE_WAIT} s for it to calm down"
    waited=$((waited + 1))
    if (( waited >= IDLE_WAIT )); then
      log "still busy ($busy % CPU) after ${IDLE_WAIT} s: measuring anyway"
      return 0
    fi
  done
}

# measure DATASET DIRECTION TOOL REP CMD...: runs CMD under /usr/bin/time;
# sets M_RC, M_WALL, M_USER, M_SYS, M_RSS, M_SERVER, M_OTHER (CPU seconds
# of everything else on the machine during the run); CMD's stdout in $work/out.
measure() {
  local t0 t1 b0 b1
  drop_caches || true
  [[ "$DROP" == 1 ]] && warm_tools
  wait_idle
  t0="$(server_ticks)"
  b0="$(busy_ticks)"
  set +e
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" \
    timeout -k 10 "$TIMEOUT" "$@" >"$work/out" 2>"$work/err"
  M_RC=$?
  set -e
  b1="$(busy_ticks)"
  t1="$(server_ticks)"
  read -r M_WALL M_USER M_SYS M_RSS < <(tail -n 1 "$work/time")
  M_SERVER="$(awk -v a="$t0" -v b="$t1" -v hz="$CLK_TCK" 'BEGIN { printf "%.2f", (b - a) / hz }')"
  M_OTHER="$(awk -v a="$b0" -v b="$b1" -v hz="$CLK_TCK" -v c="$M_USER" -v d="$M_SYS" -v s="$M_SERVER" \
    'BEGIN { o = (b - a) / hz - c - d - s; printf "%.2f", (o > 0 ? o : 0) }')"
}

# Count and total size of the objects under KEY (a file key, or a prefix
# ending in /), listed with the AWS CLI (text output: one line per page of
# 1000 keys).
listing() {
  # shellcheck disable=SC2016 # JMESPath literals, not shell
  "$AWS" --endpoint-url "$EP" s3api list-objects-v2 --bucket "$BUCKET" --prefix "$1" \
    --query '[length(Contents || `[]`), sum(Contents[].Size || `[]`)]' --output text 2>/dev/null \
    | awk '{ n += $1; b += $2 } END { print n + 0, b + 0 }'
}

record() { # DATASET DIRECTION TOOL REP OK NOTE
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$5" \
    "$M_WALL" "$M_USER" "$M_SYS" "$M_RSS" "$M_SERVER" "$M_OTHER" "$6" >>"$results"
  local status=ok
  [[ "$5" == 1 ]] || status="INVALID: $6"
  log "$(printf '%-5s %-8s %-8s #%s  wall %7.2f s  cpu %6.2f s  rss %6.1f MiB  server cpu %6.2f s  others %5.2f s  %s' \
    "$1" "$2" "$3" "$4" "$M_WALL" "$(awk -v u="$M_USER" -v s="$M_SYS" 'BEGIN { print u + s }')" \
    "$(awk -v k="$M_RSS" 'BEGIN { print k / 1024 }')" "$M_SERVER" "$M_OTHER" "$status")"
}

# Launcher's JSON line: size, files and digest as expected?
check_json() { # DATASET
  "$PYTHON" - "$work/out" "${BYTES[$1]}" "${COUNT[$1]}" "sha256:${DIGEST[$1]}" <<'EOF'
import json, sys
path, size, files, digest = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
lines = [l for l in open(path).read().splitlines() if l.strip()]
try:
    got = json.loads(lines[-1])
except Exception as e:
    print(f"no JSON line on stdout ({e})"); sys.exit(1)
bad = [f"{k} {got.get(k)!r} != {v!r}" for k, v in (("size", size), ("files", files), ("digest", digest)) if got.get(k) != v]
if bad:
    print("launcher reported " + ", ".join(bad)); sys.exit(1)
EOF
}

key_of() { # TOOL DATASET REP
  if [[ "$2" == large ]]; then
    echo "bench/$run_id/$1/r$3/large.bin"
  else
    echo "bench/$run_id/$1/r$3/small"
  fi
}

upload() { # DATASET TOOL REP
  local ds="$1" tool="$2" rep="$3" key uri ok=1 note="" lst
  key="$(key_of "$tool" "$ds" "$rep")"
  uri="s3://$BUCKET/$key"
  if [[ "$tool" == launcher ]]; then
    measure "$LAUNCHER" transfer upload "${PATH_OF[$ds]}" "$uri" --root "$ROOT"
  elif [[ "$ds" == large ]]; then
    measure "$AWS" --endpoint-url "$EP" s3 cp --only-show-errors "${PATH_OF[$ds]}" "$uri"
  else
    measure "$AWS" --endpoint-url "$EP" s3 cp --only-show-errors --recursive "${PATH_OF[$ds]}" "$uri"
  fi
  if [[ "$M_RC" -ne 0 ]]; then
    ok=0; note="exit $M_RC: $(tail -n 3 "$work/err" | tr '\n\t' '  ')"
  else
    [[ "$ds" == large ]] && lst="$(listing "$key")" || lst="$(listing "$key/")"
    if [[ "$lst" != "${COUNT[$ds]} ${BYTES[$ds]}" ]]; then
      ok=0; note="bucket holds '$lst' (objects bytes), expected '${COUNT[$ds]} ${BYTES[$ds]}'"
    elif [[ "$tool" == launcher ]] && ! note="$(check_json "$ds")"; then
      ok=0
    fi
  fi
  [[ "$ok" == 1 ]] && UPLOADED["$tool/$ds"]="$uri"
  record "$ds" upload "$tool" "$rep" "$ok" "$note"
}

download() { # DATASET TOOL REP
  local ds="$1" tool="$2" rep="$3" uri dest ok=1 note=""
  uri="${UPLOADED["$tool/$ds"]:-}"
  dest="$work/dl/$tool-$ds-r$rep"
  rm -rf -- "$work/dl"
  mkdir -p "$work/dl"
  [[ "$ds" == large ]] && dest="$dest.bin"
  if [[ -z "$uri" ]]; then
    M_RC=1 M_WALL=0 M_USER=0 M_SYS=0 M_RSS=0 M_SERVER=0 M_OTHER=0
    record "$ds" download "$tool" "$rep" 0 "no valid upload by $tool to download"
    return
  fi
  if [[ "$tool" == launcher ]]; then
    measure "$LAUNCHER" transfer download "$uri" "$dest" --root "$ROOT"
  elif [[ "$ds" == large ]]; then
    measure "$AWS" --endpoint-url "$EP" s3 cp --only-show-errors "$uri" "$dest"
  else
    measure "$AWS" --endpoint-url "$EP" s3 cp --only-show-errors --recursive "$uri" "$dest"
  fi
  if [[ "$M_RC" -ne 0 ]]; then
    ok=0; note="exit $M_RC: $(tail -n 3 "$work/err" | tr '\n\t' '  ')"
  elif [[ "$ds" == large ]] && ! cmp -s "${PATH_OF[$ds]}" "$dest"; then
    ok=0; note="downloaded file differs from the source"
  elif [[ "$ds" == small ]] && ! diff -rq "${PATH_OF[$ds]}" "$dest" >"$work/diff" 2>&1; then
    ok=0; note="downloaded tree differs: $(head -n 2 "$work/diff" | tr '\n\t' '  ')"
  elif [[ "$tool" == launcher ]] && ! note="$(check_json "$ds")"; then
    ok=0
  fi
  record "$ds" download "$tool" "$rep" "$ok" "$note"
  rm -rf -- "$work/dl"
}

declare -A UPLOADED=()

log "S3 $EP bucket $BUCKET, keys under bench/$run_id/; page cache $CACHES"
loadavg_before="$(cut -d' ' -f1-3 /proc/loadavg)"
for ds in large small; do
  for rep in $(seq 1 "$REPEAT"); do
    for tool in launcher aws; do upload "$ds" "$tool" "$rep"; done
  done
  for rep in $(seq 1 "$REPEAT"); do
    for tool in launcher aws; do download "$ds" "$tool" "$rep"; done
  done
done
loadavg_after="$(cut -d' ' -f1-3 /proc/loadavg)"

# --- report ----------------------------------------------------------------------

weed="$("$REPO/e2e/services/seaweedfs.sh" install 2>/dev/null || true)"
sizes_default=0
[[ "$FILE_MIB" == 1024 && "$SMALL_FILES" == 2000 && "$SMALL_KIB" == 64 ]] && sizes_default=1
weed_version=unknown
# The server's Go memory limit shapes its CPU (see e2e/services/seaweedfs.sh):
# report what it ran with, and its peak RSS.
weed_memory="GOMEMLIMIT $(tr '\0' '\n' <"/proc/$KFP_WEED_PID/environ" 2>/dev/null |
  sed -n 's/^GOMEMLIMIT=//p' | grep . || echo 'unset')"
weed_memory+=", peak RSS $(awk '/^VmHWM:/ { printf "%.0f MiB", $2 / 1024 }' "/proc/$KFP_WEED_PID/status" 2>/dev/null || echo unknown)"
[[ -x "$weed" ]] && weed_version="$("$weed" version 2>&1 | head -n 1)"
meta=(
  BENCH_META_DATE="$(date -u '+%Y-%m-%d %H:%M UTC')"
  BENCH_META_CPU="$(lscpu 2>/dev/null | sed -n 's/^Model name:[[:space:]]*//p' | head -n 1)"
  BENCH_META_NPROC="$(nproc)"
  BENCH_META_RAM="$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
  BENCH_META_KERNEL="$(uname -sr)"
  BENCH_META_LAUNCHER_REV="$rev"
  BENCH_META_LAUNCHER_BIN="${LAUNCHER_SRC#"$REPO"/}, built $(date -u -r "$LAUNCHER" '+%Y-%m-%d %H:%M UTC')"
  BENCH_META_AWSCLI="$("$AWS" --version 2>&1 | head -n 1)"
  BENCH_META_SEAWEEDFS="$weed_version"
  BENCH_META_WEED_MEMORY="$weed_memory"
  BENCH_META_CACHES="$CACHES"
  BENCH_META_PRIORITY="$PRIORITY"
  BENCH_META_LOAD="$loadavg_before before, $loadavg_after after"
  BENCH_META_REPEAT="$REPEAT"
  BENCH_META_DEFAULT_SIZES="$sizes_default"
  BENCH_META_LABEL_LARGE="${LABEL[large]}"
  BENCH_META_LABEL_SMALL="${LABEL[small]}"
  BENCH_META_BYTES_LARGE="${BYTES[large]}"
  BENCH_META_BYTES_SMALL="${BYTES[small]}"
  BENCH_META_ENV="BENCH_FILE_MIB=$FILE_MIB BENCH_SMALL_FILES=$SMALL_FILES BENCH_SMALL_KIB=$SMALL_KIB BENCH_REPEAT=$REPEAT"
)
env "${meta[@]}" "$PYTHON" "$HERE/report.py" "$results" "$OUT"
if [[ -n "$OUT" ]]; then log "wrote the transfer section of $OUT"; fi
# Exit non-zero if any measurement was invalid: its numbers are not to be trusted.
if awk -F'\t' 'NR > 1 && $5 != 1 { bad = 1 } END { exit !bad }' "$results"; then
  die "some measurements were invalid (see the table)"
fi
