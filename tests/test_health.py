"""The API tells orchestrators whether it is alive and whether Neo4j answers."""

from __future__ import annotations

from fastapi.testclient import TestClient

from graph.local_neo4j import LocalNeo4j


def test_healthz_answers_without_touching_neo4j(client: TestClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_readyz_follows_neo4j_down_and_back_without_restarting_the_api(
    client: TestClient, local_neo4j: LocalNeo4j | None
) -> None:
    assert client.get("/readyz").status_code == 200
    if local_neo4j is None:
        return  # an external NEO4J_URI is not ours to stop
    local_neo4j.stop()
    try:
        down = client.get("/readyz")
        assert down.status_code == 503
        assert down.json()["status"] == "unavailable"
        assert "Neo4j" in down.json()["reason"]
    finally:
        local_neo4j.start()
    assert client.get("/readyz").status_code == 200
