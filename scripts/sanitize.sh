#!/usr/bin/env bash
# Builds Formulary with clang, AddressSanitizer and UndefinedBehaviorSanitizer
# (LeakSanitizer on, every report fatal), the libFuzzer targets included,
# into build-sanitize/ (or $SANITIZE_BUILD_DIR), and runs the whole test
# suite there. scripts/fuzz.sh runs the fuzz targets of the same build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh clang libclang-rt-14-dev llvm
build_dir=${SANITIZE_BUILD_DIR:-build-sanitize}
werror=OFF
[ -n "${CI:-}" ] && werror=ON
# -O1 keeps the tests quick; line tables give reports their file and line.
cmake -S . -B "$build_dir" -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_FLAGS="-O1 -gline-tables-only" \
    -DFORMULARY_SANITIZE=ON -DFORMULARY_FUZZ=ON -DFORMULARY_WERROR="$werror"
cmake --build "$build_dir" -j"${JOBS:-2}"
source scripts/sanitizer-options.sh
QT_QPA_PLATFORM=offscreen ctest --test-dir "$build_dir" --output-on-failure -j"${JOBS:-2}"
