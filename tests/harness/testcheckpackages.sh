#!/usr/bin/env bash
# scripts/check-packages (issue 8): passes on the package list as it is, and fails naming the package
# when one is left out of it (planted with TONGBAN_CHECK_OMIT): a package CMake needs only through
# another config (libqt6opengl6-dev, through Qt6Charts), a program the tests run (poppler-utils), and
# the libraries found through pkg-config (libpq-dev; libargon2-dev, the offline password verifier).
# Usage: testcheckpackages.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
check_packages="$1/scripts/check-packages"
build="$2"
command -v dpkg-query >/dev/null || { echo "SKIP: not a Debian system"; exit 77; }

failures=0
"$check_packages" "$build" || { echo "FAIL: the shipped list does not pass"; failures=$((failures + 1)); }
for planted in libqt6opengl6-dev poppler-utils libpq-dev libargon2-dev; do
    status=0
    output="$(TONGBAN_CHECK_OMIT="$planted" "$check_packages" "$build" 2>&1)" || status=$?
    if [ $status -ne 0 ] && grep -q "'$planted'" <<<"$output"; then
        echo "PASS: without $planted the check fails naming it"
    else
        echo "FAIL: without $planted: status $status, output:"
        echo "$output"
        failures=$((failures + 1))
    fi
done
[ $failures -eq 0 ]
