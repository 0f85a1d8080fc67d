"""GET /api/v1/export.ndjson: the JSON export's nodes and edges, one per line, streamed from
one read transaction in batches, and an end line that says the reader has everything.

What goes wrong after the first line cannot change the status (200 is sent by then), so it
is the last line instead; these tests end a real transaction midway to see it.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from app.api.routes.export import rest_of
from graph.queries.export import stream_export
from graph.store.driver import Graph, GraphUnavailable, QueryTimedOut
from graph.store.settings import GraphSettings

NDJSON = "/api/v1/export.ndjson"
Terminate = Callable[[str], None]
SLOW_TAIL = "UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n"


@pytest.fixture
def api(client: TestClient, seeded_graph: Driver, anonymous_reads: None) -> TestClient:
    return client


def parse(body: bytes) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """Node objects, edge objects, and every other line, in order."""
    nodes: list[dict[str, Any]] = []
    edges: list[dict[str, Any]] = []
    others: list[dict[str, Any]] = []
    for line in body.splitlines():
        item = json.loads(line)
        if "node" in item:
            nodes.append(item["node"])
        elif "edge" in item:
            edges.append(item["edge"])
        else:
            others.append(item)
    return nodes, edges, others


@pytest.mark.parametrize(
    "params",
    [{}, {"types": "Country,Event"}, {"focus": "FR", "depth": 1}, {"focus": "IQ", "limit": 3}],
    ids=["whole-graph", "types", "focus", "focus-truncated"],
)
def test_ndjson_holds_the_json_exports_nodes_and_edges_in_its_order_then_an_end_line(
    api: TestClient, params: dict[str, Any]
) -> None:
    exported = api.get("/api/v1/export.json", params=params).json()
    response = api.get(NDJSON, params=params)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/x-ndjson"
    assert "etag" not in response.headers  # not known before the body is sent
    nodes, edges, others = parse(response.content)
    assert nodes and nodes == exported["nodes"]
    assert edges == exported["edges"]
    truncated = exported["truncated"]
    assert others == [{"end": {"nodes": len(nodes), "edges": len(edges), "truncated": truncated}}]
    assert response.headers["x-truncated"] == ("true" if truncated else "false")


def test_the_truncated_focus_case_is_truncated(api: TestClient) -> None:
    """So that the parametrised test above covers both values of `truncated`."""
    *_, others = parse(api.get(NDJSON, params={"focus": "IQ", "limit": 3}).content)
    assert others[-1]["end"]["truncated"] is True


@pytest.mark.parametrize(
    ("params", "argument"),
    [({"types": "Nation"}, "types"), ({"depth": 9}, "depth"), ({"limit": 0}, "limit"),
     ({"focus": ","}, "focus"), ({"focus": "FR", "depth": 7}, "depth"),
     ({"focus": "no-such-node"}, "focus")],
)  # fmt: skip
def test_a_bad_parameter_is_a_400_before_any_line(
    api: TestClient, params: dict[str, Any], argument: str
) -> None:
    response = api.get(NDJSON, params=params)
    assert response.status_code == 400
    assert response.json()["argument"] == argument


async def test_batches_of_any_size_give_the_same_lines(
    seeded_graph: Driver, graph_settings: GraphSettings
) -> None:
    graph = Graph(graph_settings)
    try:
        statements: list[tuple[str, dict[str, Any]]] = [
            ("MATCH (c:Country) RETURN c.id AS id ORDER BY id", {}),
            ("MATCH (r:Region) RETURN r.id AS id ORDER BY id", {}),
        ]
        batches = [(index, rows) async for index, rows in graph.stream("t", statements, 2)]
        assert all(1 <= len(rows) <= 2 for _, rows in batches)
        assert [index for index, _ in batches] == sorted(index for index, _ in batches)
        records, _, _ = seeded_graph.execute_query(
            "RETURN COLLECT { MATCH (c:Country) RETURN c.id ORDER BY c.id } + "
            "COLLECT { MATCH (r:Region) RETURN r.id ORDER BY r.id } AS ids"
        )
        assert [row["id"] for _, rows in batches for row in rows] == records[0]["ids"]
        small = [line async for line in stream_export(graph, batch=3)]
        large = [line async for line in stream_export(graph)]
        assert b"".join(small) == b"".join(large)
        assert len(small) > len(large)
    finally:
        await graph.close()


async def test_an_export_neo4j_ends_midway_says_so_in_its_last_line_and_has_no_end_line(
    seeded_graph: Driver,
    graph_settings: GraphSettings,
    terminate: Terminate,
    caplog: pytest.LogCaptureFixture,
) -> None:
    graph = Graph(graph_settings)
    try:
        lines = stream_export(graph, batch=2)
        first = await anext(lines)  # the first two nodes; the rest wait in Neo4j
        terminate("currentQuery CONTAINS 'citations'")
        with caplog.at_level(logging.WARNING, logger="commitgraph.api"):
            body = b"".join([line async for line in rest_of(first, lines, "GET /export")])
        nodes, edges, others = parse(body)
        assert len(nodes) >= 2 and edges == []
        [last] = others
        assert last["error"] == "unavailable", last
        assert last["reason"].startswith("Neo4j ended the transaction before it finished"), last
        assert "applied" not in last["reason"]  # a read applies nothing either way
        assert "GET /export broke off after its first line" in caplog.text
        # the driver is whole: the next question is answered
        assert await graph.read("after", "RETURN 1 AS one") == [{"one": 1}]
    finally:
        await graph.close()


async def test_a_stream_past_the_export_timeout_is_a_timeout(
    seeded_graph: Driver, graph_settings: GraphSettings
) -> None:
    """The export's own budget bounds the stream, not the per-request one."""
    settings = graph_settings.model_copy(
        update={"neo4j_export_timeout": 0.5, "neo4j_transaction_timeout": 60.0}
    )
    graph = Graph(settings)
    try:
        with pytest.raises(QueryTimedOut) as caught:
            async for _ in graph.stream("slow", [(SLOW_TAIL, {})]):
                pass
        assert "0.5 s" in str(caught.value)
        assert isinstance(caught.value, GraphUnavailable)
    finally:
        await graph.close()


