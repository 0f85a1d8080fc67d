"""GET /api/v1/network and the query layer under it (network, shortest path), on the seed.

Expectations are read from the graph with plain Cypher through the `driver` fixture, or
come from the press release itself, never from the code under test.
"""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator
from typing import Any

import anyio
import pytest
from fastapi.testclient import TestClient
from httpx import Response
from neo4j import Driver

from app.main import create_app
from graph.models import plain
from graph.queries.paths import shortest_path, shortest_paths
from graph.store.driver import Graph
from graph.store.errors import BadInput
from graph.store.settings import GraphSettings
from tests.support.fixture_types import Gql

NETWORK = "/api/v1/network"
TRAINING = "iraq-fraudulent-document-training"
#: A valid ISO code of a country no document names.
ABSENT = "NZ"
#: The labels of the partnership graph, which a network walks and draws.
PARTNERS = (
    "Country|Region|Organisation|Official|Event|Initiative|FundingStream|Topic|Statement|Figure"
)


@pytest.fixture
def api(client: TestClient, seeded_graph: Driver, anonymous_reads: None) -> TestClient:
    return client


def elements(response: Response) -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]]]:
    assert response.status_code == 200, response.text
    body = response.json()["elements"]
    nodes = {n["data"]["id"]: n["data"] for n in body["nodes"]}
    return nodes, [e["data"] for e in body["edges"]]


def cypher_ids(driver: Driver, query: str, **params: object) -> set[str]:
    records, _, _ = driver.execute_query(query, params)
    return {r["id"] for r in records}


def test_france_and_iraq_at_depth_one_meet_in_the_document_training(api: TestClient) -> None:
    nodes, edges = elements(api.get(NETWORK, params={"focus": ["FR", "IQ"], "depth": 1}))
    assert {"FR", "IQ", TRAINING} <= nodes.keys()
    assert nodes["FR"] == {**nodes["FR"], "label": "France", "type": "Country", "focus": True}
    assert nodes[TRAINING]["type"] == "Initiative" and nodes[TRAINING]["focus"] is False
    roles = {(e["source"], e["type"], e["role"], e["target"]) for e in edges}
    assert ("FR", "PARTICIPATES_IN", "partner", TRAINING) in roles
    assert ("IQ", "PARTICIPATES_IN", "beneficiary", TRAINING) in roles
    for edge in edges:  # Cytoscape needs both ends drawn, and every edge carries its evidence
        assert edge["source"] in nodes and edge["target"] in nodes
        assert edge["label"] == (edge["role"] or edge["type"].replace("_", " ").lower())
        citations = edge["properties"]["citations"]
        assert citations and all(
            (c["basis"] == "DOCUMENT" and c["source"] and c["quote"])
            or (c["basis"] == "REFERENCE" and c["reference"])
            for c in citations
        ), edge


def test_depth_one_is_exactly_the_neighbours_cypher_finds(api: TestClient, driver: Driver) -> None:
    """Neighbours in the partnership graph: a source, a dated step or an amount claim is a
    record of a fact, not a partner. A link several sources state is one edge."""
    expected = cypher_ids(
        driver,
        f"MATCH (f:Country {{id: 'FR'}})-[r]-(m:{PARTNERS}) RETURN m.id AS id "
        "UNION RETURN 'FR' AS id",
    )
    nodes, edges = elements(api.get(NETWORK, params={"focus": "FR", "depth": 1}))
    assert set(nodes) == expected
    records, _, _ = driver.execute_query(
        f"MATCH (a:{PARTNERS})-[r]->(b:{PARTNERS}) WHERE a.id IN $ids AND b.id IN $ids "
        "RETURN count(DISTINCT [a.id, type(r), r.role, b.id]) AS n",
        ids=list(expected),
    )
    assert len(edges) == records[0]["n"]  # the induced subgraph: every link among them
    links = [(e["source"], e["type"], e["role"], e["target"]) for e in edges]
    assert len(links) == len(set(links))


