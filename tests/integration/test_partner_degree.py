"""The partnership degree each node keeps for the network's ranking stays true, and stays ours.

A capped network keeps the most linked nodes of each hop, and reads how linked a node is from
its stored `partnerDegree` rather than counting its links on every request. A stale count
would quietly change which nodes a frontend draws, so: `load` and every curation write leave
no node's count drifted, `commitgraph degrees --check` says when one has, and the count is
bookkeeping that no answer shows among a node's properties. Expected counts come from the
graph through plain Cypher, never from the code under test.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from graph.queries.degree import drift, refresh_all
from graph.store.settings import GraphSettings

ROOT = Path(__file__).resolve().parents[2]
PARTNERS = "Country|Region|Organisation|Official|Event|Initiative|FundingStream|Topic|Statement"
SOURCE = "oic-summit-day1-press-release"
CITE = f'citation: {{source: "{SOURCE}", quote: "A communique was issued"}}'


def links(driver: Driver, node_id: str) -> tuple[int, int]:
    """The node's stored degree, and its links to partnership nodes counted by hand: every
    relationship but provenance, records, progress and audit (a dated step's AT included)."""
    records, _, _ = driver.execute_query(
        f"MATCH (n:{PARTNERS} {{id: $id}}) "
        "RETURN n.partnerDegree AS stored, COUNT { (n)-[r]-(m) WHERE NOT type(r) IN "
        "['EVIDENCED_BY', 'HAS_PROGRESS', 'CHANGED', 'STEP_OF', 'INVOLVES', 'AMOUNT_OF'] "
        "AND NOT (type(r) = 'AT' AND m:Step) } AS counted",
        id=node_id,
    )
    (record,) = records
    return record["stored"], record["counted"]


def test_after_a_load_every_node_keeps_its_true_partnership_degree(
    seeded_graph: Driver, graph_settings: GraphSettings
) -> None:
    assert drift(seeded_graph, graph_settings.neo4j_database).drifted == 0
    stored, counted = links(seeded_graph, "FR")
    assert stored == counted > 0


@pytest.fixture
def edit(client: TestClient, seeded_graph: Driver, editor_key: str) -> Callable[[str], Any]:
    def run(query: str) -> Any:
        response = client.post(
            "/graphql", json={"query": query}, headers={"Authorization": f"Bearer {editor_key}"}
        )
        body = response.json()
        assert response.status_code == 200 and "errors" not in body, body
        return body["data"]

    return run


@pytest.mark.writes
def test_curation_writes_keep_the_degrees_of_the_nodes_they_link_true(
    edit: Callable[[str], Any], seeded_graph: Driver, graph_settings: GraphSettings
) -> None:
    before = links(seeded_graph, "FR")[1]
    edit(
        'mutation { upsertInitiative(input: {id: "returns-agreement", name: "Returns", '
        f'summary: "S", kind: "agreement", {CITE}}}) {{ id }} }}'
    )
    assert links(seeded_graph, "returns-agreement") == (0, 0)
    edit(
        'mutation { addParticipation(input: {initiative: "returns-agreement", actor: "FR", '
        f"role: PARTNER, {CITE}}}) {{ id }} }}"
    )
    edit(
        'mutation { recordFunding(input: {id: "fr-fund", name: "F", amount: 5000000, '
        'currency: "EUR", funders: ["FR"], initiatives: ["returns-agreement"], '
        f'regions: ["europe"], {CITE}}}) {{ id }} }}'
    )
    assert links(seeded_graph, "FR") == (before + 2, before + 2)
    assert links(seeded_graph, "returns-agreement") == (2, 2)
    assert links(seeded_graph, "fr-fund") == (3, 3)
    assert drift(seeded_graph, graph_settings.neo4j_database).drifted == 0


@pytest.mark.writes
def test_a_drifted_degree_is_named_by_the_check_and_set_by_commitgraph_degrees(
    seeded_graph: Driver, graph_settings: GraphSettings
) -> None:
    database = graph_settings.neo4j_database
    seeded_graph.execute_query(
        "MATCH (n:Country {id: 'FR'}) SET n.partnerDegree = -1", database_=database
    )
    found = drift(seeded_graph, database)
    assert found.drifted == 1 and found.examples == ["FR"]
    env = {**os.environ, "NEO4J_URI": graph_settings.uri}
    check = subprocess.run(
        [sys.executable, "-m", "app.cli", "degrees", "--check"],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert check.returncode == 1, check.stdout + check.stderr
    said = " ".join((check.stdout + check.stderr).split())
    assert "1 nodes' stored partnership degree" in said and "(e.g. FR)" in said
    assert refresh_all(seeded_graph, database) == 1
    assert drift(seeded_graph, database).drifted == 0
    stored, counted = links(seeded_graph, "FR")
    assert stored == counted


def test_no_answer_shows_the_stored_degree_among_a_nodes_properties(
    client: TestClient, seeded_graph: Driver, anonymous_reads: None
) -> None:
    details = client.get("/api/v1/nodes/FR").json()
    network = client.get("/api/v1/network?focus=FR&depth=1").json()
    export = client.get("/api/v1/export.json").json()
    shown = [details["node"]["properties"]]
    shown += [n["data"].get("properties", n["data"]) for n in network["elements"]["nodes"]]
    shown += [n["properties"] for n in export["nodes"]]
    assert shown and all("partnerDegree" not in properties for properties in shown)
