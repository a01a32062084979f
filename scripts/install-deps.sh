#!/usr/bin/env bash
# Installs the Debian bookworm packages SiteSafe needs to build, test and run (DESIGN.md §6).
# Idempotent: when everything is present it only checks and returns (well under a second).
# Without root it prints the one command to run and fails.
set -euo pipefail

packages=(
    # toolchain
    cmake ninja-build g++ make pkg-config git clang-format python3
    # Qt 6.4
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev qt6-svg-dev
    libgl-dev libvulkan-dev libxkbcommon-dev libqt6opengl6-dev
    # libraries
    libsqlite3-dev sqlite3 libsodium-dev zlib1g-dev
    # evidence: EXIF of photos, QR codes of certificates
    libexiv2-dev libzxing-dev
    # ledgers and reports as XLSX (and a real reader for their tests)
    libxlsxwriter-dev python3-openpyxl
    # client sync: OS keychain (and a real Secret Service for its tests)
    qtkeychain-qt6-dev dbus gnome-keyring
    # server tests (a throwaway PostgreSQL cluster), desktop tests (a real X server, Chinese fonts), a laptop whose
    # clock is off (faketime)
    catch2 postgresql xvfb xauth fonts-noto-cjk poppler-utils openssl curl unzip faketime
    # the notice verification page rendered in headless Chromium
    chromium
    # the [scaleout] test and load_bench: nginx in front of two servers (run as the test's child, never the service)
    nginx
)

read -r -a missing <<<"$("$(dirname "$0")"/missing-debian-packages "${packages[@]}")"

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "SiteSafe needs these Debian packages: ${missing[*]}" >&2
    echo "Run this once, then try again:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
fi

# nginx's post-install step would start the system service on port 80; the tests run their own nginx. A
# policy-rc.d that refuses keeps services from starting, only while apt-get runs, only when the machine has none.
policy=/usr/sbin/policy-rc.d
if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\n# scripts/install-deps.sh: do not start services while installing\nexit 101\n' >"$policy"
    chmod 755 "$policy"
    trap 'rm -f "$policy"' EXIT
fi

echo "Installing ${#missing[@]} Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
