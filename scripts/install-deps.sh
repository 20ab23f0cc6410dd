#!/usr/bin/env bash
# Installs the Debian packages Tenant Admin needs to build, run and test.
set -euo pipefail
packages=(
    cmake ninja-build g++ lld clang-format libssl-dev openssl
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libxkbcommon-dev qtkeychain-qt6-dev
    libqt6sql6-psql libqt6sql6-sqlite qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
    postgresql redis-server prometheus prometheus-alertmanager poppler-utils xvfb gnome-keyring
    dbus dbus-x11 libqt6svg6 desktop-file-utils appstream dpkg-dev
)
sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# The S3 test server (tests/s3) runs on Node.js; keep a Node.js already there.
command -v npm >/dev/null || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
    echo "installing: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
