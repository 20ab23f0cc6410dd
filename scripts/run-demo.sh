#!/usr/bin/env bash
# Sets up and runs the desktop console on the SQLite demo database.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
exec build/app/tenant-admin/tenant-admin --demo "$@"
