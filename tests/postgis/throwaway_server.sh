# Sourced by the PostGIS test and benchmark: start_throwaway_postgis starts a PostgreSQL cluster in
# a temporary folder on a free local port in 20000-50000 (initdb, pg_ctl; as the postgres user
# when root), with fsync off and every statement logged, and creates the database "supplyline"
# with PostGIS. Sets $pg_data (server.log is there), $port, $connection (a GDAL PG: string) and
# the psql array; stop_throwaway_postgis (called on EXIT) stops it and removes the folder.
start_throwaway_postgis() { # $1: a folder to copy the server's log into when it stops
    pg_log_copy=$1
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)
    [ -x "$pg_bin/initdb" ] || { echo "PostgreSQL is not installed (bash scripts/setup.sh installs it)"; exit 1; }
    pg_data=$(mktemp -d /tmp/supplyline-pg-XXXXXX) # owned by the server's user, outside the tree
    [ "$(id -u)" = 0 ] && chown postgres "$pg_data"
    trap stop_throwaway_postgis EXIT
    as_server "$pg_bin/initdb" -D "$pg_data/cluster" -U postgres -A trust --no-sync >"$pg_log_copy/initdb.log"
    port=""
    for _ in $(seq 20); do
        local candidate=$((20000 + RANDOM % 30000))
        if as_server "$pg_bin/pg_ctl" -D "$pg_data/cluster" -l "$pg_data/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -p $candidate -k $pg_data -c fsync=off -c log_statement=all" start \
            >/dev/null 2>&1; then
            port=$candidate
            break
        fi
    done
    [ -n "$port" ] || { cat "$pg_data/server.log"; echo "the PostgreSQL server did not start"; exit 1; }
    psql=(psql -X -q -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1)
    "${psql[@]}" -d postgres -c "create database supplyline"
    "${psql[@]}" -d supplyline -c "create extension postgis"
    connection="PG:host=127.0.0.1 port=$port user=postgres dbname=supplyline"
}

as_server() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

stop_throwaway_postgis() {
    cp "$pg_data/server.log" "$pg_log_copy/server.log" 2>/dev/null || true
    as_server "$pg_bin/pg_ctl" -D "$pg_data/cluster" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$pg_data"
}
