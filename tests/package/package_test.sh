#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# package_test.sh BUILD_DIR VERSION: makes the .deb with cpack from BUILD_DIR (already built, with
# debug info: RelWithDebInfo), checks it as Debian would (lintian: no error; desktop-file-validate;
# appstreamcli validate), then unpacks it into a throw-away root and runs keyward-cli --version and
# keyward --help from there. The keyward-dbgsym package beside it must hold the debug info of the
# very programs shipped (same build-ids), and the shipped programs none.
set -euo pipefail
build=$1
version=$2
work=$(mktemp -d "${TMPDIR:-/tmp}/keyward-package.XXXXXX")
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "--- $*"; }

step "cpack -G DEB"
(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack"; }
deb=$(find "$work/out" -maxdepth 1 -name "keyward_${version}-*_*.deb" | head -1)
[ -n "$deb" ] || fail "no keyward_${version}-*.deb in $(ls "$work/out")"
echo "$(basename "$deb"): $(du -k "$deb" | cut -f1) KiB"
# Unstripped, the package was 50 MB; stripped, about 2 MB.
[ "$(du -k "$deb" | cut -f1)" -lt 10240 ] || fail "$(basename "$deb") is over 10 MiB: are the programs stripped?"
dbgsym=$(find "$work/out" -maxdepth 1 -name "keyward-dbgsym_${version}-*_*.ddeb" | head -1)
[ -n "$dbgsym" ] || fail "no keyward-dbgsym_${version}-*.ddeb in $(ls "$work/out") (a build without -g makes none)"
echo "$(basename "$dbgsym"): $(du -k "$dbgsym" | cut -f1) KiB"

step "control fields"
dpkg-deb -f "$deb" Package Version Depends Section Installed-Size
depends=$(dpkg-deb -f "$deb" Depends)
# The SVG plugins (icons) are loaded at run time: no shlibdeps finds them.
grep -q 'libqt6svg6' <<<"$depends" || fail "Depends lacks libqt6svg6 (the SVG icon engine and image plugins)"
grep -q 'libqt6widgets6' <<<"$depends" || fail "Depends lacks libqt6widgets6: shlibdeps did not run"

step "lintian (no errors)"
lintian --fail-on error --display-level ">=warning" "$deb" || fail "lintian reports errors"
lintian --fail-on error --display-level ">=warning" "$dbgsym" || fail "lintian reports errors in the dbgsym package"

step "contents"
root="$work/root"
dpkg -x "$deb" "$root"
for f in usr/bin/keyward usr/bin/keyward-cli \
         usr/share/doc/keyward/copyright usr/share/doc/keyward/changelog.Debian.gz \
         usr/share/man/man1/keyward.1.gz usr/share/man/man1/keyward-cli.1.gz \
         usr/share/applications/io.keyward.Keyward.desktop \
         usr/share/metainfo/io.keyward.Keyward.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/io.keyward.Keyward.svg; do
    [ -e "$root/$f" ] || fail "missing /$f"
done
! find "$root" -name 'keyward-cli-testhooks' | grep -q . || fail "the test-hooks CLI must never ship"
dbgroot="$work/dbgsym-root"
dpkg -x "$dbgsym" "$dbgroot"
for program in keyward keyward-cli; do
    if readelf -S "$root/usr/bin/$program" | grep -qE '\.(debug_info|symtab)'; then
        fail "/usr/bin/$program is not stripped"
    fi
    id=$(readelf -n "$root/usr/bin/$program" | awk '/Build ID:/ { print $3 }')
    [ -n "$id" ] || fail "/usr/bin/$program has no build-id"
    debug="$dbgroot/usr/lib/debug/.build-id/${id:0:2}/${id:2}.debug"
    [ -f "$debug" ] || fail "the dbgsym package lacks /usr/lib/debug/.build-id/${id:0:2}/${id:2}.debug for /usr/bin/$program"
    readelf -S "$debug" | grep -q '\.debug_info' || fail "${debug#"$dbgroot"} holds no debug info"
    [ "$(readelf -n "$debug" 2>/dev/null | awk '/Build ID:/ { print $3 }')" = "$id" ] || fail "${debug#"$dbgroot"} is not /usr/bin/$program's"
    echo "/usr/bin/$program: build-id $id, debug info in keyward-dbgsym"
done
grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' \
    "$root/usr/share/doc/keyward/copyright" || fail "copyright is not DEP-5"
zcat "$root/usr/share/man/man1/keyward-cli.1.gz" | grep -q -- 'passphrase\\-file' || fail "keyward-cli.1 lacks the global options"
zcat "$root/usr/share/man/man1/keyward.1.gz" | grep -q -- 'auto\\-lock' || fail "keyward.1 lacks --auto-lock"
desktop-file-validate "$root/usr/share/applications/io.keyward.Keyward.desktop"
appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/io.keyward.Keyward.metainfo.xml" >"$work/as.log" 2>&1 \
    || { cat "$work/as.log"; fail "appstreamcli validate"; }

step "run from the unpacked root"
out=$(env -u LD_LIBRARY_PATH "$root/usr/bin/keyward-cli" --version)
echo "$out"
[ "$out" = "keyward-cli $version" ] || fail "keyward-cli --version printed '$out'"
help=$(env -u LD_LIBRARY_PATH -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$root/usr/bin/keyward" --help)
echo "$help" | head -3
grep -q -- '--vault' <<<"$help" || fail "keyward --help does not list --vault"
echo "package test passed: $(basename "$deb")"
