#!/usr/bin/env bash
# A real ML Metadata gRPC server for tests and benchmarks, on 127.0.0.1 only:
# the ml-metadata wheel's C++ store over SQLite, served by mlmd_server.py.
#
#   mlmd.sh install      venv with mlmd-requirements.txt (idempotent), prints its python
#   mlmd.sh start DIR    server on a free loopback port, store DIR/mlmd.sqlite
#                        (an existing store is reused: data persists), checked
#                        with a real GetContextTypes call; writes and prints DIR/env
#   mlmd.sh stop DIR     SIGTERM, SIGKILL after KFP_MLMD_STOP_GRACE (2 s); idempotent
#   mlmd.sh env DIR      prints DIR/env
#
# DIR/env exports KFP_MLMD_HOST (127.0.0.1), KFP_MLMD_PORT, KFP_MLMD_PID,
# KFP_MLMD_DIR, and KFP_MLMD_PYTHON / KFP_MLMD_SERVER (the venv's python and
# mlmd_server.py, for tests that start a private server, e.g. with
# --fail-first METHOD N CODE).
#
# Environment: KFP_CACHE (default ~/.cache/kfp-runtime), PYTHON (python3, must
# be 3.11: the wheel is cp311), PIP_CACHE_DIR (honoured by pip),
# KFP_MLMD_START_TIMEOUT (30 s), KFP_MLMD_STOP_GRACE (whole seconds, 2),
# KFP_MLMD_SERVER_FLAGS (more mlmd_server.py flags, word-split, e.g.
# "--verbose" or "--fail-first PutExecution 2 UNAVAILABLE"),
# KFP_MLMD_FAIL_FIRST / KFP_MLMD_DELAY (read by mlmd_server.py itself).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CACHE="${KFP_CACHE:-$HOME/.cache/kfp-runtime}"
VENV="$CACHE/venv-mlmd"
VPY="$VENV/bin/python"
REQS="$HERE/mlmd-requirements.txt"
SERVER="$HERE/mlmd_server.py"
PYTHON="${PYTHON:-python3}"
START_TIMEOUT="${KFP_MLMD_START_TIMEOUT:-30}"
STOP_GRACE="${KFP_MLMD_STOP_GRACE:-2}"
HOST=127.0.0.1

SERVICE=mlmd
# shellcheck source=e2e/services/service-lib.sh
source "$HERE/service-lib.sh"

# The marker names the requirements' hash: editing the pins reinstalls.
marker() { echo "$VENV/.installed-$(sha256sum "$REQS" | cut -c1-16)"; }

cmd_install() {
  mkdir -p "$CACHE"
  # Serialise concurrent installs (parallel make jobs, two checkouts).
  exec 9>"$CACHE/.venv-mlmd.lock"
  flock 9
  local mark; mark="$(marker)"
  if [[ -f "$mark" && -x "$VPY" ]]; then
    echo "$VPY"
    return 0
  fi
  local t0; t0="$(now)"
  local ver; ver="$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
  [[ "$ver" == 3.11 ]] || die "$PYTHON is Python $ver; ml-metadata 1.17.1 ships a cp311 wheel only (set PYTHON)"
  log "installing $(grep -E '^[a-z]' "$REQS" | tr '\n' ' ')into $VENV"
  rm -f "$VENV"/.installed-*
  [[ -x "$VENV/bin/pip" ]] || "$PYTHON" -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check -r "$REQS"
  "$VPY" -c '
import grpc, google.protobuf, ml_metadata
from ml_metadata.metadata_store.pywrap.metadata_store_extension import metadata_store
assert ml_metadata.__version__ == "1.17.1", ml_metadata.__version__
assert google.protobuf.__version__.startswith("4.25."), google.protobuf.__version__
assert grpc.__version__ == "1.62.3", grpc.__version__
' || die "the installed packages do not import as expected"
  touch "$mark"
  log "installed in $(elapsed "$t0") s"
  echo "$VPY"
}

