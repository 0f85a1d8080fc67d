"""The API tells orchestrators whether it is alive and whether Neo4j answers."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import anyio.to_thread
import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from app.main import create_app
from graph.store.settings import GraphSettings
from tests.support.relay import RelayFactory


def test_healthz_answers_without_touching_neo4j(client: TestClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_readyz_follows_neo4j_unreachable_and_back_without_restarting_the_api(
    graph_settings: GraphSettings, relay: RelayFactory
) -> None:
    """The app reaches Neo4j through a relay that goes away (connections closed, new ones
    refused, as from a stopped server) and comes back on the same address."""
    neo4j = relay()
    # With a retry budget this long, a readiness check that retried would answer after 30 s.
    patient = graph_settings.model_copy(
        update={"neo4j_uri": neo4j.uri, "neo4j_max_retry_time": 30.0}
    )
    with TestClient(create_app(patient)) as client:
        assert client.get("/readyz").status_code == 200
        neo4j.go_away()
        try:
            started = time.monotonic()
            down = client.get("/readyz")
            waited = time.monotonic() - started
            assert down.status_code == 503
            assert waited < patient.neo4j_max_retry_time / 2, f"answered after {waited:.1f} s"
            assert down.json()["status"] == "unavailable"
            reason = down.json()["reason"]
            assert "Neo4j" in reason and "\n" not in reason, reason
        finally:
            neo4j.come_back()
        assert client.get("/readyz").status_code == 200


@contextmanager
def busy_thread_pool_for(client: TestClient) -> Iterator[None]:
    """The app's thread pool with every thread taken, as under a burst of blocking work."""
    portal = client.portal
    assert portal is not None
    limiter = portal.call(anyio.to_thread.current_default_thread_limiter)
    tokens, holder = limiter.total_tokens, object()
    portal.call(lambda: setattr(limiter, "total_tokens", 1))
    portal.call(limiter.acquire_on_behalf_of, holder)
    try:
        yield
    finally:
        portal.call(limiter.release_on_behalf_of, holder)
        portal.call(lambda: setattr(limiter, "total_tokens", tokens))


@pytest.mark.parametrize(
    "path",
    [
        "/readyz",
        "/api/v1/nodes/VN",
        "/api/v1/nodes?type=Country",
        "/api/v1/search?q=viet",
        "/api/v1/network?focus=VN",
        "/api/v1/export.json",
        "/api/v1/export.ndjson",
        '/graphql?query={country(id:"VN"){name}}',
    ],
)
def test_reads_are_answered_while_the_thread_pool_is_busy(
    client: TestClient, seeded_graph: Driver, anonymous_reads: None, path: str
) -> None:
    # FastAPI runs a plain `def` dependency or route in its thread pool: a hop per request
    # (0.3-1.0 ms here, docs/BENCHMARKS.md fix 24) and a wait whenever the pool is busy.
    answers: list[int] = []
    request = threading.Thread(target=lambda: answers.append(client.get(path).status_code))
    with busy_thread_pool_for(client):
        request.start()
        request.join(timeout=10)
        served_while_busy = bool(answers)
    request.join()
    assert served_while_busy, f"{path} waited for the thread pool"
    assert answers == [200]
