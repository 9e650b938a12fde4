# kfp-runtime: `make test` is what CI runs (.ci/run); `make static` builds the
# pod binaries; `make bench` measures. Every target installs what it needs.

CARGO       ?= cargo
MUSL        := x86_64-unknown-linux-musl
PROFILE     := release-static
BINARIES    := launcher driver publisher
# Budget per stripped pod binary (the Go launcher it replaces is 123 MiB).
SIZE_BUDGET := 10485760
TARGET_DIR  := $(or $(CARGO_TARGET_DIR),target)
# Virtualenvs of the real components live in a cache outside the clone.
CACHE       ?= $(HOME)/.cache/kfp-runtime
PYTHON      ?= python3
KFP_VENV    := $(CACHE)/venv-kfp-2.17.3
SERVICES    := e2e/services
STATIC_DIR  := $(TARGET_DIR)/$(MUSL)/$(PROFILE)

.PHONY: chaos fuzz fuzz-smoke fuzz-build all test lint fmt-check clippy doc unit static size bench bench-overhead bench-driver bench-local bench-task-overhead bench-load bench-plugin toolchain-musl venv-kfp services mlmd-smoke clean conformance

all: test

## The test command: formatting, lints, then every test; then the pod images
## as a pod uses them (skipped without buildah) and the deployment manifests.
test: lint mlmd-smoke unit fuzz-smoke deploy-test image-test

lint: fmt-check clippy doc

fmt-check:
	$(CARGO) fmt --all -- --check

clippy:
	$(CARGO) clippy --workspace --all-targets --all-features -- -D warnings
	$(CARGO) clippy --workspace --all-targets -- -D warnings
	$(CARGO) clippy -p kfp-launcher --no-default-features -- -D warnings
	@! $(CARGO) tree -p kfp-launcher --no-default-features -e normal --prefix none | grep -E '^(kfp-driver|kfp-local|rusqlite|cel) ' \
	  || { echo "the pod launcher's dependency tree must not hold local runs, the driver or SQLite"; exit 1; }

## Broken intra-doc links and malformed doc comments fail the build, with
## every feature and with the defaults (a link may name a gated item).
doc:
	RUSTDOCFLAGS="-D warnings" $(CARGO) doc --workspace --no-deps --all-features
	RUSTDOCFLAGS="-D warnings" $(CARGO) doc --workspace --no-deps

## Every test runs against a private SeaweedFS on free 127.0.0.1 ports
## (KFP_S3_* exported), and Python steps through the real KFP SDK executor.
## KFP_REQUIRE_SERVICES=1: a test whose component is absent fails, naming
## it, instead of skipping (common/src/test_util.rs).
unit: venv-kfp services
	KFP_REQUIRE_SERVICES=1 KFP_CACHE=$(CACHE) PYTHON=$(PYTHON) KFP_VENV=$(KFP_VENV) bash $(SERVICES)/with-seaweedfs.sh \
	  bash $(SERVICES)/with-mlmd.sh $(CARGO) test --workspace --all-features

## Real components the tests start themselves: SeaweedFS (S3) in $(CACHE)/venv-seaweedfs,
## ML Metadata (the real engine, gRPC over SQLite) in $(CACHE)/venv-mlmd.
services:
	KFP_CACHE=$(CACHE) PYTHON=$(PYTHON) bash $(SERVICES)/seaweedfs.sh install
	KFP_CACHE=$(CACHE) PYTHON=$(PYTHON) bash $(SERVICES)/mlmd.sh install

## The MLMD engine's behaviours the backend relies on, checked on the real engine.
mlmd-smoke: services
	KFP_CACHE=$(CACHE) PYTHON=$(PYTHON) bash $(SERVICES)/with-mlmd.sh sh -c '"$$KFP_MLMD_PYTHON" $(SERVICES)/mlmd_smoke.py' 

## The KFP SDK, whose executor runs inside Python steps (needs protobuf >= 6.31).
venv-kfp: $(KFP_VENV)/.installed
$(KFP_VENV)/.installed:
	$(PYTHON) -m venv $(KFP_VENV)
	$(KFP_VENV)/bin/pip install --quiet --disable-pip-version-check kfp==2.17.3
	touch $@

## Static musl binaries, one package at a time (a --workspace build would
## merge features). The launcher is built without local runs (kfp-local: the
## driver library and SQLite): pods do not need them.
static: toolchain-musl
	$(CARGO) build -p kfp-launcher --no-default-features --profile $(PROFILE) --target $(MUSL)
	$(CARGO) build -p kfp-driver --profile $(PROFILE) --target $(MUSL)
	$(CARGO) build -p kfp-publisher --profile $(PROFILE) --target $(MUSL)
	@$(MAKE) --no-print-directory size