def test_depth_zero_is_the_focus_and_the_edges_between_focus_nodes(api: TestClient) -> None:
    nodes, edges = elements(api.get(NETWORK, params={"focus": ["FR", "IQ"], "depth": 0}))
    assert set(nodes) == {"FR", "IQ"} and edges == []  # the text links them only through work
    nodes, edges = elements(api.get(NETWORK, params={"focus": ["FR", TRAINING], "depth": 0}))
    assert set(nodes) == {"FR", TRAINING}
    assert [(e["source"], e["role"], e["target"]) for e in edges] == [("FR", "partner", TRAINING)]


def test_a_deeper_network_is_a_superset(api: TestClient) -> None:
    sizes = []
    previous: set[str] = set()
    for depth in (0, 1, 2, 3):
        nodes, _ = elements(api.get(NETWORK, params={"focus": "VN", "depth": depth}))
        assert previous <= set(nodes)
        previous = set(nodes)
        sizes.append(len(nodes))
    assert sizes[0] == 1 and sizes[1] < sizes[2] < sizes[3]


def test_types_filter_the_answer_but_hops_still_pass_through_other_types(api: TestClient) -> None:
    # Vietnam and Iraq are two hops apart through the summit (an Event).
    nodes, edges = elements(
        api.get(NETWORK, params={"focus": "VN", "depth": 2, "types": "Country"})
    )
    assert {"VN", "IQ", "FR", "GB", "US"} <= set(nodes)
    assert {n["type"] for n in nodes.values()} == {"Country"}
    assert all(e["source"] in nodes and e["target"] in nodes for e in edges)
    both, _ = elements(
        api.get(NETWORK, params={"focus": ["FR"], "depth": 1, "types": ["Country,Initiative"]})
    )
    assert {n["type"] for n in both.values()} == {"Country", "Initiative"}


def test_provenance_and_the_ledger_are_never_part_of_the_network(
    api: TestClient, driver: Driver
) -> None:
    nodes, edges = elements(api.get(NETWORK, params={"focus": "GB", "depth": 3}))
    provenance = cypher_ids(
        driver, "MATCH (n) WHERE n:Source OR n:__Migration OR n:__MigrationLock RETURN n.id AS id"
    )
    assert not provenance & set(nodes)
    assert "Source" not in {n["type"] for n in nodes.values()}
    assert "EVIDENCED_BY" not in {e["type"] for e in edges}
    # Without the shared Source, three hops from the UK still do not reach every node.
    every = cypher_ids(
        driver, "MATCH (n) WHERE NOT n:Source AND n.id IS NOT NULL RETURN n.id AS id"
    )
    assert set(nodes) < every


def test_a_focus_id_no_node_has_is_refused_naming_it(api: TestClient) -> None:
    """An empty drawing for a mistyped id would read as "no partners"."""
    response = api.get(NETWORK, params={"focus": ["FR", "no-such-node", "nowhere"]})
    assert response.status_code == 400
    body = response.json()
    assert body["error"] == "bad_input" and body["argument"] == "focus"
    assert body["reason"] == (
        "no node of the partnership graph has the id 'no-such-node' or 'nowhere'"
    )


def test_a_focus_on_a_source_document_is_refused_as_outside_the_network(
    api: TestClient, driver: Driver
) -> None:
    sources = cypher_ids(driver, "MATCH (s:Source) RETURN s.id AS id")
    assert "oic-summit-day1-press-release" in sources and len(sources) > 1
    for source in sorted(sources):
        response = api.get(NETWORK, params={"focus": source})
        assert response.status_code == 400 and f"{source!r}" in response.json()["reason"]


def test_a_country_the_graph_does_not_hold_has_an_empty_network(api: TestClient) -> None:
    """As in every filter, a valid ISO code names a real country the graph may not hold yet."""
    nodes, edges = elements(api.get(NETWORK, params={"focus": ABSENT}))
    assert nodes == {} and edges == []
    alone, _ = elements(api.get(NETWORK, params={"focus": ["FR"]}))
    with_absent, _ = elements(api.get(NETWORK, params={"focus": ["FR", ABSENT]}))
    assert set(alone) == set(with_absent)


