# Two set-up commands for a fresh machine: `make demo` runs the main job, `make test` the tests.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/arcbatt card --count 32 --seed 7 --out battery.py
	$(BIN)/arcbatt run --timing -c 32 -b battery.py --store arcbatt-store

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks

test: lint
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) arcbatt-store .pytest_cache .ruff_cache .hypothesis
