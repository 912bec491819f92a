#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The two Quick-start commands (README) and CI (.ci/run) go through this one script, so what CI
# proves is what a new officer types:
#   bash packaging/dev.sh run [keyward options, e.g. --demo]   install what is missing, build, launch
#   bash packaging/dev.sh test                                 install what is missing, build, run every test
# It is idempotent: packages already installed are not touched, the builds are incremental.
#
# `test` runs these stages, each in its own build folder, and ends with a table of their times:
#   werror   the main build (RelWithDebInfo; -Werror when CI=true) and the whole ctest suite
#   asan     the whole suite again, every target built with ASan+UBSan (gcc, build-asan)
#   fuzz     every libFuzzer target over its committed corpus tests/fuzz/corpus/<target> for
#            KEYWARD_FUZZ_SECONDS each (clang, build-fuzz)
#   package  a RelWithDebInfo build, cpack -G DEB (keyward + keyward-dbgsym), lintian, run from a
#            dpkg -x root (build-package)
# KEYWARD_STAGES="werror package" runs a subset (a developer's shortcut; CI runs them all).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${KEYWARD_BUILD_DIR:-$repo/build}"
fuzz_build="${KEYWARD_FUZZ_BUILD_DIR:-$repo/build-fuzz}"
asan_build="${KEYWARD_ASAN_BUILD_DIR:-$repo/build-asan}"
package_build="${KEYWARD_PACKAGE_BUILD_DIR:-$repo/build-package}"
stages="${KEYWARD_STAGES:-werror asan fuzz package}"

packages=(
    cmake ninja-build g++ lld pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
    qt6-translations-l10n libqt6svg6
    libsqlcipher-dev libssl-dev libargon2-dev zlib1g-dev
    xvfb xauth fonts-dejavu-core
    clang libclang-rt-14-dev
    dpkg-dev binutils file man-db lintian desktop-file-utils appstream
    python3-jwcrypto poppler-utils
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "keyward: installing ${missing[*]}" >&2
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

# ccache, when the machine has it (it is not installed for you): with the base directory at the
# checkout, a fresh clone elsewhere (.ci/run) reuses what an earlier checkout compiled.
launcher=()
if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    base_dir=$(ccache -k base_dir 2>/dev/null || true)
    if [ -z "${CCACHE_BASEDIR:-}" ] && { [ -z "$base_dir" ] || [[ "$repo/" != "$base_dir"/* ]]; }; then
        export CCACHE_BASEDIR="$repo"
    fi
fi

build_main() {
    local werror=OFF
    [ "${CI:-}" = "true" ] && werror=ON
    cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKEYWARD_WERROR=$werror \
        "${launcher[@]}" >/dev/null
    cmake --build "$build" -j"$(nproc)"
}

build_fuzz() {
    # libFuzzer targets under ASan+UBSan need clang; they are a separate configuration.
    cmake -S "$repo" -B "$fuzz_build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
        -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DKEYWARD_FUZZ=ON "${launcher[@]}" >/dev/null
    cmake --build "$fuzz_build" -j"$(nproc)"
}

build_asan() {
    # Everything (core, ui, app, every test) with ASan+UBSan; benchmarks are not run, so not built.
    # -O1 -g1: a third faster to build and run than -O0 -g, and line tables still name every frame.
    cmake -S "$repo" -B "$asan_build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" -DKEYWARD_SANITIZE=ON \
        -DKEYWARD_BUILD_BENCH=OFF "${launcher[@]}" >/dev/null
    cmake --build "$asan_build" -j"$(nproc)"
}

build_package() {
    # What ships: the two programs, no tests, no test hooks. RelWithDebInfo (-O2 -g, as Debian
    # builds) so cpack can split the debug info into keyward-dbgsym; with the main build's flags,
    # so the library compiles hit ccache entries the werror stage made.
    local werror=OFF
    [ "${CI:-}" = "true" ] && werror=ON
    cmake -S "$repo" -B "$package_build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKEYWARD_WERROR=$werror \
        -DKEYWARD_BUILD_TESTS=OFF -DKEYWARD_BUILD_BENCH=OFF -DKEYWARD_PACKAGE_TEST=ON "${launcher[@]}" >/dev/null
    cmake --build "$package_build" -j"$(nproc)"
}

asan_env=(
    "ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_init_order=1"
    "LSAN_OPTIONS=suppressions=$repo/packaging/lsan.supp:print_suppressions=0"
    "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1"
)

summary=()
status=0
# run_stage NAME COMMAND...: runs one stage, notes its time and outcome, carries on after a failure
# so one run shows every stage.
run_stage() {
    local name=$1
    shift
    case " $stages " in *" $name "*) ;; *) return 0 ;; esac
    echo "=== stage $name" >&2
    local start=$SECONDS rc=0
    "$@" || rc=$?
    local took=$((SECONDS - start))
    summary+=("$(printf '%-8s %-6s %4dm%02ds' "$name" "$([ $rc -eq 0 ] && echo ok || echo FAILED)" $((took / 60)) $((took % 60)))")
    [ $rc -eq 0 ] || status=$rc
}

stage_werror() {
    build_main && QT_QPA_PLATFORM=offscreen ctest --test-dir "$build" --output-on-failure -j"$(nproc)"
}
stage_asan() {
    build_asan && env "${asan_env[@]}" QT_QPA_PLATFORM=offscreen \
        ctest --test-dir "$asan_build" --output-on-failure -j"$(nproc)"
}
stage_fuzz() {
    build_fuzz && ctest --test-dir "$fuzz_build" --output-on-failure
}
stage_package() {
    build_package && ctest --test-dir "$package_build" --output-on-failure
}

cmd="${1:-}"
[ $# -gt 0 ] && shift
case "$cmd" in
run)
    install_missing
    build_main
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "keyward: no display found; starting under xvfb-run (nothing will be visible)" >&2
        exec xvfb-run -a "$build/app/keyward" "$@"
    fi
    exec "$build/app/keyward" "$@"
    ;;
test)
    install_missing
    run_stage werror stage_werror
    run_stage asan stage_asan
    run_stage fuzz stage_fuzz
    run_stage package stage_package
    echo "=== stages (${SECONDS}s in all, load $(cut -d' ' -f1-3 /proc/loadavg))"
    printf '%s\n' "${summary[@]}"
    exit $status
    ;;
*)
    echo "usage: bash packaging/dev.sh run [--demo | --vault PATH] | test" >&2
    exit 2
    ;;
esac
