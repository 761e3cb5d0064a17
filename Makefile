# Two set-up commands for a fresh machine (see README): `make demo` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev
CORPUS := examples/basra2008
DEMO_DB := demo/sitroom.duckdb

.PHONY: demo test install dev clean data

$(BIN)/python:
	@$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), "sitroom needs Python 3.11"'
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml requirements.lock
	$(BIN)/pip install --quiet -c requirements.lock -e .
	@touch $@

$(DEVSTAMP): $(STAMP)
	$(BIN)/pip install --quiet -c requirements.lock -e ".[dev]"
	@touch $@

install: $(STAMP)

dev: $(DEVSTAMP)

demo: $(STAMP)
	@mkdir -p demo
	@rm -f $(DEMO_DB)
	$(BIN)/sitroom run $(CORPUS) --db $(DEMO_DB)
	$(BIN)/sitroom report --db $(DEMO_DB) --place Basra --sides $(CORPUS)/sides.json --html demo/report.html

test: $(DEVSTAMP)
	$(BIN)/python -m pytest

# Rebuild the shipped knowledge files from their sources in ../shared (not needed to run).
data: $(DEVSTAMP)
	$(BIN)/python scripts/build_code_tables.py
	$(BIN)/python scripts/build_verb_patterns.py
	$(BIN)/python scripts/build_actor_dictionaries.py
	$(BIN)/python scripts/build_gazetteer.py

clean:
	rm -rf $(VENV) demo build .pytest_cache
