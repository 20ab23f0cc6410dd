#!/usr/bin/env bash
# Sets up and runs the whole test suite: installs the packages, builds, starts
# a throwaway PostgreSQL cluster and a private D-Bus session with an unlocked
# gnome-keyring, a throwaway redis-server, Alertmanager and S3 server
# (tests/s3: s3rver from npm) and the webhook receiver's npm verifier, then runs every CTest test (SQLite and
# PostgreSQL variants). BUILD_DIR and SANITIZE=ON as for scripts/build.sh:
# CI runs the suite a second time under the sanitizers, where any report
# fails the test that met it; that run leaves out the PostgreSQL twins of
# tests that also run on SQLite (label "twin": the same C++, and the first
# run has them) and the 100,000-tenant GUI scale test (its code is the tenant
# table's, which tst_gui_tenants drives), which keeps CI inside 30 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
build_dir=${BUILD_DIR:-build}
if [ "${SANITIZE:-OFF}" = ON ]; then
    # Every report is fatal; leaks are reported at exit (and fail the test).
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:detect_stack_use_after_return=1:strict_string_checks=1
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
    set -- -LE twin -E '^tst_gui_scale$' "$@"
fi

cluster=$(mktemp -d /tmp/tenant-pg.XXXXXX)
chmod 755 "$cluster"
port=55432
while (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; do port=$((port + 1)); done
session_dir=$(mktemp -d /tmp/tenant-session.XXXXXX)
stop_services() {
    scripts/pg-throwaway.sh stop "$cluster"
    [ -f "$session_dir/redis.pid" ] && kill "$(cat "$session_dir/redis.pid")" 2>/dev/null
    [ -n "${alertmanager_pid:-}" ] && kill "$alertmanager_pid" 2>/dev/null
    [ -n "${s3_pid:-}" ] && kill "$s3_pid" 2>/dev/null
    rm -rf "$cluster" "$session_dir"
}
trap stop_services EXIT
TENANT_TEST_PG_URL=$(scripts/pg-throwaway.sh start "$cluster" "$port")
PGPASSWORD=$(cat "$cluster/password")
TENANT_TEST_PG_TLS_DIR="$cluster/tls"
export TENANT_TEST_PG_URL PGPASSWORD TENANT_TEST_PG_TLS_DIR
echo "PostgreSQL test server: $TENANT_TEST_PG_URL"

redis_port=56379
while (exec 3<>/dev/tcp/127.0.0.1/$redis_port) 2>/dev/null; do redis_port=$((redis_port + 1)); done
redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
    --dir "$session_dir" --pidfile "$session_dir/redis.pid" --logfile "$session_dir/redis.log"
for _ in $(seq 50); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break; sleep 0.1; done
export TENANT_TEST_REDIS_URL="redis://127.0.0.1:$redis_port"
echo "Redis test server: $TENANT_TEST_REDIS_URL"

am_port=59093
while (exec 3<>/dev/tcp/127.0.0.1/$am_port) 2>/dev/null; do am_port=$((am_port + 1)); done
printf 'route:\n  receiver: "null"\nreceivers:\n  - name: "null"\n' > "$session_dir/alertmanager.yml"
prometheus-alertmanager --config.file="$session_dir/alertmanager.yml" --storage.path="$session_dir/alertmanager" \
    --web.listen-address="127.0.0.1:$am_port" --cluster.listen-address= >"$session_dir/alertmanager.log" 2>&1 &
alertmanager_pid=$!
for _ in $(seq 100); do (exec 3<>/dev/tcp/127.0.0.1/$am_port) 2>/dev/null && break; sleep 0.1; done
export TENANT_TEST_ALERTMANAGER_URL="http://127.0.0.1:$am_port"
echo "Alertmanager test server: $TENANT_TEST_ALERTMANAGER_URL"

# The S3 server: s3rver plus SigV4 checking and bucket policies, pinned by
# tests/s3/package-lock.json.
npm ci --prefix tests/s3 --no-audit --no-fund --loglevel=error >/dev/null
# The webhook receiver's reference verifier (npm standardwebhooks), pinned
# by tests/webhooks/package-lock.json; the tests start the receiver.
npm ci --prefix tests/webhooks --no-audit --no-fund --loglevel=error >/dev/null
s3_port=58000
while (exec 3<>/dev/tcp/127.0.0.1/$s3_port) 2>/dev/null; do s3_port=$((s3_port + 1)); done
mkdir -p "$session_dir/s3"
node tests/s3/server.js "$s3_port" "$session_dir/s3" >"$session_dir/s3.log" 2>&1 &
s3_pid=$!
for _ in $(seq 100); do grep -q ready "$session_dir/s3.log" && break; sleep 0.1; done
export TENANT_TEST_S3_URL="http://127.0.0.1:$s3_port"
echo "S3 test server: $TENANT_TEST_S3_URL"

# A private runtime and data directory: the keyring is new on every run and
# never touches the user's own.
XDG_RUNTIME_DIR="$session_dir"
XDG_DATA_HOME="$session_dir/data"
export XDG_RUNTIME_DIR XDG_DATA_HOME
# The keychain needs a Secret Service: gnome-keyring in a private session bus.
dbus-run-session -- bash -c '
    echo -n "tenant-admin-tests" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    cd "$0" && ctest --output-on-failure -j2 --timeout 300 "$@"
' "$build_dir" "$@" 2> >(grep -v "Failed to set fd limit" >&2)
