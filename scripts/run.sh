#!/usr/bin/env bash
# Builds Tend (Release) and starts it. Arguments go to tend: `scripts/run.sh --demo` opens the demo
# network; `scripts/run.sh due` runs a command. Data lives in the platform's app-data folder
# (~/.local/share/Tend/tend/tend.db), created owner-only on first start; --db PATH or $TEND_DB override it.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release -DTEND_BUILD_TESTS=OFF \
      -DTEND_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build build/release   # tend, and what `cmake --install build/release` installs beside it

# With no command, tend opens its window; without a display, it gets a private Xvfb on a free
# display number.
opens_window=true
previous=""
for argument in "$@"; do
    case "$argument" in
        --demo|--db|--db=*|--today|--today=*) ;;
        -*) opens_window=false; break ;;
        *) [ "$previous" = "--db" ] || [ "$previous" = "--today" ] || { opens_window=false; break; } ;;
    esac
    previous=$argument
done
if $opens_window && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    display=99
    while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
    echo "No display found: starting Tend on a private Xvfb server (:$display). Commands such as" >&2
    echo "'scripts/run.sh due' need no display." >&2
    Xvfb ":$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    trap 'kill "$xvfb_pid" 2>/dev/null || true' EXIT
    for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done
    export DISPLAY=":$display"
    build/release/app/tend "$@"
    exit $?
fi
exec build/release/app/tend "$@"
