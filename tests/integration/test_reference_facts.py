"""Background facts no document states come from a named reference, count by default, and are
left out when an analyst asks for the documents' word alone.

The corpus names the Home Office, the Border Security Command and the National Crime Agency
without saying whose they are, and places no country in a region: the reference facts
(cypher/seed/V3NN__reference_*.cypher, from reference/government-bodies.csv, UN M49 and the
IMAGE regions) are what lets a country-level or region-level question find them.
"""

from __future__ import annotations

from typing import Any

import pytest
from neo4j import Driver


def data(gql: Any, query: str) -> dict[str, Any]:
    status, body = gql(query)
    assert status == 200 and "errors" not in body, body
    answer: dict[str, Any] = body["data"]
    return answer


def ids(items: list[dict[str, Any]]) -> set[str]:
    return {item["id"] for item in items}


def test_uk_funding_is_found_through_the_bodies_a_reference_places_in_the_uk(gql: Any) -> None:
    answer = data(
        gql,
        """{ with: fundingStreams(funder: "GB") { id }
             without: fundingStreams(funder: "GB", includeReference: false) { id } }""",
    )
    # the Border Security Command's funding: its body is British by reference only
    assert "bsc-oic-funding" in ids(answer["with"])
    assert "bsc-oic-funding" not in ids(answer["without"])
    assert ids(answer["without"]) < ids(answer["with"])


def test_uk_organisations_include_the_bodies_a_reference_places_in_the_uk(gql: Any) -> None:
    answer = data(
        gql,
        """{ with: organisations(country: "GB") { id }
             without: organisations(country: "GB", includeReference: false) { id } }""",
    )
    bodies = {"home-office", "border-security-command", "national-crime-agency"}
    assert bodies <= ids(answer["with"])
    assert not bodies & ids(answer["without"])


def test_the_uks_initiatives_include_those_of_the_bodies_a_reference_places_in_the_uk(
    gql: Any,
) -> None:
    answer = data(
        gql,
        """{ with: country(id: "GB") { initiatives(first: 100) { nodes { id } } }
             without: country(id: "GB") {
               initiatives(first: 100, includeReference: false) { nodes { id } } } }""",
    )
    with_reference = ids(answer["with"]["initiatives"]["nodes"])
    assert "kri-digital-deterrence-campaign" in with_reference
    assert ids(answer["without"]["initiatives"]["nodes"]) < with_reference


def test_iraqs_initiatives_are_in_asia_by_un_m49(gql: Any) -> None:
    answer = data(
        gql,
        """{ iraq: initiatives(filter: {countries: ["IQ"]}, first: 100) { nodes { id } }
             with: initiatives(filter: {region: "asia"}, first: 100) { nodes { id } }
             without: initiatives(filter: {region: "asia", includeReference: false}, first: 100) {
               nodes { id } } }""",
    )
    # the Kurdistan campaign targets a region inside Iraq, which M49 places in Asia
    assert "kri-digital-deterrence-campaign" in ids(answer["with"]["nodes"])
    assert "kri-digital-deterrence-campaign" not in ids(answer["without"]["nodes"])


def test_iraqs_initiatives_are_in_the_middle_east_by_the_image_regions(gql: Any) -> None:
    answer = data(
        gql,
        """{ with: initiatives(filter: {region: "middle-east"}, first: 100) { nodes { id } }
             without: initiatives(filter: {region: "middle-east", includeReference: false},
                                  first: 100) { nodes { id } }
             region: node(id: "middle-east") {
               ... on Region { members { node { id } basis references { id } } } } }""",
    )
    with_reference = ids(answer["with"]["nodes"])
    without = ids(answer["without"]["nodes"])
    # Day 1's outcomes name the Middle East itself; Iraq is in it by the IMAGE classification
    assert "oic-summit-concrete-outcomes" in without
    iraqi = {"kri-digital-deterrence-campaign", "iraq-fraudulent-document-training"}
    assert iraqi <= with_reference
    assert not iraqi & without
    members = {m["node"]["id"]: m for m in answer["region"]["members"]}
    assert members["IQ"]["basis"] == "REFERENCE"
    assert members["IQ"]["references"] == [{"id": "image-regions"}]