@pytest.mark.parametrize(
    ("params", "argument"),
    [
        ({"depth": 1}, "focus"),
        ({"focus": "FR", "depth": 4}, "depth"),
        ({"focus": "FR", "depth": -1}, "depth"),
        ({"focus": [f"id-{i}" for i in range(21)]}, "focus"),
        ({"focus": "FR", "types": "Country,Source"}, "types"),
        ({"focus": "FR", "types": "Contry"}, "types"),
    ],
)
def test_bad_parameters_get_400_naming_the_parameter(
    api: TestClient, params: dict[str, Any], argument: str
) -> None:
    response = api.get(NETWORK, params=params)
    assert response.status_code == 400
    body = response.json()
    assert body["error"] == "bad_input" and body["argument"] == argument and body["reason"]


def test_a_depth_that_is_not_a_number_gets_400_naming_it(api: TestClient) -> None:
    response = api.get(NETWORK, params={"focus": "FR", "depth": "deep"})
    assert response.status_code == 400
    assert response.json()["argument"] == "depth" and "'deep'" in response.json()["reason"]


@pytest.mark.writes
def test_every_stored_property_comes_out_with_dates_as_iso_text_and_points_as_coordinates(
    api: TestClient, driver: Driver
) -> None:
    """JSON has no date or point: a date is written as its ISO text and a point as its
    coordinates, never a 500, and every other property as it is stored."""
    driver.execute_query(
        "MATCH (c:Country {id: 'FR'}) SET c.since = date('2025-03-31'), "
        "c.checkedAt = datetime('2025-03-31T09:30:00Z'), c.at = point({x: 1.5, y: 2.5}), "
        "c.tags = ['b', 'a'], c.rank = 3"
    )
    records, _, _ = driver.execute_query("MATCH (c:Country {id: 'FR'}) RETURN properties(c) AS p")

    nodes, _ = elements(api.get(NETWORK, params={"focus": "FR", "depth": 0}))

    served = nodes["FR"]["properties"]
    # the stored partnership degree is the service's bookkeeping, never a served property
    stored = {k: v for k, v in records[0]["p"].items() if k != "partnerDegree"}
    assert served == plain(stored)
    assert served["since"] == "2025-03-31"
    assert served["checkedAt"].startswith("2025-03-31T09:30:00")
    assert served["at"] == [1.5, 2.5]
    assert served["tags"] == ["b", "a"] and served["rank"] == 3


def test_etag_and_cache_control_and_304_when_the_client_has_it(api: TestClient) -> None:
    first = api.get(NETWORK, params={"focus": "FR"})
    etag = first.headers["etag"]
    assert first.headers["cache-control"] == "public, max-age=60"
    again = api.get(NETWORK, params={"focus": "FR"})
    assert again.headers["etag"] == etag  # the same graph answers with the same bytes
    cached = api.get(NETWORK, params={"focus": "FR"}, headers={"If-None-Match": etag})
    assert cached.status_code == 304 and cached.content == b""
    assert cached.headers["etag"] == etag
    other = api.get(NETWORK, params={"focus": "IQ"}, headers={"If-None-Match": etag})
    assert other.status_code == 200 and other.headers["etag"] != etag


def test_large_answers_are_gzipped_and_small_ones_are_not(api: TestClient) -> None:
    big = api.get(NETWORK, params={"focus": "GB", "depth": 2}, headers={"Accept-Encoding": "gzip"})
    assert big.headers["content-encoding"] == "gzip"
    assert int(big.headers["content-length"]) < len(big.content)  # httpx decoded it for us
    small = api.get(NETWORK, params={"focus": "nope"}, headers={"Accept-Encoding": "gzip"})
    assert "content-encoding" not in small.headers


def test_reading_without_a_key_needs_anonymous_reads(
    client: TestClient, seeded_graph: Driver, reader_key: str
) -> None:
    # `reader_key` comes with anonymous reads off, as in production.
    assert client.get(NETWORK, params={"focus": "FR"}).status_code == 401
    keyed = client.get(
        NETWORK, params={"focus": "FR"}, headers={"Authorization": f"Bearer {reader_key}"}
    )
    assert keyed.status_code == 200
    assert keyed.headers["cache-control"].startswith("private")


