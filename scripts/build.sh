#!/usr/bin/env bash
# Configures and builds into ./build (two parallel jobs: the machines have two cores).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" \
    -DTENANT_WARNINGS_AS_ERRORS="${WARNINGS_AS_ERRORS:-OFF}" -DTENANT_FORCE_ASSERTS="${FORCE_ASSERTS:-OFF}" >/dev/null
cmake --build build -j2
