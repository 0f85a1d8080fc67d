"""Analysts ask what was known on a day: with asOf, answers hold only what sources published
on or before it say, and say how many facts were left out for having no dated source."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from tests.support.fixture_types import Gql

PILOT = "uk-france-returns-pilot"
FR_GB = 'filter: {countries: ["FR", "GB"]}'


def _ok(gql: Gql, query: str) -> dict[str, Any]:
    status, body = gql(query)
    assert status == 200 and "errors" not in body, body
    return body


def _ids(body: dict[str, Any], key: str) -> list[str]:
    return [n["id"] for n in body["data"][key]["nodes"]]


def test_the_july_deal_is_missing_at_the_end_of_april_and_present_at_the_end_of_august(
    gql: Gql,
) -> None:
    body = _ok(
        gql,
        f'{{ april: initiatives({FR_GB}, asOf: "2025-04-30", first: 100) {{ nodes {{ id }} }} '
        f'august: initiatives({FR_GB}, asOf: "2025-08-31", first: 100) {{ nodes {{ id }} }} }}',
    )
    assert PILOT not in _ids(body, "april")
    assert PILOT in _ids(body, "august")
    assert set(_ids(body, "april")) <= set(_ids(body, "august"))


def test_without_as_of_the_answer_is_as_before_and_has_no_as_of_report(gql: Gql) -> None:
    body = _ok(gql, f"{{ initiatives({FR_GB}, first: 100) {{ nodes {{ id status }} }} }}")
    assert PILOT in _ids(body, "initiatives")
    assert "asOf" not in body.get("extensions", {})


def test_the_answer_says_how_many_undated_facts_it_left_out(gql: Gql) -> None:
    body = _ok(gql, '{ initiatives(asOf: "2025-12-31", first: 100) { totalCount } }')
    everything = _ok(gql, "{ initiatives(first: 100) { totalCount } }")
    left_out = body["extensions"]["asOf"]["undatedFactsLeftOut"]["initiatives"]
    assert isinstance(left_out, int) and left_out >= 0
    shown = body["data"]["initiatives"]["totalCount"]
    assert shown + left_out <= everything["data"]["initiatives"]["totalCount"]


def test_a_status_is_the_one_its_latest_step_up_to_as_of_gives(gql: Gql) -> None:
    body = _ok(
        gql,
        f'{{ july: initiative(id: "{PILOT}", asOf: "2025-07-20") {{ status }} '
        f'august: initiative(id: "{PILOT}", asOf: "2025-08-31") {{ status }} '
        f'today: initiative(id: "{PILOT}") {{ status }} }}',
    )
    assert body["data"]["july"]["status"] == "agreed"
    assert body["data"]["august"]["status"] == "in_force"
    assert body["data"]["today"]["status"] == "in_force"


def test_an_initiative_no_source_had_cited_yet_is_null(gql: Gql) -> None:
    body = _ok(gql, f'{{ initiative(id: "{PILOT}", asOf: "2025-07-01") {{ id }} }}')
    assert body["data"]["initiative"] is None
    assert body["extensions"]["asOf"]["undatedFactsLeftOut"] == {"initiative": 0}


def test_nested_lists_hold_only_what_was_published_by_then(gql: Gql) -> None:
    body = _ok(
        gql,
        f'{{ initiative(id: "{PILOT}", asOf: "2025-07-20") {{ '
        "sources { source { id publishedOn } } history { on kind } "
        "participants { evidence { source { publishedOn } } } } }",
    )
    initiative = body["data"]["initiative"]
    assert initiative["sources"]
    assert all(c["source"]["publishedOn"] <= "2025-07-20" for c in initiative["sources"])
    assert [h["kind"] for h in initiative["history"]] == ["AGREED"]


def _round_trips(client: TestClient, headers: dict[str, str]) -> float:
    metrics = client.get("/metrics", headers=headers).text
    return sum(
        float(value)
        for value in re.findall(r"^commitgraph_cypher_queries_total\{[^}]*\} (\S+)$", metrics, re.M)
    )


def test_as_of_keeps_one_round_trip_per_root_field(
    client: TestClient, seeded_graph: Driver, admin_key: str
) -> None:
    headers = {"Authorization": f"Bearer {admin_key}"}
    query = (
        f'{{ a: initiatives({FR_GB}, asOf: "2025-08-31") {{ nodes {{ id status countries {{ id }} '
        "participants { actor { id } } history { on } } } "
        f'b: initiative(id: "{PILOT}", asOf: "2025-08-31") {{ status sources {{ quote }} }} }}'
    )
    before = _round_trips(client, headers)
    response = client.post("/graphql", json={"query": query}, headers=headers)
    assert response.status_code == 200 and "errors" not in response.json(), response.json()
    assert _round_trips(client, headers) - before == 2


def _node_ids(body: dict[str, Any], key: str) -> set[str]:
    return {n["id"] for n in body["data"][key]["nodes"]}


def test_the_network_of_france_in_april_has_neither_the_july_deal_nor_macron(gql: Gql) -> None:
    body = _ok(
        gql,
        '{ april: network(focus: ["FR"], asOf: "2025-04-30") { nodes { id } } '
        'now: network(focus: ["FR"]) { nodes { id } } }',
    )
    april, now = _node_ids(body, "april"), _node_ids(body, "now")
    assert {PILOT, "emmanuel-macron"} <= now
    assert not {PILOT, "emmanuel-macron"} & april and "FR" in april
    assert april < now
    assert body["extensions"]["asOf"]["undatedFactsLeftOut"] == {"april": 0}


def test_the_rest_network_as_of_a_day_cites_only_sources_published_by_then(
    client: TestClient, seeded_graph: Driver, anonymous_reads: None
) -> None:
    records, _, _ = seeded_graph.execute_query(
        "MATCH (s:Source) WHERE s.publishedOn > date('2025-04-30') RETURN s.id AS id"
    )
    later = {r["id"] for r in records}
    assert later
    response = client.get("/api/v1/network", params={"focus": "FR", "asOf": "2025-04-30"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["undatedFactsLeftOut"] == 0
    assert PILOT not in {n["data"]["id"] for n in body["elements"]["nodes"]}
    for edge in body["elements"]["edges"]:
        cited = {c.get("source") for c in edge["data"]["properties"]["citations"]}
        assert not cited & later, edge
    plain = client.get("/api/v1/network", params={"focus": "FR"}).json()
    assert "undatedFactsLeftOut" not in plain
    assert PILOT in {n["data"]["id"] for n in plain["elements"]["nodes"]}


def test_a_network_as_of_a_day_before_every_source_is_empty(gql: Gql) -> None:
    body = _ok(gql, '{ network(focus: ["FR", "GB"], asOf: "2020-01-01") { nodes { id } } }')
    assert body["data"]["network"]["nodes"] == []


def test_funding_streams_as_of_a_day_hold_only_streams_and_amounts_cited_by_then(gql: Gql) -> None:
    body = _ok(
        gql,
        '{ march: fundingStreams(asOf: "2025-03-31") { id amountClaims { citation { source { '
        "publishedOn } } } } now: fundingStreams { id } }",
    )
    march = {s["id"] for s in body["data"]["march"]}
    now = {s["id"] for s in body["data"]["now"]}
    assert march < now
    assert "modern-slavery-fund-uk-vietnam-action-plan" in now - march  # published 1 April
    for stream in body["data"]["march"]:
        for claim in stream["amountClaims"]:
            assert claim["citation"]["source"]["publishedOn"] <= "2025-03-31"
    assert body["extensions"]["asOf"]["undatedFactsLeftOut"] == {"march": 0}


def test_exports_as_of_a_day_leave_out_what_later_sources_say_and_count_the_undated(
    client: TestClient, seeded_graph: Driver, anonymous_reads: None
) -> None:
    april = client.get("/api/v1/export.json", params={"focus": "FR", "asOf": "2025-04-30"})
    assert april.status_code == 200 and april.headers["x-undated-facts-left-out"] == "0"
    assert PILOT not in {n["id"] for n in april.json()["nodes"]}
    now = client.get("/api/v1/export.json", params={"focus": "FR"})
    assert "x-undated-facts-left-out" not in now.headers
    assert PILOT in {n["id"] for n in now.json()["nodes"]}
    lines = client.get("/api/v1/export.ndjson", params={"asOf": "2025-04-30"}).text.splitlines()
    end = json.loads(lines[-1])["end"]
    assert end["undatedFactsLeftOut"] == 0
    ids = {json.loads(line)["node"]["id"] for line in lines if line.startswith('{"node"')}
    assert PILOT not in ids and "FR" in ids


@pytest.mark.writes
def test_a_participant_cited_only_later_is_still_named_by_a_link_cited_by_then(
    gql: Gql, seeded_graph: Driver
) -> None:
    """A participation's actor is a single value: its link's citation names it on that day."""
    seeded_graph.execute_query(
        "CREATE (early:Source {id: 'as-of-early', title: 'Early', publishedOn: date('2025-01-01')}),"
        " (late:Source {id: 'as-of-late', title: 'Late', publishedOn: date('2025-06-01')}),"
        " (i:Initiative {id: 'as-of-initiative', name: 'I', kind: 'programme',"
        "   status: 'announced', summary: 'S'})-[:EVIDENCED_BY {quote: 'i'}]->(early),"
        " (o:Organisation {id: 'as-of-body', name: 'Body', kind: 'government'})"
        "   -[:EVIDENCED_BY {quote: 'o'}]->(late),"
        " (o)-[:PARTICIPATES_IN {role: 'partner', source: 'as-of-early', quote: 'p'}]->(i)"
    )
    body = _ok(
        gql,
        '{ initiative(id: "as-of-initiative", asOf: "2025-02-01") '
        "{ participants { actor { id } } } }",
    )
    assert body["data"]["initiative"]["participants"] == [{"actor": {"id": "as-of-body"}}]
