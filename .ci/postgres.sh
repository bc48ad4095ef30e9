#!/usr/bin/env bash
# A throwaway PostgreSQL (with PostGIS when installed) on 127.0.0.1 for tests and benchmarks.
#   .ci/postgres.sh start   initdb into a temporary folder, start on a free port, create the database, print
#                           `export TRIANGULATE_TEST_POSTGRES=...`: run it as `eval "$(.ci/postgres.sh start)"`.
#   TRIANGULATE_PG_OPTIONS   extra server options (default "-c fsync=off": a test server need not survive a crash;
#                            give "" to measure with durable commits).
#   .ci/postgres.sh stop    stop that server and remove its folder.
# Needs Debian's postgresql package (and postgresql-15-postgis-3 for the spatial path). Runs as root or as any user:
# initdb refuses root, so under root the server runs as the `postgres` user in a folder that user owns.
set -euo pipefail
state=${TRIANGULATE_PG_STATE:-/tmp/triangulate-postgres.state}
database=${TRIANGULATE_PG_DATABASE:-triangulate}

bindir() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [[ -n "$dir" ]] || { echo "PostgreSQL is not installed (apt-get install -y postgresql postgresql-15-postgis-3)" >&2; exit 1; }
    echo "$dir"
}

as_owner() {
    if [[ $(id -u) -eq 0 ]]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}

free_port() {
    local port=${TRIANGULATE_PG_PORT:-55432}
    while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
    echo "$port"
}

start() {
    if [[ -f "$state" ]]; then
        # shellcheck disable=SC1090
        source "$state"
        if [[ -n "${port:-}" ]] && (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "export TRIANGULATE_TEST_POSTGRES='$connection'"
            return
        fi
        # A state file left by a run that was killed names a server that is gone: start afresh.
        rm -rf "$dir" "$state"
    fi
    local bin dir port
    bin=$(bindir)
    dir=$(mktemp -d /tmp/triangulate-pg.XXXXXX)
    chmod 755 "$dir"
    [[ $(id -u) -eq 0 ]] && chown postgres:postgres "$dir"
    port=$(free_port)
    as_owner "'$bin/initdb' -D '$dir/data' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "'$bin/pg_ctl' -D '$dir/data' -l '$dir/server.log' -o \"-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=200 ${TRIANGULATE_PG_OPTIONS--c fsync=off}\" -w start" >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
    "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -qc "CREATE DATABASE $database" >/dev/null
    local connection="Host=127.0.0.1;Port=$port;Username=postgres;Database=$database"
    printf 'dir=%q\nport=%q\nconnection=%q\n' "$dir" "$port" "$connection" >"$state"
    echo "export TRIANGULATE_TEST_POSTGRES='$connection'"
}

stop() {
    [[ -f "$state" ]] || return 0
    # shellcheck disable=SC1090
    source "$state"
    as_owner "'$(bindir)/pg_ctl' -D '$dir/data' -m fast -w stop" >/dev/null 2>&1 || true
    rm -rf "$dir" "$state"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
