"""Every link GraphQL shows carries its evidence: why a fact is in the graph, in one request.

`<field>WithEvidence` lists the nodes of `<field>` as `Link`s with their citations; every node
has `label` and `sources`; a drawn edge has `citations`; a citation gives where its quote
begins in the source's text and the quote as one line for a report.
"""

from __future__ import annotations

import re
from typing import Any

from neo4j import Driver

from tests.support.fixture_types import Gql

#: The Day 1 release's words for why the grassroots programme builds on the KRI campaign.
BUILDS_ON_QUOTE = "and builds on\nthe Home Office digital deterrence comms campaign"


def data(gql: Gql, query: str) -> dict[str, Any]:
    status, body = gql(query)
    assert status == 200 and "errors" not in body, body
    answer: dict[str, Any] = body["data"]
    return answer


def for_display(quote: str) -> str:
    return re.sub(r"[ \t\r\n]+", " ", quote).strip()


def test_why_the_grassroots_programme_builds_on_the_kurdistan_region_campaign_is_one_request(
    gql: Gql, seeded_graph: Driver
) -> None:
    records, _, _ = seeded_graph.execute_query(
        "MATCH (:Initiative {id: 'grassroots-engagement-programme'})-[r:BUILDS_ON]->"
        "(:Initiative {id: 'kri-digital-deterrence-campaign'}) RETURN r.quote AS quote"
    )
    assert [r["quote"] for r in records] == [BUILDS_ON_QUOTE]
    initiative = data(
        gql,
        """{ initiative(id: "grassroots-engagement-programme") {
             buildsOnWithEvidence { basis node { id label }
               evidence { quote text offset source { id text } } } } }""",
    )["initiative"]
    [link] = [
        x
        for x in initiative["buildsOnWithEvidence"]
        if x["node"]["id"] == "kri-digital-deterrence-campaign"
    ]
    assert link["basis"] == "DOCUMENT"
    assert link["node"]["label"].startswith("Home Office digital deterrence comms campaign")
    [citation] = link["evidence"]
    assert citation["quote"] == BUILDS_ON_QUOTE
    assert citation["text"] == "and builds on the Home Office digital deterrence comms campaign"
    assert citation["source"]["id"] == "oic-summit-day1-press-release"
    text = citation["source"]["text"]
    assert text[citation["offset"] :].startswith(BUILDS_ON_QUOTE)


#: For each root list field, the `<field>`/`<field>WithEvidence` pairs of its type to compare.
PAIRS: dict[str, tuple[str, ...]] = {
    "initiatives": (
        "regions", "targets", "funding", "events", "buildsOn", "builtOnBy", "contributesTo",
        "topics",
    ),
    "fundingStreams": ("funders", "regions", "allocatedTo", "initiatives"),
    "countries": ("organisations", "events", "regions"),
    "organisations": ("units", "officials", "fundingStreams"),
    "officials": ("statements",),
    "events": ("attendees", "initiatives", "statements", "topics"),
}  # fmt: skip


def _every(gql: Gql, root: str, selection: str) -> list[dict[str, Any]]:
    """Every item of a root list field (a page of 100 for the `initiatives` connection)."""
    if root == "initiatives":
        page = data(gql, f"{{ initiatives(first: 100) {{ nodes {{ {selection} }} }} }}")
        items: list[dict[str, Any]] = page["initiatives"]["nodes"]
        return items
    found: list[dict[str, Any]] = data(gql, f"{{ {root} {{ {selection} }} }}")[root]
    return found


def test_every_with_evidence_field_lists_the_nodes_of_its_twin_each_with_its_evidence(
    gql: Gql,
) -> None:
    seen = 0
    for root, fields in PAIRS.items():
        selection = "id " + " ".join(
            f"{f} {{ ... on Node {{ id }} }} {f}WithEvidence {{ node {{ id }} basis "
            "evidence { quote } references { id } }"
            for f in fields
        )
        for item in _every(gql, root, selection):
            for f in fields:
                links = item[f"{f}WithEvidence"]
                assert [x["node"]["id"] for x in links] == [x["id"] for x in item[f]], (root, f)
                for link in links:
                    assert link["evidence"] or link["references"], (item["id"], f, link)
                    if link["basis"] == "DOCUMENT":
                        assert link["evidence"], (item["id"], f, link)
                seen += len(links)
    assert seen > 100


