# shellcheck shell=bash
# Sourced by build.sh and smoke.sh: buildah with a private store.
#
# The vfs driver because it needs nothing from the kernel (no overlay, no
# fuse, no user namespaces): it works as root in a sandbox. It copies every
# layer in full, which costs little with images of one ~8 MiB layer.
# KFP_IMAGES_STORE: where the store lives (images.mk passes one under the
# project cache); containers from a failed run are removed at the next one.

KFP_IMAGES_STORE="${KFP_IMAGES_STORE:-$HOME/.cache/kfp-runtime/buildah}"

bah() {
  buildah --storage-driver vfs --root "$KFP_IMAGES_STORE/root" \
    --runroot "$KFP_IMAGES_STORE/run" "$@"
}

# Installs buildah when it is missing and we may (root with apt-get, as on
# CI); false when there is none to be had.
ensure_buildah() {
  command -v buildah >/dev/null && return 0
  [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null || return 1
  echo "images: installing buildah (Debian package)" >&2
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq buildah; } \
    >/dev/null 2>&1 || return 1
  command -v buildah >/dev/null
}
