#!/usr/bin/env bash
# Installs what is missing, builds and runs the whole test suite, headless,
# and clang-tidy on the files changed; builds it again with AddressSanitizer and UndefinedBehaviorSanitizer and
# runs it there, runs each fuzz target for FUZZ_SECONDS (default 45); then
# builds the packages and checks them installed (as root only).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure -j"${JOBS:-2}"
# clang-tidy on the files changed since the last commit's parent (a clone
# without history has nothing to compare with).
if git rev-parse -q --verify HEAD~1 >/dev/null 2>&1; then
    scripts/tidy.sh
else
    echo "clang-tidy skipped: no earlier commit to compare with"
fi
scripts/sanitize.sh
scripts/fuzz.sh "${FUZZ_SECONDS:-45}"
# The package check installs the .deb system-wide and removes it again.
if [ "$(id -u)" -eq 0 ]; then
    scripts/check-package.sh
else
    echo "Package check skipped: scripts/check-package.sh installs the .deb system-wide, so it runs only as root."
fi