def test_the_singular_links_of_officials_organisations_and_statements_carry_evidence(
    gql: Gql,
) -> None:
    officials = data(
        gql,
        """{ officials { id organisation { id } organisationWithEvidence { node { id }
             evidence { quote } } country { id } countryWithEvidence { node { id } } } }""",
    )["officials"]
    for official in officials:
        ids = [x["node"]["id"] for x in official["organisationWithEvidence"]]
        if official["organisation"] is not None:
            assert official["organisation"]["id"] in ids
        else:
            assert ids == []
        assert all(x["evidence"] for x in official["organisationWithEvidence"])
        countries = [x["node"]["id"] for x in official["countryWithEvidence"]]
        assert countries == ([] if official["country"] is None else [official["country"]["id"]])
    hewitt = data(
        gql,
        """{ node(id: "national-crime-agency") { ... on Organisation {
             parent { id } parentWithEvidence { node { id } evidence { quote } } } } }""",
    )["node"]
    parents = [x["node"]["id"] for x in hewitt["parentWithEvidence"]]
    assert parents == ([] if hewitt["parent"] is None else [hewitt["parent"]["id"]])


def test_the_kurdistan_region_lies_in_iraq_by_a_quote(gql: Gql, seeded_graph: Driver) -> None:
    records, _, _ = seeded_graph.execute_query(
        "MATCH (:Region {id: 'kurdistan-region-of-iraq'})-[r:PART_OF]->(:Country {id: 'IQ'}) "
        "RETURN r.quote AS quote ORDER BY quote"
    )
    stored = [r["quote"] for r in records]
    assert stored
    iraq = data(
        gql,
        """{ country(id: "IQ") { regionsWithEvidence { node { id label }
             evidence { quote } } } }""",
    )["country"]
    [kri] = [
        x for x in iraq["regionsWithEvidence"] if x["node"]["id"] == "kurdistan-region-of-iraq"
    ]
    assert sorted(c["quote"] for c in kri["evidence"]) == stored
    region = data(
        gql,
        """{ node(id: "kurdistan-region-of-iraq") { ... on Region {
             partOfWithEvidence { node { id } evidence { quote } } } } }""",
    )["node"]
    [in_iraq] = [x for x in region["partOfWithEvidence"] if x["node"]["id"] == "IQ"]
    assert sorted(c["quote"] for c in in_iraq["evidence"]) == stored


def test_every_node_type_has_a_label_and_its_sources(gql: Gql, seeded_graph: Driver) -> None:
    records, _, _ = seeded_graph.execute_query(
        "UNWIND ['Country', 'Region', 'Organisation', 'Official', 'Event', 'Initiative', "
        "'FundingStream', 'Topic', 'Statement', 'Source', 'Reference'] AS label "
        "CALL (label) { MATCH (n) WHERE label IN labels(n) "
        "RETURN n ORDER BY n.id LIMIT 1 } "
        "RETURN label, n.id AS id, coalesce(n.name, n.title, n.text) AS shown, "
        "COUNT { (n)-[:EVIDENCED_BY]->(:Source) } AS cited"
    )
    assert len(records) == 11
    for record in records:
        node = data(
            gql,
            f'{{ node(id: "{record["id"]}") {{ __typename id label sources {{ quote offset '
            "source { id } } } }",
        )["node"]
        assert node["__typename"] == record["label"]
        assert node["label"] == record["shown"]
        assert len(node["sources"]) == record["cited"]
        if record["label"] in ("Source", "Reference"):
            assert node["sources"] == []
        else:
            assert node["sources"], record["id"]


