#!/usr/bin/env bash
# Installs what the benchmarks need beyond scripts/install-deps.sh (Debian bookworm packages): nginx for
# load_bench's "behind nginx" configurations (docs/performance.md, "Server under load"). load_bench runs nginx as its
# own child process with a generated configuration; the system service is never used, so this script keeps the
# package's post-install step from starting it (a policy-rc.d that refuses, only while apt-get runs, only when the
# machine has none). Idempotent. Without root it prints the one command to run and fails.
set -euo pipefail

"$(dirname "$0")"/install-deps.sh

packages=(nginx)

read -r -a missing <<<"$("$(dirname "$0")"/missing-debian-packages "${packages[@]}")"

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "The benchmarks need these Debian packages: ${missing[*]}" >&2
    echo "Run this once, then try again:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    echo "(and stop the nginx service it starts: load_bench runs its own nginx)" >&2
    exit 1
fi

policy=/usr/sbin/policy-rc.d
if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\n# scripts/install-bench-deps.sh: do not start services while installing\nexit 101\n' >"$policy"
    chmod 755 "$policy"
    trap 'rm -f "$policy"' EXIT
fi

echo "Installing ${#missing[@]} Debian packages for the benchmarks: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
