# SiteSafe: the two commands of the README, plus helpers. Each target does its own set-up.
PRESET ?= dev
BUILD_DIR := build/$(PRESET)
DEMO_DIR ?= build/demo
JOBS ?= $(shell nproc)

.PHONY: all deps configure build test run format nogui bench bench-sync clean

all: build

deps:
	@scripts/install-deps.sh

configure: deps
	@if [ ! -f $(BUILD_DIR)/build.ninja ]; then cmake --preset $(PRESET); fi

build: configure
	cmake --build --preset $(PRESET) -j $(JOBS)

test: build
	ctest --preset $(PRESET) -j $(JOBS)

# The desktop client on a demo dataset, with a local HTTPS reference server (scripts/run-demo.sh).
run: build
	@scripts/run-demo.sh $(BUILD_DIR) $(DEMO_DIR)

# The layering check of DESIGN.md §2: everything except widgets/app, without QtWidgets.
nogui: deps
	cmake --preset nogui
	cmake --build --preset nogui -j $(JOBS)

# Sync throughput against PouchDB and raw SQLite (DESIGN.md §5; docs/performance.md, "Sync throughput"). Not part
# of `make test`. The PouchDB reference is installed from the npm registry into build/bench-pouchdb (lock file in
# bench/pouchdb/). BENCH_RUNS runs, medians; the JSON result lands in $(BUILD_DIR)/bench/sync_bench.json.
BENCH_RUNS ?= 3
BENCH_POUCHDB := build/bench-pouchdb
bench-sync: configure $(BENCH_POUCHDB)/node_modules/.package-lock.json
	cmake --build $(BUILD_DIR) -j $(JOBS) --target sync_bench sitesafe-server
	$(BUILD_DIR)/bench/sync_bench --runs $(BENCH_RUNS) --node-modules $(BENCH_POUCHDB)/node_modules \
		--json $(BUILD_DIR)/bench/sync_bench.json

$(BENCH_POUCHDB)/node_modules/.package-lock.json: bench/pouchdb/package.json bench/pouchdb/package-lock.json
	mkdir -p $(BENCH_POUCHDB)
	cp bench/pouchdb/package.json bench/pouchdb/package-lock.json $(BENCH_POUCHDB)/
	cd $(BENCH_POUCHDB) && npm ci --no-audit --no-fund

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf build
