#!/usr/bin/env bash
# Installs what `make package` and `make package-test` need beyond scripts/install-deps.sh (Debian bookworm
# packages), kept out of install-deps.sh so CI does not pay for them: dpkg-dev (dpkg-shlibdeps, which CPack calls
# for the packages' dependencies) and file (how CPack finds the ELF files), help2man (man pages from --help),
# librsvg2-bin (rsvg-convert: the PNG icons from the SVG), appstream and desktop-file-utils (validate the metainfo
# and the desktop entry), lintian (checks the .debs), debootstrap (package-test's clean bookworm root).
# Idempotent. Without root it prints the one command to run and fails.
set -euo pipefail

"$(dirname "$0")"/install-deps.sh

packages=(dpkg-dev file help2man librsvg2-bin appstream desktop-file-utils lintian debootstrap)

read -r -a missing <<<"$("$(dirname "$0")"/missing-debian-packages "${packages[@]}")"

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "make package and make package-test need these Debian packages: ${missing[*]}" >&2
    echo "Run this once, then try again:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
fi

echo "Installing ${#missing[@]} Debian packages for make package: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
