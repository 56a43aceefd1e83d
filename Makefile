# Thin targets; CI calls them as they are (.ci/run).
SHELL := /bin/bash
.DEFAULT_GOAL := generate

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
UV_VERSION := 0.13.8
LOCK := requirements/dev.lock
# uv must use the interpreter we name and never download one.
export UV_PYTHON_DOWNLOADS := never
export PATH := $(abspath $(BIN)):$(PATH)

.PHONY: install generate update-specs replay check lint typecheck test demo fuzz reliability conformance bench bench-resource lock clean

$(BIN)/.installed: $(LOCK) pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet uv==$(UV_VERSION)
	$(BIN)/uv pip sync --quiet --python $(BIN)/python $(LOCK)
	$(BIN)/uv pip install --quiet --python $(BIN)/python --no-deps --no-build-isolation -e .
	touch $@

## install: create .venv with exactly the locked versions.
install: $(BIN)/.installed

## lock: re-resolve requirements/dev.lock from pyproject.toml (network).
lock: $(BIN)/.installed
	$(BIN)/uv pip compile pyproject.toml --extra dev --extra sim --extra bench --generate-hashes \
		--python-version 3.11 --no-header --quiet -o $(LOCK)

## generate: validate the specs, apply the overlay, regenerate every generated package, write the sync twins.
generate: $(BIN)/.installed
	$(BIN)/python scripts/generate.py
	$(BIN)/python scripts/unasync.py

## update-specs: pull the live ElevenLabs spec (or SPEC=file), regenerate all or nothing, report (commits nothing):
##   make update-specs [SPEC=openapi.json] [ORIGIN=url] [MIRROR=owner/repo@commit] [PUBLISHED=YYYY-MM-DD]
##                     [REPORT=r.md] [REPORT_JSON=r.json] [FAIL_ON=breaking]
update-specs: $(BIN)/.installed
	$(BIN)/python scripts/update_specs.py $(if $(SPEC),--spec "$(SPEC)") $(if $(PUBLISHED),--published "$(PUBLISHED)") \
		$(if $(ORIGIN),--origin "$(ORIGIN)") $(if $(MIRROR),--mirror "$(MIRROR)") \
		$(if $(REPORT),--report "$(REPORT)") $(if $(REPORT_JSON),--report-json "$(REPORT_JSON)") \
		$(if $(FAIL_ON),--fail-on "$(FAIL_ON)")

## replay: make update-specs over the whole real ElevenLabs history (../shared/upstream), one step on top of the other, in a scratch clone (slow; make test runs a subset).
replay: $(BIN)/.installed
	DUBKIT_REPLAY=full $(BIN)/pytest tests/scripts/test_replay.py -q

## lint / typecheck / check: ruff on hand-written code, the sync twins against their async source, mypy --strict.
lint: $(BIN)/.installed
	$(BIN)/ruff check overlays scripts tests benchmarks
	$(BIN)/ruff format --check overlays scripts tests benchmarks
	$(BIN)/python scripts/unasync.py --check

typecheck: $(BIN)/.installed
	$(BIN)/mypy

check: lint typecheck

## test: lint, type-check, then the whole offline suite.
test: check
	$(BIN)/pytest

## demo: dub the bundled sample with both providers against the simulator (no key, no network).
demo: $(BIN)/.installed
	$(BIN)/python scripts/demo.py

## fuzz: the long schemathesis runs of the simulator against both specs, then the clients' parsing fuzzed far longer (not part of `make test`).
fuzz: $(BIN)/.installed
	DUBKIT_FUZZ_EXAMPLES=$${DUBKIT_FUZZ_EXAMPLES:-1000} DUBKIT_FUZZ_STEPS=$${DUBKIT_FUZZ_STEPS:-50} \
		$(BIN)/pytest tests/sim/test_conformance.py -q
	DUBKIT_FUZZ_EXAMPLES=$${DUBKIT_FUZZ_EXAMPLES:-1000} $(BIN)/pytest tests/fuzz -q

## reliability: 1,000 create → wait → download flows, both providers, sync and async, against random faults; prints the figures.
reliability: $(BIN)/.installed
	DUBKIT_RELIABILITY_FLOWS=$${DUBKIT_RELIABILITY_FLOWS:-1000} $(BIN)/pytest tests/reliability -q

## conformance: check a real API against our spec, read-only, never in CI: KEY=... make conformance PROVIDER=elevenlabs BASE_URL=https://api.elevenlabs.io
conformance: $(BIN)/.installed
	@test -n "$(PROVIDER)" && test -n "$(BASE_URL)" || { echo "usage: KEY=<key> make conformance PROVIDER=elevenlabs|dubformer BASE_URL=https://... [CONFORMANCE_ARGS='--json report.json --id name=value']" >&2; exit 2; }
	$(BIN)/python scripts/conformance.py --provider $(PROVIDER) --base-url $(BASE_URL) --key-env KEY $(CONFORMANCE_ARGS)

## bench: every benchmark side by side with its baseline (raw httpx, the official SDK), one table + bench-results.json; BENCH_ARGS=--smoke for tiny sizes.
bench: $(BIN)/.installed
	$(BIN)/python benchmarks/run.py $(BENCH_ARGS)

## bench-resource: GET a 5,000-segment, 3-language dubbing resource through each client vs raw httpx + json.
bench-resource: $(BIN)/.installed
	$(BIN)/python benchmarks/resource_get.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache demo-output
