#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The two Quick-start commands (README) and CI (.ci/run) go through this one script, so what CI
# proves is what a new officer types:
#   bash packaging/dev.sh run [keyward options, e.g. --demo]   install what is missing, build, launch
#   bash packaging/dev.sh test                                 install what is missing, build, run every test
# It is idempotent: packages already installed are not touched, the build is incremental.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${KEYWARD_BUILD_DIR:-$repo/build}"
fuzz_build="${KEYWARD_FUZZ_BUILD_DIR:-$repo/build-fuzz}"

packages=(
    cmake ninja-build g++ pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
    qt6-translations-l10n libqt6svg6
    libsqlcipher-dev libssl-dev libargon2-dev zlib1g-dev
    xvfb xauth fonts-dejavu-core
    clang libclang-rt-14-dev
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
    build_main
    build_fuzz
    status=0
    # The fuzz smoke runs first so the main suite's summary is the run's closing line.
    ctest --test-dir "$fuzz_build" --output-on-failure || status=$?
    QT_QPA_PLATFORM=offscreen ctest --test-dir "$build" --output-on-failure -j"$(nproc)" || status=$?
    exit $status
    ;;
*)
    echo "usage: bash packaging/dev.sh run [--demo | --vault PATH] | test" >&2
    exit 2
    ;;
esac
