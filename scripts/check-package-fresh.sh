#!/usr/bin/env bash
# The .deb on brand-new machines, as root: builds it in one fresh Debian 12 root (committed HEAD),
# then installs and tries it in a second one that has never seen a build (scripts/check-package.sh).
# Uses the shared fresh-root tool beside the checkout and its cached minimal root.
#   scripts/check-package-fresh.sh
set -euo pipefail
cd "$(dirname "$0")/.."
fresh=${FRESH_DEBIAN_RUN:-../shared/tools/fresh-debian-run}
cache=${FRESH_CACHE:-/var/tmp/fresh-debian}
[ "$(id -u)" -eq 0 ] || { echo "run as root" >&2; exit 2; }
[ -x "$fresh" ] || { echo "needs $fresh" >&2; exit 2; }

out=$(mktemp -d /var/tmp/tend-deb.XXXXXX)
echo "== building the package in a fresh root"
KEEP_ROOT=1 "$fresh" 'scripts/package.sh' 2>"$out/build.log" | tee "$out/package.txt" ||
    { tail -30 "$out/build.log" >&2; exit 1; }
built_root=$(sed -n 's/^root kept at //p' "$out/build.log")
deb=$(head -1 "$out/package.txt")
cp "$built_root/project/$deb" "$out/"
version=$(sed -n 's/^project(Tend VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
for m in proc sys dev/pts dev tmp; do umount -l "$built_root/$m" 2>/dev/null || true; done
rm -rf --one-file-system "$built_root"

echo "== installing $(basename "$deb") in a second fresh root"
root=$(mktemp -d /var/tmp/fresh-root.XXXXXX)
cleanup() {
    for m in proc sys dev/pts dev tmp; do umount -l "$root/$m" 2>/dev/null || true; done
    rm -rf --one-file-system "$root"
}
trap cleanup EXIT
tar -C "$root" -xf "$cache/pristine.tar"
mkdir -p "$root/check"
cp "$out"/*.deb scripts/check-package.sh "$root/check/"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
mount -t proc proc "$root/proc"
mount --rbind /sys "$root/sys"
mount --rbind /dev "$root/dev"
mount -t tmpfs tmpfs "$root/tmp"
chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 /bin/bash -c "cd /check && ./check-package.sh ./$(basename "$deb") $version"
echo "== the package installs and works on a fresh machine (kept in $out)"
