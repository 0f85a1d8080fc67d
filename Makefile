# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run test lint format neo4j-start neo4j-stop clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

## local Neo4j (fetched from Maven Central on first use), schema and seed, API on :8000
run: setup
	$(BIN)/commitgraph neo4j start
	$(BIN)/commitgraph load
	$(BIN)/commitgraph serve

## the whole suite against a real Neo4j, which the tests start and stop themselves
test: setup
	$(BIN)/pytest

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: setup
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

neo4j-start: setup
	$(BIN)/commitgraph neo4j start

neo4j-stop: setup
	$(BIN)/commitgraph neo4j stop

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
