"""Analysts ask what became of a commitment: dated, cited entries, oldest first, and the
status an initiative had on a given day as the sources published by then record it."""

from __future__ import annotations

import re
from typing import Any

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from tests.support.fixture_types import Gql

ENTRY = (
    "on kind dateBasis dateNote summary initiative { id } event { id } "
    "actors { __typename id } citation { quote source { id publishedOn } }"
)
PILOT = "uk-france-returns-pilot"


def _timeline(gql: Gql, arguments: str, selection: str = f"nodes {{ {ENTRY} }}") -> dict[str, Any]:
    status, body = gql(f"{{ timeline({arguments}) {{ totalCount {selection} }} }}")
    assert status == 200 and "errors" not in body, body
    return body


def _nodes(gql: Gql, arguments: str) -> list[dict[str, Any]]:
    answer: list[dict[str, Any]] = _timeline(gql, arguments)["data"]["timeline"]["nodes"]
    return answer


def _subject(entry: dict[str, Any]) -> str:
    answer: str = (entry["initiative"] or entry["event"] or {}).get("id", "")
    return answer


def _keys(entries: list[dict[str, Any]]) -> list[tuple[str, str, str]]:
    return [(e["on"], e["kind"], _subject(e)) for e in entries]


def test_entries_come_oldest_first_each_dated_with_a_basis_and_cited(gql: Gql) -> None:
    entries = _nodes(gql, "first: 100")
    assert entries
    assert [e["on"] for e in entries] == sorted(e["on"] for e in entries)
    for entry in entries:
        assert entry["dateBasis"] in ("STATED", "INFERRED")
        assert entry["citation"]["quote"] and entry["citation"]["source"]["id"]
        assert entry["kind"] == entry["kind"].upper()


def test_gb_and_fr_share_the_summit_the_call_the_meeting_the_deal_and_the_treaty_in_order(
    gql: Gql,
) -> None:
    entries = _nodes(gql, 'actors: ["GB", "FR"], first: 100')
    wanted = [
        ("2025-03-31", "MET", "oic-summit"),
        ("2025-03-31", "ANNOUNCED", "uk-france-source-transit-joint-work"),
        ("2025-07-05", "MET", "pm-call-with-president-macron-2025-07-05"),
        ("2025-07-09", "MET", "pm-meeting-with-president-macron-downing-street"),
        ("2025-07-10", "AGREED", PILOT),
        ("2025-08-05", "IN_FORCE", PILOT),
    ]
    found = [e for e in entries if (e["on"], e["kind"], _subject(e)) in wanted]
    # several sources may record one step (the summit met): each is an entry of its own
    assert list(dict.fromkeys(_keys(found))) == wanted
    for entry in found:
        assert entry["dateBasis"] in ("STATED", "INFERRED") and entry["citation"]["quote"]
        if entry["dateBasis"] == "INFERRED":
            assert entry["dateNote"]
    # the Day 1 release gives no date: its summit is dated from the source that dates it
    [day1] = [
        e
        for e in found
        if _subject(e) == "oic-summit"
        and e["citation"]["source"]["id"] == "oic-summit-day1-press-release"
    ]
    assert day1["dateBasis"] == "INFERRED" and day1["dateNote"]


def test_a_step_concerns_the_actors_of_its_initiative_even_when_it_names_none(gql: Gql) -> None:
    joint_work = "uk-france-source-transit-joint-work"
    entries = [e for e in _nodes(gql, 'actors: ["FR"], first: 100') if _subject(e) == joint_work]
    assert entries and entries[0]["actors"] == []


def test_any_takes_entries_of_either_actor_and_all_only_those_of_both(gql: Gql) -> None:
    both = _keys(_nodes(gql, 'actors: ["GB", "FR"], first: 100'))
    either = _keys(_nodes(gql, 'actors: ["GB", "FR"], actorsMatch: ANY, first: 100'))
    assert set(both) < set(either)
    dialogue = ("2025-03-04", "MET", "uk-vietnam-migration-dialogue-2025-03-04")
    assert dialogue in either and dialogue not in both


def test_a_country_is_involved_through_an_official_representing_it(gql: Gql) -> None:
    call = "pm-call-with-president-macron-2025-07-05"
    entries = [e for e in _nodes(gql, 'actors: ["FR"], first: 100') if _subject(e) == call]
    assert entries and {a["id"] for a in entries[0]["actors"]} == {
        "emmanuel-macron",
        "prime-minister",
    }


