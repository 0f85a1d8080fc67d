"""The API pointed at a Neo4j that refuses its settings (a user it does not know, a database
it does not have): every request is a clean 503, never a 500, and the operators' `/readyz`
and log name the setting to fix, while clients learn nothing of it.

A wrong user rather than a wrong password: Neo4j locks a user out for a few seconds after
repeated failed logins, and the rest of the suite logs in as `neo4j`.
"""

from __future__ import annotations

import logging
import time

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from app.main import create_app
from graph.store.settings import GraphSettings

REFUSED = [
    pytest.param({"neo4j_user": "nobody"}, "NEO4J_USER", id="unknown-user"),
    pytest.param({"neo4j_database": "nosuchdb"}, "NEO4J_DATABASE", id="no-such-database"),
]


@pytest.mark.parametrize(("update", "setting"), REFUSED)
def test_settings_neo4j_refuses_answer_503_and_tell_the_operators_which_to_fix(
    seeded_graph: Driver,
    graph_settings: GraphSettings,
    anonymous_reads: None,
    caplog: pytest.LogCaptureFixture,
    update: dict[str, str],
    setting: str,
) -> None:
    caplog.set_level(logging.INFO)
    with TestClient(create_app(graph_settings.model_copy(update=update))) as client:
        ready = client.get("/readyz")
        rest = client.get("/api/v1/nodes/FR")
        graphql = client.post("/graphql", json={"query": '{ country(id: "FR") { name } }'})

    assert ready.status_code == 503 and setting in ready.json()["reason"], ready.text
    assert rest.status_code == 503 and rest.json()["reason"] == "Neo4j is unavailable"
    assert graphql.status_code == 503, graphql.text
    assert graphql.json()["errors"][0]["extensions"]["code"] == "SERVICE_UNAVAILABLE"
    assert setting not in rest.text + graphql.text

    assert not [r for r in caplog.records if r.exc_info], "a traceback was logged"
    ours = [r for r in caplog.records if r.name.startswith("commitgraph")]
    assert [r.levelno for r in ours] == [logging.WARNING] * 2, [r.getMessage() for r in ours]
    assert all(setting in r.getMessage() for r in ours), [r.getMessage() for r in ours]


def test_refused_credentials_end_the_start_up_look_at_once_with_one_error(
    seeded_graph: Driver, graph_settings: GraphSettings, caplog: pytest.LogCaptureFixture
) -> None:
    """Retrying a refused login only brings Neo4j's lock-out of repeated failures nearer."""
    caplog.set_level(logging.INFO, logger="graph.store.driver")
    with TestClient(create_app(graph_settings.model_copy(update={"neo4j_user": "nobody"}))):
        deadline = time.monotonic() + 20
        while not [r for r in caplog.records if r.levelno == logging.ERROR]:
            assert time.monotonic() < deadline, "the start-up look logged no ERROR"
            time.sleep(0.05)
        time.sleep(1.0)  # a retry would come 0.5 s after the first attempt
    looked = [(r.levelno, r.getMessage()) for r in caplog.records]
    assert len(looked) == 1, looked
    assert "refused the credentials of NEO4J_USER 'nobody'" in looked[0][1], looked