# True if PID is a live (non-zombie) mlmd_server.py serving DIR/mlmd.sqlite.
is_our_server() {
  local pid="$1" dir="$2" state
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  [[ -r "/proc/$pid/stat" ]] || return 1
  state="$(sed 's/^.*) //' "/proc/$pid/stat" 2>/dev/null | cut -d' ' -f1)" || return 1
  [[ "$state" != Z && "$state" != X ]] || return 1
  tr '\0' '\n' <"/proc/$pid/cmdline" 2>/dev/null | grep -qxF -- "$dir/mlmd.sqlite"
}

cmd_start() {
  local dir; dir="$(abs_dir "${1:-}" create)"
  [[ -f "$(marker)" && -x "$VPY" ]] || die "not installed: run '$0 install' first"
  if [[ -f "$dir/mlmd.pid" ]] && is_our_server "$(cat "$dir/mlmd.pid")" "$dir"; then
    die "a server for $dir is already running (pid $(cat "$dir/mlmd.pid"))"
  fi
  rm -f "$dir/env" "$dir/mlmd.out"

  local t0 pid port="" extra=()
  read -r -a extra <<<"${KFP_MLMD_SERVER_FLAGS:-}"
  t0="$(now)"
  # Port 0: the server binds a free port itself (no pick-then-bind race)
  # and prints it on its readiness line.
  "$VPY" "$SERVER" --db "$dir/mlmd.sqlite" --host "$HOST" --port 0 "${extra[@]}" \
    </dev/null >"$dir/mlmd.out" 2>"$dir/mlmd.log" &
  pid=$!
  echo "$pid" >"$dir/mlmd.pid"

  local deadline line
  deadline="$(awk -v a="$(now)" -v t="$START_TIMEOUT" 'BEGIN { printf "%.3f", a + t }')"
  while :; do
    line="$(head -n 1 "$dir/mlmd.out" 2>/dev/null || true)"
    if [[ "$line" =~ ^MLMD\ listening\ on\ 127\.0\.0\.1:([0-9]+)$ ]]; then
      port="${BASH_REMATCH[1]}"
      break
    fi
    if ! is_our_server "$pid" "$dir"; then
      wait "$pid" 2>/dev/null || true
      tail_log "$dir/mlmd.log"
      die "server exited during start-up (see $dir/mlmd.log)"
    fi
    if awk -v d="$deadline" -v n="$(now)" 'BEGIN { exit !(n > d) }'; then
      tail_log "$dir/mlmd.log"
      cmd_stop "$dir" >/dev/null 2>&1 || true
      die "not ready after ${START_TIMEOUT} s (see $dir/mlmd.log)"
    fi
    sleep 0.05
  done

  # A real call through gRPC, as clients make it.
  if ! "$VPY" - "$HOST:$port" <<'EOF' 2>>"$dir/mlmd.log"
import sys, grpc
from ml_metadata.proto import metadata_store_service_pb2 as svc
from ml_metadata.proto import metadata_store_service_pb2_grpc as svc_grpc
with grpc.insecure_channel(sys.argv[1]) as ch:
    svc_grpc.MetadataStoreServiceStub(ch).GetContextTypes(
        svc.GetContextTypesRequest(), timeout=10, wait_for_ready=True)
EOF
  then
    tail_log "$dir/mlmd.log"
    cmd_stop "$dir" >/dev/null 2>&1 || true
    die "GetContextTypes on $HOST:$port failed (see $dir/mlmd.log)"
  fi

  {
    printf 'export KFP_MLMD_HOST=%q\n' "$HOST"
    printf 'export KFP_MLMD_PORT=%q\n' "$port"
    printf 'export KFP_MLMD_PID=%q\n' "$pid"
    printf 'export KFP_MLMD_DIR=%q\n' "$dir"
    printf 'export KFP_MLMD_PYTHON=%q\n' "$VPY"
    printf 'export KFP_MLMD_SERVER=%q\n' "$SERVER"
  } >"$dir/env.tmp"
  mv "$dir/env.tmp" "$dir/env"
  log "pid $pid, gRPC at $HOST:$port, ready in $(elapsed "$t0") s (store: $dir/mlmd.sqlite, log: $dir/mlmd.log)"
  cat "$dir/env"
}

cmd_stop() {
  stop_server "${1:-}" mlmd.pid is_our_server || return 0
  return 0
}

service_main "$@"
