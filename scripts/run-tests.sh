#!/usr/bin/env bash
# Sets up and runs the whole test suite: installs the packages, builds, starts
# a throwaway PostgreSQL cluster and a private D-Bus session with an unlocked
# gnome-keyring, then runs every CTest test (SQLite and PostgreSQL variants).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh

cluster=$(mktemp -d /tmp/tenant-pg.XXXXXX)
chmod 755 "$cluster"
port=55432
while (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; do port=$((port + 1)); done
trap 'scripts/pg-throwaway.sh stop "$cluster"; rm -rf "$cluster"' EXIT
TENANT_TEST_PG_URL=$(scripts/pg-throwaway.sh start "$cluster" "$port")
PGPASSWORD=$(cat "$cluster/password")
export TENANT_TEST_PG_URL PGPASSWORD
echo "PostgreSQL test server: $TENANT_TEST_PG_URL"

XDG_RUNTIME_DIR=$(mktemp -d /tmp/tenant-xdg.XXXXXX)
export XDG_RUNTIME_DIR
# The keychain needs a Secret Service: gnome-keyring in a private session bus.
dbus-run-session -- bash -c '
    echo -n "tenant-admin-tests" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    cd build && ctest --output-on-failure -j2 --timeout 300 "$@"
' run-tests "$@" 2> >(grep -v "Failed to set fd limit" >&2)
