# exchange-sdk: `make` sets everything up and generates the SDK; `make test`; `make check`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat requirements-dev.txt generated/pyproject.toml 2>/dev/null | sha256sum | cut -c1-16)
LINT_PATHS := generator tests generated benchmarks demo

.PHONY: all setup generate test check lint types layers bench bench-http bench-killswitch demo clean diff openapi

all: generate

$(STAMP): requirements-dev.txt generated/pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e ./generated
	rm -f $(VENV)/.installed-* && touch $(STAMP)

setup: $(STAMP)

generate: setup
	$(PY) -m generator generate

test: setup
	$(PY) -m pytest tests generated/tests

lint: setup
	$(PY) -m ruff check $(LINT_PATHS)
	$(PY) -m ruff format --check $(LINT_PATHS)

# Each test folder is its own mypy run: they share module names (conftest, helpers) on purpose.
TEST_DIRS := $(sort $(dir $(wildcard tests/*/*.py)))
types: setup
	$(PY) -m mypy generator benchmarks demo
	set -e; for d in $(TEST_DIRS); do MYPYPATH=$$d $(PY) -m mypy $$d; done
	cd generated && MYPYPATH=tests ../$(PY) -m mypy exchange_sdk tests

check: setup
	$(PY) -m generator generate --check
	$(MAKE) --no-print-directory lint types layers

# The direction of imports in generator/ (tests/generator/test_layers.py says which).
layers: setup
	$(PY) -m pytest -q tests/generator/test_layers.py

# Spec review (docs/spec-review.md): `make diff BASE=main` compares the working tree with BASE.
BASE ?= main
DIFF_FORMAT ?= text
diff: setup
	$(PY) -m generator diff $(BASE) --format $(DIFF_FORMAT) $(if $(FAIL_ON),--fail-on $(FAIL_ON))

openapi: setup
	$(PY) -m generator openapi -o generated/openapi.json

# `make bench`: SDK vs hand-written floor vs CCXT, one table with the ratios (BENCH_ARGS=--uvloop,
# --quick, --json out.json, ...); `make bench-http`: the raw HTTP libraries the transport was chosen from.
bench: setup
	$(PY) benchmarks/sdk_calls.py $(BENCH_ARGS)

bench-http: setup
	$(PY) benchmarks/http_clients.py $(BENCH_ARGS)

# `make bench-killswitch`: panic latency over four exchanges vs the slowest single cancel, and
# the heartbeat's margin before expiry under injected latency (docs/killswitch.md).
bench-killswitch: setup
	$(PY) benchmarks/killswitch.py $(BENCH_ARGS)

# `make demo`: the kill switch end to end on the simulator (kill -9 of the bot, then a panic).
demo: setup
	$(PY) demo/demo.py

clean:
	rm -rf $(VENV) .cache .mypy_cache .ruff_cache
