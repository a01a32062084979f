#!/usr/bin/env bash
# make run: prepares a demo data folder (once) and opens it.
set -euo pipefail
build_dir=${1:-build/dev}
demo_dir=${2:-build/demo-data}
cli="$build_dir/src/cli/sitesafe-cli"

if [ ! -f "$demo_dir/sitesafe.db" ]; then
    echo "Creating the demo dataset in $demo_dir …"
    "$cli" demo --data-dir "$demo_dir" --seed 1
fi

app="$build_dir/src/app/sitesafe"
if [ -x "$app" ]; then
    exec "$app" --data-dir "$demo_dir"
fi
# The desktop client is not built yet (issue: desktop client); show what the demo store holds.
"$cli" check --data-dir "$demo_dir"
echo
echo "Demo data: $demo_dir/sitesafe.db (open it with: sqlite3 $demo_dir/sitesafe.db)"
