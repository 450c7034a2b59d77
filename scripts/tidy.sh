#!/usr/bin/env bash
# Runs clang-tidy, with the checks in .clang-tidy, on the C++ files changed
# since a base revision, and exits non-zero when it reports anything:
#   scripts/tidy.sh               files changed since the merge base with
#                                 origin/main (HEAD~1 without origin/main, or
#                                 on main), uncommitted and untracked changes
#                                 included
#   scripts/tidy.sh --base REV    files changed since REV
#   scripts/tidy.sh --all         every source the build compiles under src/,
#                                 tests/ and bench/, and so their headers
#   scripts/tidy.sh FILE...       those files
# It configures build/ (or $BUILD_DIR) to write its compile commands and
# generates the moc and uic headers, without building anything else. A
# source the build does not compile (tests/fuzz, unless FORMULARY_FUZZ) is
# named and skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${BUILD_DIR:-build}
jobs=${JOBS:-2}

usage() {
    sed -n '2,15s/^# \{0,1\}//p' "$0" >&2
    exit 2
}

all=false
base=
files=()
while [ $# -gt 0 ]; do
    case $1 in
    --all) all=true ;;
    --base) [ $# -ge 2 ] || usage; base=$2; shift ;;
    --base=*) base=${1#--base=} ;;
    -h | --help) usage ;;
    --) shift; files+=("$@"); break ;;
    -*) usage ;;
    *) files+=("$1") ;;
    esac
    shift
done

is_cxx() { [[ $1 =~ \.(cpp|cc|cxx|h|hpp)$ ]]; }
is_header() { [[ $1 =~ \.(h|hpp)$ ]]; }

# Command substitutions rather than mapfile < <(...): a failing command
# stops the script instead of leaving nothing to check.
if ! $all && [ ${#files[@]} -eq 0 ]; then
    if [ -z "$base" ]; then
        if git rev-parse -q --verify origin/main >/dev/null; then
            base=$(git merge-base origin/main HEAD)
        fi
        # On main itself the merge base is HEAD: the last commit, then.
        if [ -z "$base" ] || [ "$(git rev-parse "$base")" = "$(git rev-parse HEAD)" ]; then
            base=HEAD~1
        fi
    fi
    if ! git rev-parse -q --verify "$base^{commit}" >/dev/null; then
        echo "tidy.sh: no revision $base to compare with (a shallow clone?); give --base REV, or --all" >&2
        exit 2
    fi
    # Deleted files are left out; the rest as they are in the working tree.
    list=$(git diff --name-only --diff-filter=d "$base" -- src tests bench)
    list+=$'\n'$(git ls-files --others --exclude-standard -- src tests bench)
    mapfile -t files < <(sort -u <<<"$list")
fi
if ! $all; then
    candidates=()
    for file in "${files[@]}"; do
        is_cxx "$file" && candidates+=("$file")
    done
    if [ ${#candidates[@]} -eq 0 ]; then
        echo "clang-tidy: no C++ files to check"
        exit 0
    fi
fi

clang_tidy=${CLANG_TIDY:-clang-tidy}
if ! command -v "$clang_tidy" >/dev/null; then
    scripts/install-deps.sh clang-tidy
fi

# clang-tidy needs the compile commands, and the moc and uic headers the
# sources include, but not the libraries built: with Makefiles, target/fast
# runs an _autogen target without building what its origin target links to
# (nor configuring again, so that is done first: it takes seconds, and the
# compile commands then know of files and targets added since).
cmake -S . -B "$build_dir" -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
targets=$(cmake --build "$build_dir" --target help)
mapfile -t autogen < <(grep -oE '[[:alnum:]_.+-]+_autogen\b' <<<"$targets" | sort -u)
if [ ${#autogen[@]} -gt 0 ]; then
    if grep -qs '^CMAKE_GENERATOR:INTERNAL=Unix Makefiles$' "$build_dir/CMakeCache.txt"; then
        autogen=("${autogen[@]/%//fast}")
    fi
    cmake --build "$build_dir" -j"$jobs" --target "${autogen[@]}" >/dev/null
fi

# The sources this build compiles. Others (tests/fuzz without FORMULARY_FUZZ)
# have no compile command, and flags guessed for them would be wrong.
root=$(pwd -P)
list=$(sed -n 's/^ *"file": "\(.*\)",\{0,1\}$/\1/p' "$build_dir/compile_commands.json")
declare -A compiled=()
while IFS= read -r path; do
    case $path in
    "$root"/src/* | "$root"/tests/* | "$root"/bench/*) compiled[${path#"$root"/}]=1 ;;
    esac
done <<<"$list"
checked=()
skipped=()
if $all; then
    mapfile -t checked < <(printf '%s\n' "${!compiled[@]}" | sort)
else
    for file in "${candidates[@]}"; do
        # A header is checked with the flags of a source beside it.
        if is_header "$file" || [ -n "${compiled[$file]:-}" ]; then
            checked+=("$file")
        else
            skipped+=("$file")
        fi
    done
fi
if [ ${#skipped[@]} -gt 0 ]; then
    echo "clang-tidy: not compiled by $build_dir, so not checked: ${skipped[*]}"
fi
if [ ${#checked[@]} -eq 0 ]; then
    echo "clang-tidy: no C++ files to check"
    exit 0
fi

# One file per clang-tidy, two at a time; each file's report is printed in
# one piece.
# -Wno-error: a build configured with FORMULARY_WERROR would otherwise turn
# clang's own compiler warnings into errors here; the compiler is g++, whose
# warnings the build checks.
export clang_tidy build_dir
check() {
    local out status=0
    out=$("$clang_tidy" -p "$build_dir" --quiet --extra-arg=-Wno-error "$1" 2>&1) || status=$?
    # Counts of the diagnostics in code that is not ours, which are not shown.
    out=$(grep -vE '^[0-9]+ (warning|error)s? (and [0-9]+ (warning|error)s? )?generated\.$' <<<"$out" || true)
    if [ $status -ne 0 ] || [ -n "$out" ]; then
        printf '%s\n' "$out"
        return 1
    fi
}
export -f check
echo "clang-tidy: checking ${#checked[@]} file(s)"
# shellcheck disable=SC2016 # $1 is the inner bash's, expanded there
if printf '%s\0' "${checked[@]}" | xargs -0 -n1 -P"$jobs" bash -c 'check "$1"' check; then
    echo "clang-tidy: no warnings"
else
    echo "clang-tidy: warnings above (checks and their reasons in .clang-tidy)" >&2
    exit 1
fi
