#!/usr/bin/env bash
# Starts (or stops) a throwaway PostgreSQL cluster on 127.0.0.1 for the tests.
#   scripts/pg-throwaway.sh start DIR [PORT]   prints the admin URL on stdout
#   scripts/pg-throwaway.sh stop DIR
#   scripts/pg-throwaway.sh resume DIR          starts a stopped cluster again
# PostgreSQL refuses to run as root, so the cluster belongs to the `postgres`
# user. Password authentication (scram) is on, so the tests exercise real
# credential handling; the admin password is written to DIR/password.
set -euo pipefail
action=${1:?start|stop}
dir=${2:?cluster directory}
port=${3:-55432}
bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)

as_postgres() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
start)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    password=ci-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')
    echo "$password" > "$dir/password"
    chmod 600 "$dir/password"
    as_postgres bash -c "cat > '$dir/pwfile'" < "$dir/password"
    as_postgres "$bindir/initdb" -D "$dir/data" -U postgres --auth=scram-sha-256 \
        --pwfile="$dir/pwfile" -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1
    echo "$port" > "$dir/port"
    # TLS with a throwaway CA, and client-certificate sign-in for members of
    # tenant_cert_users (the tests make such a login and its certificate):
    # DIR/tls holds ca.crt and ca.key for them.
    mkdir -p "$dir/tls"
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=tenant-admin test CA" \
        -keyout "$dir/tls/ca.key" -out "$dir/tls/ca.crt" >/dev/null 2>&1
    openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" \
        -keyout "$dir/tls/server.key" -out "$dir/tls/server.csr" >/dev/null 2>&1
    printf 'subjectAltName=IP:127.0.0.1\n' > "$dir/tls/server.ext"
    openssl x509 -req -in "$dir/tls/server.csr" -CA "$dir/tls/ca.crt" -CAkey "$dir/tls/ca.key" \
        -CAcreateserial -days 2 -extfile "$dir/tls/server.ext" -out "$dir/tls/server.crt" >/dev/null 2>&1
    cp "$dir/tls/server.crt" "$dir/tls/server.key" "$dir/tls/ca.crt" "$dir/data/"
    [ "$(id -u)" = 0 ] && chown postgres "$dir/data/server.crt" "$dir/data/server.key" "$dir/data/ca.crt"
    chmod 600 "$dir/data/server.key"
    as_postgres bash -c "cat >> '$dir/data/postgresql.conf'" <<'CONF'
ssl = on
ssl_cert_file = 'server.crt'
ssl_key_file = 'server.key'
ssl_ca_file = 'ca.crt'
CONF
    as_postgres bash -c "{ echo 'hostssl all +tenant_cert_users 127.0.0.1/32 cert'; cat '$dir/data/pg_hba.conf'; } > '$dir/data/pg_hba.new' && mv '$dir/data/pg_hba.new' '$dir/data/pg_hba.conf'"
    # fsync off: the cluster is thrown away, durability costs only time here.
    as_postgres "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
        -o "-h 127.0.0.1 -p $port -k $dir -F -c max_connections=200" start >/dev/null
    PGPASSWORD=$(cat "$dir/password") "$bindir/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres \
        -qc "CREATE ROLE tenant_cert_users NOLOGIN" >/dev/null
    echo "postgresql://postgres@127.0.0.1:$port/postgres"
    ;;
resume)
    port=$(cat "$dir/port")
    if as_postgres "$bindir/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then exit 0; fi
    as_postgres "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
        -o "-h 127.0.0.1 -p $port -k $dir -F -c max_connections=200" start >/dev/null
    ;;
stop)
    as_postgres "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    ;;
*)
    echo "usage: $0 start|stop|resume DIR [PORT]" >&2
    exit 2
    ;;
esac