## Sizes of the static binaries against the budget.
size:
	@for b in $(BINARIES); do \
	  f=$(STATIC_DIR)/$$b; \
	  test -f $$f || { echo "$$f missing: run make static"; exit 1; }; \
	  s=$$(stat -c %s $$f); \
	  printf '%-10s %9d bytes  %6.2f MiB  %s\n' $$b $$s $$(echo "$$s/1048576" | bc -l) "$$(file -b $$f | cut -d, -f1-2)"; \
	  test $$s -le $(SIZE_BUDGET) || { echo "$$b is over the $(SIZE_BUDGET)-byte budget"; exit 1; }; \
	done

toolchain-musl:
	@rustup target list --installed 2>/dev/null | grep -qx $(MUSL) || rustup target add $(MUSL)
	@command -v musl-gcc >/dev/null || { (apt-get update -qq && apt-get install -y -qq musl-tools) >/dev/null; }

## Artifact transfers, the launcher pods run (static musl) vs `aws s3 cp`,
## side by side against one SeaweedFS; rewrites its section of BENCHMARKS.md.
## BENCH_FILE_MIB, BENCH_SMALL_FILES and BENCH_REPEAT make a quicker run.
bench: services toolchain-musl
	$(CARGO) build -p kfp-launcher --no-default-features --profile $(PROFILE) --target $(MUSL)
	KFP_CACHE=$(CACHE) PYTHON=$(PYTHON) KFP_WEED_GOMEMLIMIT= LAUNCHER=$(TARGET_DIR)/$(MUSL)/$(PROFILE)/launcher \
	  bash $(SERVICES)/with-seaweedfs.sh bash e2e/bench/transfer.sh
	$(MAKE) --no-print-directory bench-overhead
	$(MAKE) --no-print-directory bench-driver
	$(MAKE) --no-print-directory bench-local
	$(MAKE) --no-print-directory bench-task-overhead
	$(MAKE) --no-print-directory bench-load
	$(MAKE) --no-print-directory bench-plugin

## Driver calls as `driver` processes vs plugin requests to one `driver
## serve`, on `everything` and a ParallelFor of 100, interleaved; serve's
## RSS under 50 requests at once; rewrites its section. KFP_BENCH_ROUNDS (3).
bench-plugin: services venv-kfp
	$(CARGO) build --release -p kfp-driver
	KFP_CACHE=$(CACHE) PYTHON=$(PYTHON) KFP_VENV=$(KFP_VENV) CARGO="$(CARGO)" \
	  bash $(SERVICES)/with-seaweedfs.sh bash $(SERVICES)/with-mlmd.sh $(PYTHON) e2e/bench/plugin.py

## Load on one MLMD engine: BENCH_LAUNCHERS (200) launchers publishing at
## once, BENCH_DRIVERS (50) drivers resolving a Collected input at width
## BENCH_WIDTH (1000) at once; rewrites its section.
bench-load: services
	$(CARGO) build --release -p kfp-launcher
	KFP_CACHE=$(CACHE) PYTHON=$(PYTHON) CARGO="$(CARGO)" bash $(SERVICES)/with-mlmd.sh sh -c \
	  '"$$KFP_MLMD_PYTHON" e2e/bench/load.py "$(TARGET_DIR)/release/launcher"'

## Per-task overhead of driver + launcher for a `true` step, through the
## real binaries against MLMD and SeaweedFS, by phase; rewrites its section.
## KFP_BENCH_ROUNDS (4).
bench-task-overhead: services venv-kfp
	$(CARGO) build --release -p kfp-driver
	KFP_CACHE=$(CACHE) PYTHON=$(PYTHON) KFP_VENV=$(KFP_VENV) CARGO="$(CARGO)" \
	  bash $(SERVICES)/with-seaweedfs.sh bash $(SERVICES)/with-mlmd.sh $(PYTHON) e2e/bench/task_overhead.py

## Whole local runs, launcher vs the KFP SDK's kfp.local, side by side on
## e2e/pipelines/whole/{chain3,fanout8}.yaml; rewrites its section.
## BENCH_REPEAT (3).
bench-local: venv-kfp
	$(CARGO) build --release -p kfp-launcher
	LAUNCHER="$(TARGET_DIR)/release/launcher" $(KFP_VENV)/bin/python e2e/bench/local_runs.py

