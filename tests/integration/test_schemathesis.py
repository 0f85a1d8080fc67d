"""Property-based requests from the served schemas: whatever a client sends, never a 5xx.

schemathesis reads `/openapi.json` and the GraphQL schema (by introspection) from a real
uvicorn serving the seeded graph, generates requests for every operation (valid ones and,
for REST, invalid ones too) and checks one property: `not_a_server_error`, which for
GraphQL also means no error that is not a refusal (an error with a path and no refusal
code is a resolver failure, even under HTTP 200).

Bounded and repeatable: at most 25 examples per operation, derandomized, no example
database, so a run does the same requests every time and takes well under a minute.
Reads run as the anonymous reader; mutations with an editor key, on a graph the next test
reloads.
"""

from __future__ import annotations

from typing import Any

import hypothesis
import pytest
import schemathesis
from hypothesis import HealthCheck
from neo4j import Driver
from schemathesis import BaseSchema, GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.core.result import Ok

EXAMPLES = 25

SETTINGS = hypothesis.settings(
    max_examples=EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    print_blob=False,
)


def _config() -> schemathesis.Config:
    return schemathesis.Config(seed=7)


@pytest.fixture
def openapi(live_server: str, seeded_graph: Driver, anonymous_reads: None) -> BaseSchema:
    return schemathesis.openapi.from_url(f"{live_server}/openapi.json", config=_config())


@pytest.fixture
def graphql(live_server: str, seeded_graph: Driver, anonymous_reads: None) -> BaseSchema:
    return schemathesis.graphql.from_url(f"{live_server}/graphql", config=_config())


@pytest.fixture
def graphql_as_editor(live_server: str, seeded_graph: Driver, editor_key: str) -> BaseSchema:
    return schemathesis.graphql.from_url(
        f"{live_server}/graphql",
        config=_config(),
        headers={"Authorization": f"Bearer {editor_key}"},
    )


def _exercise(schema: schemathesis.BaseSchema, **call: Any) -> None:
    """Up to EXAMPLES cases per operation and generation mode; report every failing one.

    Each operation gets its own Hypothesis run (so a failure in one does not hide the
    others); schemathesis' own pytest plugin does the same, but needs pytest's private
    `_nodeid`, which pytest 9.2 no longer has.
    """
    failures: list[str] = []
    operations = 0
    for result in schema.get_all_operations():
        assert isinstance(result, Ok), result.err()  # the schema itself loaded
        operation = result.ok()
        operations += 1
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):

            @SETTINGS
            @hypothesis.given(case=operation.as_strategy(generation_mode=mode))
            def run(case: schemathesis.Case[Any]) -> None:
                case.call_and_validate(checks=[not_a_server_error], timeout=30, **call)

            try:
                run()
            except hypothesis.errors.Unsatisfiable:
                # an operation without parameters has no invalid variant to generate
                if mode == GenerationMode.POSITIVE:
                    failures.append(f"{operation.label}: no valid request could be generated")
            except Exception as error:
                failures.append(f"{operation.label} ({mode.value}): {error}")
    assert operations > 0
    assert not failures, "\n\n".join(failures)


def test_no_rest_request_gets_a_server_error(openapi: schemathesis.BaseSchema) -> None:
    _exercise(openapi)


def test_no_graphql_query_gets_a_server_error(graphql: schemathesis.BaseSchema) -> None:
    _exercise(graphql.include(name_regex=r"^Query\."))


@pytest.mark.writes
def test_no_graphql_mutation_by_an_editor_gets_a_server_error(
    graphql_as_editor: schemathesis.BaseSchema, editor_key: str
) -> None:
    headers = {"Authorization": f"Bearer {editor_key}"}
    _exercise(graphql_as_editor.include(name_regex=r"^Mutation\."), headers=headers)
