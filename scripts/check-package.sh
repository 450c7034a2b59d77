#!/usr/bin/env bash
# Builds the packages (scripts/package.sh) and checks them as a distribution
# would: the desktop file and AppStream metadata validate, lintian finds no
# error or warning in the .deb, the .rpm owns only its own folders, and the
# .deb installs with apt, runs from the installed copy (commands and the
# window, offscreen) and removes without leaving anything under /usr.
# It installs the .deb system-wide, so it must run as root.
#
# Informational lintian tags that remain, and why:
#   binary-has-unneeded-section .comment: CMake's install/strip runs plain
#     `strip`, which keeps the compilers' version strings; they are harmless.
#   package-contains-documentation-outside-usr-share-doc: the Markdown pages
#     in /usr/share/formulary/pages are the data the shipped database is built
#     from, not documentation.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(id -u)" -ne 0 ]; then
    echo "check-package: must run as root: it installs and removes the .deb" >&2
    exit 1
fi

scripts/install-deps.sh desktop-file-utils appstream lintian binutils
scripts/package.sh "$@"

build_dir=${BUILD_DIR:-build}
app_id=org.formulary.Formulary
debs=("$build_dir"/formulary_*.deb)
rpms=("$build_dir"/formulary-*.rpm)
deb=$(realpath "${debs[0]}") # apt takes it for a file only as ./… or /…
rpm=${rpms[0]}
version=$(dpkg-deb --field "$deb" Version)

passed=0
failed=0
# check [-v] NAME COMMAND...: runs COMMAND and counts it; shows its output
# when it fails, or always with -v.
check() {
    local show=no name output
    [ "$1" != -v ] || { show=yes; shift; }
    name=$1
    shift
    if output=$("$@" 2>&1); then
        passed=$((passed + 1))
        echo "ok: $name"
        [ "$show" = no ] || [ -z "$output" ] || sed 's/^/    /' <<<"$output"
    else
        failed=$((failed + 1))
        echo "FAILED: $name"
        sed 's/^/    /' <<<"$output"
    fi
}

# The installed program runs with a home of its own, so that it reads the
# shipped database and not the user's import.
home=$(mktemp -d)
mkdir -m 0700 "$home/runtime"
installed() {
    HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config XDG_CACHE_HOME=$home/cache \
        XDG_RUNTIME_DIR=$home/runtime QT_QPA_PLATFORM=offscreen "$@"
}
# Should the script stop half-way, the package does not stay installed.
cleanup() {
    rm -rf "$home"
    if [ "${removed:-yes}" = no ] && dpkg-query -W -f='${Status}' formulary 2>/dev/null | grep 'ok installed' >/dev/null; then
        DEBIAN_FRONTEND=noninteractive apt-get remove -y formulary >/dev/null || true
    fi
}
trap cleanup EXIT

# --- the metadata, as written ---
check "desktop-file-validate packaging/$app_id.desktop" desktop-file-validate "packaging/$app_id.desktop"
check -v "appstreamcli validate --no-net packaging/$app_id.metainfo.xml" \
    appstreamcli validate --no-net "packaging/$app_id.metainfo.xml"
