#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the .deb with CPack, unpacks it into a clean folder with dpkg -x, and runs jurybox-cli from there.
# Usage: deb-install.sh BUILD_DIR
set -euo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cpack --config "$build/CPackConfig.cmake" -B "$work/out" >/dev/null
deb=$(ls "$work"/out/jurybox_*_*.deb)
dpkg -x "$deb" "$work/root"
fail() { echo "FAIL: $*" >&2; exit 1; }
version=$("$work/root/usr/bin/jurybox-cli" --version) || fail "jurybox-cli does not run from the unpacked package"
[[ "$version" == "jurybox-cli "* ]] || fail "unexpected version line: $version"
"$work/root/usr/bin/jurybox-cli" list :demo: judges --format csv | grep -q "Chris Moore" || fail "the demo award"
for f in usr/bin/jurybox usr/share/applications/org.jurybox.Jurybox.desktop \
         usr/share/mime/packages/org.jurybox.Jurybox.xml usr/share/man/man1/jurybox-cli.1.gz \
         usr/share/icons/hicolor/scalable/apps/org.jurybox.Jurybox.svg \
         usr/share/icons/hicolor/48x48/apps/org.jurybox.Jurybox.png; do
    [[ -e "$work/root/$f" ]] || fail "the package lacks $f"
done
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6core6 libqt6widgets6 libsqlite3-0 libboost-program-options1.74.0 fonts-noto-cjk; do
    [[ "$depends" == *"$lib"* ]] || fail "Depends does not name $lib: $depends"
done
echo "ok: $(basename "$deb") unpacks and runs: $version; Depends: $depends"
