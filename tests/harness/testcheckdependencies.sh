#!/usr/bin/env bash
# scripts/check-dependencies (issue 9): passes on the tree as it is, and fails naming the arrow when
# a wrong-way include is planted in a copy: core/common including core/services, ui/ including
# core/storage, and a new core folder without a line in the table.
# Usage: testcheckdependencies.sh SOURCE_DIR
set -euo pipefail
source_dir="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$source_dir/core" "$source_dir/ui" "$work/"
mkdir -p "$work/scripts"
cp "$source_dir/scripts/check-dependencies" "$work/scripts/"
check="$work/scripts/check-dependencies"

failures=0
expect_failure() { # expect_failure DESCRIPTION NEEDLE: the check fails and says NEEDLE
    local status=0 output
    output="$("$check" "$work" 2>&1)" || status=$?
    if [ $status -ne 0 ] && grep -qF "$2" <<<"$output"; then
        echo "PASS: $1"
    else
        echo "FAIL: $1 (status $status):"
        echo "$output"
        failures=$((failures + 1))
    fi
}

"$check" "$work" || { echo "FAIL: the tree as it is does not pass"; failures=$((failures + 1)); }

cp "$work/core/common/money.h" "$work/money.h.orig"
sed -i '0,/#include/s//#include "services\/appcontext.h"\n#include/' "$work/core/common/money.h"
expect_failure "core/common including core/services is refused" "core/common → core/services"
cp "$work/money.h.orig" "$work/core/common/money.h"

view="$(ls "$work"/ui/pension/pensionview.cpp)"
cp "$view" "$work/view.orig"
sed -i '0,/#include/s//#include "storage\/localstore.h"\n#include/' "$view"
expect_failure "ui/ including core/storage is refused" "ui/ includes core/storage/"
cp "$work/view.orig" "$view"

mkdir -p "$work/core/newcapability"
echo '#include "common/money.h"' >"$work/core/newcapability/thing.h"
expect_failure "a new core folder must be given its line" "core/newcapability has no line"

[ $failures -eq 0 ]
