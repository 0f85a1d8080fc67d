"""Search as an analyst uses it, on the seeded graph: what is indexed, the snippet showing
where a hit matched, and a name typed exactly ranking first. REST and GraphQL answer alike."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver, RoutingControl

from graph.queries.search import INDEXES
from graph.queries.snippets import CLOSE, CUT, OPEN
from graph.store.settings import GraphSettings
from tests.support.fixture_types import Gql

GRASSROOTS = "grassroots-engagement-programme"
HEWITT_SAID = "statement-martin-hewitt"
HIT_FIELDS = "id type label score exact snippet field"


@pytest.fixture
def api(client: TestClient, seeded_graph: Driver, anonymous_reads: None) -> TestClient:
    return client


def rest_hits(api: TestClient, q: str, first: int = 10) -> list[dict[str, Any]]:
    response = api.get("/api/v1/search", params={"q": q, "first": first})
    assert response.status_code == 200, response.text
    answer: list[dict[str, Any]] = response.json()["hits"]
    return answer


def gql_hits(gql: Gql, text: str, first: int = 10) -> list[dict[str, Any]]:
    status, body = gql(
        "query($text: String!, $first: Int) { search(text: $text, first: $first) { "
        "score label exact snippet field node { __typename id } } }",
        {"text": text, "first": first},
    )
    assert status == 200 and "errors" not in body, body
    return [
        {**hit, "id": hit["node"]["id"], "type": hit["node"]["__typename"]}
        for hit in body["data"]["search"]
    ]


def both(api: TestClient, gql: Gql, text: str, first: int = 10) -> list[dict[str, Any]]:
    """The hits, having checked that REST and GraphQL give the same ones in the same order."""
    rest = rest_hits(api, text, first)
    graphql = gql_hits(gql, text, first)
    keys = HIT_FIELDS.split()
    assert [{k: h[k] for k in keys} for h in graphql] == [{k: h[k] for k in keys} for h in rest]
    return rest


def unmarked(snippet: str) -> str:
    return snippet.replace(OPEN, "").replace(CLOSE, "").strip(CUT)


def test_teachers_finds_the_grassroots_programme_by_its_audience_with_a_snippet(
    api: TestClient, gql: Gql
) -> None:
    [hit] = [h for h in both(api, gql, "teachers") if h["id"] == GRASSROOTS]
    assert hit["type"] == "Initiative" and hit["label"].startswith("Grassroots engagement")
    assert hit["field"] == "audiences"
    assert f"{OPEN}teachers{CLOSE}" in hit["snippet"]
    assert "religious leaders" in hit["snippet"]


@pytest.mark.parametrize(
    ("title", "officials"),
    [("Home Secretary", {"home-secretary", "yvette-cooper"}),
     ("Border Security Commander", {"martin-hewitt"}),
     ("border  security COMMANDER", {"martin-hewitt"})],
)  # fmt: skip
def test_an_officials_title_ranks_the_official_above_what_mentions_the_title(
    api: TestClient, gql: Gql, title: str, officials: set[str]
) -> None:
    found = both(api, gql, title)
    first = found[: len(officials)]
    assert {h["id"] for h in first} == officials
    assert all(h["exact"] and h["field"] == "title" for h in first)
    assert all(
        h["snippet"].lower() == f"{OPEN}{' '.join(title.lower().split())}{CLOSE}" for h in first
    )
    mentions = found[len(officials) :]
    # documents' initiatives and statements that mention the title, with higher scores
    assert any(h["type"] in ("Initiative", "Statement") for h in mentions)
    assert max(h["score"] for h in mentions) > min(h["score"] for h in first)
    assert not any(h["exact"] for h in mentions)


def test_within_exact_and_inexact_hits_the_best_score_comes_first(
    api: TestClient, gql: Gql
) -> None:
    found = both(api, gql, "Home Secretary", first=20)
    exact = [h["exact"] for h in found]
    assert exact == sorted(exact, reverse=True)
    for band in (True, False):
        scores = [h["score"] for h in found if h["exact"] is band]
        assert scores == sorted(scores, reverse=True)


def test_an_other_name_is_searched_and_typed_whole_ranks_first(api: TestClient, gql: Gql) -> None:
    [dame] = [h for h in both(api, gql, "Dame") if h["id"] == "angela-eagle"]
    assert dame["field"] == "aliases" and dame["snippet"] == f"{OPEN}Dame{CLOSE} Angela Eagle"
    assert dame["label"] == "Angela Eagle" and not dame["exact"]
    tiktok = both(api, gql, "tik tok")[0]
    assert tiktok["id"] == "tiktok" and tiktok["exact"] and tiktok["field"] == "aliases"


def test_uk_and_us_the_texts_short_names_find_the_two_countries_first(
    api: TestClient, gql: Gql
) -> None:
    uk = both(api, gql, "UK")
    assert (uk[0]["id"], uk[0]["label"], uk[0]["exact"]) == ("GB", "United Kingdom", True)
    assert uk[0]["field"] == "aliases" and uk[0]["snippet"] == f"{OPEN}UK{CLOSE}"
    assert len(uk) == 10  # the UK is named all over the corpus: the country still leads
    the_uk = both(api, gql, "the UK")
    assert (the_uk[0]["id"], the_uk[0]["exact"]) == ("GB", True)
    us = both(api, gql, "us")
    assert (us[0]["id"], us[0]["label"], us[0]["exact"]) == ("US", "United States", True)
    assert us[0]["field"] == "aliases" and us[0]["snippet"] == f"{OPEN}US{CLOSE}"
    assert not any(h["exact"] for h in us[1:])  # "used" and "us" match too, below it


def test_a_statement_is_found_by_its_words_and_its_snippet_is_a_stretch_of_its_text(
    api: TestClient, gql: Gql, driver: Driver, graph_settings: GraphSettings
) -> None:
    [hit] = [h for h in both(api, gql, "dismantle networks") if h["id"] == HEWITT_SAID]
    records, _, _ = driver.execute_query(
        "MATCH (s:Statement {id: $id}) RETURN s.text AS text",
        {"id": hit["id"]},
        routing_=RoutingControl.READ,
        database_=graph_settings.neo4j_database,
    )
    text = records[0]["text"]
    assert hit["label"] == text and hit["field"] == "text"
    assert (
        f"{OPEN}dismantle{CLOSE}" in hit["snippet"] and f"{OPEN}networks{CLOSE}" in hit["snippet"]
    )
    assert hit["snippet"].startswith(CUT) and hit["snippet"].endswith(CUT)
    assert unmarked(hit["snippet"]) in " ".join(text.split())
    assert len(unmarked(hit["snippet"])) <= 160


def test_a_prefix_marks_the_whole_word_it_matched(api: TestClient, gql: Gql) -> None:
    hit = both(api, gql, "fraud")[0]
    assert hit["id"] == "iraq-fraudulent-document-training"
    assert f"{OPEN}fraudulent{CLOSE}" in hit["snippet"]


def test_a_figure_is_found_by_its_name_and_summary(api: TestClient, gql: Gql) -> None:
    [hit] = [h for h in both(api, gql, "returns election") if h["id"] == "returns-since-election"]
    assert hit["type"] == "Figure" and hit["field"] == "name"
    assert hit["snippet"] == (
        f"{OPEN}Returns{CLOSE} of people with no right to be here since the {OPEN}election{CLOSE}"
    )
    status, body = gql('{ search(text: "highest rate of returns", first: 1) '
                       "{ field node { ... on Figure { id value } } } }")  # fmt: skip
    assert status == 200 and body["data"]["search"] == [
        {"field": "summary", "node": {"id": "returns-since-election", "value": 24000}}
    ]


def test_graphql_gives_snippet_and_field_under_their_aliases(gql: Gql) -> None:
    status, body = gql(
        '{ search(text: "teachers", first: 1) { where: field s: snippet snippet '
        "... on SearchHit { also: snippet } } }"
    )
    assert status == 200 and "errors" not in body, body
    [hit] = body["data"]["search"]
    assert hit["where"] == "audiences"
    assert hit["s"] == hit["snippet"] == hit["also"] and f"{OPEN}teachers{CLOSE}" in hit["s"]


def test_the_indexes_read_the_properties_snippets_are_made_from(
    seeded_graph: Driver, graph_settings: GraphSettings
) -> None:
    records, _, _ = seeded_graph.execute_query(
        "SHOW FULLTEXT INDEXES YIELD name, properties RETURN name, properties",
        routing_=RoutingControl.READ,
        database_=graph_settings.neo4j_database,
    )
    indexed = {r["name"]: set(r["properties"]) for r in records}
    for index, properties in INDEXES.items():
        assert indexed[index] == set(properties)


def test_a_node_shows_the_other_names_the_sources_give_it(gql: Gql) -> None:
    status, body = gql(
        '{ gb: country(id: "GB") { aliases } fr: country(id: "FR") { aliases } '
        'source(id: "oic-summit-day1-press-release") { aliases } }'
    )
    assert status == 200 and "errors" not in body, body
    assert "UK" in body["data"]["gb"]["aliases"]
    assert body["data"]["fr"]["aliases"] == []  # France is called only by its name
    assert body["data"]["source"]["aliases"] == []
