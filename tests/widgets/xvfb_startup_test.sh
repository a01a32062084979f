#!/bin/sh
# The client under a real X server (Xvfb) with a demo store: the main window must be on screen within 2 s of
# the process starting, and the program must quit cleanly (exit 0) when the window is closed.
# Usage: xvfb_startup_test.sh SITESAFE SITESAFE_CLI
set -eu
app=$1
cli=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$cli" demo --data-dir "$work/store" --seed 5 > /dev/null 2>&1
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" QT_QPA_PLATFORM=xcb
start=$(date +%s%N)
xvfb-run -a -s "-screen 0 1366x768x24 -nolisten tcp" \
    timeout 60 "$app" --data-dir "$work/store" --close-after-shown > "$work/out.txt" 2> "$work/err.txt" || status=$?
end=$(date +%s%N)
status=${status:-0}
cat "$work/out.txt"
shown=$(sed -n 's/^shown-after-ms //p' "$work/out.txt")
wall=$(( (end - start) / 1000000 ))
echo "exit status $status; shown after ${shown:-?} ms; whole run incl. Xvfb start ${wall} ms"
if [ "$status" -ne 0 ]; then cat "$work/err.txt"; echo "FAIL: did not quit cleanly"; exit 1; fi
if [ -z "$shown" ]; then cat "$work/err.txt"; echo "FAIL: the window never appeared"; exit 1; fi
if [ "$shown" -ge 2000 ]; then echo "FAIL: main window took ${shown} ms (limit 2000)"; exit 1; fi
if grep -q -i -E "warning|critical|fatal" "$work/err.txt"; then cat "$work/err.txt"; echo "FAIL: warnings on stderr"; exit 1; fi
echo PASS