def test_regions_no_named_reference_defines_take_no_members_from_one(gql: Any) -> None:
    answer = data(
        gql,
        """{ europe: node(id: "europe") { ... on Region { members { node { id } basis } } }
             balkans: node(id: "western-balkans") {
               ... on Region { members { node { id } basis } } }
             northAmerica: node(id: "north-america") {
               ... on Region { members { node { id } basis } } } }""",
    )
    europe = {m["node"]["id"]: m["basis"] for m in answer["europe"]["members"]}
    assert europe["FR"] == europe["GB"] == "REFERENCE"
    for region in ("balkans", "northAmerica"):
        assert all(m["basis"] == "DOCUMENT" for m in answer[region]["members"])


def test_every_reference_fact_names_its_reference_and_carries_no_quote(
    seeded_graph: Driver,
) -> None:
    records, _, _ = seeded_graph.execute_query(
        "MATCH (a)-[r]->(b) WHERE r.basis = 'REFERENCE' "
        "RETURN a.id AS a, type(r) AS type, b.id AS b, r.quote AS quote, r.source AS source, "
        "EXISTS { MATCH (:Reference {id: r.reference}) } AS named"
    )
    assert records, "the seed should hold reference facts"
    assert {r["type"] for r in records} <= {"PART_OF", "BASED_IN"}
    wrong = [r.data() for r in records if r["quote"] or r["source"] or not r["named"]]
    assert wrong == []


def test_a_link_shows_which_of_its_facts_come_from_a_reference(gql: Any) -> None:
    based = data(
        gql,
        """{ organisation(id: "home-office") { country { id } basedIn {
             node { id } basis evidence { quote } references { id title version licence } } } }""",
    )["organisation"]
    assert based["country"] == {"id": "GB"}
    [link] = based["basedIn"]
    assert link["basis"] == "REFERENCE" and link["evidence"] == []
    [reference] = link["references"]
    assert reference["id"] == "gov-uk-organisations"
    assert reference["version"] and reference["licence"]


@pytest.mark.writes
def test_a_document_that_says_otherwise_is_shown_beside_the_reference_and_comes_first(
    gql: Any, seeded_graph: Driver
) -> None:
    seeded_graph.execute_query(
        "MATCH (o:Organisation {id: 'home-office'}), (fr:Country {id: 'FR'}), "
        "(s:Source {id: 'oic-summit-day1-press-release'}) "
        "CREATE (o)-[:BASED_IN {source: s.id, quote: 'the Home Office digital deterrence "
        "comms campaign'}]->(fr)"
    )
    based = data(
        gql,
        """{ organisation(id: "home-office") { country { id }
             basedIn { node { id } basis evidence { source { id } } references { id } } } }""",
    )["organisation"]
    assert based["country"] == {"id": "FR"}
    by_country = {link["node"]["id"]: link for link in based["basedIn"]}
    assert by_country["FR"]["basis"] == "DOCUMENT" and by_country["FR"]["references"] == []
    assert by_country["GB"]["basis"] == "REFERENCE" and by_country["GB"]["evidence"] == []


def test_a_drawn_edge_shows_whether_a_document_or_a_reference_gives_it(gql: Any) -> None:
    answer = data(
        gql,
        """{ network(focus: ["IQ"]) { edges { id basis citations { quote } references { id } } }
             shortestPath(from: "IQ", to: "asia") { edges { id basis references { id } } } }""",
    )
    edges = {edge["id"]: edge for edge in answer["network"]["edges"]}
    asia = edges["IQ|PART_OF||asia"]
    assert asia["basis"] == "REFERENCE" and asia["citations"] == []
    assert asia["references"] == [{"id": "un-m49"}]
    assert edges["IQ|PART_OF||middle-east"]["references"] == [{"id": "image-regions"}]
    kri = edges["kurdistan-region-of-iraq|PART_OF||IQ"]
    assert kri["basis"] == "DOCUMENT" and kri["references"] == [] and kri["citations"]
    assert answer["shortestPath"]["edges"] == [
        {"id": "IQ|PART_OF||asia", "basis": "REFERENCE", "references": [{"id": "un-m49"}]}
    ]
