#!/usr/bin/env bash
# Builds Tend, starts a private Xvfb, runs the real app on a fresh demo network and saves a PNG of
# each main view (Today, Contacts, a contact page, the log dialog, Helped lately, the edit dialog,
# Insights), then the same views again under a dark palette in DIR/dark.
# Usage: scripts/screenshots.sh [output-folder]   (default /tmp/tend-shots). Never commit the PNGs.
set -euo pipefail

out="${1:-/tmp/tend-shots}"
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${TEND_BUILD_DIR:-$root/build}"

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build "$build" --target tend -j2

work="$(mktemp -d)"
xvfb_pid=""
cleanup() {
    [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# A free display number, and a server of our own.
display=99
while [[ -e "/tmp/.X11-unix/X$display" || -e "/tmp/.X$display-lock" ]]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do [[ -e "/tmp/.X11-unix/X$display" ]] && break; sleep 0.1; done

mkdir -p "$out"
rm -f "$out"/*.png
# Own config and data folders, so the demo network and window settings are fresh every time.
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export DISPLAY=":$display" QT_QPA_PLATFORM=xcb TEND_SCREENSHOT_DIR="$out"

timeout 300 "$build/app/tend" --demo
# Once more as a dark-theme user sees it.
mkdir -p "$out/dark"
rm -f "$out"/dark/*.png
TEND_SCREENSHOT_DIR="$out/dark" TEND_COLOR_SCHEME=dark timeout 300 "$build/app/tend" --demo

ls -1 "$out"/*.png "$out"/dark/*.png
