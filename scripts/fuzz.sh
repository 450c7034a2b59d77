#!/usr/bin/env bash
# Runs each libFuzzer target for SECONDS (default 60) from its seeds, in the
# build of scripts/sanitize.sh (build-sanitize/, or $SANITIZE_BUILD_DIR):
#
#   scripts/fuzz.sh [SECONDS] [page|render|search ...]
#
# A crash, a sanitizer report, a hang past 10 s or memory past 2 GB fails it;
# the input is kept in build-sanitize/fuzz-artifacts/ and belongs in a
# regression test. A longer run: scripts/fuzz.sh 3600.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${SANITIZE_BUILD_DIR:-build-sanitize}
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(page render search)
source scripts/sanitizer-options.sh
artifacts="$build_dir/fuzz-artifacts"
mkdir -p "$artifacts"
for target in "${targets[@]}"; do
    case $target in
        page|render) seeds=tests/fuzz/seeds/page ;;
        search) seeds=tests/fuzz/seeds/query ;;
        *) echo "fuzz.sh: unknown target '$target'" >&2; exit 2 ;;
    esac
    corpus="$build_dir/fuzz-corpus/$target"
    mkdir -p "$corpus"
    echo "== fuzz_$target for ${seconds}s"
    "$build_dir/bin/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
        -print_final_stats=1 -artifact_prefix="$artifacts/$target-" "$corpus" "$seeds" 2>&1 | tail -n 80
done
