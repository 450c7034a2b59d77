# Sourced by scripts/sanitize.sh and scripts/fuzz.sh: every sanitizer report
# ends the program with a failure, leaks included.
sanitizer_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export ASAN_OPTIONS=abort_on_error=1:detect_leaks=1:strict_string_checks=1:check_initialization_order=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$sanitizer_root/tests/sanitizers/lsan.supp:print_suppressions=0
if symbolizer=$(command -v llvm-symbolizer || command -v llvm-symbolizer-14); then
    export ASAN_SYMBOLIZER_PATH=$symbolizer
fi
