# Shared by scripts/run and scripts/test: install what is missing, configure and build.
# Debian 12 packages only (see README.md); runs apt-get as root, or through sudo.

TONGBAN_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TONGBAN_BUILD="${TONGBAN_BUILD:-$TONGBAN_ROOT/build}"

TONGBAN_PACKAGES=(
    g++ cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libgl-dev libxkbcommon-dev
    libqt6sql6-sqlite libqt6sql6-psql
    qt6-charts-dev libqt6opengl6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    fonts-noto-cjk
    postgresql
    xvfb xauth poppler-utils sqlite3
)

tongban_install_missing() {
    local missing=()
    for package in "${TONGBAN_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

tongban_build() {
    local type="${1:-RelWithDebInfo}"
    cmake -S "$TONGBAN_ROOT" -B "$TONGBAN_BUILD" -G Ninja -DCMAKE_BUILD_TYPE="$type" >/dev/null
    cmake --build "$TONGBAN_BUILD" -j2
}
