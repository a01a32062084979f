#!/usr/bin/env bash
# What the benchmarks need beyond the tests: nothing any more. nginx, which load_bench's "behind nginx"
# configurations use, is installed by scripts/install-deps.sh since the [scaleout] test needs it too. Kept so that
# `make deps-bench` and the documents that name this script go on working.
set -euo pipefail
exec "$(dirname "$0")"/install-deps.sh
