#!/usr/bin/env bash
# Installs what is missing, builds (importing data/ on the way) and opens the browser.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
exec "${BUILD_DIR:-build}/bin/formulary" "$@"
