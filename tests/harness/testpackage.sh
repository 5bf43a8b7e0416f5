#!/usr/bin/env bash
# The Debian package (issue 16 point 12): `cpack -G DEB` on the build makes tongban_<version>_<arch>.deb
# with the metadata Debian needs and every file of a desktop application (programs, desktop entry,
# icon in every size, AppStream metadata, manual pages, copyright, changelog); the desktop entry
# and the metadata pass desktop-file-validate and appstreamcli validate; and the programs as
# installed from it find their policy data and translations (compiled in as Qt resources).
# Usage: testpackage.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
build="$2"
command -v dpkg-deb >/dev/null || { echo "SKIP: not a Debian system"; exit 77; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

version="$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")"
arch="$(dpkg --print-architecture)"
(cd "$build" && cpack --config CPackConfig.cmake -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) ||
    { cat "$work/cpack.log"; fail "cpack -G DEB failed"; exit 1; }
deb="$work/out/tongban_${version}_${arch}.deb"
[ -f "$deb" ] || { ls "$work/out"; fail "no $(basename "$deb")"; exit 1; }

# The control fields.
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = tongban ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', the project's is $version"
for name in Maintainer Section Priority Description; do
    [ -n "$(field "$name")" ] || fail "no $name field"
done
depends="$(field Depends)"
# Computed from the linked libraries, plus what the programs load without linking it.
for package in libqt6core6 libqt6widgets6 libqt6sql6 libqt6sql6-sqlite fonts-noto-cjk; do
    grep -Eq "(^|, )$package( |,|$)" <<<"$depends" || fail "Depends lacks $package: $depends"
done

root="$work/root"
dpkg-deb -x "$deb" "$root"
share="$root/usr/share"
# The application's ID names the AppStream file; the desktop entry and the icon carry it.
metainfo="$(ls "$share"/metainfo/*.metainfo.xml)"
id="$(basename "$metainfo" .metainfo.xml)"
desktop="$share/applications/$id.desktop"
expected=(
    usr/bin/tongban usr/bin/tongban-cli
    "usr/share/applications/$id.desktop"
    "usr/share/icons/hicolor/scalable/apps/$id.svg"
    usr/share/man/man1/tongban.1.gz usr/share/man/man1/tongban-cli.1.gz
    usr/share/doc/tongban/copyright usr/share/doc/tongban/changelog.gz usr/share/doc/tongban/cli.md
)
for size in 48 64 128 256; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/$id.png")
done
for file in "${expected[@]}"; do
    [ -s "$root/$file" ] || fail "$file is not in the package"
done
for program in tongban tongban-cli; do
    [ -x "$root/usr/bin/$program" ] || fail "usr/bin/$program is not executable"
done
# Each PNG has the size of its folder (width and height: bytes 16-23 of the PNG header).
for size in 48 64 128 256; do
    png="$share/icons/hicolor/${size}x${size}/apps/$id.png"
    [ -f "$png" ] || continue
    read -r width height < <(od -An -tu1 -j16 -N8 "$png" | awk '{print $1*2^24+$2*2^16+$3*2^8+$4, $5*2^24+$6*2^16+$7*2^8+$8}')
    [ "$width x $height" = "$size x $size" ] || fail "the ${size}x${size} icon is $width x $height"
done

# The desktop entry and the AppStream metadata.
desktop-file-validate "$desktop" || fail "desktop-file-validate: $desktop"
for key in "Name" "Name\[zh_CN\]" "Comment" "Exec" "Icon" "Categories" "Terminal"; do
    grep -q "^$key=" "$desktop" || fail "the desktop entry has no $key"
done
grep -qx "Icon=$id" "$desktop" || fail "the desktop entry's icon is not $id"
grep -qx "Categories=Office;" "$desktop" || fail "the desktop entry is not in Office"
grep -qx "Terminal=false" "$desktop" || fail "the desktop entry runs in a terminal"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate: $metainfo"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" ||
    fail "the AppStream metadata does not launch $id.desktop"
newest_release="$(grep -o '<release version="[^"]*"' "$metainfo" | head -n 1 | cut -d'"' -f2)"
[ "$newest_release" = "$version" ] || fail "the newest release in the AppStream metadata is $newest_release, not $version"
changelog_version="$(gzip -dc "$root/usr/share/doc/tongban/changelog.gz" | head -n 1 | sed -n 's/^tongban (\([^)]*\)).*/\1/p')"
[ "$changelog_version" = "$version" ] || fail "the changelog's newest entry is $changelog_version, not $version"

# The programs as installed: the policy data (Beijing's published calculation base, which the case
# leaves out), the Chinese and the English labels, the GUI's options.
export HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime" LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" && mkdir -m 700 "$XDG_RUNTIME_DIR"
cli="$root/usr/bin/tongban-cli"
idcheck="$("$cli" id-check 11010519491231002X 2>&1)" || fail "tongban-cli id-check: $idcheck"
grep -q '"valid": true' <<<"$idcheck" || fail "tongban-cli id-check: $idcheck"
echo '{"region": "110000", "birth": "1964-01", "group": "male", "retirement": "2024-02", "average_index": 1.2,
       "actual_months": 360, "account_balance": 150000}' >"$work/case.json"
pension="$("$cli" pension --case "$work/case.json" 2>&1)" || fail "tongban-cli pension: $pension"
grep -q '"calculation_base": [1-9]' <<<"$pension" || fail "no calculation base from the policy data: $pension"
grep -q '缴费年限' <<<"$pension" || fail "no Chinese labels: $pension"
# Read whole before grep: with pipefail, grep -q leaving early would fail the program on SIGPIPE.
english="$(TONGBAN_LANG=en "$cli" pension --case "$work/case.json" 2>&1)" || fail "tongban-cli pension in English: $english"
grep -q 'Contribution period' <<<"$english" || fail "no English labels: $english"
gui_help="$("$root/usr/bin/tongban" --help 2>&1)" || fail "tongban --help: $gui_help"
grep -q -- '--db' <<<"$gui_help" || fail "tongban --help shows no options: $gui_help"
grep -q '本地数据库文件' <<<"$gui_help" || fail "tongban --help is not in Chinese: $gui_help"

[ $failures -eq 0 ] && echo "PASS: $(basename "$deb"): files, metadata, desktop-file-validate, appstreamcli validate, installed programs"
exit $((failures > 0))