def test_an_official_named_only_by_post_is_labelled_by_the_post(
    gql: Gql, seeded_graph: Driver
) -> None:
    records, _, _ = seeded_graph.execute_query(
        "MATCH (o:Official) WHERE o.name IS NULL RETURN o.id AS id, o.title AS title LIMIT 1"
    )
    [record] = records
    node = data(gql, f'{{ node(id: "{record["id"]}") {{ label }} }}')["node"]
    assert node["label"] == record["title"]


def test_a_citation_offset_is_where_its_quote_begins_and_its_text_is_one_line(
    gql: Gql,
) -> None:
    answer = data(
        gql,
        """{ initiatives(first: 100) { nodes { sources { quote offset text source { id } }
             participants { evidence { quote offset text source { id } } }
             targetsWithEvidence { evidence { quote offset text source { id } } } } }
           sources(first: 100) { id text } }""",
    )
    texts = {s["id"]: s["text"] for s in answer["sources"]}
    citations = [
        c
        for node in answer["initiatives"]["nodes"]
        for c in (
            node["sources"]
            + [e for p in node["participants"] for e in p["evidence"]]
            + [e for t in node["targetsWithEvidence"] for e in t["evidence"]]
        )
    ]
    assert len(citations) > 100
    broken = 0
    for c in citations:
        text = texts[c["source"]["id"]]
        assert c["offset"] == text.index(c["quote"]), c
        assert c["text"] == for_display(c["quote"])
        assert "\n" not in c["text"] and "  " not in c["text"]
        broken += "\n" in c["quote"]
    assert broken, "some quotes in the corpus span a line break"


def test_the_edges_of_a_network_carry_the_citations_of_every_source_behind_them(
    gql: Gql, seeded_graph: Driver
) -> None:
    network = data(
        gql,
        """{ network(focus: ["IQ"], depth: 1) { edges { source target type role
             citations { quote offset source { id } } } } }""",
    )["network"]
    records, _, _ = seeded_graph.execute_query(
        "MATCH (a)-[r]->(b) WHERE 'IQ' IN [a.id, b.id] AND r.source IS NOT NULL "
        "RETURN a.id AS source, b.id AS target, type(r) AS type, r.role AS role, "
        "r.source AS cited, r.quote AS quote"
    )
    edges = {(e["source"], e["target"], e["type"], e["role"]): e for e in network["edges"]}
    checked = 0
    for record in records:
        edge = edges.get((record["source"], record["target"], record["type"], record["role"]))
        if edge is None:
            continue  # an end the network leaves out (a step, a source)
        assert {"quote": record["quote"], "source": {"id": record["cited"]}} in [
            {"quote": c["quote"], "source": c["source"]} for c in edge["citations"]
        ]
        checked += 1
    assert checked > 5
    assert any(len(e["citations"]) > 1 for e in network["edges"])


def test_a_network_as_of_a_day_keeps_only_the_citations_published_by_then(gql: Gql) -> None:
    network = data(
        gql,
        """{ network(focus: ["IQ"], depth: 1, asOf: "2025-01-31") { edges {
             citations { source { publishedOn } } } } }""",
    )["network"]
    days = [c["source"]["publishedOn"] for e in network["edges"] for c in e["citations"]]
    assert days and all(day <= "2025-01-31" for day in days)


def test_the_edges_of_a_path_carry_their_citations(gql: Gql) -> None:
    paths = data(
        gql,
        """{ shortestPaths(from: "FR", to: "IQ") { edges { type source target
             citations { quote source { id } } } } }""",
    )["shortestPaths"]
    edges = [e for p in paths for e in p["edges"]]
    assert edges and all(e["citations"] for e in edges)
    training = [e for e in edges if e["target"] == "iraq-fraudulent-document-training"]
    assert any(
        c["quote"] == "The UK will also collaborate with France to deliver critical"
        for e in training
        for c in e["citations"]
    )
