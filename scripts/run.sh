#!/usr/bin/env bash
# Builds Tend (Release) and starts it. Arguments go to tend: `scripts/run.sh --demo` opens the demo
# network; `scripts/run.sh due` runs a command. Data lives in the platform's app-data folder
# (~/.local/share/tend/tend.db), created owner-only on first start; --db PATH or $TEND_DB override it.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release -DTEND_BUILD_TESTS=OFF >/dev/null
cmake --build build/release --target tend

if [ $# -eq 0 ] || [ "${1:-}" = "--demo" ]; then
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "No display found: starting Tend on a private Xvfb server (:99). Commands such as" >&2
        echo "'scripts/run.sh due' need no display." >&2
        Xvfb :99 -screen 0 1400x900x24 >/dev/null 2>&1 &
        export DISPLAY=:99
        sleep 1
    fi
fi
exec build/release/app/tend "$@"
