"""An editor's change when the connection to Neo4j is lost in the middle of it.

The app reaches Neo4j through a loopback relay (tests/support/relay.py) that cuts every
connection when the change's statement goes by. Cut before the commit, nothing reached Neo4j
and the driver sends the change again: it applies once. Cut after the commit was sent, Neo4j
applied it but the answer never came back: the editor is told that nobody knows whether it
applied, and to read it back, instead of being told that it failed.
"""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from app.main import create_app
from graph.store.settings import GraphSettings
from tests.support.relay import CuttableRelay, RelayFactory

SOURCE = "oic-summit-day1-press-release"
CITE = f'citation: {{source: "{SOURCE}", quote: "A communique was issued"}}'
#: A piece of upsertInitiative's Cypher (graph/queries/curation.py) that no other query has.
UPSERT_INITIATIVE = "MERGE (i:Initiative {id: $id})"


def _upsert_through(
    neo4j: CuttableRelay, graph_settings: GraphSettings, editor_key: str, initiative: str
) -> tuple[int, dict[str, Any]]:
    """upsertInitiative sent with an editor key to an app that reaches Neo4j via the relay."""
    through = graph_settings.model_copy(update={"neo4j_uri": neo4j.uri})
    document = (
        f'mutation {{ upsertInitiative(input: {{id: "{initiative}", name: "Cut off", '
        f'summary: "S", kind: "agreement", {CITE}}}) {{ id }} }}'
    )
    with TestClient(create_app(through)) as client:
        response = client.post(
            "/graphql",
            json={"query": document},
            headers={"Authorization": f"Bearer {editor_key}"},
        )
    return response.status_code, response.json()


def _audits(driver: Driver, graph_settings: GraphSettings, initiative: str) -> list[int]:
    """How many audit records each initiative with that id has: [] when there is none."""
    records, _, _ = driver.execute_query(
        "MATCH (i:Initiative {id: $id}) RETURN COUNT { (:Change)-[:CHANGED]->(i) } AS audits",
        id=initiative,
        database_=graph_settings.neo4j_database,
    )
    return [record["audits"] for record in records]


@pytest.mark.writes
def test_a_change_cut_off_after_its_commit_was_sent_says_it_may_have_applied_and_it_did(
    seeded_graph: Driver, relay: RelayFactory, graph_settings: GraphSettings, editor_key: str
) -> None:
    neo4j = relay(UPSERT_INITIATIVE, comes_back=True, at_commit=True)

    status, body = _upsert_through(neo4j, graph_settings, editor_key, "cut-at-commit")

    assert neo4j.was_cut.is_set()
    assert status == 503, body
    [error] = body["errors"]
    assert error["extensions"]["code"] == "SERVICE_UNAVAILABLE"
    assert error["extensions"]["applied"] == "unknown"
    assert "may or may not have been applied" in error["message"]
    assert "read it back" in error["message"]
    assert _audits(seeded_graph, graph_settings, "cut-at-commit") == [1]  # the COMMIT arrived


@pytest.mark.writes
def test_a_change_cut_off_before_its_commit_is_sent_again_and_applies_once(
    seeded_graph: Driver, relay: RelayFactory, graph_settings: GraphSettings, editor_key: str
) -> None:
    neo4j = relay(UPSERT_INITIATIVE, comes_back=True)

    status, body = _upsert_through(neo4j, graph_settings, editor_key, "cut-before-commit")

    assert neo4j.was_cut.is_set()
    assert status == 200, body
    assert "errors" not in body
    assert body["data"]["upsertInitiative"] == {"id": "cut-before-commit"}
    assert _audits(seeded_graph, graph_settings, "cut-before-commit") == [1]
