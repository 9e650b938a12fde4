#!/usr/bin/env bash
# with-seaweedfs.sh CMD [ARG...]
#
# Installs SeaweedFS (cached), starts a private instance on free 127.0.0.1
# ports in a temporary directory, exports its KFP_S3_* / KFP_WEED_* variables,
# runs CMD, always stops the server, and exits with CMD's exit code.
# The temporary directory is removed when CMD succeeds and kept (with the
# server log) when it fails; KFP_WEED_KEEP=1 always keeps it.
set -euo pipefail

[[ $# -gt 0 ]] || { echo "usage: $0 CMD [ARG...]" >&2; exit 2; }

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SVC="$HERE/seaweedfs.sh"

"$SVC" install >/dev/null

dir="$(mktemp -d "${TMPDIR:-/tmp}/kfp-seaweedfs.XXXXXX")"
rc=1
# shellcheck disable=SC2329 # called from the traps
cleanup() {
  trap - EXIT INT TERM HUP
  "$SVC" stop "$dir" || true
  if [[ "$rc" -eq 0 && "${KFP_WEED_KEEP:-0}" != 1 ]]; then
    rm -rf -- "$dir"
  else
    echo "with-seaweedfs: kept $dir (server log: $dir/weed.log)" >&2
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'rc=130; cleanup' INT
trap 'rc=143; cleanup' TERM
trap 'rc=129; cleanup' HUP

"$SVC" start "$dir" >/dev/null
# shellcheck disable=SC1091
source "$dir/env"
echo "with-seaweedfs: S3 at $KFP_S3_ENDPOINT (pid $KFP_WEED_PID, dir $dir)" >&2

set +e
"$@"
rc=$?
set -e
exit "$rc"