## Driver round trips and time of a dsl.Collected input at ParallelFor
## widths 10, 100, 1000, against the real MLMD engine; rewrites its section.
bench-driver: services
	KFP_CACHE=$(CACHE) PYTHON=$(PYTHON) CARGO="$(CARGO)" bash $(SERVICES)/with-mlmd.sh $(PYTHON) e2e/bench/driver_scale.py

## Launcher overhead per task and MLMD round trips, against the real MLMD
## engine; rewrites its section of BENCHMARKS.md. BENCH_TASKS (30).
bench-overhead: services
	$(CARGO) build --release -p kfp-launcher
	KFP_CACHE=$(CACHE) PYTHON=$(PYTHON) bash $(SERVICES)/with-mlmd.sh sh -c \
	  '"$$KFP_MLMD_PYTHON" e2e/bench/overhead.py "$(TARGET_DIR)/release/launcher"'

## Fuzzing (libFuzzer through cargo fuzz, stable toolchain, no sanitizer)
## of every parser of outside input: fuzz/fuzz_targets. The corpus lives in
## $(CACHE)/fuzz-corpus/<target>, seeded by fuzz/seeds.py from our pipelines
## and KFP's fixtures (read from ../shared, not copied); a crash is written
## to $(CACHE)/fuzz-artifacts/<target>/ and fails the run (fuzz/run.sh).
## `make test` runs each target FUZZ_SMOKE_SECONDS, built with fuzz/'s dev
## profile (opt-level 1, incremental: a change rebuilds in seconds, where
## the optimized build took 6.5 min on one core); `make fuzz` runs each
## FUZZ_SECONDS (600) optimized (-O).
FUZZ_TARGETS       := flags executor_io ir_yaml bucket cel fingerprint placeholder
FUZZ_SECONDS       ?= 600
FUZZ_SMOKE_SECONDS ?= 8
FUZZ_TARGET_DIR    := $(CACHE)/target-fuzz
FUZZ_BUILD         ?= --dev
FUZZ_BIN            = $(FUZZ_TARGET_DIR)/x86_64-unknown-linux-gnu/$(if $(filter -O,$(FUZZ_BUILD)),release,debug)
fuzz-build:
	@command -v cargo-fuzz >/dev/null || $(CARGO) install cargo-fuzz --locked
	CARGO_TARGET_DIR=$(FUZZ_TARGET_DIR) $(CARGO) fuzz build --fuzz-dir fuzz --sanitizer none $(FUZZ_BUILD)
	$(PYTHON) fuzz/seeds.py $(CACHE)/fuzz-corpus $(if $(wildcard ../shared/fixtures/kfp/ir),--fixtures ../shared/fixtures/kfp/ir)
fuzz-smoke: fuzz-build
	bash fuzz/run.sh $(FUZZ_BIN) $(CACHE) $(FUZZ_SMOKE_SECONDS) $(FUZZ_TARGETS)
fuzz:
	$(MAKE) fuzz-smoke FUZZ_BUILD=-O FUZZ_SMOKE_SECONDS=$(FUZZ_SECONDS)

## Every pipeline of KFP's own test corpus (../shared/fixtures/kfp/ir) run
## whole with `launcher local run`; rewrites CONFORMANCE.md. Python steps get
## a virtualenv with the kfp they were compiled with, $(CACHE)/venv-kfp-V,
## made on first use (e2e/conformance/corpus.py).
conformance: venv-kfp
	$(CARGO) build -p kfp-launcher
	KFP_REQUIRE_SERVICES=1 KFP_VENV=$(KFP_VENV) KFP_PLACEHOLDER_CASES=50000 \
	  $(CARGO) test -p kfp-common --features test-util --test placeholder_oracle
	KFP_CACHE=$(CACHE) $(PYTHON) e2e/conformance/corpus.py --python $(PYTHON) --launcher $(TARGET_DIR)/debug/launcher

## The reliability matrix, every cell (e2e/chaos: faults x phases through
## the real binaries, MLMD engine and SeaweedFS; about 4 minutes on 2 cores);
## rewrites RELIABILITY.md. `make test` runs its quick cells.
chaos: venv-kfp services
	$(CARGO) build --workspace --all-features --bins
	KFP_REQUIRE_SERVICES=1 KFP_CHAOS=all KFP_CHAOS_REPORT=$(CURDIR)/RELIABILITY.md \
	  KFP_CACHE=$(CACHE) PYTHON=$(PYTHON) KFP_VENV=$(KFP_VENV) bash $(SERVICES)/with-seaweedfs.sh \
	  bash $(SERVICES)/with-mlmd.sh $(CARGO) test -p kfp-chaos --all-features --test matrix -- --nocapture

clean:
	$(CARGO) clean

# The pod images, their smoke test and the deployment manifests' check.
include images/images.mk
