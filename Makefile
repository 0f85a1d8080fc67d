# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run test test-unit test-integration test-system lint format neo4j-start neo4j-stop \
	clean vendor constraints

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

## the whole suite against a real Neo4j, which the tests start and stop themselves: two
## workers (pytest-xdist, a file at a time each, in the order tests/conftest.py gives: the
## long system files first), each with a Neo4j of its own
TEST_WORKERS ?= 2
test: setup
	$(BIN)/pytest -n $(TEST_WORKERS) --dist loadfile --no-loadscope-reorder

## the tiers one by one: unit needs no Neo4j (seconds); integration runs in this process
## against the real Neo4j; system runs commands, servers and browsers as subprocesses
test-unit: setup
	$(BIN)/pytest tests/unit

test-integration: setup
	$(BIN)/pytest tests/integration

test-system: setup
	$(BIN)/pytest tests/system

## ruff (lint and format), mypy in strict mode over the packages, the tests and the tooling,
## and `commitgraph check` over cypher/: the data model's rules for every Cypher file
## (docs/DATA-TEAM.md)
lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy app graph tests tools/commitgraph_tools
	$(BIN)/commitgraph check

format: setup
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

## refresh the vendored browser libraries from the npm registry (versions pinned in web/):
## Cytoscape.js for the explorer, React, GraphiQL and its explorer plugin for /graphql, and
## Swagger UI for /docs. The copies in app/static/vendor are committed, so no page needs a CDN
## and CI needs no npm. No package's install scripts run.
NPM_DIR := web/node_modules
VENDOR := app/static/vendor
vendor:
	cd web && npm ci --no-audit --no-fund --ignore-scripts
	cp $(NPM_DIR)/cytoscape/dist/cytoscape.min.js $(VENDOR)/cytoscape.min.js
	cp $(NPM_DIR)/cytoscape/LICENSE $(VENDOR)/cytoscape.LICENSE
	cp $(NPM_DIR)/react/umd/react.production.min.js $(VENDOR)/react.production.min.js
	cp $(NPM_DIR)/react/LICENSE $(VENDOR)/react.LICENSE
	cp $(NPM_DIR)/react-dom/umd/react-dom.production.min.js $(VENDOR)/react-dom.production.min.js
	cp $(NPM_DIR)/react-dom/LICENSE $(VENDOR)/react-dom.LICENSE
	cp $(NPM_DIR)/graphiql/graphiql.min.js $(VENDOR)/graphiql.min.js
	cp $(NPM_DIR)/graphiql/graphiql.min.css $(VENDOR)/graphiql.min.css
	cp $(NPM_DIR)/graphiql/LICENSE $(VENDOR)/graphiql.LICENSE
	cp $(NPM_DIR)/@graphiql/plugin-explorer/dist/index.umd.js $(VENDOR)/graphiql-plugin-explorer.umd.js
	cp $(NPM_DIR)/@graphiql/plugin-explorer/dist/style.css $(VENDOR)/graphiql-plugin-explorer.css
	# the plugin ships no LICENSE file: it is MIT from GraphiQL's repository, and it bundles
	# graphiql-explorer (MIT), whose licence it does ship
	cp $(NPM_DIR)/graphiql/LICENSE $(VENDOR)/graphiql-plugin-explorer.LICENSE
	cp $(NPM_DIR)/@graphiql/plugin-explorer/node_modules/graphiql-explorer/LICENSE \
		$(VENDOR)/graphiql-explorer.LICENSE
	cp $(NPM_DIR)/swagger-ui-dist/swagger-ui-bundle.js $(VENDOR)/swagger-ui-bundle.js
	cp $(NPM_DIR)/swagger-ui-dist/swagger-ui.css $(VENDOR)/swagger-ui.css
	cp $(NPM_DIR)/swagger-ui-dist/LICENSE $(VENDOR)/swagger-ui.LICENSE
	cp $(NPM_DIR)/swagger-ui-dist/NOTICE $(VENDOR)/swagger-ui.NOTICE

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
