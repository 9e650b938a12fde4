#!/usr/bin/env bash
# with-mlmd.sh CMD [ARG...]
#
# Installs the ML Metadata engine (cached), starts a private gRPC server on a
# free 127.0.0.1 port with a fresh SQLite store in a temporary directory,
# exports its KFP_MLMD_* variables, runs CMD, always stops the server, and
# exits with CMD's exit code. The temporary directory is removed when CMD
# succeeds and kept (with the server log) when it fails; KFP_MLMD_KEEP=1
# always keeps it. The directory is made under KFP_MLMD_TMPDIR, by default
# /dev/shm when writable (else TMPDIR or /tmp). Composes with with-seaweedfs.sh:
#   bash e2e/services/with-seaweedfs.sh bash e2e/services/with-mlmd.sh cargo test
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=e2e/services/with-service.sh
source "$HERE/with-service.sh"

# The store goes on tmpfs when there is one: SQLite syncs every write
# transaction, which costs PutExecution ~15 ms on disk against ~0.8 ms in RAM.
base="${KFP_MLMD_TMPDIR:-}"
if [[ -z "$base" ]]; then
  if [[ -d /dev/shm && -w /dev/shm ]]; then base=/dev/shm; else base="${TMPDIR:-/tmp}"; fi
fi

announce() {
  echo "with-mlmd: ML Metadata at $KFP_MLMD_HOST:$KFP_MLMD_PORT (pid $KFP_MLMD_PID, dir $1)" >&2
}

with_service mlmd "$base" "${KFP_MLMD_KEEP:-0}" mlmd.log "$@"
