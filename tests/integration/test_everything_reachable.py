"""Every kind of node has a root field, and initiatives filter by actor, role, event, audience
and topic, on the seeded corpus (what each source says is quoted beside the assertions)."""

from __future__ import annotations

import re
from typing import Any

from fastapi.testclient import TestClient
from neo4j import Driver

from tests.support.fixture_types import Gql


def _ids(items: list[dict[str, Any]]) -> set[str]:
    return {item["id"] for item in items}


def _initiatives(gql: Gql, filter_: str) -> set[str]:
    status, body = gql(f"{{ initiatives(filter: {filter_}, first: 100) {{ nodes {{ id }} }} }}")
    assert status == 200 and "errors" not in body, body
    return _ids(body["data"]["initiatives"]["nodes"])


def _bad_argument(gql: Gql, query: str) -> str:
    _, body = gql(query)
    (error,) = body["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT", error
    return str(error["extensions"]["argument"])


def test_actor_filter_finds_the_cps_initiatives(gql: Gql) -> None:
    # V207: "An additional £3 million will enable the Crown Prosecution Service (CPS) to
    # increase its capacity to prosecute organised international smugglers"
    found = _initiatives(gql, '{actor: "crown-prosecution-service"}')
    assert "cps-oic-prosecution-capacity" in found
    _, body = gql(
        '{ organisation(id: "crown-prosecution-service") { initiatives(first: 100) '
        "{ nodes { id } } } }"
    )
    assert found == _ids(body["data"]["organisation"]["initiatives"]["nodes"])


def test_the_ncas_take_downs_are_a_figure_of_the_nca_not_an_initiative(gql: Gql) -> None:
    # V210: "18,000 social media accounts ... taken down by the National Crime Agency since
    # July"; V217 made V210's statistic a Figure
    _, body = gql(
        '{ initiative(id: "nca-social-media-account-takedowns") { id } '
        'organisation(id: "national-crime-agency") { figures { id value unit period } } }'
    )
    assert body["data"]["initiative"] is None
    assert {
        "id": "nca-social-media-account-takedowns",
        "value": 18000,
        "unit": "accounts",
        "period": "since July",
    } in body["data"]["organisation"]["figures"]


def test_actor_filter_counts_a_country_as_the_countries_filter_does(gql: Gql) -> None:
    for code in ("FR", "IQ", "GB"):
        assert _initiatives(gql, f'{{actor: "{code}"}}') == _initiatives(
            gql, f'{{countries: ["{code}"]}}'
        )


def test_actor_filter_counts_an_official_taking_part(gql: Gql) -> None:
    found = _initiatives(gql, '{actor: "prime-minister"}')
    assert found
    _, body = gql(
        '{ initiatives(filter: {actor: "prime-minister"}, first: 100) '
        "{ nodes { participants { actor { id } } } } }"
    )
    for node in body["data"]["initiatives"]["nodes"]:
        assert "prime-minister" in {p["actor"]["id"] for p in node["participants"]}


def test_role_with_an_actor_keeps_what_the_actor_does_in_that_role(gql: Gql) -> None:
    # Day 1: "the UK and France will jointly fund a programme ... grassroots engagement".
    assert "grassroots-engagement-programme" in _initiatives(gql, '{actor: "FR", role: FUNDER}')
    leads = _initiatives(gql, '{actor: "home-office", role: LEAD}')
    involved = _initiatives(gql, '{actor: "home-office"}')
    assert "kri-digital-deterrence-campaign" in leads
    assert leads < involved  # the Home Office also takes part in other roles
    _, body = gql(
        '{ initiatives(filter: {actor: "home-office", role: LEAD}, first: 100) '
        "{ nodes { participants(role: LEAD) { actor { id } } } } }"
    )
    for node in body["data"]["initiatives"]["nodes"]:
        assert "home-office" in {p["actor"]["id"] for p in node["participants"]}


def test_role_alone_keeps_initiatives_someone_takes_part_in_that_role(gql: Gql) -> None:
    found = _initiatives(gql, "{role: SIGNATORY}")
    assert "statement-on-organised-immigration-crime" in found
    _, body = gql(
        "{ initiatives(filter: {role: SIGNATORY}, first: 100) "
        "{ nodes { participants(role: SIGNATORY) { actor { id } } } } }"
    )
    assert all(node["participants"] for node in body["data"]["initiatives"]["nodes"])
    _, every = gql("{ initiatives(first: 100) { totalCount } }")
    assert len(found) < every["data"]["initiatives"]["totalCount"]


def test_audience_filter_finds_the_grassroots_programme_for_teachers_in_any_case(gql: Gql) -> None:
    # Day 1: the programme works with "teachers, religious leaders and family members".
    assert _initiatives(gql, '{audience: "teachers"}') == {"grassroots-engagement-programme"}
    assert _initiatives(gql, '{audience: "TEACHERS"}') == {"grassroots-engagement-programme"}
    officials = _initiatives(gql, '{audience: "iraqi officials"}')
    assert "iraq-fraudulent-document-training" in officials
    assert _initiatives(gql, '{audience: "teach"}') == set()  # whole words, not prefixes
    assert _bad_argument(gql, '{ initiatives(filter: {audience: "  "}) { totalCount } }') == (
        "filter.audience"
    )


def test_event_filter_keeps_what_was_announced_at_the_event(gql: Gql) -> None:
    found = _initiatives(gql, '{event: "oic-summit"}')
    _, body = gql('{ event(id: "oic-summit") { initiatives { id } } }')
    assert found == _ids(body["data"]["event"]["initiatives"])
    assert "grassroots-engagement-programme" in found


def test_topic_filter_and_topic_initiatives_find_the_small_boats_work(gql: Gql) -> None:
    # V213: the returns pilot and France's crackdown address small boat crossings.
    expected = {"uk-france-returns-pilot", "french-small-boats-crackdown"}
    assert _initiatives(gql, '{topic: "small-boat-crossings"}') == expected
    _, body = gql('{ topic(id: "small-boat-crossings") { name initiatives { id } events { id } } }')
    topic = body["data"]["topic"]
    assert topic["name"] == "Small boat crossings"
    assert _ids(topic["initiatives"]) == expected
    # V212: the Downing Street meeting ADDRESSES the topic (an event may address one).
    assert "pm-meeting-with-president-macron-downing-street" in _ids(topic["events"])


def test_filters_combine_and_unknown_ids_name_the_argument(gql: Gql) -> None:
    both = _initiatives(gql, '{actor: "FR", topic: "small-boat-crossings"}')
    assert both == _initiatives(gql, '{actor: "FR"}') & _initiatives(
        gql, '{topic: "small-boat-crossings"}'
    )
    # a country code in any case is the country's id (docs/API.md, Ids)
    assert _initiatives(gql, '{actor: "fr"}') == _initiatives(gql, '{actor: "FR"}')
    for filter_, argument in (
        ('{actor: "national-crime-agenc"}', "filter.actor"),
        ('{event: "oic-sumit"}', "filter.event"),
        ('{topic: "small-boats"}', "filter.topic"),
    ):
        query = f"{{ initiatives(filter: {filter_}) {{ totalCount }} }}"
        assert _bad_argument(gql, query) == argument


def test_regions_and_region_by_id(gql: Gql) -> None:
    _, body = gql(
        '{ regions { id name kind } region(id: "kurdistan-region-of-iraq") { name partOf { id } } '
        'missing: region(id: "atlantis") { id } }'
    )
    regions = body["data"]["regions"]
    assert {"western-balkans", "kurdistan-region-of-iraq", "europe"} <= _ids(regions)
    assert [r["name"] for r in regions] == sorted(r["name"] for r in regions)
    assert "IQ" in _ids(body["data"]["region"]["partOf"])
    assert body["data"]["missing"] is None


def test_topics_and_topic_by_id(gql: Gql, seeded_graph: Driver) -> None:
    _, body = gql("{ topics { id name } }")
    records, _, _ = seeded_graph.execute_query("MATCH (t:Topic) RETURN t.id AS id")
    assert _ids(body["data"]["topics"]) == {r["id"] for r in records}
    _, body = gql('{ topic(id: "criminal-finances-in-oic") { events { id } } }')
    assert _ids(body["data"]["topic"]["events"]) == {"oic-summit"}


def test_statements_filter_by_speaker_event_source_and_words(gql: Gql) -> None:
    # Day 1: the Home Secretary said "no single country can tackle this problem alone".
    _, body = gql(
        '{ statements(filter: {speaker: "home-secretary", event: "oic-summit", '
        'source: "oic-summit-day1-press-release", text: "No single COUNTRY"}) '
        "{ id text speaker { id } event { id } } }"
    )
    (found,) = body["data"]["statements"]
    assert found["id"] == "statement-home-secretary"
    assert re.search(r"no\s+single\s+country", found["text"])
    _, body = gql('{ statements(filter: {event: "oic-summit"}) { id event { id } } }')
    assert len(body["data"]["statements"]) > 1
    assert all(s["event"]["id"] == "oic-summit" for s in body["data"]["statements"])
    _, body = gql('{ statement(id: "statement-home-secretary") { speaker { id } } }')
    assert body["data"]["statement"]["speaker"]["id"] == "home-secretary"
    assert _bad_argument(gql, '{ statements(filter: {speaker: "nobody"}) { id } }') == (
        "filter.speaker"
    )
    assert _bad_argument(gql, '{ statements(filter: {source: "no-source"}) { id } }') == (
        "filter.source"
    )


def test_event_by_id(gql: Gql) -> None:
    _, body = gql(
        '{ event(id: "oic-summit") { name topics { id } } missing: event(id: "no-event") { id } }'
    )
    assert body["data"]["event"]["name"] == "Organised Immigration Crime Summit"
    assert "oic-supply-chains-and-enablers" in _ids(body["data"]["event"]["topics"])
    assert body["data"]["missing"] is None
    _, body = gql(
        '{ event(id: "pm-meeting-with-president-macron-downing-street") { topics { id } } }'
    )
    assert _ids(body["data"]["event"]["topics"]) == {"small-boat-crossings"}


def _round_trips(client: TestClient, headers: dict[str, str]) -> float:
    metrics = client.get("/metrics", headers=headers).text
    return sum(
        float(value)
        for value in re.findall(r"^commitgraph_cypher_queries_total\{[^}]*\} (\S+)$", metrics, re.M)
    )


def test_each_new_root_field_is_one_round_trip(
    client: TestClient, seeded_graph: Driver, admin_key: str
) -> None:
    headers = {"Authorization": f"Bearer {admin_key}"}
    query = (
        '{ region(id: "europe") { contains { id } members { node { id } } } '
        "regions { id contains { id } } "
        'topic(id: "small-boat-crossings") { initiatives { id participants { actor { id } } } } '
        "topics { events { id } initiatives { id } } "
        'statement(id: "statement-home-secretary") { speaker { id } event { id } } '
        'statements(filter: {event: "oic-summit"}) { speaker { organisation { id } } } '
        'event(id: "oic-summit") { attendance { actor { id } } initiatives { id } } '
        'initiatives(filter: {actor: "GB", role: LEAD, audience: "officials"}) '
        "{ nodes { id topics { id } } } }"
    )
    before = _round_trips(client, headers)
    response = client.post("/graphql", json={"query": query}, headers=headers)
    assert response.status_code == 200 and "errors" not in response.json(), response.json()
    assert _round_trips(client, headers) - before == 8
