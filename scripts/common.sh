# Shared by scripts/run and scripts/test: install what is missing, configure and build.
# Debian 12 packages only (see README.md); runs apt-get as root, or through sudo.

TONGBAN_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TONGBAN_BUILD="${TONGBAN_BUILD:-$TONGBAN_ROOT/build}"
# One build type for both commands, so that scripts/run and scripts/test share one build.
TONGBAN_BUILD_TYPE="${TONGBAN_BUILD_TYPE:-RelWithDebInfo}"

# What the project needs, need by need, and the Debian 12 packages that provide it. The install
# list is the union of these tables; scripts/check-packages proves each table against what CMake
# found, what the scripts and tests call and what runs, so that a package a machine merely
# happened to have cannot hide a missing install step.

# Compiler and build tools (clang-format checks the layout of the sources: format-check); libpq's
# headers and pkg-config file (core/central computes the SCRAM verifier of a clerk's password with
# PQencryptPasswordConn and parses connection strings with PQconninfoParse).
TONGBAN_BUILD_PACKAGES=(g++ cmake ninja-build pkg-config clang-format libpq-dev)

# Every find_package() other than Qt6's -> its package.
declare -A TONGBAN_FIND_PACKAGES=(
    [PkgConfig]=pkg-config
)


# Every component of find_package(Qt6 ...) in CMakeLists.txt -> the packages its CMake config
# and the configs it loads need.
declare -A TONGBAN_QT_COMPONENT_PACKAGES=(
    [Core]="qt6-base-dev qt6-base-dev-tools"
    [Sql]="qt6-base-dev"
    [Concurrent]="qt6-base-dev"
    [Network]="qt6-base-dev"
    [Widgets]="qt6-base-dev libgl-dev libxkbcommon-dev"
    [PrintSupport]="qt6-base-dev"
    [Test]="qt6-base-dev"
    # Qt6Charts' CMake config loads Qt6OpenGL's, which only libqt6opengl6-dev ships.
    [Charts]="qt6-charts-dev libqt6opengl6-dev"
    [LinguistTools]="qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools"
)

# Every module of pkg_check_modules() in the CMakeLists.txt files -> the -dev package with its .pc
# file (find_package(PkgConfig) itself is pkg-config, in the build packages).
declare -A TONGBAN_PKGCONFIG_PACKAGES=(
    # The offline password verifier (core/accounts/offlineverifier.cpp): Argon2id.
    [libargon2]=libargon2-dev
    # core/central: connection strings (PQconninfoParse) and SCRAM verifiers (PQencryptPasswordConn).
    [libpq]=libpq-dev
    # core/storage (sqlite3_interrupt) and bench/ (the raw baselines): SQLite's own C API.
    [sqlite3]=libsqlite3-dev
)

# Every program the scripts, the build and the tests run -> its package.
declare -A TONGBAN_TOOL_PACKAGES=(
    [c++]=g++
    [cmake]=cmake
    [ctest]=cmake
    [ninja]=ninja-build
    [pkg-config]=pkg-config
    [lupdate]=qt6-l10n-tools
    [lrelease]=qt6-l10n-tools
    [apt-cache]=apt
    [dpkg-query]=dpkg
    [runuser]=util-linux
    [setsid]=util-linux
    [initdb]=postgresql
    [pg_ctl]=postgresql
    [createdb]=postgresql
    # tests/harness/testwithtestpostgres.sh checks the password and TLS of the test server with psql.
    [psql]=postgresql
    # scripts/with-test-postgres makes the test server's CA and certificate and its password;
    # testcentralsession a second, unrelated CA that must be refused.
    [openssl]=openssl
    [xvfb-run]=xvfb
    [xauth]=xauth
    [pdftotext]=poppler-utils
    [pdftoppm]=poppler-utils
    [sqlite3]=sqlite3
    [clang-format]=clang-format
    [tsort]=coreutils
    # The Debian package (packaging/): icons drawn from the SVG, manual pages and changelog
    # compressed, cpack stripping the programs and computing their dependencies.
    [rsvg-convert]=librsvg2-bin
    [gzip]=gzip
    [cpack]=cmake
    [strip]=binutils
    [dpkg-shlibdeps]=dpkg-dev
    # CPackDeb sorts the installed files into programs and data with file(1) before it asks
    # dpkg-shlibdeps (CPACK_DEBIAN_PACKAGE_SHLIBDEPS): without it, cpack fails.
    [file]=file
    # Its test (tests/harness/testpackage.sh): extracted, and its desktop entry and metadata checked.
    [dpkg-deb]=dpkg
    [appstreamcli]=appstream
    [desktop-file-validate]=desktop-file-utils
    [od]=coreutils
)

# Files that must be there when the app and the tests run, though nothing links against them.
declare -A TONGBAN_RUNTIME_PACKAGES=(
    ["qt6/plugins/sqldrivers/libqsqlite.so"]=libqt6sql6-sqlite
    ["qt6/plugins/sqldrivers/libqsqlpsql.so"]=libqt6sql6-psql
    ["/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"]=fonts-noto-cjk
    ["/usr/share/qt6/translations/qtbase_zh_CN.qm"]=qt6-translations-l10n
)

# The packages to install: the union of the tables above, each once, in a stable order.
tongban_packages() {
    local -A seen=()
    local package
    for package in "${TONGBAN_BUILD_PACKAGES[@]}" ${TONGBAN_QT_COMPONENT_PACKAGES[@]} "${TONGBAN_FIND_PACKAGES[@]}" \
        "${TONGBAN_PKGCONFIG_PACKAGES[@]}" "${TONGBAN_TOOL_PACKAGES[@]}" "${TONGBAN_RUNTIME_PACKAGES[@]}"; do
        [ -n "${seen[$package]:-}" ] && continue
        seen[$package]=1
        echo "$package"
    done | sort
}

tongban_install_missing() {
    local missing=() package
    while read -r package; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done < <(tongban_packages)
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

tongban_build() {
    cmake -S "$TONGBAN_ROOT" -B "$TONGBAN_BUILD" -G Ninja -DCMAKE_BUILD_TYPE="$TONGBAN_BUILD_TYPE" -DTONGBAN_WERROR=ON >/dev/null
    cmake --build "$TONGBAN_BUILD" -j2
}
