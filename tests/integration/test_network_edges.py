"""The edges of a drawn network: every relationship among its nodes, whatever its type.

The network looks for edges from the cheaper end of each relationship type it knows
(graph/queries/network.py `INWARD`, `OUTWARD`); these tests hold it to what plain Cypher finds
among the same nodes, and check that a type it does not know is still drawn.
"""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from graph.queries.network import INWARD, OUTWARD, PROVENANCE, RECORD_LINKS
from tests.support.fixture_types import Gql

NETWORK_QUERY = """
query($focus: [ID!]!, $depth: Int, $limit: Int) {
  network(focus: $focus, depth: $depth, limit: $limit) {
    truncated nodes { id } edges { source target type role }
  }
}"""


def drawn(gql: Gql, focus: list[str], depth: int, limit: int) -> dict[str, Any]:
    status, body = gql(NETWORK_QUERY, {"focus": focus, "depth": depth, "limit": limit})
    assert status == 200 and "errors" not in body, body
    answer: dict[str, Any] = body["data"]["network"]
    return answer


def relationships_among(driver: Driver, ids: list[str]) -> list[tuple[str, str, str, str]]:
    """Every link between two of the nodes `ids`, provenance aside, by plain Cypher: a link
    that several sources state (one relationship each) is one edge."""
    records, _, _ = driver.execute_query(
        "MATCH (a)-[r]->(b) WHERE a.id IN $ids AND b.id IN $ids AND NOT r:EVIDENCED_BY "
        "AND NOT a:Source AND NOT b:Source "
        "RETURN DISTINCT a.id AS source, b.id AS target, type(r) AS type, r.role AS role",
        ids=ids,
    )
    return sorted((r["source"], r["target"], r["type"], r["role"] or "") for r in records)


def as_tuples(edges: list[dict[str, Any]]) -> list[tuple[str, str, str, str]]:
    return sorted((e["source"], e["target"], e["type"], e["role"] or "") for e in edges)


@pytest.mark.parametrize(("focus", "depth", "limit"), [(["FR"], 2, 2000), (["FR"], 2, 15),
                                                       (["IQ", "VN"], 2, 40), (["GB"], 1, 8)])  # fmt: skip
def test_every_relationship_among_the_drawn_nodes_is_an_edge(
    gql: Gql, driver: Driver, focus: list[str], depth: int, limit: int
) -> None:
    network = drawn(gql, focus, depth, limit)
    ids = [n["id"] for n in network["nodes"]]
    assert network["edges"], "the case should draw some edges"
    assert as_tuples(network["edges"]) == relationships_among(driver, ids)


def test_rest_draws_the_same_edges_as_plain_cypher(
    client: TestClient, seeded_graph: Driver, anonymous_reads: None, driver: Driver
) -> None:
    response = client.get("/api/v1/network", params={"focus": "FR", "depth": 2, "limit": 20})
    assert response.status_code == 200
    elements = response.json()["elements"]
    ids = [n["data"]["id"] for n in elements["nodes"]]
    edges = [e["data"] for e in elements["edges"]]
    assert as_tuples(edges) == relationships_among(driver, ids)


def test_a_relationship_type_the_model_does_not_list_is_still_drawn(
    gql: Gql, driver: Driver
) -> None:
    driver.execute_query(
        "MATCH (fr:Country {id: 'FR'}), (iq:Country {id: 'IQ'}) "
        "CREATE (iq)-[:COOPERATES_WITH {role: 'partner'}]->(fr)"
    )
    try:
        network = drawn(gql, ["FR"], 1, 2000)
        assert ("IQ", "FR", "COOPERATES_WITH", "partner") in as_tuples(network["edges"])
        assert as_tuples(network["edges"]) == relationships_among(
            driver, [n["id"] for n in network["nodes"]]
        )
    finally:  # put the seed back as it was, so the next test needs no reload
        driver.execute_query("MATCH ()-[r:COOPERATES_WITH]->() DELETE r")


def test_the_seed_uses_only_relationship_types_the_network_lists(seeded_graph: Driver) -> None:
    """An unlisted type is drawn too, but by walking every relationship of every drawn node:
    a type added to the model belongs in `INWARD` or `OUTWARD`."""
    records, _, _ = seeded_graph.execute_query(
        "MATCH ()-[r]->() RETURN collect(DISTINCT type(r)) AS types"
    )
    assert set(records[0]["types"]) <= {*INWARD, *OUTWARD, PROVENANCE, *RECORD_LINKS}


def test_a_link_several_sources_state_is_drawn_once_with_every_citation(
    client: TestClient, seeded_graph: Driver, anonymous_reads: None, driver: Driver
) -> None:
    records, _, _ = driver.execute_query(
        "MATCH (a)-[r:PARTICIPATES_IN]->(i) WITH a, i, r.role AS role, collect(r) AS rs "
        "WHERE size(rs) > 1 RETURN a.id AS actor, i.id AS initiative, role, "
        "[r IN rs | r.source] AS sources ORDER BY actor, initiative LIMIT 1"
    )
    assert records, "the corpus should state some participation twice"
    actor, initiative, role, sources = records[0].values()
    response = client.get("/api/v1/network", params={"focus": initiative, "limit": 2000})
    assert response.status_code == 200
    drawn = [
        e["data"]
        for e in response.json()["elements"]["edges"]
        if (e["data"]["source"], e["data"]["target"], e["data"]["role"])
        == (actor, initiative, role)
    ]
    assert len(drawn) == 1
    cited = [c["source"] for c in drawn[0]["properties"]["citations"]]
    assert sorted(cited) == sorted(sources)
