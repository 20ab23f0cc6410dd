#!/usr/bin/env bash
# Configures and builds (two parallel jobs: the machines have two cores).
#   BUILD_DIR   build folder (default: build)
#   SANITIZE=ON AddressSanitizer + UndefinedBehaviorSanitizer, lighter
#               optimisation, no benchmark (CI's second build)
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${BUILD_DIR:-build}
extra=()
if [ "${SANITIZE:-OFF}" = ON ]; then
    extra+=(-DTENANT_SANITIZE=ON -DTENANT_BUILD_BENCH=OFF
            "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG")
fi
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" \
    -DTENANT_WARNINGS_AS_ERRORS="${WARNINGS_AS_ERRORS:-OFF}" -DTENANT_FORCE_ASSERTS="${FORCE_ASSERTS:-OFF}" \
    "${extra[@]}" >/dev/null
cmake --build "$build_dir" -j2
