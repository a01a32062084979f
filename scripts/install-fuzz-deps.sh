#!/usr/bin/env bash
# Installs what the fuzz campaign needs beyond scripts/install-deps.sh (Debian bookworm packages): clang 14 and
# compiler-rt's libFuzzer, ASan and UBSan runtimes (libclang-rt-14-dev holds libclang_rt.fuzzer*.a, without which
# `clang++ -fsanitize=fuzzer` fails to link), and llvm-symbolizer (llvm-14) so a crash's stack names files and lines.
# Used by `make fuzz-campaign` (docs/reliability.md). Idempotent. Without root it prints the one command to run and
# fails.
set -euo pipefail

"$(dirname "$0")"/install-deps.sh

packages=(clang-14 libclang-rt-14-dev llvm-14)

read -r -a missing <<<"$("$(dirname "$0")"/missing-debian-packages "${packages[@]}")"

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "The fuzz campaign needs these Debian packages: ${missing[*]}" >&2
    echo "Run this once, then try again:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
fi

echo "Installing ${#missing[@]} Debian packages for the fuzz campaign: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
