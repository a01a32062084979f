#!/usr/bin/env bash
# make run: prepares a demo client store and a local HTTPS reference server (once), starts the server, then the
# desktop client on the demo store. Stops the server when the client closes.
set -euo pipefail
build_dir=${1:-build/dev}
demo_dir=${2:-build/demo-data}
cli="$build_dir/src/cli/sitesafe-cli"
server="$build_dir/src/server/sitesafe-server"
app="$build_dir/src/app/sitesafe"
server_dir="$demo_dir/server"
port=${SITESAFE_DEMO_PORT:-8443}
demo_version=5 # bump when older demo folders cannot sync with this build (v2: name-based catalog ids; v3: demo
# reference ids and numbers independent of the day, a device id per store; v4: the demo supervisor;
# v5: notice blocks of six kinds, the server holds the client's field data)
# SITESAFE_DEMO_USER=supervisor make run: the second demo user (role supervisor, 海口 460100, who may 销号 and list
# for city-level supervision) on a client folder of its own, as a second person on a second computer would be.
demo_user=${SITESAFE_DEMO_USER:-inspector}
case "$demo_user" in
    inspector) client_dir="$demo_dir/client" ;;
    supervisor) client_dir="$demo_dir/client-supervisor" ;;
    *) echo "SITESAFE_DEMO_USER must be inspector or supervisor, not '$demo_user'" >&2; exit 2 ;;
esac

if [ -d "$demo_dir" ] && [ "$(cat "$demo_dir/.demo-version" 2>/dev/null)" != "$demo_version" ]; then
    echo "Replacing the demo folders in $demo_dir (made by an older build) …"
    rm -rf "$demo_dir/client" "$demo_dir/client-supervisor" "$server_dir"
fi
mkdir -p "$demo_dir"
echo "$demo_version" > "$demo_dir/.demo-version"

if [ ! -f "$client_dir/sitesafe.db" ]; then
    echo "Creating the demo client store in $client_dir …"
    "$cli" demo --data-dir "$client_dir" --seed 1
fi
if [ ! -f "$server_dir/tls/ca.pem" ]; then
    echo "Creating the local reference server in $server_dir (development CA, demo data, users 'inspector' and 'supervisor') …"
    rm -rf "$server_dir"
    "$server" dev-ca --out "$server_dir/tls"
    "$server" init --data-dir "$server_dir/data"
    # The demo client's field data too, so steps taken on its hazards and its notices' QR codes find them.
    "$server" seed-demo --data-dir "$server_dir/data" --seed 1 --field-data-from "$client_dir"
    printf 'sitesafe-demo\n' | "$server" user add --data-dir "$server_dir/data" --name inspector \
        --role inspector --jurisdiction 460100 --password-stdin
    printf 'sitesafe-demo\n' | "$server" user add --data-dir "$server_dir/data" --name supervisor \
        --role supervisor --jurisdiction 460100 --password-stdin
fi

"$server" serve --data-dir "$server_dir/data" --listen "127.0.0.1:$port" \
    --tls-cert "$server_dir/tls/server.pem" --tls-key "$server_dir/tls/server.key" \
    > "$demo_dir/server.log" 2>&1 &
server_pid=$!
trap 'kill $server_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do
    if curl -sf --cacert "$server_dir/tls/ca.pem" "https://127.0.0.1:$port/api/v1/meta" > /dev/null; then
        break
    fi
    sleep 0.2
done
echo "Reference server: https://127.0.0.1:$port/api/v1 (CA: $server_dir/tls/ca.pem, users inspector and supervisor / sitesafe-demo)"

if [ ! -x "$app" ]; then
    echo "The desktop client was not built (SITESAFE_BUILD_GUI=OFF). Demo store: $client_dir"
    "$cli" check --data-dir "$client_dir"
    exit 0
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display: run 'make run' in a desktop session, or under a virtual one: xvfb-run -a make run" >&2
    exit 1
fi
# Configured to trust the local server's CA and signed in as the demo user (password read once from the
# environment, refresh token then kept in the keychain when one runs).
SITESAFE_PASSWORD=sitesafe-demo "$app" --data-dir "$client_dir" --server "https://127.0.0.1:$port" \
    --user "$demo_user" --ca-file "$server_dir/tls/ca.pem"
