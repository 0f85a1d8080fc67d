"""The API starts and answers /healthz at once when Neo4j is not there, and says so on /readyz."""

from __future__ import annotations

import socket
import time

from fastapi.testclient import TestClient

from app.main import create_app
from graph.store.settings import GraphSettings


def test_the_api_serves_at_once_when_neo4j_is_away_at_start(graph_settings: GraphSettings) -> None:
    with socket.socket() as probe:  # a port where nothing listens: connections are refused
        probe.bind(("127.0.0.1", 0))
        nowhere = f"bolt://127.0.0.1:{probe.getsockname()[1]}"
    away = graph_settings.model_copy(update={"neo4j_uri": nowhere})
    started = time.monotonic()
    # Waiting for Neo4j before serving took at least 7.5 s here: five attempts, 0.5 + 1 + 2
    # + 4 s apart.
    with TestClient(create_app(away)) as client:
        healthz = client.get("/healthz")
        waited = time.monotonic() - started
        readyz = client.get("/readyz")
    assert healthz.status_code == 200
    assert waited < 5, f"/healthz answered {waited:.1f} s after start"
    assert readyz.status_code == 503 and "Neo4j" in readyz.json()["reason"]
