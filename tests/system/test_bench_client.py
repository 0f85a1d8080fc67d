"""The bench's HTTP client (`commitgraph_tools.bench.LeanClient`) asks what it is told and reads it whole.

Its timings are the GraphQL side of every benchmark figure, so a client that dropped a
query string, a header or part of a body would measure a different question.
"""

from __future__ import annotations

import socket

import httpx
from commitgraph_tools.bench import LeanClient
from neo4j import Driver


def test_a_get_keeps_its_query_string_and_a_gzipped_answer_reads_as_the_server_sent_it(
    live_server: str, seeded_graph: Driver, anonymous_reads: None
) -> None:
    network = "/api/v1/network?focus=VN&focus=IQ&depth=2"
    expected = httpx.get(f"{live_server}{network}", timeout=30)
    with LeanClient(live_server, timeout=30) as client:
        answer = client.get(network)
        search = client.get("/api/v1/search?q=vietnam")
    assert expected.headers["content-encoding"] == "gzip"  # large enough to be compressed
    assert answer.status_code == 200
    assert answer.json() == expected.json()
    assert search.status_code == 200
    # the corpus's UK-Vietnam work may rank beside the country; the client reads every hit
    assert "VN" in [hit["id"] for hit in search.json()["hits"]]


def test_a_post_sends_its_headers_and_json_body(
    live_server: str, seeded_graph: Driver, reader_key: str
) -> None:
    query = {"query": 'query { country(id: "VN") { name } }'}
    with LeanClient(live_server, timeout=30) as client:
        refused = client.post("/graphql", query)
        answered = client.post("/graphql", query, headers={"Authorization": f"Bearer {reader_key}"})
    assert refused.status_code == 401
    assert answered.status_code == 200
    assert answered.json() == {"data": {"country": {"name": "Vietnam"}}}


def test_a_connection_the_server_dropped_is_reopened_once(
    live_server: str, anonymous_reads: None
) -> None:
    with LeanClient(live_server, timeout=30) as client:
        assert client.get("/healthz").status_code == 200
        assert client._socket is not None
        client._socket.shutdown(socket.SHUT_RDWR)
        again = client.get("/healthz")
    assert again.status_code == 200
    assert again.json() == {"status": "ok"}
