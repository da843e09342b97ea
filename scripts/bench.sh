#!/bin/sh
# Builds Tend in Release and times the big operations on a 10,000-contact, 250,000-interaction notebook,
# then whole commands beside their floors (sqlite3, SQLite's own copy) in one table.
# Usage: scripts/bench.sh [CONTACTS INTERACTIONS]
#        scripts/bench.sh scaling    (whole commands at 1k, 10k and 100k contacts, 25 interactions each)
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh bench
build=build-release
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTEND_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target tend_bench tend_io_bench tend_ui_bench tend -j2

if [ "${1:-}" = scaling ]; then
    if [ -z "${DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then export QT_QPA_PLATFORM=offscreen; fi
    for contacts in 1000 10000 100000; do
        echo "== whole commands at $contacts contacts, $((contacts * 25)) interactions"
        python3 scripts/bench_commands.py "$build/app/tend" "$contacts" "$((contacts * 25))" 3
    done
    exit 0
fi

contacts=${1:-10000}
interactions=${2:-250000}
echo "== tend_io_bench (contact files: as many cards and LinkedIn rows as contacts)"
"$build/bench/tend_io_bench" "$contacts"

echo "== tend_bench (core API)"
"$build/bench/tend_bench" "$contacts" "$interactions"

echo "== tend demo (the command line, end to end)"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
start=$(date +%s%N)
"$build/app/tend" --db "$scratch/demo.db" --today 2026-11-23 demo --contacts "$contacts" --interactions "$interactions"
end=$(date +%s%N)
echo "wall clock: $(( (end - start) / 1000000 )) ms"

echo "== typing in the Contacts filter (tend_ui_bench, offscreen)"
QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$build/bench/tend_ui_bench" "$scratch/demo.db" || true

echo "== whole commands beside their floors (scripts/bench_commands.py; the window needs a display)"
if [ -z "${DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then export QT_QPA_PLATFORM=offscreen; fi
python3 scripts/bench_commands.py "$build/app/tend" "$contacts" "$interactions"

echo "== beside a peer: khard on the same $contacts vCards (scripts/bench_khard.py)"
python3 scripts/bench_khard.py "$build/app/tend" "$contacts"
