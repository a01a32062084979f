#!/usr/bin/env bash
# Runs a test program inside a private D-Bus session with a fresh, unlocked gnome-keyring: a real Secret Service
# for the keychain tests. The keyring lives in a temporary folder removed afterwards, never in the user's home.
# Usage: with-keyring.sh TEST_PROGRAM [catch arguments…]
set -euo pipefail
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" > /dev/null; then
        echo "with-keyring.sh: $tool not found; install dbus and gnome-keyring (scripts/install-deps.sh)" >&2
        exit 1
    fi
done
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home/run" XDG_CONFIG_HOME="$home/config"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME"
chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- bash -c '
    printf "sitesafe-test" | gnome-keyring-daemon --unlock --components=secrets > /dev/null
    "$@"' keyring "$@"
