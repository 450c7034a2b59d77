#!/usr/bin/env bash
# Configures and builds Formulary in Release mode into build/ (or $BUILD_DIR).
# The build imports data/ into the shipped content database.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${BUILD_DIR:-build}
werror=OFF
[ -n "${CI:-}" ] && werror=ON   # warnings are errors in CI
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=Release -DFORMULARY_WERROR="$werror" "$@"
cmake --build "$build_dir" -j"${JOBS:-2}"
