#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (build-fuzz/) and runs each for a bounded time.
#   scripts/fuzz.sh [SECONDS_PER_TARGET]   (default 60)
# Corpora grow in build-fuzz/corpus/<target>; a crash leaves its input in build-fuzz/crashes/
# and makes the script exit non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
cxx="${CXX_FUZZ:-clang++-14}"
cc="${CC_FUZZ:-clang-14}"
command -v "$cxx" >/dev/null || { echo "fuzz.sh needs $cxx (apt-get install clang-14)" >&2; exit 2; }

cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_C_COMPILER="$cc" \
    -DTEND_BUILD_FUZZERS=ON -DTEND_BUILD_TESTS=OFF -DTEND_BUILD_BENCHMARKS=OFF >/dev/null
targets=(fuzz_parse_day fuzz_parse_days fuzz_sql_script fuzz_validation fuzz_vcard fuzz_csv)
cmake --build build-fuzz --target "${targets[@]}"

mkdir -p build-fuzz/crashes
status=0
for target in "${targets[@]}"; do
    corpus="build-fuzz/corpus/$target"
    mkdir -p "$corpus"
    seeds="fuzz/seeds/$target"
    # The SQL splitter starts from the real migrations, so its seeds never go stale.
    [ "$target" = fuzz_sql_script ] && seeds="migrations"
    # The importers start from the test suite's own fixtures.
    [ "$target" = fuzz_vcard ] && seeds="tests/data/import/vcard"
    [ "$target" = fuzz_csv ] && seeds="tests/data/import/csv"
    echo "== $target: ${seconds}s"
    # Qt's own allocations are not instrumented; leak checks would report them, not Tend.
    if ! ASAN_OPTIONS=detect_leaks=0 "build-fuzz/fuzz/$target" -max_total_time="$seconds" -max_len=4096 \
            -artifact_prefix="build-fuzz/crashes/$target-" -print_final_stats=1 \
            "$corpus" $( [ -d "$seeds" ] && echo "$seeds" ) 2>"build-fuzz/$target.log"; then
        echo "!! $target found a problem; see build-fuzz/$target.log and build-fuzz/crashes/" >&2
        status=1
    fi
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "build-fuzz/$target.log" || true
done
exit $status
