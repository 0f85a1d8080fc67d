"""A number a source publishes is a Figure linked to what it measures, never an initiative: the
returns figure ("more than 24,000 people with no right to be here have been returned since the
election", Day 1; "the government has returned more than 24,000 individuals", 2025-03-31), and
the numbers V217 wrote from four other documents."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient
from neo4j import Driver

from graph.migrate.checks import occurrences
from tests.support.fixture_types import Gql

RETURNS = "returns-since-election"
FIGURE = (
    "{ id name value unit qualifier period asOf asOfBasis asOfNote "
    "measures { __typename id } reportedBy { id } sources { quote source { id text } } }"
)


def _figure(gql: Gql) -> dict[str, Any]:
    status, body = gql(f'{{ figure(id: "{RETURNS}") {FIGURE} }}')
    assert status == 200 and "errors" not in body, body
    figure: dict[str, Any] = body["data"]["figure"]
    return figure


def test_the_returns_figure_is_a_figure_with_its_number_and_qualifier(gql: Gql) -> None:
    figure = _figure(gql)
    assert (figure["value"], figure["unit"], figure["qualifier"]) == (24000, "people", "more than")
    assert figure["period"] == "since the General Election"
    assert (figure["asOf"], figure["asOfBasis"]) == ("2025-03-31", "INFERRED")
    assert "Monday 31 March" in figure["asOfNote"]


def test_the_returns_figure_measures_the_uk_government_and_the_prime_minister_reported_it(
    gql: Gql,
) -> None:
    figure = _figure(gql)
    assert figure["measures"] == [{"__typename": "Organisation", "id": "uk-government"}]
    assert [a["id"] for a in figure["reportedBy"]] == ["prime-minister"]
    _, body = gql('{ organisation(id: "uk-government") { figures { id value } } }')
    assert {"id": RETURNS, "value": 24000} in body["data"]["organisation"]["figures"]


def test_the_figure_keeps_every_citation_the_initiative_had(gql: Gql) -> None:
    sources = _figure(gql)["sources"]
    by_source: dict[str, int] = {}
    for citation in sources:
        text = citation["source"]["text"]
        assert occurrences(text, citation["quote"]) == 1
        by_source[citation["source"]["id"]] = by_source.get(citation["source"]["id"], 0) + 1
    assert by_source == {"oic-summit-day1-press-release": 1, "2025-03-31-pm-returns-reach-24000": 3}
    assert any("24,000 people with\nno right to be here" in c["quote"] for c in sources)


def test_initiatives_no_longer_list_the_returns_figure(gql: Gql, seeded_graph: Driver) -> None:
    _, body = gql(
        '{ initiatives(first: 100) { nodes { id } } initiative(id: "returns-since-election") '
        '{ id } text: initiatives(filter: {text: "returns election"}) { nodes { id } } '
        'government: initiatives(filter: {actor: "uk-government"}, first: 100) { nodes { id } } }'
    )
    data = body["data"]
    assert data["initiative"] is None
    for key in ("initiatives", "text", "government"):
        assert RETURNS not in {n["id"] for n in data[key]["nodes"]}
    records, _, _ = seeded_graph.execute_query(
        "MATCH (n {id: $id}) RETURN labels(n) AS labels", id=RETURNS
    )
    assert [r["labels"] for r in records] == [["Figure"]]
    steps, _, _ = seeded_graph.execute_query(
        "MATCH (s:Step)-[:STEP_OF]->(x) WHERE s.id STARTS WITH $id "
        "RETURN s.kind AS kind, labels(x) AS labels",
        id=RETURNS,
    )
    assert [(r["kind"], r["labels"]) for r in steps] == [("reported", ["Figure"])]


def test_the_timeline_dates_the_figure_s_publication_by_the_prime_minister(gql: Gql) -> None:
    _, body = gql(
        '{ timeline(actors: ["prime-minister"], from: "2025-03-31", to: "2025-03-31", '
        "first: 100) { nodes { kind initiative { id } figure { id value } actors { id } } } }"
    )
    reported = [n for n in body["data"]["timeline"]["nodes"] if n["figure"] is not None]
    assert reported == [
        {
            "kind": "REPORTED",
            "initiative": None,
            "figure": {"id": RETURNS, "value": 24000},
            "actors": [{"id": "prime-minister"}],
        }
    ]


def test_figures_list_and_node_lookup_reach_the_figure(gql: Gql) -> None:
    _, body = gql(
        "{ figures { id } "
        f'node(id: "{RETURNS}") {{ __typename ... on Figure {{ value }} }} '
        'missing: figure(id: "no-such-figure") { id } }'
    )
    assert {"id": RETURNS} in body["data"]["figures"]
    assert body["data"]["node"] == {"__typename": "Figure", "value": 24000}
    assert body["data"]["missing"] is None


def test_rest_node_details_show_the_figure_and_what_it_measures(
    client: TestClient, seeded_graph: Driver, anonymous_reads: None
) -> None:
    details = client.get(f"/api/v1/nodes/{RETURNS}").json()
    assert details["node"]["type"] == "Figure"
    assert details["node"]["properties"]["value"] == 24000
    seen = {(n["node"]["id"], n["type"], n["direction"]) for n in details["neighbours"]}
    assert seen == {("uk-government", "MEASURES", "out"), ("prime-minister", "REPORTED", "in")}


def test_every_node_a_figure_measures_lists_it_among_its_figures(gql: Gql) -> None:
    types = ("Country", "Organisation", "Official", "Initiative", "Region", "Event", "Topic")
    fragments = " ".join(f"... on {name} {{ figures {{ id }} }}" for name in types)
    status, body = gql(f"{{ figures {{ id measures {{ id {fragments} }} }} }}")
    assert status == 200 and "errors" not in body, body
    figures = body["data"]["figures"]
    assert figures
    for figure in figures:
        assert figure["measures"]
        for node in figure["measures"]:
            assert {"id": figure["id"]} in node["figures"]


def _figures_of(gql: Gql, query: str) -> dict[str, dict[str, Any]]:
    status, body = gql(query)
    assert status == 200 and "errors" not in body, body
    (node,) = body["data"].values()
    return {f["id"]: f for f in node["figures"]}


def test_the_removals_breakdown_is_three_figures_of_the_uk_government(gql: Gql) -> None:
    # "a 21% increase in enforced returns and a 16% increase in foreign national offenders
    # being removed from the UK since July 5th, including the 4 biggest returns charter
    # flights in the UK’s history, with a total of more than 850 people on board"
    figures = _figures_of(
        gql,
        '{ organisation(id: "uk-government") { figures { id value unit qualifier period '
        "asOf sources { source { id } } } } }",
    )
    shown = {
        (f["value"], f["unit"], f["qualifier"], f["period"])
        for f in figures.values()
        if f["id"] != RETURNS
    }
    assert shown == {
        (21, "percent", None, None),
        (16, "percent", None, "since July 5th"),
        (850, "people", "more than", None),
    }
    for figure in figures.values():
        assert figure["asOf"] == "2025-03-31"
        assert "2025-03-31-pm-returns-reach-24000" in {c["source"]["id"] for c in figure["sources"]}


def test_the_modern_slavery_funds_results_are_figures_that_measure_it(gql: Gql) -> None:
    # "the Modern Slavery Fund which has identified 720 victims ..., reached over 7 million
    # people with awareness campaigns and educated 1,936 aspiring migrants"
    figures = _figures_of(
        gql, '{ initiative(id: "modern-slavery-fund") { figures { id value qualifier } } }'
    )
    assert sorted((f["value"], f["qualifier"]) for f in figures.values()) == [
        (720, None),
        (1936, None),
        (7000000, "over"),
    ]


def test_the_communique_puts_the_smuggling_trade_at_up_to_10_billion_dollars_a_year(
    gql: Gql,
) -> None:
    _, body = gql(
        '{ figure(id: "migrant-smuggling-criminal-profits") { value unit qualifier period '
        "summary measures { __typename id } sources { source { id } } } }"
    )
    figure = body["data"]["figure"]
    assert (figure["value"], figure["unit"], figure["qualifier"], figure["period"]) == (
        10_000_000_000,
        "$",  # the communiqué writes "$" and never says which dollar
        "up to",
        "annually",
    )
    assert figure["measures"] == [{"__typename": "Topic", "id": "global-migrant-smuggling-trade"}]
    assert "likely underestimates" in figure["summary"]
    assert {c["source"]["id"] for c in figure["sources"]} == {"2025-03-31-oic-summit-communique"}


def test_the_removals_figures_cite_the_sentence_that_ties_them_to_the_government(
    seeded_graph: Driver,
) -> None:
    records, _, _ = seeded_graph.execute_query(
        "MATCH (f:Figure)-[r:MEASURES]->(:Organisation {id: 'uk-government'}) "
        "WHERE f.id <> $returns RETURN f.id AS id, r.quote AS quote",
        returns=RETURNS,
    )
    assert len(records) == 3
    for record in records:
        assert "the government’s immediate action" in record["quote"], record["id"]