def test_a_country_code_may_be_given_in_lower_case(gql: Gql) -> None:
    assert _nodes(gql, 'actors: ["fr"], first: 100') == _nodes(gql, 'actors: ["FR"], first: 100')


def test_an_unknown_actor_or_initiative_is_bad_user_input_naming_it(gql: Gql) -> None:
    for arguments, argument, named in (
        ('actors: ["GB", "nobody-at-all"]', "actors", "nobody-at-all"),
        ('initiative: "no-such-initiative"', "initiative", "no-such-initiative"),
    ):
        status, body = gql(f"{{ timeline({arguments}) {{ totalCount }} }}")
        assert status == 200 and body["data"] is None, body
        [error] = body["errors"]
        assert error["extensions"]["code"] == "BAD_USER_INPUT"
        assert error["extensions"]["argument"] == argument and named in error["message"]


def test_a_valid_country_code_the_graph_does_not_hold_matches_nothing(gql: Gql) -> None:
    assert _timeline(gql, 'actors: ["GB", "JP"]')["data"]["timeline"]["totalCount"] == 0


def test_pages_follow_one_another_through_their_cursors(gql: Gql) -> None:
    everything = _keys(_nodes(gql, "first: 100"))
    seen: list[tuple[str, str, str]] = []
    after = ""
    while True:
        page = _timeline(
            gql,
            f"first: 4{after}",
            f"pageInfo {{ hasNextPage endCursor }} edges {{ cursor node {{ {ENTRY} }} }}",
        )["data"]["timeline"]
        seen += _keys([edge["node"] for edge in page["edges"]])
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = f', after: "{page["pageInfo"]["endCursor"]}"'
    assert seen == everything


def test_from_and_to_keep_the_entries_dated_between_them(gql: Gql) -> None:
    entries = _nodes(gql, 'from: "2025-07-01", to: "2025-07-31", first: 100')
    assert entries and all("2025-07-01" <= e["on"] <= "2025-07-31" for e in entries)
    assert ("2025-07-10", "AGREED", PILOT) in _keys(entries)


def test_a_window_that_overlaps_the_week_or_year_of_a_step_finds_it(gql: Gql) -> None:
    # signed "last week" (the week of 28 July 2025) and "in 2018": windows inside those spans
    in_the_week = _keys(_nodes(gql, 'actors: ["FR"], from: "2025-07-30", to: "2025-08-01"'))
    assert in_the_week == [("2025-07-28", "SIGNED", PILOT)]
    in_the_year = _keys(_nodes(gql, 'actors: ["VN"], from: "2018-06-01", to: "2018-12-31"'))
    assert in_the_year == [("2018-01-01", "SIGNED", "uk-vietnam-mou-2018")]
    after_the_week = _keys(_nodes(gql, 'actors: ["FR"], from: "2025-08-04", to: "2025-08-04"'))
    assert ("2025-07-28", "SIGNED", PILOT) not in after_the_week


def test_as_of_leaves_out_what_later_sources_say_and_reports_undated_facts(gql: Gql) -> None:
    before = _timeline(gql, f'initiative: "{PILOT}", asOf: "2025-07-31"')
    assert [e["kind"] for e in before["data"]["timeline"]["nodes"]] == ["AGREED"]
    assert before["extensions"]["asOf"] == {"undatedFactsLeftOut": {"timeline": 0}}
    after = _timeline(gql, f'initiative: "{PILOT}", asOf: "2025-08-31"')
    assert [e["kind"] for e in after["data"]["timeline"]["nodes"]] == [
        "AGREED",
        "SIGNED",
        "IN_FORCE",
    ]
    assert "asOf" not in _timeline(gql, f'initiative: "{PILOT}"').get("extensions", {})


def test_history_lists_the_steps_of_an_initiative_and_status_on_follows_them(gql: Gql) -> None:
    status, body = gql(
        f'{{ initiative(id: "{PILOT}") {{ history {{ on kind citation {{ source {{ id }} }} }} '
        'june: statusOn(date: "2025-06-30") july: statusOn(date: "2025-07-20") '
        'signing: statusOn(date: "2025-07-30") august: statusOn(date: "2025-08-31") } }'
    )
    assert status == 200 and "errors" not in body, body
    initiative = body["data"]["initiative"]
    assert [(h["on"], h["kind"]) for h in initiative["history"]] == [
        ("2025-07-10", "AGREED"),
        ("2025-07-28", "SIGNED"),
        ("2025-08-05", "IN_FORCE"),
    ]
    # the signing of late July is known from the release of 5 August: the record of 30 July
    # still says agreed
    assert [initiative[d] for d in ("june", "july", "signing", "august")] == [
        None,
        "agreed",
        "agreed",
        "in_force",
    ]