def test_neo4j_down_is_503_with_a_json_reason(anonymous_reads: None) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings = GraphSettings(neo4j_uri=f"bolt://127.0.0.1:{port}", neo4j_max_retry_time=0.5)
    app = create_app(settings)
    app.state.graph = Graph(settings)  # no lifespan: it would wait for Neo4j to come up
    try:
        response = TestClient(app).get(NETWORK, params={"focus": "FR"})
    finally:
        anyio.run(app.state.graph.close)
    assert response.status_code == 503
    assert response.json()["error"] == "unavailable" and "Neo4j" in response.json()["reason"]


# --------------------------------------------------------------------------- shortest path


@pytest.fixture
async def graph(seeded_graph: Driver, graph_settings: GraphSettings) -> AsyncIterator[Graph]:
    connection = Graph(graph_settings)
    yield connection
    await connection.close()


async def test_vietnam_reaches_iraq_through_the_summit(graph: Graph) -> None:
    path = await shortest_path(graph, "VN", "IQ")
    assert path is not None and path["length"] == 2
    # UN M49 also has both in Asia: any of the shortest paths may come first
    every = await shortest_paths(graph, "VN", "IQ", first=50)
    assert [n["id"] for n in path["nodes"]] in [[n["id"] for n in p["nodes"]] for p in every]
    (summit,) = [
        p
        for p in every
        if [(e["source"], e["type"], e["role"], e["target"]) for e in p["edges"]]
        == [("VN", "ATTENDED", "ally", "oic-summit"), ("IQ", "ATTENDED", "ally", "oic-summit")]
    ]
    assert [n["type"] for n in summit["nodes"]] == ["Country", "Event", "Country"]


async def test_no_path_within_max_hops_is_none_and_a_node_reaches_itself(graph: Graph) -> None:
    assert await shortest_path(graph, "VN", "IQ", max_hops=1) is None
    assert await shortest_path(graph, "VN", ABSENT) is None  # a country the graph lacks
    itself = await shortest_path(graph, "VN", "VN")
    assert itself is not None and itself["length"] == 0
    assert [n["id"] for n in itself["nodes"]] == ["VN"]


async def test_a_path_never_goes_through_the_source_document(graph: Graph, driver: Driver) -> None:
    # Through a Source, Vietnam and the Kurdistan Region would be two hops apart.
    records, _, _ = driver.execute_query(
        "MATCH (:Country {id: 'VN'})-[:EVIDENCED_BY]->(s:Source)"
        "<-[:EVIDENCED_BY]-(:Region {id: 'kurdistan-region-of-iraq'}) "
        "RETURN collect(DISTINCT s.id) AS ids"
    )
    assert "oic-summit-day1-press-release" in records[0]["ids"]
    path = await shortest_path(graph, "VN", "kurdistan-region-of-iraq")
    assert path is not None and path["length"] == 3
    assert "Source" not in {n["type"] for n in path["nodes"]}
    every = await shortest_paths(graph, "VN", "kurdistan-region-of-iraq", first=50)
    assert {p["length"] for p in every} == {3}
    # Day 1's: both at the summit, and the Kurdistan Region part of Iraq
    assert ["VN", "oic-summit", "IQ", "kurdistan-region-of-iraq"] in [
        [n["id"] for n in p["nodes"]] for p in every
    ]


async def test_a_path_never_goes_through_a_change_record(graph: Graph, driver: Driver) -> None:
    # One audit record touching both ends would put them two hops apart.
    driver.execute_query(
        "MATCH (vn:Country {id: 'VN'}), (kri:Region {id: 'kurdistan-region-of-iraq'}) "
        "CREATE (c:Change {id: 'test-shortcut'})-[:CHANGED]->(vn), (c)-[:CHANGED]->(kri), "
        "(u:ProgressUpdate {id: 'test-shortcut'}), (vn)-[:HAS_PROGRESS]->(u), "
        "(kri)-[:HAS_PROGRESS]->(u)"
    )
    try:
        path = await shortest_path(graph, "VN", "kurdistan-region-of-iraq")
    finally:  # leave the seed as it was, so the next test needs no reload
        driver.execute_query(
            "MATCH (n:Change|ProgressUpdate {id: 'test-shortcut'}) DETACH DELETE n"
        )
    assert path is not None and path["length"] == 3
    types = [n["type"] for n in path["nodes"]]
    assert types[0] == "Country" and types[-1] == "Region"
    assert not {"Change", "ProgressUpdate"} & set(types)


