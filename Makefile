# SiteSafe: the two commands of the README, plus helpers. Each target does its own set-up.
PRESET ?= dev
BUILD_DIR := build/$(PRESET)
DEMO_DIR ?= build/demo
JOBS ?= $(shell nproc)

.PHONY: all deps configure build test run format nogui bench clean

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

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf build
