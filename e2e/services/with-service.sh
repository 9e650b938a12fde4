# with-service.sh: sourced by with-mlmd.sh and with-seaweedfs.sh, which differ
# only in the service they start and what they say about it.
#
# with_service NAME BASE KEEP LOG CMD [ARG...]
#
# Installs the service of "$HERE/NAME.sh" (cached), starts it in a fresh
# directory BASE/kfp-NAME.XXXXXX, sources its env file (so CMD sees its
# variables), calls the caller's `announce DIR`, runs CMD, always stops the
# service, and exits with CMD's exit code. The directory is removed when CMD
# succeeds and kept (with the server log LOG) when it fails or KEEP is 1.

with_service() {
  name="$1" base="$2" keep="$3" log="$4"
  shift 4
  [[ $# -gt 0 ]] || { echo "usage: $0 CMD [ARG...]" >&2; exit 2; }
  svc="$HERE/$name.sh"
  "$svc" install >/dev/null
  dir="$(mktemp -d "$base/kfp-$name.XXXXXX")"
  rc=1
  # shellcheck disable=SC2317,SC2329 # called from the traps
  cleanup() {
    trap - EXIT INT TERM HUP
    "$svc" stop "$dir" || true
    if [[ "$rc" -eq 0 && "$keep" != 1 ]]; then
      rm -rf -- "$dir"
    else
      echo "with-$name: kept $dir (server log: $dir/$log)" >&2
    fi
    exit "$rc"
  }
  trap cleanup EXIT
  trap 'rc=130; cleanup' INT
  trap 'rc=143; cleanup' TERM
  trap 'rc=129; cleanup' HUP

  "$svc" start "$dir" >/dev/null
  # shellcheck disable=SC1091
  source "$dir/env"
  announce "$dir"

  set +e
  "$@"
  rc=$?
  set -e
  exit "$rc"
}
