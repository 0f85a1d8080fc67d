"""What the service's log says about failed requests: an operator reads ERROR as "the service
failed", so a client's mistake stays out of it, an unexpected failure is there once with its
traceback, and Neo4j's absence is one WARNING that says why."""

from __future__ import annotations

import logging
import time
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from app.graphql.error_codes import UNEXPECTED
from app.main import create_app
from graph.queries import paths
from graph.store.settings import GraphSettings
from tests.support.fixture_types import Gql
from tests.support.relay import RelayFactory

CLIENT_MISTAKES = [
    "{ country(id: ",  # not GraphQL
    '{ country(id: "FR") { nam } }',  # not in the schema
    '{ shortestPath(from: "FR", to: "IQ", maxHops: 11) { length } }',  # a bad argument
    'query($d: Date!) { stalledCommitments(event: "oic-summit", since: $d) { id } }',
]


def _until_found(caplog: pytest.LogCaptureFixture) -> None:
    deadline = time.monotonic() + 30
    while not any(r.getMessage() == "neo4j reachable" for r in caplog.records):
        assert time.monotonic() < deadline, "the app never logged that it found Neo4j"
        time.sleep(0.05)


def _loud(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.levelno >= logging.WARNING]


@pytest.mark.parametrize("query", CLIENT_MISTAKES)
def test_a_clients_mistake_is_answered_but_not_logged_as_a_failure(
    gql: Gql, caplog: pytest.LogCaptureFixture, query: str
) -> None:
    variables = {"d": "not a date"} if "$d" in query else None
    status, body = gql(query, variables)
    assert status < 500 and body["errors"], body
    assert body["errors"][0]["extensions"]["code"] in {
        "GRAPHQL_PARSE_FAILED",
        "GRAPHQL_VALIDATION_FAILED",
        "BAD_USER_INPUT",
    }
    assert _loud(caplog) == [], [r.getMessage() for r in _loud(caplog)]


def test_an_unexpected_failure_is_logged_once_with_its_traceback_and_hidden_from_the_client(
    gql: Gql, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("internal detail: MATCH (secret)")

    monkeypatch.setattr(paths, "shortest_path", broken)
    _, body = gql('{ shortestPath(from: "VN", to: "IQ") { length } }')
    assert body["errors"][0]["extensions"]["code"] == "INTERNAL_SERVER_ERROR"
    assert body["errors"][0]["message"] == UNEXPECTED
    assert "secret" not in str(body)
    loud = _loud(caplog)
    assert [r.levelno for r in loud] == [logging.ERROR], [r.getMessage() for r in loud]
    assert loud[0].exc_info is not None and "MATCH (secret)" in str(loud[0].exc_info[1])


def test_neo4j_away_is_one_warning_per_request_naming_why_and_no_client_learns_where_it_is(
    caplog: pytest.LogCaptureFixture,
    relay: RelayFactory,
    graph_settings: GraphSettings,
    seeded_graph: Driver,
    anonymous_reads: None,
) -> None:
    """The app reaches Neo4j through a relay that goes away (connections closed, new ones
    refused, as from a stopped server): the address the app knows Neo4j by is the relay's."""
    neo4j = relay()
    where = urlsplit(neo4j.uri).netloc  # 127.0.0.1:<the relay's port>
    hasty = graph_settings.model_copy(update={"neo4j_uri": neo4j.uri, "neo4j_max_retry_time": 0.5})
    caplog.set_level(logging.INFO, logger="graph.store.driver")
    with TestClient(create_app(hasty)) as client:
        _until_found(caplog)  # the app's start-up look for Neo4j, done before Neo4j goes
        neo4j.go_away()
        caplog.clear()
        graphql = client.post("/graphql", json={"query": '{ country(id: "FR") { name } }'})
        rest = client.get("/api/v1/nodes/FR")
    body = graphql.json()
    assert graphql.status_code == 503
    assert body["errors"][0]["extensions"]["code"] == "SERVICE_UNAVAILABLE"
    assert rest.status_code == 503 and rest.json()["reason"] == "Neo4j is unavailable"
    assert where not in graphql.text and where not in rest.text
    ours = [r for r in _loud(caplog) if r.name.startswith("commitgraph")]
    assert [(r.levelno, r.exc_info) for r in ours] == [(logging.WARNING, None)] * 2, [
        r.getMessage() for r in ours
    ]
    graphql_line, rest_line = (r.getMessage() for r in ours)
    assert "country" in graphql_line and where in graphql_line, graphql_line
    assert "/api/v1/nodes/FR" in rest_line and where in rest_line, rest_line
    assert not [r for r in _loud(caplog) if r.levelno >= logging.ERROR]