async def test_a_type_the_model_does_not_list_is_walked_between_partnership_nodes_only(
    graph: Graph, driver: Driver
) -> None:
    driver.execute_query(
        "MATCH (vn:Country {id: 'VN'}), (kri:Region {id: 'kurdistan-region-of-iraq'}) "
        "CREATE (m:Memo {id: 'test-memo'}), (vn)-[:MENTIONED_IN]->(m), (kri)-[:MENTIONED_IN]->(m)"
    )
    try:
        # through the Memo, which is no partnership node, they would be two hops apart
        around = await shortest_path(graph, "VN", "kurdistan-region-of-iraq")
        driver.execute_query(
            "MATCH (vn:Country {id: 'VN'}), (kri:Region {id: 'kurdistan-region-of-iraq'}) "
            "CREATE (vn)-[:COOPERATES_WITH]->(kri)"
        )
        direct = await shortest_path(graph, "VN", "kurdistan-region-of-iraq")
    finally:
        driver.execute_query(
            "MATCH (m:Memo {id: 'test-memo'}) DETACH DELETE m "
            "WITH count(*) AS done MATCH ()-[r:COOPERATES_WITH]->() DELETE r"
        )
    assert around is not None and around["length"] == 3
    assert "test-memo" not in [n["id"] for n in around["nodes"]]
    assert direct is not None and direct["length"] == 1
    assert [e["type"] for e in direct["edges"]] == ["COOPERATES_WITH"]


@pytest.mark.parametrize("max_hops", [0, 11, -1])
async def test_max_hops_outside_one_to_ten_is_bad_input(graph: Graph, max_hops: int) -> None:
    with pytest.raises(BadInput) as error:
        await shortest_path(graph, "VN", "IQ", max_hops=max_hops)
    assert error.value.argument == "maxHops"


@pytest.mark.parametrize(
    ("from_id", "to_id", "argument", "named"),
    [("VN", "no-such-node", "to", "'no-such-node'"),
     ("national-crime-agncy", "VN", "from", "'national-crime-agncy'"),
     ("nowhere", "nobody", "from", "'nowhere'")],
)  # fmt: skip
async def test_a_path_from_or_to_an_id_no_node_has_is_refused_naming_it(
    graph: Graph, from_id: str, to_id: str, argument: str, named: str
) -> None:
    """A null would read as "not linked" when the id was mistyped."""
    with pytest.raises(BadInput) as refused:
        await shortest_path(graph, from_id, to_id)
    assert refused.value.argument == argument
    assert refused.value.message == f"no node of the partnership graph has the id {named}"


def test_graphql_gives_each_drawn_edge_the_id_rest_gives_it(api: TestClient, gql: Gql) -> None:
    _, rest_edges = elements(api.get(NETWORK, params=[("focus", "FR"), ("focus", "IQ")]))
    _, body = gql(
        '{ network(focus: ["FR", "IQ"]) { edges { id source target type role } } '
        'shortestPath(from: "VN", to: "IQ") { edges { id source type target } } }'
    )
    edges = body["data"]["network"]["edges"]
    assert edges and {e["id"] for e in edges} == {e["id"] for e in rest_edges}
    by_id = {e["id"]: e for e in rest_edges}
    for edge in edges:
        drawn = by_id[edge["id"]]
        assert (edge["source"], edge["type"], edge["role"], edge["target"]) == (
            drawn["source"], drawn["type"], drawn["role"], drawn["target"]
        )  # fmt: skip
    path = body["data"]["shortestPath"]["edges"]
    around = [("focus", "VN"), ("depth", "3"), ("limit", "2000")]
    _, reached = elements(api.get(NETWORK, params=around))
    assert path and {e["id"] for e in path} <= {e["id"] for e in reached}
