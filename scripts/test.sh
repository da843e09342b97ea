#!/usr/bin/env bash
# Builds Tend with every test suite and runs them all through CTest. GUI suites use Qt's offscreen
# platform, so no display is needed.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh test
cmake -S . -B build/test -G Ninja -DCMAKE_BUILD_TYPE=Release -DTEND_BUILD_TESTS=ON >/dev/null
cmake --build build/test
QT_QPA_PLATFORM=offscreen ctest --test-dir build/test --output-on-failure -j2 --timeout 600
