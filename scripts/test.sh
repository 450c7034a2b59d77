#!/usr/bin/env bash
# Installs what is missing, builds and runs the whole test suite, headless;
# builds it again with AddressSanitizer and UndefinedBehaviorSanitizer and
# runs it there, runs each fuzz target for FUZZ_SECONDS (default 45); then
# builds the packages and checks them installed (as root only).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure -j"${JOBS:-2}"
scripts/sanitize.sh
scripts/fuzz.sh "${FUZZ_SECONDS:-45}"
# The package check installs the .deb system-wide and removes it again.
if [ "$(id -u)" -eq 0 ]; then
    scripts/check-package.sh
else
    echo "Package check skipped: scripts/check-package.sh installs the .deb system-wide, so it runs only as root."
fi
