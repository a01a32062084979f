#!/usr/bin/env python3
"""Writes the one budget table of docs/performance.md (DESIGN.md §5) from the benchmarks' JSON files.

`make bench` runs it after sync_bench, hazardlist_bench, ledger_bench, load_bench and the client benchmarks
(bench-client). It replaces everything between the
markers `<!-- budget-table:begin -->` and `<!-- budget-table:end -->` and nothing else. Each benchmark's JSON holds
its own rows (`budget_rows`: budget, measured, reference, ratio, pass); this script only orders and renders them,
adds the data-set generation time (demo.json, written by `make bench`). Every budget of DESIGN.md §5 has a
benchmark; a missing JSON file gives rows that say so; nothing is invented.

    bench/budget_table.py --dir build/dev/bench --doc docs/performance.md --command "make bench"
    bench/budget_table.py --dir build/dev/bench --print        # the table on stdout, the page untouched
"""
import argparse
import datetime
import json
import os
import re
import sys

BEGIN = "<!-- budget-table:begin -->"
END = "<!-- budget-table:end -->"
# The rows load_bench judges (named when its JSON is missing).
LOAD_BUDGETS = [
    "server: 100 devices pushing and pulling, with think time, p99 ≤ 200 ms (SQLite)",
    "server: 100 devices pushing and pulling, with think time, p99 ≤ 200 ms (PostgreSQL)",
    "server: 100 devices pushing and pulling, with think time, p99 ≤ 200 ms (behind nginx, two processes, PostgreSQL)",
    "server throughput: two processes behind nginx > one process behind nginx (saturation)",
    "server throughput: two processes behind nginx > one, each process capped by a cgroup (saturation)",
]


def load(directory, name):
    try:
        with open(os.path.join(directory, name), encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def bench_rows(directory, name, budgets):
    """The benchmark's own rows, or one "not measured" row per budget it would have judged."""
    data = load(directory, name)
    if data is None:
        return [{"budget": b, "measured": f"not measured: {name} missing", "reference": "–", "ratio": None,
                 "pass": None} for b in budgets]
    return data.get("budget_rows", [])


def demo_row(directory):
    demo = load(directory, "demo.json")
    budget = "province data set generated in ≤ 2 minutes (sitesafe-cli demo --scale province)"
    if demo is None or not demo.get("generated"):
        reason = (f"{demo.get('data_dir', 'the data set')} already existed (delete {demo.get('data_dir', 'it')}.done "
                  "to time it)") if demo else "demo.json missing"
        return {"budget": budget, "measured": "not measured this run: " + reason, "reference": "120 s",
                "ratio": None, "pass": None}
    seconds = demo["seconds"]
    is_province = demo.get("scale") == "province"
    return {"budget": budget, "measured": f"{seconds:.0f} s" + ("" if is_province else f" ({demo['scale']} scale)"),
            "reference": "120 s", "ratio": seconds / 120, "pass": (seconds <= 120) if is_province else None}


def verdict(row):
    if row.get("pass") is None:
        return "reported" if row.get("ratio") is not None else "–"
    return "pass" if row["pass"] else "**fail**"


def machine_line():
    cpu, load_average = "unknown CPU", "unknown"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            cpu = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
        with open("/proc/loadavg", encoding="utf-8") as f:
            load_average = " ".join(f.read().split()[:3])
    except (OSError, StopIteration):
        pass
    return f"{cpu}, {os.cpu_count()} logical CPUs, load average {load_average} (1/5/15 min) when the table was written"


def table(directory, command):
    rows = bench_rows(directory, "client_startup_bench.json",
                       ["window start-up to an interactive main window ≤ 1.5 × a bare QMainWindow program's start-up"])
    rows += bench_rows(directory, "hazardlist_bench.json", ["hazard list filters, sorts and searches"])
    rows += bench_rows(directory, "ledger_bench.json", ["台账 first window with the count"])
    rows += bench_rows(directory, "sync_bench.json", ["sync push and pull against PouchDB, apply against raw SQLite"])
    rows.append(demo_row(directory))
    rows += bench_rows(directory, "load_bench.json", LOAD_BUDGETS)
    rows += bench_rows(directory, "client_memory_bench.json",
                       ["client memory ≤ 200 MB RSS with the province data set open and scrolled end to end"])
    rows += bench_rows(directory, "ui_stall_bench.json",
                       ["the UI thread never waits on network or disk for more than 50 ms"])
    lines = ["| budget | measured median | reference | ratio | pass/fail |", "|---|---|---|---:|---|"]
    for row in rows:
        ratio = "–" if row.get("ratio") is None else f"{row['ratio']:.2f}"
        cells = [row["budget"], row["measured"], row["reference"], ratio, verdict(row)]
        lines.append("| " + " | ".join(str(c).replace("|", "\\|") for c in cells) + " |")
    sync = load(directory, "sync_bench.json")
    loads = ""
    if sync and sync.get("runs"):
        loads = "; sync_bench runs' load before/after: " + ", ".join(
            f"{r.get('load_before', '?')} / {r.get('load_after', '?')}" for r in sync["runs"])
    date = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines += ["", f"Machine: {machine_line()}{loads}. Date: {date}. Reproduce: `{command}`."]
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", required=True, help="folder with the benchmarks' JSON files")
    parser.add_argument("--doc", default="docs/performance.md")
    parser.add_argument("--command", default="make bench")
    parser.add_argument("--print", action="store_true", help="print the table instead of rewriting --doc")
    args = parser.parse_args()
    text = table(args.dir, args.command)
    if args.print:
        print(text)
        return 0
    with open(args.doc, encoding="utf-8") as f:
        page = f.read()
    pattern = re.compile(re.escape(BEGIN) + ".*?" + re.escape(END), re.S)
    if not pattern.search(page):
        print(f"budget_table.py: {args.doc} has no {BEGIN} … {END} markers", file=sys.stderr)
        return 1
    page = pattern.sub(lambda _: f"{BEGIN}\n{text}\n{END}", page, count=1)
    with open(args.doc, "w", encoding="utf-8") as f:
        f.write(page)
    return 0


if __name__ == "__main__":
    sys.exit(main())
