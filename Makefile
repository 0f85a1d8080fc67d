# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run test lint format neo4j-start neo4j-stop clean vendor constraints

setup: $(STAMP)

$(STAMP): pyproject.toml tools/pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]' -e ./tools -c constraints.txt
	touch $(STAMP)

## local Neo4j (fetched from Maven Central on first use), schema and seed, API on :8000
## (reads without an API key allowed here; writes and /metrics still need a key)
run: export ANONYMOUS_READS ?= true
run: setup
	$(BIN)/commitgraph neo4j start
	$(BIN)/commitgraph load
	$(BIN)/commitgraph serve

## the whole suite against a real Neo4j, which the tests start and stop themselves
test: setup
	$(BIN)/pytest

## ruff (lint and format) and mypy, over the packages and the tests; `commitgraph check` over
## cypher/, the data model's rules for every Cypher file (docs/DATA-TEAM.md)
lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy app graph tests
	$(BIN)/commitgraph check

format: setup
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

## refresh the explorer's vendored JavaScript from the npm registry (versions pinned in web/);
## the copies in app/static/vendor are committed, so the page and CI need no npm
vendor:
	cd web && npm ci --no-audit --no-fund
	cp web/node_modules/cytoscape/dist/cytoscape.min.js app/static/vendor/cytoscape.min.js
	cp web/node_modules/cytoscape/LICENSE app/static/vendor/cytoscape.LICENSE

neo4j-start: setup
	$(BIN)/commitgraph neo4j start

neo4j-stop: setup
	$(BIN)/commitgraph neo4j stop

## refresh constraints.txt with the newest versions pyproject.toml allows (in a scratch venv);
## run make lint and make test on the result before committing it
constraints:
	rm -rf .venv-constraints
	$(PYTHON) -m venv .venv-constraints
	.venv-constraints/bin/pip install --quiet --upgrade pip
	.venv-constraints/bin/pip install --quiet -e '.[dev]' -e ./tools
	grep '^#' constraints.txt > constraints.new
	.venv-constraints/bin/pip freeze --exclude-editable >> constraints.new
	mv constraints.new constraints.txt
	rm -rf .venv-constraints
	rm -f $(STAMP)

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
