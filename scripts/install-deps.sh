#!/usr/bin/env bash
# Installs the Debian 12 packages Formulary needs to build, test and run,
# only those that are missing. Uses sudo when not run as root.
# Further packages may be named as arguments (the packaging scripts' tools).
set -euo pipefail

packages=(
    g++ cmake make pkg-config
    qt6-base-dev libqt6sql6-sqlite libgl-dev
    qt6-tools-dev qt6-l10n-tools
    libcmark-gfm-dev libcmark-gfm-extensions-dev
    libsqlite3-dev libzstd-dev
    librsvg2-bin
    "$@"
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q '^install ok installed$'; then
        missing+=("$package")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)
echo "Installing: ${missing[*]}"
"${as_root[@]}" apt-get update
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
