#!/usr/bin/env bash
# Builds the .deb and .rpm packages into build/ (or $BUILD_DIR), reusing the
# build there: build/formulary_VERSION_ARCH.deb and build/formulary-VERSION-1.ARCH.rpm.
set -euo pipefail
cd "$(dirname "$0")/.."
# dpkg-shlibdeps (dpkg-dev, with file) computes the .deb's dependencies;
# rpmbuild (rpm) makes the .rpm.
scripts/install-deps.sh dpkg-dev file rpm
scripts/build.sh "$@"
build_dir=${BUILD_DIR:-build}
rm -f "$build_dir"/formulary_*.deb "$build_dir"/formulary-*.rpm
(cd "$build_dir" && cpack --config CPackConfig.cmake)
ls -l "$build_dir"/formulary_*.deb "$build_dir"/formulary-*.rpm
