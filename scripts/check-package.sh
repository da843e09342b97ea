#!/usr/bin/env bash
# Installs a Tend .deb on this machine with apt and tries it as a user would: the version, a demo
# network and `tend due` on the command line, then the window under a private Xvfb. Meant for a
# brand-new Debian 12 root (scripts/check-package-fresh.sh runs it there), where nothing but the
# package's own dependencies is installed.
#   scripts/check-package.sh tend_<version>_<arch>.deb EXPECTED_VERSION
set -euo pipefail
deb=$(realpath "$1")
expected_version=$2
export DEBIAN_FRONTEND=noninteractive

apt-get update -qq
apt-get install -y -qq --no-install-recommends "$deb" >/dev/null
echo "== installed: $(dpkg-query -W -f='${Package} ${Version}' tend)"

version=$(tend --version)
[ "$version" = "tend $expected_version" ] || { echo "tend --version printed '$version'" >&2; exit 1; }
echo "== $version"

export HOME=$(mktemp -d)
tend demo --contacts 50
tend due | head -5
missing=$(ldd "$(command -v tend)" | grep 'not found' || true)
[ -z "$missing" ] || { echo "tend links libraries the package does not bring: $missing" >&2; exit 1; }

# The window: only now install a display server, so it cannot have supplied anything tend needs.
apt-get install -y -qq --no-install-recommends xvfb xauth x11-utils >/dev/null
display=99
while [ -e "/tmp/.X11-unix/X$display" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done
DISPLAY=":$display" tend --demo >"$HOME/gui.log" 2>&1 &
gui=$!
for _ in $(seq 100); do
    if DISPLAY=":$display" xwininfo -root -tree 2>/dev/null | grep -q '"demo network'; then
        echo "== the window is open: $(DISPLAY=":$display" xwininfo -root -tree | grep -o '"demo network[^"]*"' | head -1)"
        kill $gui
        exit 0
    fi
    kill -0 $gui 2>/dev/null || { echo "tend --demo exited:" >&2; cat "$HOME/gui.log" >&2; exit 1; }
    sleep 0.2
done
echo "no Tend window appeared within 20 s:" >&2
cat "$HOME/gui.log" >&2
exit 1
