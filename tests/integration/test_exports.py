"""GET /api/v1/export.{graphml,json,csv}: read each file back and find the graph in it.

The expected nodes and edges are counted with Cypher through the `driver` fixture, written
independently of graph/queries/export.py: every node of the partnership labels (no source,
dated step, amount claim, reference or ledger), and every link among them once, however many
sources state it.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections import Counter
from typing import Any

import networkx as nx
import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

PARTNERS = (
    "Country|Region|Organisation|Official|Event|Initiative|FundingStream|Topic|Statement|Figure"
)
PARTNERSHIP_NODES = f"MATCH (n:{PARTNERS}) RETURN n.id AS id"
PARTNERSHIP_EDGES = (
    f"MATCH (a:{PARTNERS})-[r]->(b:{PARTNERS}) "
    "RETURN DISTINCT a.id AS source, type(r) AS type, r.role AS role, b.id AS target"
)


#: Partnership edges counted by (source, type, role, target).
EdgeCounts = Counter[tuple[str, str, str | None, str]]


@pytest.fixture
def api(client: TestClient, seeded_graph: Driver, anonymous_reads: None) -> TestClient:
    return client


@pytest.fixture
def expected(seeded_graph: Driver) -> tuple[set[str], EdgeCounts]:
    nodes, _, _ = seeded_graph.execute_query(PARTNERSHIP_NODES)
    edges, _, _ = seeded_graph.execute_query(PARTNERSHIP_EDGES)
    return {r["id"] for r in nodes}, Counter(
        (r["source"], r["type"], r["role"], r["target"]) for r in edges
    )


def read_graphml(content: bytes) -> nx.MultiDiGraph:
    return nx.read_graphml(io.BytesIO(content), force_multigraph=True)


@pytest.fixture
def texts(seeded_graph: Driver) -> dict[str, str]:
    records, _, _ = seeded_graph.execute_query("MATCH (s:Source) RETURN s.id AS id, s.text AS t")
    return {r["id"]: r["t"] for r in records}


def assert_cited(citations: list[dict[str, Any]], texts: dict[str, str]) -> None:
    """An edge's citations: each a quote found once in its source's text, or a reference fact
    that names its reference and carries no quote."""
    assert citations
    for citation in citations:
        if citation.get("basis") == "REFERENCE":
            assert citation["reference"] and not citation.get("quote"), citation
        else:
            assert texts[citation["source"]].count(citation["quote"]) == 1, citation


def test_graphml_of_the_whole_graph_holds_the_same_nodes_and_edges(
    api: TestClient, expected: tuple[set[str], EdgeCounts]
) -> None:
    response = api.get("/api/v1/export.graphml")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/graphml+xml"
    assert response.headers["content-disposition"] == 'attachment; filename="commitgraph.graphml"'
    graph = read_graphml(response.content)
    nodes, edges = expected
    assert set(graph.nodes) == nodes
    found = Counter((u, data["type"], data.get("role"), v) for u, v, data in graph.edges(data=True))
    assert found == edges


def test_graphml_keeps_provenance_and_types_its_attributes(
    api: TestClient, seeded_graph: Driver, texts: dict[str, str]
) -> None:
    graph = read_graphml(api.get("/api/v1/export.graphml").content)
    for _, _, data in graph.edges(data=True):
        assert_cited(json.loads(data["citations"]), texts)
    # Two documents have France attend the summit: one edge with both citations (Day 1 has
    # it there as an ally, which is another edge)
    (attended,) = [
        d
        for _, _, d in graph.edges(("FR",), data=True)
        if d["type"] == "ATTENDED" and d["role"] == "attendee"
    ]
    assert {c["source"] for c in json.loads(attended["citations"])} == {
        "2025-03-31-uk-hosts-first-major-international-summit",
        "2025-03-31-commons-home-office-topical-summit-answer",
    }
    training = graph.nodes["iraq-fraudulent-document-training"]
    assert training["type"] == "Initiative" and training["kind"] == "training"
    citations = json.loads(training["citations"])
    assert "detect fraudulent documents" in citations[0]["quote"]
    assert citations[0]["source_title"].startswith("Organised Immigration Crime Summit")
    assert json.loads(training["audiences"]) == ["Iraqi officials", "commercial transport staff"]
    funding = graph.nodes["bsc-oic-funding"]
    assert funding["amount"] == 30_000_000 and isinstance(funding["amount"], int)


@pytest.mark.writes
def test_graphml_carries_markup_quotes_and_line_breaks_and_drops_what_xml_cannot_hold(
    api: TestClient, driver: Driver
) -> None:
    """GraphML is written by hand (graph/queries/export.py): what it escapes must read back as it
    was stored, and a control character, which XML 1.0 cannot carry, must not break the file."""
    name = "Q&A <\"draft\"> 'one'\nsecond line\ttab"
    driver.execute_query(
        "MATCH (c:Country {id: 'FR'}) SET c.name = $name, c.note = $note, c.blank = ''",
        name=name, note="bell\x07 here",
    )  # fmt: skip

    france = read_graphml(api.get("/api/v1/export.graphml").content).nodes["FR"]

    assert france["name"] == name and france["label"] == name
    assert france["note"] == "bell here"
    assert france["blank"] == ""


def test_a_focused_export_is_the_network_the_api_draws(api: TestClient) -> None:
    params = {"focus": ["FR", "IQ"], "depth": 1}
    drawn = api.get("/api/v1/network", params=params).json()["elements"]
    response = api.get("/api/v1/export.graphml", params=params)
    assert response.headers["content-disposition"].endswith(
        'filename="commitgraph-network.graphml"'
    )
    graph = read_graphml(response.content)
    assert set(graph.nodes) == {n["data"]["id"] for n in drawn["nodes"]}
    assert graph.number_of_edges() == len(drawn["edges"])


def test_json_export_lists_nodes_with_citations_and_edges_with_quotes(
    api: TestClient, expected: tuple[set[str], EdgeCounts], texts: dict[str, str]
) -> None:
    response = api.get("/api/v1/export.json")
    assert response.headers["content-type"] == "application/json"
    assert response.headers["content-disposition"] == 'attachment; filename="commitgraph.json"'
    body = response.json()
    nodes, edges = expected
    assert {n["id"] for n in body["nodes"]} == nodes
    assert Counter((e["source"], e["type"], e["role"], e["target"]) for e in body["edges"]) == edges
    assert all(n["citations"] for n in body["nodes"])  # the seed evidences every node
    for edge in body["edges"]:
        assert_cited(edge["properties"]["citations"], texts)


def test_csv_export_is_a_zip_of_nodes_and_edges(
    api: TestClient, expected: tuple[set[str], EdgeCounts]
) -> None:
    response = api.get("/api/v1/export.csv")
    assert response.headers["content-type"] == "application/zip"
    assert response.headers["content-disposition"] == 'attachment; filename="commitgraph.csv.zip"'
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    assert sorted(archive.namelist()) == ["edges.csv", "nodes.csv"]
    node_rows = list(csv.DictReader(io.StringIO(archive.read("nodes.csv").decode("utf-8"))))
    edge_rows = list(csv.DictReader(io.StringIO(archive.read("edges.csv").decode("utf-8"))))
    nodes, edges = expected
    assert {r["Id"] for r in node_rows} == nodes
    assert (
        Counter((r["Source"], r["Relationship"], r["Role"] or None, r["Target"]) for r in edge_rows)
        == edges
    )
    # `Source` is the start node; the Source document of an edge moves to property_source.
    assert "oic-summit-day1-press-release" in {r["property_source"] for r in edge_rows}
    assert all(r["quote"] or r.get("basis") == "REFERENCE" for r in edge_rows)
    assert all(json.loads(r["citations"]) for r in edge_rows)
    vietnam = next(r for r in node_rows if r["Id"] == "VN")
    assert vietnam["Label"] == "Vietnam" and vietnam["Type"] == "Country"
    assert "allies including France, Iraq, Vietnam and US" in {
        c["quote"] for c in json.loads(vietnam["citations"])
    }


def test_csv_headers_are_gephi_s_and_no_two_differ_only_in_case(api: TestClient) -> None:
    """Gephi's spreadsheet import reads Id and Label of nodes; Id, Source, Target, Type
    (Directed) and Label of edges, whatever their case, so no property may take those names."""
    archive = zipfile.ZipFile(io.BytesIO(api.get("/api/v1/export.csv").content))
    nodes = csv.reader(io.StringIO(archive.read("nodes.csv").decode("utf-8")))
    edges = list(csv.DictReader(io.StringIO(archive.read("edges.csv").decode("utf-8"))))
    node_header = next(nodes)
    edge_header = list(edges[0])
    assert node_header[:3] == ["Id", "Label", "Type"]
    assert edge_header[:7] == ["Id", "Source", "Target", "Type", "Label", "Relationship", "Role"]
    for header in (node_header, edge_header):
        assert len({h.lower() for h in header}) == len(header), header
    assert {r["Type"] for r in edges} == {"Directed"}
    funder = next(r for r in edges if r["Role"] == "funder" and r["Source"] == "FR")
    assert funder["Label"] == "funder" and funder["Relationship"] == "PARTICIPATES_IN"


def test_an_edge_id_is_made_of_its_ends_type_and_role_in_every_format(api: TestClient) -> None:
    """Neo4j's element ids change from one database to the next; these name the same link."""
    body = api.get("/api/v1/export.json").json()
    ids = [e["id"] for e in body["edges"]]
    assert len(set(ids)) == len(ids)
    for edge in body["edges"]:
        assert edge["id"] == "|".join(
            (edge["source"], edge["type"], edge["role"] or "", edge["target"])
        )
    assert "FR|PARTICIPATES_IN|funder|grassroots-engagement-programme" in ids
    archive = zipfile.ZipFile(io.BytesIO(api.get("/api/v1/export.csv").content))
    rows = csv.DictReader(io.StringIO(archive.read("edges.csv").decode("utf-8")))
    assert sorted(r["Id"] for r in rows) == sorted(ids)
    network = api.get("/api/v1/network", params={"focus": "FR"}).json()["elements"]["edges"]
    assert {e["data"]["id"] for e in network} <= set(ids)


def test_the_same_graph_exports_to_the_same_bytes_and_etag(api: TestClient) -> None:
    for path in ("/api/v1/export.csv", "/api/v1/export.graphml", "/api/v1/export.json"):
        first, second = api.get(path), api.get(path)
        assert first.content == second.content
        etag = first.headers["etag"]
        assert api.get(path, headers={"If-None-Match": etag}).status_code == 304


@pytest.mark.parametrize(
    ("params", "argument"),
    [({"focus": "FR", "depth": 7}, "depth"), ({"types": "Nation"}, "types"),
     ({"focus": [str(i) for i in range(21)]}, "focus"),
     # the whole graph too: a limit it does not use is still wrong, a focus of commas empty
     ({"limit": -5}, "limit"), ({"limit": 0}, "limit"), ({"focus": ","}, "focus"),
     ({"focus": ["FR", "iraq"]}, "focus")],
)  # fmt: skip
def test_exports_refuse_bad_parameters_by_name(
    api: TestClient, params: dict[str, Any], argument: str
) -> None:
    response = api.get("/api/v1/export.graphml", params=params)
    assert response.status_code == 400 and response.json()["argument"] == argument
