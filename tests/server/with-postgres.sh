#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL 15 cluster: initdb into a fresh folder under /tmp, start it on a
# free 127.0.0.1 port (socket in the same folder), export SITESAFE_TEST_PG_URL, run "$@", then stop the cluster
# and remove the folder whatever happened. PostgreSQL refuses to run as root: as root (CI), the cluster runs as
# the `postgres` user (created by the postgresql package) through runuser.
#   tests/server/with-postgres.sh build/tests/server/tests_server "[postgres]"
set -euo pipefail

PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
if [ ! -x "$PGBIN/initdb" ]; then
    echo "with-postgres.sh: $PGBIN/initdb not found; install the postgresql package" >&2
    exit 1
fi

base=$(mktemp -d /tmp/sitesafe-pg.XXXXXX)
as_pg() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}
if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$base"
fi

started=0
cleanup() {
    if [ "$started" -eq 1 ]; then
        as_pg "$PGBIN/pg_ctl" -D "$base/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$base"
}
trap cleanup EXIT INT TERM

as_pg "$PGBIN/initdb" -D "$base/data" -U sitesafe --auth=trust -E UTF8 --locale=C.UTF-8 >"$base/initdb.log" 2>&1 ||
    { cat "$base/initdb.log" >&2; exit 1; }

# A random high port; if it is taken, pg_ctl fails to start and we try another (bounded).
for attempt in 1 2 3 4 5 6 7 8; do
    port=$(( 20000 + (RANDOM * 32768 + RANDOM) % 40000 ))
    options="-p $port -k $base -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200 -c track_commit_timestamp=on"
    if as_pg "$PGBIN/pg_ctl" -D "$base/data" -l "$base/postgres.log" -w -t 30 -o "$options" start >/dev/null; then
        started=1
        break
    fi
done
if [ "$started" -ne 1 ]; then
    cat "$base/postgres.log" >&2 || true
    exit 1
fi

export SITESAFE_TEST_PG_URL="postgres://sitesafe@127.0.0.1:$port/postgres"
# For tests that take the database away in the middle of their work: "$SITESAFE_TEST_PG_CTL stop" stops the
# cluster at once (-m immediate: no checkpoint, sessions cut, as a crash), "$SITESAFE_TEST_PG_CTL start" starts it
# again on the same port with the same settings.
cat >"$base/pgctl" <<CTL
#!/usr/bin/env bash
set -euo pipefail
run() { if [ "\$(id -u)" -eq 0 ]; then runuser -u postgres -- "\$@"; else "\$@"; fi; }
case "\${1:-}" in
stop) run "$PGBIN/pg_ctl" -D "$base/data" -m immediate -w stop >/dev/null ;;
start) run "$PGBIN/pg_ctl" -D "$base/data" -l "$base/postgres.log" -w -t 30 -o "$options" start >/dev/null ;;
*) echo "usage: \$0 stop|start" >&2; exit 2 ;;
esac
CTL
chmod 755 "$base/pgctl"
export SITESAFE_TEST_PG_CTL="$base/pgctl"
echo "with-postgres.sh: PostgreSQL on 127.0.0.1:$port (data in $base)"
set +e
"$@"
status=$?
set -e
exit $status