def test_a_whole_graph_past_the_buffered_limit_is_refused_at_once_pointing_to_ndjson(
    api: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not built for the whole transaction timeout only to answer that Neo4j was too slow."""
    whole = api.get("/api/v1/export.json").json()
    nodes, edges = len(whole["nodes"]), len(whole["edges"])
    monkeypatch.setattr("graph.queries.export.MAX_BUFFERED", nodes + edges - 1)
    for path in ("/api/v1/export.json", "/api/v1/export.graphml", "/api/v1/export.csv"):
        response = api.get(path)
        assert response.status_code == 400, path
        body = response.json()
        assert body["argument"] == "focus"
        assert f"holds {nodes} nodes and {edges} relationships" in body["reason"]
        assert "/api/v1/export.ndjson" in body["reason"]
    assert api.get("/api/v1/export.json", params={"types": "Country"}).status_code == 200
    assert api.get("/api/v1/export.json", params={"focus": "FR"}).status_code == 200
    *_, others = parse(api.get(NDJSON).content)
    assert others[-1]["end"] == {"nodes": nodes, "edges": edges, "truncated": False}
    monkeypatch.setattr("graph.queries.export.MAX_BUFFERED", nodes + edges)  # at the limit: built
    assert api.get("/api/v1/export.json").json() == whole


def test_an_empty_graph_exports_no_nodes_and_no_edges(
    client: TestClient, empty_graph: Driver, anonymous_reads: None
) -> None:
    assert client.get("/api/v1/export.json").json() == {
        "nodes": [],
        "edges": [],
        "truncated": False,
    }
    assert parse(client.get(NDJSON).content) == (
        [],
        [],
        [{"end": {"nodes": 0, "edges": 0, "truncated": False}}],
    )
