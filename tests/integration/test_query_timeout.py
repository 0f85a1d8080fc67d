"""A query Neo4j ends at the transaction timeout. Neo4j is up and the request was too heavy,
so the client is told to ask for less (504, `TIMEOUT`) rather than to retry shortly as when
Neo4j is away (503, `Retry-After`), and a write that ran out of time leaves nothing behind,
including a curator's change that waited on data another write (a long load) held.

Neo4j checks its transactions' timeouts every two seconds or so, so each slow query here
runs for that long whatever the limit; the limit is short so that it is the one that ends it.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from app.main import create_app
from graph.queries import nodes, paths
from graph.store.driver import Graph, GraphUnavailable, QueryTimedOut
from graph.store.settings import GraphSettings

LIMIT_S = 0.5
# Two billion rows of nothing: long enough for any limit a test sets, cheap to cut short.
SLOW_TAIL = "UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n"


@pytest.fixture
def impatient(graph_settings: GraphSettings) -> GraphSettings:
    return graph_settings.model_copy(update={"neo4j_transaction_timeout": LIMIT_S})


async def test_a_read_past_the_timeout_says_to_ask_for_less_and_the_next_read_is_served(
    seeded_graph: Driver, impatient: GraphSettings
) -> None:
    graph = Graph(impatient)
    try:
        with pytest.raises(QueryTimedOut) as caught:
            await graph.read("slow", SLOW_TAIL)
        message = str(caught.value)
        assert "took longer than 0.5 s" in message and "ask for less" in message, message
        assert "slow" in caught.value.for_operators  # the operators learn which query it was
        assert isinstance(caught.value, GraphUnavailable)  # code that only knows 503 still copes
        assert await graph.read("quick", "RETURN 1 AS one") == [{"one": 1}]
    finally:
        await graph.close()


async def test_a_write_past_the_timeout_is_rolled_back_whole_and_says_so(
    seeded_graph: Driver,
    impatient: GraphSettings,
    fingerprint: Callable[[], Any],
) -> None:
    before = fingerprint()
    graph = Graph(impatient)
    try:
        with pytest.raises(QueryTimedOut, match="was not applied"):
            await graph.write(
                "slow_write",
                "CREATE (:Topic {id: 'written-before-the-timeout'}) WITH 1 AS one " + SLOW_TAIL,
            )
    finally:
        await graph.close()
    assert fingerprint() == before


def test_graphql_and_rest_answer_504_saying_what_to_do_and_log_one_warning_each(
    seeded_graph: Driver,
    impatient: GraphSettings,
    anonymous_reads: None,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The seed answers every real question in milliseconds; these stand in for a question
    # heavy enough to meet the limit, through the same read, resolver and route.
    monkeypatch.setattr(paths, "SHORTEST_PATH", SLOW_TAIL)
    monkeypatch.setattr(nodes, "NODE_DETAILS", SLOW_TAIL)
    caplog.set_level(logging.INFO)
    with TestClient(create_app(impatient)) as client:
        graphql = client.post(
            "/graphql", json={"query": '{ shortestPath(from: "VN", to: "IQ") { length } }'}
        )
        rest = client.get("/api/v1/nodes/FR")

    assert graphql.status_code == 504, graphql.text
    error = graphql.json()["errors"][0]
    assert error["extensions"]["code"] == "TIMEOUT"
    assert "took longer than 0.5 s" in error["message"] and "ask for less" in error["message"]
    assert rest.status_code == 504, rest.text
    assert rest.json()["error"] == "timeout" and "ask for less" in rest.json()["reason"]
    assert "retry-after" not in rest.headers  # retrying the same request soon would not help
    assert "UNWIND" not in graphql.text + rest.text  # no Cypher reaches a client

    loud = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert [(r.levelno, r.exc_info) for r in loud] == [(logging.WARNING, None)] * 2, [
        r.getMessage() for r in loud
    ]
    graphql_line, rest_line = (r.getMessage() for r in loud)
    assert "shortestPath" in graphql_line and "TIMEOUT" in graphql_line, graphql_line
    assert "shortest_path" in graphql_line, graphql_line  # which query, for the operators
    assert "/api/v1/nodes/FR" in rest_line and "node_details" in rest_line, rest_line


CHANGE = (
    'mutation { addParticipation(input: {initiative: "oic-summit-communique", actor: "FR", '
    'role: PARTNER, citation: {source: "oic-summit-day1-press-release", '
    'quote: "A communique was issued"}}) { id } }'
)


@contextmanager
def another_writer_holding_the_initiative(driver: Driver, database: str) -> Iterator[None]:
    """A write (a long load, say) holding the initiative CHANGE writes to, until the block
    ends; it then rolls back, so it changes nothing itself."""
    with driver.session(database=database) as session:
        holder = session.begin_transaction()
        holder.run("MATCH (i:Initiative {id: 'oic-summit-communique'}) SET i.name = i.name")
        try:
            yield
        finally:
            holder.rollback()


def _post_change(settings: GraphSettings, editor_key: str) -> tuple[int, dict[str, Any]]:
    with TestClient(create_app(settings)) as client:
        response = client.post(
            "/graphql", json={"query": CHANGE}, headers={"Authorization": f"Bearer {editor_key}"}
        )
    return response.status_code, response.json()


def test_a_change_that_waits_on_a_held_lock_past_the_timeout_answers_504_and_writes_nothing(
    seeded_graph: Driver,
    impatient: GraphSettings,
    editor_key: str,
    fingerprint: Callable[[], Any],
) -> None:
    before = fingerprint()
    with another_writer_holding_the_initiative(seeded_graph, impatient.neo4j_database):
        status, body = _post_change(impatient, editor_key)
    assert status == 504, body
    (error,) = body["errors"]
    assert error["extensions"]["code"] == "TIMEOUT"
    assert "was not applied" in error["message"], error["message"]
    assert fingerprint() == before


def test_a_change_an_operator_terminates_answers_503_and_writes_nothing(
    seeded_graph: Driver,
    graph_settings: GraphSettings,
    editor_key: str,
    fingerprint: Callable[[], Any],
    terminate: Callable[[str], None],
) -> None:
    """Ended well before the timeout: not the question's fault, so not 504; 503 says to try
    again, which will work once the operator's reason is gone."""
    before = fingerprint()
    database = graph_settings.neo4j_database
    with another_writer_holding_the_initiative(seeded_graph, database):
        operator = threading.Thread(target=terminate, args=("status STARTS WITH 'Blocked'",))
        operator.start()
        started = time.monotonic()
        status, body = _post_change(graph_settings, editor_key)
        operator.join()
    assert time.monotonic() - started < graph_settings.neo4j_transaction_timeout
    assert status == 503, body
    assert body["errors"][0]["extensions"]["code"] == "SERVICE_UNAVAILABLE"
    assert fingerprint() == before
