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
log="$build_dir/sanitized-tests.log"
if ! QT_QPA_PLATFORM=offscreen ctest --test-dir "$build_dir" --output-on-failure -j"${JOBS:-2}" 2>&1 | tee "$log"; then
    # LeakSanitizer's own tracer, which stops every thread to look for leaks
    # as a test ends, now and then crashes on a loaded machine ("LeakSanitizer
    # has encountered a fatal error", after every test function passed). That
    # says nothing of the code: when it happened, the failed tests run once
    # more, one at a time, and must pass. Any other failure fails at once.
    grep -q "LeakSanitizer has encountered a fatal error" "$log" || exit 1
    echo "sanitize: LeakSanitizer's tracer crashed; running the failed tests again"
    QT_QPA_PLATFORM=offscreen ctest --test-dir "$build_dir" --output-on-failure --rerun-failed -j1
fi