def test_a_step_the_text_dates_by_its_week_or_year_says_so(gql: Gql) -> None:
    # "Home Secretary Yvette Cooper and French Interior Minister Bruno Retailleau signed the
    # final text last week" (released 2025-08-05, a Tuesday); "It builds on a memorandum of
    # understanding signed by the 2 countries in 2018"
    status, body = gql(
        f'{{ pilot: initiative(id: "{PILOT}") {{ history {{ {ENTRY} datePrecision }} }} '
        'mou: initiative(id: "uk-vietnam-mou-2018") { status history { on kind dateBasis '
        "datePrecision actors { id } } } }"
    )
    assert status == 200 and "errors" not in body, body
    by_kind = {h["kind"]: h for h in body["data"]["pilot"]["history"]}
    signed = by_kind["SIGNED"]
    assert (signed["on"], signed["datePrecision"], signed["dateBasis"]) == (
        "2025-07-28",
        "WEEK",
        "INFERRED",
    )
    assert "last week" in signed["dateNote"] and "last week" in signed["citation"]["quote"]
    assert {a["id"] for a in signed["actors"]} == {"yvette-cooper", "bruno-retailleau"}
    assert by_kind["AGREED"]["datePrecision"] == by_kind["IN_FORCE"]["datePrecision"] == "DAY"
    mou = body["data"]["mou"]
    [step] = mou["history"]
    assert (step["on"], step["kind"], step["dateBasis"], step["datePrecision"]) == (
        "2018-01-01",
        "SIGNED",
        "STATED",
        "YEAR",
    )
    assert {a["id"] for a in step["actors"]} == {"GB", "VN"} and mou["status"] == "signed"


def _round_trips(client: TestClient, headers: dict[str, str]) -> float:
    metrics = client.get("/metrics", headers=headers).text
    return sum(
        float(value)
        for value in re.findall(r"^commitgraph_cypher_queries_total\{[^}]*\} (\S+)$", metrics, re.M)
    )


def test_a_timeline_with_histories_inside_costs_one_round_trip(
    client: TestClient, seeded_graph: Driver, admin_key: str
) -> None:
    headers = {"Authorization": f"Bearer {admin_key}"}
    query = (
        '{ timeline(actors: ["GB"], asOf: "2025-08-31") { nodes { on initiative { '
        'history { on } statusOn(date: "2025-08-01") } } } }'
    )
    before = _round_trips(client, headers)
    response = client.post("/graphql", json={"query": query}, headers=headers)
    assert response.status_code == 200 and "errors" not in response.json(), response.json()
    assert _round_trips(client, headers) - before == 1


@pytest.mark.writes
def test_a_progress_update_is_an_entry_without_actors(
    client: TestClient, seeded_graph: Driver, editor_key: str, gql: Gql
) -> None:
    headers = {"Authorization": f"Bearer {editor_key}"}
    response = client.post(
        "/graphql",
        json={
            "query": 'mutation { recordProgress(input: {initiative: "oic-summit-communique", '
            'status: IN_PROGRESS, on: "2025-05-01", note: "Work goes on.", citation: '
            '{source: "oic-summit-day1-press-release", quote: "A communique was issued"}}) '
            "{ id } }"
        },
        headers=headers,
    )
    assert "errors" not in response.json(), response.json()
    entries = _nodes(gql, 'initiative: "oic-summit-communique"')
    update = [e for e in entries if e["on"] == "2025-05-01"]
    assert update and update[0]["kind"] == "STARTED" and update[0]["actors"] == []
    assert update[0]["summary"] == "Work goes on." and update[0]["dateBasis"] == "INFERRED"


def test_as_of_applies_inside_the_entries_too(gql: Gql) -> None:
    entries = _timeline(
        gql,
        f'initiative: "{PILOT}", asOf: "2025-07-31"',
        "nodes { kind initiative { status history { kind } } }",
    )["data"]["timeline"]["nodes"]
    assert [e["kind"] for e in entries] == ["AGREED"]
    assert entries[0]["initiative"] == {"status": "agreed", "history": [{"kind": "AGREED"}]}
