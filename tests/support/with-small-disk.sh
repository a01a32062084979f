#!/bin/sh
# Runs a test program on a small disk that really fills: a tmpfs of SITESAFE_SMALL_DISK_SIZE (default 8m) mounted in
# a mount namespace of its own (util-linux's unshare -Urm: no root needed where user namespaces are allowed) over a
# fresh folder, whose path the program finds in SITESAFE_TEST_SMALL_DISK. Nothing outside the namespace sees the
# mount, and it goes away with the program. Case 21 of docs/reliability.md.
set -eu
size=${SITESAFE_SMALL_DISK_SIZE:-8m}
dir=$(mktemp -d "${TMPDIR:-/tmp}/sitesafe-small-disk.XXXXXX")
trap 'rmdir "$dir"' EXIT
unshare -Urm sh -c 'mount -t tmpfs -o size="$1" sitesafe-test "$2" && SITESAFE_TEST_SMALL_DISK="$2" && export SITESAFE_TEST_SMALL_DISK && shift 2 && exec "$@"' \
    sh "$size" "$dir" "$@"
