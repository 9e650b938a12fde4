# service-lib.sh: what mlmd.sh and seaweedfs.sh share, sourced by both. The
# caller sets SERVICE (its name in log lines) and STOP_GRACE (whole seconds)
# and defines cmd_install and cmd_start; service_main dispatches to them.

log() { echo "$SERVICE: $*" >&2; }
die() { log "$*"; exit 1; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }

# Absolute path of DIR; created when $2 is "create".
abs_dir() {
  [[ -n "${1:-}" ]] || die "missing DIR argument"
  [[ "${2:-}" == create ]] && mkdir -p "$1"
  [[ -d "$1" ]] || die "no such directory: $1"
  (cd "$1" && pwd)
}

tail_log() {
  log "--- last lines of $1 ---"
  tail -n 40 "$1" >&2 || true
}

# stop_server DIR PIDFILE IS_OURS: SIGTERM the server whose pid DIR/PIDFILE
# holds, SIGKILL after STOP_GRACE. IS_OURS PID DIR names a function that is
# true while that pid is a live server of DIR (a reused pid is not). Returns
# 1 when there was nothing to stop (idempotent), 0 once it is stopped.
stop_server() {
  [[ -n "${1:-}" ]] || die "missing DIR argument"
  if [[ ! -d "$1" ]]; then
    log "no such directory: $1 (nothing to stop)"
    return 1
  fi
  local dir; dir="$(abs_dir "$1")"
  local pidfile="$2" is_ours="$3" pid=""
  [[ -f "$dir/$pidfile" ]] && pid="$(cat "$dir/$pidfile")"
  if [[ -z "$pid" ]] || ! "$is_ours" "$pid" "$dir"; then
    log "no server running for $dir"
    return 1
  fi
  kill -TERM "$pid" 2>/dev/null || true
  local i
  for (( i = 0; i < STOP_GRACE * 10; i++ )); do
    "$is_ours" "$pid" "$dir" || break
    sleep 0.1
  done
  if "$is_ours" "$pid" "$dir"; then
    kill -KILL "$pid" 2>/dev/null || true
    for (( i = 0; i < 50; i++ )); do
      "$is_ours" "$pid" "$dir" || break
      sleep 0.1
    done
    "$is_ours" "$pid" "$dir" && die "pid $pid survived SIGKILL"
    log "stopped pid $pid (SIGKILL after ${STOP_GRACE} s)"
  else
    log "stopped pid $pid (SIGTERM)"
  fi
  return 0
}

cmd_env() {
  local dir; dir="$(abs_dir "${1:-}")"
  [[ -f "$dir/env" ]] || die "no env file in $dir (not started?)"
  cat "$dir/env"
}

service_main() {
  case "${1:-}" in
    install) cmd_install ;;
    start) cmd_start "${2:-}" ;;
    stop) cmd_stop "${2:-}" ;;
    env) cmd_env "${2:-}" ;;
    *) echo "usage: $0 install | start DIR | stop DIR | env DIR" >&2; exit 2 ;;
  esac
}
