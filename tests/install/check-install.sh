#!/usr/bin/env bash
# Installs the build into a scratch prefix with `cmake --install` and checks what a desktop user
# gets: the binary, desktop file, icons, AppStream metadata, man page and bash completion, each
# validated by the tool the desktop itself uses.
#   check-install.sh BUILD_DIR APP_ID
set -uo pipefail
build=$1
app_id=$2
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
problems=0
fail() { echo "FAIL: $*" >&2; problems=$((problems + 1)); }

cmake --install "$build" --prefix "$prefix" >/dev/null || { echo "FAIL: cmake --install failed" >&2; exit 1; }

tend=$prefix/bin/tend
desktop=$prefix/share/applications/$app_id.desktop
metainfo=$prefix/share/metainfo/$app_id.metainfo.xml
man=$prefix/share/man/man1/tend.1
completion=$prefix/share/bash-completion/completions/tend

for file in "$tend" "$desktop" "$metainfo" "$man" "$completion" \
            "$prefix/share/icons/hicolor/scalable/apps/$app_id.svg"; do
    [ -s "$file" ] || fail "not installed: ${file#"$prefix"/}"
done
[ -x "$tend" ] || fail "bin/tend is not executable"

# `tend` is the command line; it execs the window from libexec and loads the photo plugin from lib
# (docs/architecture.md). Both must be where the installed `tend` looks for them.
[ -x "$prefix/libexec/tend/tend-window" ] || fail "not installed: libexec/tend/tend-window"
plugin=$(find "$prefix/lib" -path '*/tend/libtend_photos.so' | head -1)
[ -n "$plugin" ] || fail "not installed: lib/…/tend/libtend_photos.so"
notebook_dir=$(mktemp -d -p "$prefix")
QT_QPA_PLATFORM=offscreen HOME=$notebook_dir XDG_RUNTIME_DIR=$notebook_dir \
    "$tend" --db "$notebook_dir/window.db" --exit-after-startup >/dev/null 2>"$notebook_dir/window.log" ||
    { cat "$notebook_dir/window.log" >&2; fail "the installed tend did not open its window (--exit-after-startup)"; }
HOME=$notebook_dir "$tend" --db "$notebook_dir/photos.db" import "$(dirname "$0")/../data/import/vcard/wide_photo.vcf" \
    >/dev/null 2>"$notebook_dir/import.log" || fail "the installed tend could not import wide_photo.vcf"
grep -qi "photo" "$notebook_dir/import.log" && { cat "$notebook_dir/import.log" >&2; fail "the installed tend did not scale a photo"; }

# Bitmap icons: each PNG really is the size its folder names.
for size in 16 22 24 32 48 64 128 256 512; do
    png=$prefix/share/icons/hicolor/${size}x${size}/apps/$app_id.png
    if [ ! -s "$png" ]; then fail "not installed: ${png#"$prefix"/}"; continue; fi
    read -r w1 w2 w3 w4 h1 h2 h3 h4 < <(od -An -tu1 -j16 -N8 "$png")
    width=$(( (w1 << 24) | (w2 << 16) | (w3 << 8) | w4 )); height=$(( (h1 << 24) | (h2 << 16) | (h3 << 8) | h4 ))
    [ "$width" = "$size" ] && [ "$height" = "$size" ] || fail "$size icon is ${width}x${height}"
done

# The desktop's own validators.
desktop-file-validate "$desktop" || fail "desktop-file-validate rejects $app_id.desktop"
appstreamcli validate --no-net --explain "$metainfo" >"$prefix/appstream.log" 2>&1 ||
    { cat "$prefix/appstream.log" >&2; fail "appstreamcli rejects the metainfo"; }
grep -q "^Icon=$app_id$" "$desktop" || fail "the desktop file's Icon is not $app_id"
# tend reads words that name no command but existing files as files to import (`tend FILE.vcf`),
# so the launcher passes local files only (%F, not URLs), and declares the types it opens.
exec_line=$(grep -m1 '^Exec=' "$desktop")
[ "$exec_line" = "Exec=tend %F" ] || fail "the desktop file's main Exec is '$exec_line', expected 'Exec=tend %F'"
grep -q '^MimeType=text/vcard;text/x-vcard;text/csv;$' "$desktop" ||
    fail "the desktop file does not declare text/vcard, text/x-vcard and text/csv"
grep -q "<release version=\"$("$tend" --version | awk '{print $2}')\"" "$metainfo" ||
    fail "the metainfo's releases do not list the version tend prints"

# The man page: formats cleanly and covers every command and every option `tend --help` shows.
if command -v groff >/dev/null; then
    warnings=$(groff -man -ww -z "$man" 2>&1)
    [ -z "$warnings" ] || fail "groff warns about tend.1: $warnings"
else
    fail "groff is not installed (scripts/test.sh installs groff-base)"
fi
grep -q '^\.TH TEND 1 ' "$man" || fail "tend.1 has no .TH header"
unescaped=$(sed 's/\\-/-/g; s/\\e/\\/g' "$man")
mapfile -t commands < <(env -u TEND_DB "$tend" --help | sed -n '/^Commands:/,$p' | tail -n +2 |
                        sed -E 's/^  ([a-z-]+( [a-z-]+)?)  .*/\1/; s/ +$//')
[ ${#commands[@]} -ge 10 ] || fail "could not read the command list from tend --help (${#commands[@]} found)"
for command in "${commands[@]}"; do
    grep -q "^\.SS \"tend $command\( \|\"\)" <<<"$unescaped" || fail "tend.1 has no section for 'tend $command'"
    read -ra words <<<"$command"
    while read -r option; do
        grep -qF -- "\\fB$option\\fR" <<<"$unescaped" || fail "tend.1 does not describe $option of 'tend $command'"
    done < <("$tend" "${words[@]}" --help | sed -n '/^Options:/,$p' | grep -oE '^  --[a-z-]+' | sed 's/^  //')
done

# Bash completion: what a user gets after pressing Tab.
complete_words() { # the words of a command line, the last one being completed
    bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _tend; printf "%s\n" "${COMPREPLY[@]}"' \
        bash "$completion" "$@" | sort | tr '\n' ' ' | sed 's/ $//'
}
expect_completion() { # expected, then the words
    local expected=$1; shift
    local got; got=$(complete_words "$@")
    [ "$got" = "$expected" ] || fail "completing '$*': got '$got', expected '$expected'"
}
expect_completion "config contact" tend con
expect_completion "add archive duplicates edit list merge not-duplicates show unarchive" tend contact ""
expect_completion "--role" tend contact add Ada --ro
expect_completion "coach mentor peer sponsor therapist" tend contact add Ada --role ""
expect_completion "call coffee" tend log c
expect_completion "gave" tend log coffee ada --direction g
expect_completion "--db --demo --exit-after-startup --help --today --version" tend -
expect_completion "--db --demo" tend --d
expect_completion "config contact" tend --db x.db con
expect_completion "online" tend contact edit ada --met-via on

[ "$problems" -eq 0 ] || { echo "$problems problem(s) with the installed application" >&2; exit 1; }
echo "installed application: all checks passed"
