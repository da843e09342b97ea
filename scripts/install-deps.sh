#!/usr/bin/env bash
# Installs what building, running and testing Tend needs on Debian 12. Safe to run again:
# it only calls apt-get when a package is missing.
set -euo pipefail

# Each package is here for a reason; installs use --no-install-recommends, so a package that is
# only recommended by another (libqt6opengl6-dev by qt6-base-dev) must be named.
#   scripts/install-deps.sh            what building and running Tend needs
#   scripts/install-deps.sh test       … and what the test suite needs
#   scripts/install-deps.sh package    … and what building the .deb needs
#   scripts/install-deps.sh bench      … and what scripts/bench.sh compares against
packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-qpa-plugins
    libsqlite3-dev                             # core's write path binds on the sqlite3 handle Qt Sql exposes
    libqt6opengl6-dev                          # Qt6Charts' CMake package needs Qt6OpenGL(Widgets)
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n                      # Qt's own German (standard buttons, file dialogs)
    qt6-svg-dev libqt6svg6 libgl-dev
    qt6-charts-dev libqt6charts6
    libical-dev                                # tend_ical writes and reads VTODOs (pkg-config libical)
    qtkeychain-qt6-dev                         # tend_sync keeps the sync password in the desktop keyring
    xvfb xauth fonts-dejavu-core
    python3-vobject                            # tests/io: an independent reader judges Tend's vCards
)
test_packages=(
    desktop-file-utils appstream               # the desktop's validators judge what cmake --install puts there
    groff-base                                 # lints the generated man page
    radicale                                   # the CardDAV/CalDAV server the sync tests start on 127.0.0.1
    python3-caldav                             # the sync tests' independent client on the other side
    python3-icalendar                          # an independent reader of the VTODOs Tend writes
    openssl                                    # a self-signed certificate, to show Tend refuses one
)
bench_packages=(
    sqlite3                                    # scripts/bench_commands.py: the shell is the floor commands are measured against
    khard                                      # scripts/bench_khard.py: the peer Tend is compared with
)
package_packages=(
    dpkg-dev file                              # cpack's dpkg-shlibdeps computes the .deb's dependencies
)
for group in "$@"; do
    case "$group" in
        test) packages+=("${test_packages[@]}") ;;
        package) packages+=("${package_packages[@]}") ;;
        bench) packages+=("${bench_packages[@]}") ;;
        *) echo "install-deps: unknown group '$group' (use: test, package, bench)" >&2; exit 2 ;;
    esac
done

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || {
        echo "install-deps: these packages are missing and installing them needs root: ${missing[*]}" >&2
        exit 1
    }
    sudo="sudo"
fi
echo "install-deps: installing ${missing[*]}" >&2
if ! $sudo apt-get update -qq; then
    echo "install-deps: 'apt-get update' failed; check the network and /etc/apt/sources.list*." >&2
    exit 1
fi
if ! DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"; then
    # Name the packages apt could not provide, not just the failed command.
    unavailable=()
    for package in "${missing[@]}"; do
        apt-cache show "$package" >/dev/null 2>&1 || unavailable+=("$package")
    done
    if [ ${#unavailable[@]} -gt 0 ]; then
        echo "install-deps: apt-get has no package named: ${unavailable[*]}" >&2
    else
        echo "install-deps: apt-get could not install: ${missing[*]}" >&2
    fi
    exit 1
fi
still=()
for package in "${missing[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || still+=("$package")
done
if [ ${#still[@]} -gt 0 ]; then
    echo "install-deps: still not installed after apt-get: ${still[*]}" >&2
    exit 1
fi