# The metadata's screenshots are published from packaging/screenshots/.
screenshots_exist() {
    local image missing=()
    for image in $(grep -oP '<image>[^<]*/\K[^/<]+(?=</image>)' "packaging/$app_id.metainfo.xml"); do
        [ -f "packaging/screenshots/$image" ] || missing+=("packaging/screenshots/$image")
    done
    [ ${#missing[@]} -eq 0 ] || { echo "missing: ${missing[*]}"; return 1; }
}
check "the AppStream screenshots are in packaging/screenshots" screenshots_exist

# --- the packages, as files ---
lintian_tags() {
    lintian --fail-on error,warning --display-info "$deb" 2>&1 | grep -v '^running with root privileges'
}
check -v "lintian: no errors, no warnings" lintian_tags
rpm_owns_only_its_folders() {
    rpm -qp --requires "$rpm" | grep 'qt6-sql-sqlite' >/dev/null || { echo "no dependency on the SQLite driver"; return 1; }
    local listing foreign
    listing=$(rpm -qp --queryformat '[%{FILEMODES:perms} %{FILENAMES}\n]' "$rpm")
    grep -q ' /usr/bin/formulary$' <<<"$listing" || { echo "no /usr/bin/formulary"; return 1; }
    grep -q ' /usr/libexec/formulary/formulary-window$' <<<"$listing" || { echo "no window program"; return 1; }
    # rpm's build-id links live in folders that every package co-owns.
    foreign=$(grep '^d' <<<"$listing" \
        | grep -vE ' /usr/(share/formulary|share/doc/formulary|libexec/formulary|lib/\.build-id)(/|$)' || true)
    [ -z "$foreign" ] || { echo "owns folders of other packages:"; echo "$foreign"; return 1; }
}
check "rpm: requires the SQLite driver, owns only its own folders" rpm_owns_only_its_folders

# --- installed ---
removed=no
check "apt-get install $deb" env DEBIAN_FRONTEND=noninteractive apt-get install -y --reinstall "$deb"
mapfile -t files < <(dpkg -L formulary 2>/dev/null || true)

hardened() {
    local binary=$1
    readelf -h "$binary" | grep 'Type:.*DYN' >/dev/null || { echo "not PIE"; return 1; }
    readelf -d "$binary" | grep 'FLAGS_1.*PIE' >/dev/null || { echo "not PIE"; return 1; }
    readelf -d "$binary" | grep -E 'BIND_NOW|FLAGS_1.*NOW' >/dev/null || { echo "not linked with -z now"; return 1; }
    readelf -lW "$binary" | grep GNU_RELRO >/dev/null || { echo "not linked with -z relro"; return 1; }
    readelf --dyn-syms -W "$binary" | grep __stack_chk_fail >/dev/null || { echo "no stack protector"; return 1; }
    ! readelf -SW "$binary" | grep '\.symtab' >/dev/null || { echo "not stripped"; return 1; }
}
check "/usr/bin/formulary: PIE, relro, now, stack protector, stripped" hardened /usr/bin/formulary
check "the window's program: PIE, relro, now, stack protector, stripped" \
    hardened /usr/libexec/formulary/formulary-window
no_build_paths() {
    local where
    [ -f /usr/share/formulary/content.sqlite ] || { echo "no shipped database installed"; return 1; }
    for where in "$PWD" "$(cd "$build_dir" && pwd)"; do
        ! grep -qaF "$where" /usr/share/formulary/content.sqlite || { echo "the shipped database names $where"; return 1; }
    done
}
check "the shipped database names no folder of the build" no_build_paths
check "installed desktop file validates" desktop-file-validate "/usr/share/applications/$app_id.desktop"
check "installed AppStream metadata validates" appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml"
check "installed icons" test -f "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    -a -f "/usr/share/icons/hicolor/16x16/apps/$app_id.png" -a -f "/usr/share/icons/hicolor/512x512/apps/$app_id.png"

version_matches() {
    local printed
    printed=$(installed formulary --version)
    echo "$printed"
    [ "$printed" = "formulary $version" ]
}
check -v "formulary --version" version_matches
shows() {
    local text
    text=$(installed formulary show clonazepam)
    head -n 3 <<<"$text"
    grep -q '^Clonazepam$' <<<"$text" && grep -q 'Source: share/formulary/pages/clonazepam.md' <<<"$text"
}
check -v "formulary show clonazepam" shows
if installed formulary --help | grep '^  search ' >/dev/null; then
    finds() {
        local text
        text=$(installed formulary search clonazepam)
        head -n 3 <<<"$text"
        grep -qi clonazepam <<<"$text"
    }
    check -v "formulary search clonazepam" finds
else
    echo "note: 'formulary search' does not exist yet; not checked"
fi
window_starts() {
    local status=0
    installed timeout 5 formulary >/dev/null || status=$?
    # 124: still running after 5 s, as a window should be; 0: it exited cleanly.
    [ "$status" -eq 0 ] || [ "$status" -eq 124 ] || { echo "exit status $status"; return 1; }
}
check "the window starts offscreen" window_starts
window_reads_the_shipped_database() {
    local pid found=no
    # exec: the process whose files are read is the program's own.
    installed exec formulary >/dev/null 2>&1 &
    pid=$!
    for _ in $(seq 50); do
        if ls -l "/proc/$pid/fd" 2>/dev/null | grep -q ' /usr/share/formulary/content.sqlite$'; then
            found=yes
            break
        fi
        sleep 0.1
    done
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    [ "$found" = yes ] || { echo "the window did not open /usr/share/formulary/content.sqlite"; return 1; }
}
check "the window reads the shipped database" window_reads_the_shipped_database

# --- removed ---
check "apt-get remove formulary" env DEBIAN_FRONTEND=noninteractive apt-get remove -y formulary
removed=yes
nothing_left() {
    local left=() path
    for path in "${files[@]}"; do
        if [ -e "$path" ] && [ ! -d "$path" ]; then left+=("$path"); fi
    done
    for path in /usr/share/formulary /usr/share/doc/formulary /usr/libexec/formulary; do
        [ ! -e "$path" ] || left+=("$path")
    done
    [ ${#files[@]} -gt 0 ] || { echo "the installed package listed no files"; return 1; }
    [ ${#left[@]} -eq 0 ] || { printf 'left behind: %s\n' "${left[@]}"; return 1; }
}
check "nothing of the package remains under /usr" nothing_left

echo "check-package: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
