#!/usr/bin/env bash
# with-seaweedfs.sh CMD [ARG...]
#
# Installs SeaweedFS (cached), starts a private instance on free 127.0.0.1
# ports in a temporary directory, exports its KFP_S3_* / KFP_WEED_* variables,
# runs CMD, always stops the server, and exits with CMD's exit code.
# The temporary directory is removed when CMD succeeds and kept (with the
# server log) when it fails; KFP_WEED_KEEP=1 always keeps it.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=e2e/services/with-service.sh
source "$HERE/with-service.sh"

announce() {
  echo "with-seaweedfs: S3 at $KFP_S3_ENDPOINT (pid $KFP_WEED_PID, dir $1)" >&2
}

with_service seaweedfs "${TMPDIR:-/tmp}" "${KFP_WEED_KEEP:-0}" weed.log "$@"
