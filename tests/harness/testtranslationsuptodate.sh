#!/usr/bin/env bash
# The translation files are up to date with the sources: lupdate, run on copies of
# translations/*.ts, changes nothing. A string added in the code without running
# `cmake --build build --target tongban-core_lupdate` (and translating it) fails here, instead of
# showing English on a Chinese screen.
# Usage: testtranslationsuptodate.sh SOURCE_DIR LUPDATE PROJECT_CMAKE GENERATE_SCRIPT
set -euo pipefail
source_dir="$1"
lupdate="$2"
project_cmake="$3"
generate="$4"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The project description lupdate reads, as the build's lupdate target makes it.
cmake -DIN_FILE="$project_cmake" -DOUT_FILE="$work/project.json" -P "$generate" >/dev/null
copies=()
for ts in "$source_dir"/translations/*.ts; do
    cp "$ts" "$work/"
    copies+=("$work/$(basename "$ts")")
done
"$lupdate" -project "$work/project.json" -no-obsolete -locations none -ts "${copies[@]}" >/dev/null

status=0
for ts in "$source_dir"/translations/*.ts; do
    if ! cmp -s "$ts" "$work/$(basename "$ts")"; then
        echo "FAIL: $(basename "$ts") is not up to date with the sources:"
        diff <(grep -o '<source>[^<]*</source>' "$ts" | sort -u) \
            <(grep -o '<source>[^<]*</source>' "$work/$(basename "$ts")" | sort -u) | head -20 || true
        echo "run: cmake --build build --target tongban-core_lupdate, then translate what is new"
        status=1
    fi
done
[ $status -eq 0 ] && echo "PASS: the translation files are up to date"
exit $status
