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
session_dir=$(mktemp -d /tmp/tenant-session.XXXXXX)
trap 'scripts/pg-throwaway.sh stop "$cluster"; rm -rf "$cluster" "$session_dir"' EXIT
TENANT_TEST_PG_URL=$(scripts/pg-throwaway.sh start "$cluster" "$port")
PGPASSWORD=$(cat "$cluster/password")
export TENANT_TEST_PG_URL PGPASSWORD
echo "PostgreSQL test server: $TENANT_TEST_PG_URL"

# A private runtime and data directory: the keyring is new on every run and
# never touches the user's own.
XDG_RUNTIME_DIR="$session_dir"
XDG_DATA_HOME="$session_dir/data"
export XDG_RUNTIME_DIR XDG_DATA_HOME
# The keychain needs a Secret Service: gnome-keyring in a private session bus.
dbus-run-session -- bash -c '
    echo -n "tenant-admin-tests" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    cd build && ctest --output-on-failure -j2 --timeout 300 "$@"
' run-tests "$@" 2> >(grep -v "Failed to set fd limit" >&2)
