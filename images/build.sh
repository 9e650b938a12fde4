#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# build.sh STATIC_DIR OUT_DIR [NAME...]
#
# Builds the images NAME (default: kfp-launcher kfp-driver kfp-publisher),
# each from images/Containerfile.<binary> over the static binary in
# STATIC_DIR, without a daemon, into OUT_DIR/NAME.oci.tar, then prints their
# sizes. Environment (set by images.mk): IMAGE_REPO (ghcr.io/kfp-runtime),
# IMAGE_VERSION, IMAGE_REVISION, IMAGE_SOURCE, SOURCE_DATE_EPOCH (image and
# file times, so the same inputs build the same image), KFP_IMAGES_STORE
# (see buildah.sh).
set -euo pipefail

[[ $# -ge 2 ]] || { echo "usage: $0 STATIC_DIR OUT_DIR [NAME...]" >&2; exit 2; }
static="$1" out="$2"
shift 2
names=("$@")
[[ ${#names[@]} -gt 0 ]] || names=(kfp-launcher kfp-driver kfp-publisher)
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="${IMAGE_REPO:-ghcr.io/kfp-runtime}"
version="${IMAGE_VERSION:-dev}"
# shellcheck source=buildah.sh
source "$here/buildah.sh"
ensure_buildah || { echo "build.sh: buildah is missing and cannot be installed" >&2; exit 1; }
mkdir -p "$out"

build() {
  local name="$1" bin="${1#kfp-}" ref="$repo/$1:$version" ctx tmp
  [[ -x "$static/$bin" ]] || { echo "build.sh: $static/$bin missing: run make static" >&2; exit 1; }
  # Static, or the copy would not run in an arbitrary user image (contract §3.2).
  if file -b "$static/$bin" | grep -q 'dynamically linked'; then
    echo "build.sh: $static/$bin is dynamically linked" >&2; exit 1
  fi

  # The build context: only what the Containerfile copies.
  ctx="$out/context/$name"
  rm -rf "$ctx"
  mkdir -p "$ctx/skel/tmp"
  chmod 1777 "$ctx/skel/tmp"
  cp "$static/$bin" "$ctx/$bin"
  cp /etc/ssl/certs/ca-certificates.crt "$ctx/ca-certificates.crt"
  if [[ "$bin" == launcher ]]; then
    mkdir -p "$ctx/skel/usr/local/bin"
    ln -s launcher-v2 "$ctx/skel/usr/local/bin/launcher"
  fi

  bah bud --quiet --isolation chroot \
    --timestamp "${SOURCE_DATE_EPOCH:-0}" \
    --build-arg VERSION="$version" \
    --build-arg REVISION="${IMAGE_REVISION:-unknown}" \
    --build-arg SOURCE="${IMAGE_SOURCE:-https://github.com/kfp-runtime/kfp-runtime}" \
    -t "$ref" -f "$here/Containerfile.$bin" "$ctx" >/dev/null

  # Into a temp file renamed at the end: a failed push leaves no half
  # archive to be taken for a whole one.
  tmp="$out/.$name.oci.tar.tmp"
  rm -f "$tmp"
  bah push --quiet "$ref" "oci-archive:$tmp:$ref"
  mv -f "$tmp" "$out/$name.oci.tar"
  # The previous build of the same tag, now untagged.
  bah rmi --prune >/dev/null 2>&1 || true

  echo "built $ref -> $out/$name.oci.tar"
}

mib() { awk -v b="$1" 'BEGIN { printf "%.2f MiB", b / 1048576 }'; }

for name in "${names[@]}"; do build "$name"; done
for name in "${names[@]}"; do
  read -r packed raw < <(python3 "$here/oci.py" sizes "$out/$name.oci.tar")
  printf '%-14s %9d bytes (%s) compressed, %9d (%s) uncompressed; binary %d\n' \
    "$name" "$packed" "$(mib "$packed")" "$raw" "$(mib "$raw")" "$(stat -c %s "$static/${name#kfp-}")"
done
