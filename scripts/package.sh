#!/usr/bin/env bash
# Builds Tend in Release and makes the Debian package build/package/tend_<version>_<arch>.deb
# with cpack; its dependencies are computed from the binary by dpkg-shlibdeps.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh package
cmake -S . -B build/package -G Ninja -DCMAKE_BUILD_TYPE=Release -DTEND_BUILD_TESTS=OFF \
      -DTEND_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build build/package
(cd build/package && cpack -G DEB >/dev/null)
deb=$(ls build/package/tend_*.deb)
echo "$deb"
dpkg-deb --field "$deb" Package Version Architecture Depends
