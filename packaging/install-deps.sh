#!/usr/bin/env bash
# Installs every build, run and test dependency of Gazette on Debian 12 (idempotent, non-interactive).
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkgconf git python3
    qt6-base-dev qt6-base-dev-tools qt6-webengine-dev qt6-webengine-dev-tools
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
    libqt6sql6-sqlite libqt6svg6 libgl-dev libvulkan-dev libxkbcommon-dev
    libsqlite3-dev libyaml-cpp-dev libmd4c-dev libmd4c-html0-dev libgumbo-dev libqpdf-dev libbenchmark-dev
    clang libclang-rt-14-dev qt6-translations-l10n
    tzdata fonts-noto-cjk fonts-noto-core fonts-arphic-uming fonts-wqy-zenhei qpdf xvfb xauth poppler-utils appstream desktop-file-utils dpkg-dev librsvg2-bin
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
