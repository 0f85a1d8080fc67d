"""The network's size limit: at most `limit` nodes, the nearest first, and `truncated` to say so.

Expectations come from the graph through plain Cypher (`driver`) or from the uncapped answer,
never from the code under test.
"""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from graph.queries.network import DEFAULT_NODES, MAX_NODES
from tests.support.fixture_types import Gql

NETWORK_QUERY = """
query($focus: [ID!]!, $depth: Int, $limit: Int) {
  network(focus: $focus, depth: $depth, limit: $limit) {
    truncated nodes { id label type } edges { source target type role }
  }
}"""


@pytest.fixture
def api(client: TestClient, seeded_graph: Driver, anonymous_reads: None) -> TestClient:
    return client


def drawn(gql: Gql, focus: list[str], depth: int, limit: int | None = None) -> dict[str, Any]:
    variables: dict[str, Any] = {"focus": focus, "depth": depth}
    if limit is not None:
        variables["limit"] = limit
    status, body = gql(NETWORK_QUERY, variables)
    assert status == 200 and "errors" not in body, body
    answer: dict[str, Any] = body["data"]["network"]
    return answer


#: The labels of the partnership graph: provenance (sources), the records of a fact (dated
#: steps, amount claims), references and the ledger are neither walked nor drawn.
PARTNERS = (
    "Country|Region|Organisation|Official|Event|Initiative|FundingStream|Topic|Statement|Figure"
)


def hops_from(driver: Driver, focus: str) -> dict[str, int]:
    """Each partnership node's distance from `focus`, walking partnership nodes only."""
    records, _, _ = driver.execute_query(
        f"MATCH (f:{PARTNERS} {{id: $focus}}) "
        f"MATCH p = shortestPath((f)-[*0..3]-(n:{PARTNERS})) "
        f"WHERE all(x IN nodes(p) WHERE x:{PARTNERS}) "
        "RETURN n.id AS id, length(p) AS hops",
        focus=focus,
    )
    return {r["id"]: r["hops"] for r in records}


def test_a_network_within_its_limit_is_whole_and_says_so(gql: Gql, driver: Driver) -> None:
    whole = drawn(gql, ["FR"], 2, MAX_NODES)
    default = drawn(gql, ["FR"], 2)
    assert whole["truncated"] is False and default["truncated"] is False
    assert default == whole  # the seed's depth-2 network fits the default limit
    within_two = {i for i, hops in hops_from(driver, "FR").items() if hops <= 2}
    assert {n["id"] for n in whole["nodes"]} == within_two


def test_a_capped_network_keeps_the_nearest_nodes_and_the_edges_among_them(
    gql: Gql, driver: Driver
) -> None:
    hops = hops_from(driver, "FR")
    nearer = sum(1 for h in hops.values() if h <= 1)
    limit = nearer + 3  # all of depth 1, and three of depth 2
    capped = drawn(gql, ["FR"], 2, limit)
    ids = {n["id"] for n in capped["nodes"]}
    assert capped["truncated"] is True and len(ids) == limit
    assert {i for i, h in hops.items() if h <= 1} <= ids
    assert sum(1 for i in ids if hops[i] == 2) == 3
    whole = drawn(gql, ["FR"], 2, MAX_NODES)
    expected_edges = [e for e in whole["edges"] if e["source"] in ids and e["target"] in ids]
    assert capped["edges"] == expected_edges  # the induced subgraph, in the same order


@pytest.mark.parametrize("focus", ["FR", "GB"])
def test_at_the_same_distance_the_most_linked_nodes_come_first(
    gql: Gql, driver: Driver, focus: str
) -> None:
    """Linked in the partnership graph: a node's citations, dated steps, progress updates
    and audit records are not partners. Around GB, two pieces of joint work with five
    partners each were left out for nodes with four, which are cited from more passages."""
    hops = hops_from(driver, focus)
    depth_one = [i for i, h in hops.items() if h == 1]
    records, _, _ = driver.execute_query(
        f"UNWIND $ids AS id MATCH (n:{PARTNERS} {{id: id}}) "
        f"RETURN id, COUNT {{ (n)-[r]-(:{PARTNERS}) }} AS degree",
        ids=depth_one,
    )
    degree = {r["id"]: r["degree"] for r in records}
    kept = {n["id"] for n in drawn(gql, [focus], 1, 1 + 4)["nodes"]} - {focus}
    left_out = set(depth_one) - kept
    assert len(kept) == 4 and left_out
    assert min(degree[i] for i in kept) >= max(degree[i] for i in left_out), (kept, degree)


def test_limit_outside_its_range_is_a_bad_argument_named_limit(gql: Gql, api: TestClient) -> None:
    for limit in (0, MAX_NODES + 1):
        status, body = gql(NETWORK_QUERY, {"focus": ["FR"], "depth": 1, "limit": limit})
        assert status == 200 and body["data"] is None
        error = body["errors"][0]
        assert error["extensions"] == {"code": "BAD_USER_INPUT", "argument": "limit"}
        assert str(MAX_NODES) in error["message"]
        response = api.get("/api/v1/network", params={"focus": "FR", "limit": limit})
        assert response.status_code == 400 and "limit" in response.text


def test_rest_and_graphql_draw_the_same_capped_network(gql: Gql, api: TestClient) -> None:
    response = api.get("/api/v1/network", params={"focus": "FR", "depth": 2, "limit": 12})
    assert response.status_code == 200
    rest = response.json()
    graphql = drawn(gql, ["FR"], 2, 12)
    assert rest["truncated"] is graphql["truncated"] is True
    assert [n["data"]["id"] for n in rest["elements"]["nodes"]] == [
        n["id"] for n in graphql["nodes"]
    ]
    assert [(e["data"]["source"], e["data"]["target"]) for e in rest["elements"]["edges"]] == [
        (e["source"], e["target"]) for e in graphql["edges"]
    ]


def test_a_focused_export_says_when_it_was_cut(api: TestClient) -> None:
    cut = api.get("/api/v1/export.json", params={"focus": "FR", "depth": 2, "limit": 5})
    assert cut.status_code == 200 and cut.headers["x-truncated"] == "true"
    assert len(cut.json()["nodes"]) == 5 and cut.json()["truncated"] is True
    whole = api.get("/api/v1/export.json", params={"focus": "FR", "depth": 1})
    assert whole.headers["x-truncated"] == "false"
    assert len(whole.json()["nodes"]) < DEFAULT_NODES
