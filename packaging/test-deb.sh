#!/usr/bin/env bash
# Builds the .deb, unpacks it into a temporary root (dpkg -x) and runs Gazette from there.
set -euo pipefail
build=$(cd "$1" && pwd)
out=$build/package-test
rm -rf "$out"
mkdir -p "$out"
(cd "$build" && cpack -G DEB -B "$out" > "$out/cpack.log") || { cat "$out/cpack.log"; exit 1; }
deb=$(ls "$out"/*.deb)
echo "package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"

fail() { echo "package test: $*"; exit 1; }
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for needed in libqt6webenginecore6 libqt6widgets6 libqt6sql6-sqlite libyaml-cpp0.7 libmd4c-html0; do
    grep -q "$needed" <<<"$depends" || fail "Depends lacks $needed"
done
grep -q fonts-noto-cjk <<<"$(dpkg-deb -f "$deb" Recommends)" || fail "Recommends lacks fonts-noto-cjk"

root=$out/root
dpkg -x "$deb" "$root"
for f in usr/bin/gazette usr/share/applications/io.github.gazettereader.Gazette.desktop \
         usr/share/metainfo/io.github.gazettereader.Gazette.metainfo.xml usr/share/man/man1/gazette.1 \
         usr/share/icons/hicolor/scalable/apps/gazette.svg usr/share/gazette/sample/_config.yml; do
    [ -e "$root/$f" ] || fail "missing $f"
done
for size in 16 22 24 32 48 64 128 256 512; do
    [ -s "$root/usr/share/icons/hicolor/${size}x${size}/apps/gazette.png" ] || fail "missing ${size}px icon"
done
appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.gazettereader.Gazette.metainfo.xml"
desktop-file-validate "$root/usr/share/applications/io.github.gazettereader.Gazette.desktop"

"$root/usr/bin/gazette" --version | tee "$out/version.txt"
grep -q '^gazette ' "$out/version.txt" || fail "--version"
grep -q '^SQLite ' "$out/version.txt" || fail "--version names no SQLite"
"$root/usr/bin/gazette" import "$root/usr/share/gazette/sample" --db "$out/library.sqlite" --json > "$out/import.json"
python3 - "$out/import.json" <<'PY'
import json, sys
counts = json.load(open(sys.argv[1]))["counts"]
assert counts["added"] >= 30 and counts["failed"] == 0, counts
print("imported the installed sample archive:", counts["added"], "articles")
PY
echo "package test: ok"
