# Thin targets; CI calls them as they are (.ci/run).
SHELL := /bin/bash
.DEFAULT_GOAL := generate

PYTHON ?= python3
# Another interpreter gets its own venv: make install test-core PYTHON=/path/to/python3.12 VENV=.venv-3.12
VENV ?= .venv
BIN := $(VENV)/bin
UV_VERSION := 0.13.8
LOCK := requirements/dev.lock
DIST_VENV := .venv-dist
DOCS_CONFIG ?= mkdocs.yml
SITE_DIR ?= site
# What test-core runs: everything a user's code touches (clients, dub_file, simulator, CLI, plugin, docs examples).
CORE_TESTS := tests/dubkit tests/elevenlabs tests/sim tests/cli tests/security tests/test_readme.py tests/test_docs.py \
	tests/test_missing_extras.py
# uv must use the interpreter we name and never download one.
export UV_PYTHON_DOWNLOADS := never
export PATH := $(abspath $(BIN)):$(PATH)

.PHONY: install generate update-specs replay check lint typecheck test test-core docs dist dist-check demo fuzz reliability \
	conformance bench bench-resource lock clean

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
	$(BIN)/uv pip compile pyproject.toml --extra dev --extra sim --extra bench --extra docs --generate-hashes \
		--python-version 3.11 --no-header --quiet -o $(LOCK)

## generate: validate the specs, apply the overlay, regenerate every generated package, write the wrappers from
##   their declarations (specs/wrappers), then their sync twins.
generate: $(BIN)/.installed
	$(BIN)/python scripts/generate.py
	$(BIN)/python scripts/wrappers.py
	$(BIN)/python scripts/unasync.py

## update-specs: pull the live ElevenLabs spec (or SPEC=file), regenerate all or nothing, report (commits nothing):
##   make update-specs [SPEC=openapi.json] [ORIGIN=url] [MIRROR=owner/repo@commit] [PUBLISHED=YYYY-MM-DD]
##                     [REPORT=r.md] [REPORT_JSON=r.json] [FAIL_ON=breaking]
update-specs: $(BIN)/.installed
	$(BIN)/python scripts/update_specs.py $(if $(SPEC),--spec "$(SPEC)") $(if $(PUBLISHED),--published "$(PUBLISHED)") \
		$(if $(ORIGIN),--origin "$(ORIGIN)") $(if $(MIRROR),--mirror "$(MIRROR)") \
		$(if $(REPORT),--report "$(REPORT)") $(if $(REPORT_JSON),--report-json "$(REPORT_JSON)") \
		$(if $(FAIL_ON),--fail-on "$(FAIL_ON)")

## replay: the real ElevenLabs history (../shared/upstream) as lived, then make update-specs back and forth from today's tree in a scratch clone (slow; make test runs a subset).
replay: $(BIN)/.installed
	DUBKIT_REPLAY=full $(BIN)/pytest tests/scripts/test_replay.py -q

## lint / typecheck / check: ruff on hand-written code, the sync twins against their async source, mypy --strict.
lint: $(BIN)/.installed
	$(BIN)/ruff check overlays scripts tests benchmarks
	$(BIN)/ruff format --check overlays scripts tests benchmarks
	$(BIN)/python scripts/wrappers.py --check
	$(BIN)/python scripts/unasync.py --check

typecheck: $(BIN)/.installed
	$(BIN)/mypy

check: lint typecheck

## test: lint, type-check, then the whole offline suite.
test: check
	$(BIN)/pytest

## test-core: the client, simulator and CLI tests alone (CI runs them on each further Python version).
test-core: $(BIN)/.installed
	$(BIN)/pytest $(CORE_TESTS) -q -p no:cacheprovider

## docs: build the documentation site into site/ (user guide, API reference, contributor guide); any warning fails.
docs: $(BIN)/.installed
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --config-file $(DOCS_CONFIG) --site-dir $(SITE_DIR)

## dist: build the wheel and the sdist into dist/ (the wheel is built from the sdist, so both are complete).
dist: $(BIN)/.installed
	rm -rf dist
	$(BIN)/uv build --quiet --python $(BIN)/python --no-build-isolation --out-dir dist

## dist-check: install the built wheel with its extras into a fresh venv, as a user would (network), and use it.
dist-check: dist
	rm -rf $(DIST_VENV)
	$(PYTHON) -m venv $(DIST_VENV)
	$(DIST_VENV)/bin/python -m pip install --quiet --disable-pip-version-check "$$(ls dist/*.whl)[cli,sim]"
	cd "$$(mktemp -d)" && $(abspath $(DIST_VENV))/bin/python $(abspath scripts/dist_check.py) $(abspath samples/hello.wav)

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
	rm -rf $(VENV) $(DIST_VENV) .pytest_cache .mypy_cache .ruff_cache demo-output site dist
