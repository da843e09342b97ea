#!/bin/sh
# Times a whole CardDAV sync of a large address book against Radicale on this machine: the first
# upload, another device's first download, and incremental syncs. Release build.
# Usage: scripts/bench-sync.sh [CARDS] [MULTIGET_BATCH] [UPLOADS]    (default 5000 250 200)
#        TEND_RADICALE_TMP=/var/tmp scripts/bench-sync.sh   Radicale's storage on disk, not /dev/shm
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh test
build=build-release
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTEND_BUILD_TESTS=ON >/dev/null
cmake --build "$build" --target tend_sync_bench -j2
"$build/bench/tend_sync_bench" "${1:-5000}" "${2:-250}" "${3:-200}"
