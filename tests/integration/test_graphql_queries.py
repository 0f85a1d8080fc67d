"""Each contract query answers as the source document says, over HTTP, on the seeded graph."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from graph.compile.pagination import encode_cursor
from tests.support.fixture_types import Gql

#: A valid ISO code of a country no document names.
ABSENT = "NZ"


def _ids(items: list[dict[str, Any]]) -> set[str]:
    return {item["id"] for item in items}


def test_initiatives_involving_france_and_iraq_include_the_document_training_not_the_funding(
    gql: Gql,
) -> None:
    status, body = gql(
        '{ initiatives(filter: {countries: ["FR", "IQ"]}) { totalCount nodes { id countries { id } } } }'
    )
    assert status == 200 and "errors" not in body
    found = _ids(body["data"]["initiatives"]["nodes"])
    assert "iraq-fraudulent-document-training" in found
    assert "bsc-oic-funding-package" not in found
    assert body["data"]["initiatives"]["totalCount"] == len(found)
    for node in body["data"]["initiatives"]["nodes"]:
        assert {"FR", "IQ"} <= _ids(node["countries"])


def test_any_match_widens_and_a_region_inside_a_country_counts_for_it(gql: Gql) -> None:
    _, all_ = gql('{ initiatives(filter: {countries: ["VN", "IQ"]}) { nodes { id } } }')
    _, any_ = gql(
        '{ initiatives(filter: {countries: ["VN", "IQ"], countriesMatch: ANY}) { nodes { id } } }'
    )
    assert _ids(all_["data"]["initiatives"]["nodes"]) == set()
    widened = _ids(any_["data"]["initiatives"]["nodes"])
    # The campaign targets the Kurdistan Region of Iraq, which lies within Iraq.
    assert "kri-digital-deterrence-campaign" in widened


# Countries involved in the seed's initiatives, by name (the default order):
#   bsc-oic-funding-package GB (its lead, the Home Secretary, represents the UK),
#   oic-summit-concrete-outcomes GB, grassroots-engagement-programme FR GB,
#   kri-digital-deterrence-campaign IQ (a target inside Iraq; the text does not say whose
#   body its lead, the Home Office, is), uk-france-source-transit-joint-work FR GB IQ,
#   iraq-fraudulent-document-training FR GB IQ; three initiatives involve no country.
COUNTRIES_QUERY = (
    "query($c: [ID!], $m: MatchMode, $text: String, $region: ID, $first: Int, "
    "$after: String) { initiatives(filter: {countries: $c, countriesMatch: $m, text: $text, "
    "region: $region}, first: $first, after: $after) { totalCount nodes { id } "
    "pageInfo { hasNextPage endCursor } } }"
)


def _countries(
    gql: Gql, codes: list[str], match: str = "ALL", **more: object
) -> tuple[list[str], int]:
    """The ids (in order) and totalCount of initiatives(filter: {countries: codes, ...})."""
    status, body = gql(COUNTRIES_QUERY, {"c": codes, "m": match, "first": 100, **more})
    assert status == 200 and "errors" not in body, body
    page = body["data"]["initiatives"]
    ids = [node["id"] for node in page["nodes"]]
    assert page["totalCount"] == len(ids)
    return ids, page["totalCount"]


def test_three_countries_all_needs_each_and_any_needs_one(gql: Gql) -> None:
    # Only Day 1's two pieces of joint work involve all three, in the corpus as on Day 1
    all_, total = _countries(gql, ["IQ", "GB", "FR"])
    assert all_ == ["uk-france-source-transit-joint-work", "iraq-fraudulent-document-training"]
    assert total == 2
    each = {code: set(_countries(gql, [code])[0]) for code in ("IQ", "GB", "FR")}
    assert set(all_) == each["IQ"] & each["GB"] & each["FR"]
    any_, total = _countries(gql, ["IQ", "GB", "FR"], "ANY")
    assert set(any_) == each["IQ"] | each["GB"] | each["FR"] and total == len(any_)
    assert {
        "bsc-oic-funding-package",
        "oic-summit-concrete-outcomes",
        "grassroots-engagement-programme",
        "kri-digital-deterrence-campaign",
        *all_,
    } <= set(any_)  # Day 1's
    assert {"uk-iraq-returns-agreement", "uk-france-returns-pilot"} <= set(any_)  # 2025's
    # two of three: FR and IQ together exclude the campaign (IQ) and the programme (FR, GB)
    assert _countries(gql, ["FR", "IQ"])[0] == all_
    two = set(_countries(gql, ["FR", "IQ"], "ANY")[0])
    assert two == each["FR"] | each["IQ"]
    assert {"grassroots-engagement-programme", "kri-digital-deterrence-campaign", *all_} <= two
    assert "oic-summit-concrete-outcomes" not in two  # the UK's alone


def test_a_country_listed_twice_counts_once(gql: Gql) -> None:
    for match in ("ALL", "ANY"):
        assert _countries(gql, ["IQ", "FR", "iq", "IQ"], match) == _countries(
            gql, ["FR", "IQ"], match
        )
    assert _countries(gql, ["GB", "GB"]) == _countries(gql, ["GB"])


def test_a_valid_code_with_no_country_in_the_graph_matches_nothing(gql: Gql) -> None:
    assert _countries(gql, [ABSENT]) == ([], 0)
    assert _countries(gql, [ABSENT], "ANY") == ([], 0)
    assert _countries(gql, ["FR", ABSENT]) == ([], 0)
    assert _countries(gql, ["FR", ABSENT], "ANY") == _countries(gql, ["FR"])


def test_text_and_countries_filter_together(gql: Gql) -> None:
    """Day 1's answers stay in each answer the corpus extends; ALL is within ANY, and a text
    filter only narrows what the countries alone give."""
    iraq = {
        "kri-digital-deterrence-campaign",
        "iraq-fraudulent-document-training",
        "uk-france-source-transit-joint-work",
    }
    assert iraq <= set(_countries(gql, [], text="Iraq")[0])
    both = {"iraq-fraudulent-document-training", "uk-france-source-transit-joint-work"}
    fr_iq = set(_countries(gql, ["FR", "IQ"], text="Iraq")[0])
    assert both <= fr_iq <= set(_countries(gql, ["FR", "IQ"])[0])
    any_fr_vn = set(_countries(gql, ["FR", "VN"], "ANY", text="Iraq")[0])
    assert both <= any_fr_vn
    assert set(_countries(gql, ["FR", "VN"], text="Iraq")[0]) <= any_fr_vn
    gb = set(_countries(gql, ["GB"], text="organised immigration")[0])
    assert {"bsc-oic-funding-package", "oic-summit-concrete-outcomes"} <= gb
    assert gb <= set(_countries(gql, ["GB"])[0])


def test_countries_with_a_region_filter_and_pages(gql: Gql) -> None:
    # Day 1: the campaign targets the Kurdistan Region of Iraq; the other two target Iraq.
    day1 = ["uk-france-source-transit-joint-work", "iraq-fraudulent-document-training"]
    fr_in_iq = _countries(gql, ["FR"], "ANY", region="IQ")[0]
    assert set(day1) <= set(fr_in_iq)
    iq_in_iq = _countries(gql, ["IQ"], "ANY", region="IQ")[0]
    assert {"kri-digital-deterrence-campaign", *day1} <= set(iq_in_iq)
    in_kri = _countries(gql, ["IQ"], region="kurdistan-region-of-iraq")[0]
    assert "kri-digital-deterrence-campaign" in in_kri and set(in_kri) <= set(iq_in_iq)
    everything, _ = _countries(gql, ["IQ", "GB", "FR"], "ANY")
    seen: list[str] = []
    after = None
    while True:
        _, body = gql(
            COUNTRIES_QUERY,
            {"c": ["FR", "IQ", "GB"], "m": "ANY", "first": 4, "after": after},
        )
        page = body["data"]["initiatives"]
        assert page["totalCount"] == len(everything)
        seen.extend(node["id"] for node in page["nodes"])
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert seen == everything


def test_region_filter_includes_regions_inside_it(gql: Gql) -> None:
    _, body = gql('{ initiatives(filter: {region: "europe"}) { nodes { id regions { id } } } }')
    found = _ids(body["data"]["initiatives"]["nodes"])
    assert "bsc-oic-funding-package" in found
    _, iraq = gql('{ initiatives(filter: {region: "IQ"}) { nodes { id } } }')
    assert "kri-digital-deterrence-campaign" in _ids(iraq["data"]["initiatives"]["nodes"])


def test_funding_totals_by_region_list_the_four_regions_each_shared(gql: Gql) -> None:
    _, body = gql(
        "{ fundingTotals(groupBy: REGION) { key label currency amount streamCount shared } }"
    )
    totals = {t["key"]: t for t in body["data"]["fundingTotals"]}
    day1 = {"europe", "western-balkans", "asia", "africa"}
    # the corpus's Iraqi, Kurdish and Vietnamese work
    assert set(totals) == day1 | {"IQ", "kurdistan-region-of-iraq", "VN"}
    for key in day1:  # the £30m stream, counted once however many sources allocate it
        total = totals[key]
        assert total["currency"] == "GBP"
        assert total["amount"] == 30_000_000
        assert total["streamCount"] == 1
        assert total["shared"] is True
    assert totals["IQ"]["streamCount"] == 2 and totals["IQ"]["shared"] is False


def test_funding_totals_by_funder_and_currency(gql: Gql) -> None:
    _, body = gql(
        "{ f: fundingTotals(groupBy: FUNDER) { key amount shared } "
        "c: fundingTotals(groupBy: CURRENCY) { key currency amount shared } }"
    )
    assert {"key": "border-security-command", "amount": 30_000_000, "shared": False} in body[
        "data"
    ]["f"]
    assert [t["key"] for t in body["data"]["f"]] == sorted(t["key"] for t in body["data"]["f"])
    streams = gql("{ fundingStreams { amount { amount currency } } }")[1]["data"]["fundingStreams"]
    assert {s["amount"]["currency"] for s in streams} == {"GBP"}
    assert body["data"]["c"] == [
        {
            "key": "GBP",
            "currency": "GBP",
            "amount": sum(s["amount"]["amount"] for s in streams),
            "shared": False,
        }
    ]


FUNDING_TOTALS = "{ fundingTotals(groupBy: %s) { key label currency amount streamCount shared } }"


@pytest.mark.writes
def test_funding_totals_come_by_key_then_currency_and_none_on_an_empty_graph(
    client: TestClient, empty_graph: Driver, anonymous_reads: None
) -> None:
    def totals(group: str) -> list[dict[str, Any]]:
        response = client.post("/graphql", json={"query": FUNDING_TOTALS % group})
        assert response.status_code == 200 and "errors" not in response.json()
        answer: list[dict[str, Any]] = response.json()["data"]["fundingTotals"]
        return answer

    assert totals("REGION") == totals("FUNDER") == totals("CURRENCY") == []
    empty_graph.execute_query(
        "CREATE (z:Region {id: 'zeta', name: 'Zeta'}), (a:Region {id: 'alpha', name: 'Alpha'}), "
        "(fr:Country {id: 'FR', name: 'France'}), "
        "(s1:FundingStream {id: 's1', amount: 5, currency: 'USD'})-[:ALLOCATED_TO]->(z), "
        "(s1)-[:ALLOCATED_TO]->(a), "
        "(s2:FundingStream {id: 's2', amount: 7, currency: 'EUR'})-[:ALLOCATED_TO]->(a), "
        "(s3:FundingStream {id: 's3', amount: 11, currency: 'EUR'})-[:ALLOCATED_TO]->(fr), "
        "(o:Organisation {id: 'org', name: 'Org'}), (o)-[:PROVIDES]->(s1), (o)-[:PROVIDES]->(s2)"
    )
    assert totals("REGION") == [
        {"key": "FR", "label": "France", "currency": "EUR", "amount": 11, "streamCount": 1,
         "shared": False},
        {"key": "alpha", "label": "Alpha", "currency": "EUR", "amount": 7, "streamCount": 1,
         "shared": False},
        {"key": "alpha", "label": "Alpha", "currency": "USD", "amount": 5, "streamCount": 1,
         "shared": True},
        {"key": "zeta", "label": "Zeta", "currency": "USD", "amount": 5, "streamCount": 1,
         "shared": True},
    ]  # fmt: skip
    assert [(t["key"], t["currency"], t["amount"]) for t in totals("FUNDER")] == [
        ("org", "EUR", 7),
        ("org", "USD", 5),
    ]
    assert [(t["key"], t["amount"], t["streamCount"]) for t in totals("CURRENCY")] == [
        ("EUR", 18, 2),
        ("USD", 5, 1),
    ]


def test_who_funds_work_in_the_western_balkans(gql: Gql) -> None:
    _, body = gql(
        '{ fundingStreams(region: "western-balkans") { id amount { amount currency qualifier } '
        "funders { id name } initiatives { id } } }"
    )
    (stream,) = body["data"]["fundingStreams"]
    assert stream["amount"] == {"amount": 30_000_000, "currency": "GBP", "qualifier": "over"}
    assert _ids(stream["funders"]) == {"border-security-command"}
    assert _ids(stream["initiatives"]) == {"bsc-oic-funding-package"}


def test_shortest_path_from_vietnam_to_iraq_goes_through_the_summit(gql: Gql) -> None:
    _, body = gql(
        '{ shortestPath(from: "VN", to: "IQ") { length nodes { id type } edges { type } } }'
    )
    path = body["data"]["shortestPath"]
    assert path["length"] == 2
    # UN M49 also has both in Asia, a path of the same length
    assert [n["id"] for n in path["nodes"]] in (["VN", "oic-summit", "IQ"], ["VN", "asia", "IQ"])
    _, body = gql(PATHS, {"from": "VN", "to": "IQ"})
    assert ["VN", "oic-summit", "IQ"] in [
        [n["id"] for n in p["nodes"]] for p in body["data"]["shortestPaths"]
    ]


PATHS = (
    "query($from: ID!, $to: ID!, $maxHops: Int, $first: Int) { "
    "shortestPaths(from: $from, to: $to, maxHops: $maxHops, first: $first) "
    "{ length nodes { id } edges { source type role target } } }"
)


def _path_keys(paths: list[dict[str, Any]]) -> list[tuple[list[str], list[str]]]:
    """Each path as the API sorts them: its node ids, then its links' types and roles."""
    return [
        ([n["id"] for n in p["nodes"]], [f"{e['type']}|{e['role'] or ''}" for e in p["edges"]])
        for p in paths
    ]


def test_every_shortest_path_from_france_to_iraq_shows_the_summit_and_their_shared_work(
    gql: Gql,
) -> None:
    """The release has both at the summit, and in two pieces of work, in each of which Iraq
    takes part and is targeted: one shortest path would show only one of these links."""
    _, body = gql(PATHS, {"from": "FR", "to": "IQ"})
    paths = body["data"]["shortestPaths"]
    assert {p["length"] for p in paths} == {2}
    assert {p["nodes"][1]["id"] for p in paths} == {
        "oic-summit", "uk-france-source-transit-joint-work", "iraq-fraudulent-document-training",
    }  # fmt: skip
    iraq_to_training = {
        (p["edges"][1]["type"], p["edges"][1]["role"])
        for p in paths
        if p["nodes"][1]["id"] == "iraq-fraudulent-document-training"
    }
    assert iraq_to_training == {("PARTICIPATES_IN", "beneficiary"), ("TARGETS", None)}
    assert _path_keys(paths) == sorted(_path_keys(paths))
    _, one = gql('{ shortestPath(from: "FR", to: "IQ") { length nodes { id } } }')
    assert one["data"]["shortestPath"]["nodes"] in [p["nodes"] for p in paths]
    _, first_two = gql(PATHS, {"from": "FR", "to": "IQ", "first": 2})
    assert first_two["data"]["shortestPaths"] == paths[:2]


def test_shortest_paths_are_empty_beyond_max_hops_and_a_node_reaches_itself_once(gql: Gql) -> None:
    _, body = gql(PATHS, {"from": "FR", "to": "IQ", "maxHops": 1})
    assert body == {"data": {"shortestPaths": []}}
    _, body = gql(PATHS, {"from": "VN", "to": "VN"})
    assert body == {
        "data": {"shortestPaths": [{"length": 0, "nodes": [{"id": "VN"}], "edges": []}]}
    }


def test_shortest_path_is_null_beyond_max_hops(gql: Gql) -> None:
    _, body = gql(
        '{ shortestPath(from: "VN", to: "national-crime-agency", maxHops: 1) { length } }'
    )
    assert body["data"]["shortestPath"] is None


def test_the_border_security_commander_and_the_nca_director_general(gql: Gql) -> None:
    _, body = gql(
        '{ a: officials(organisation: "border-security-command") { name title } '
        'b: node(id: "graeme-biggar") { ... on Official { name organisation { id acronym } country { id } } } }'
    )
    assert body["data"]["a"] == [{"name": "Martin Hewitt", "title": "Border Security Commander"}]
    assert body["data"]["b"]["organisation"] == {"id": "national-crime-agency", "acronym": "NCA"}


def test_summit_attendees_and_statements(gql: Gql) -> None:
    _, body = gql(
        "{ events { id location startDate attendees { __typename id } "
        "statements { speaker { title } source { id } } initiatives { id } } }"
    )
    (event,) = [e for e in body["data"]["events"] if e["id"] == "oic-summit"]
    countries = {a["id"] for a in event["attendees"] if a["__typename"] == "Country"}
    assert {"GB", "FR", "IQ", "VN", "US"} <= countries  # Day 1's
    assert {"DE", "BE", "CN"} <= countries  # named by the Commons answer and the statement
    # Day 1 gives no date; the summit's day is inferred from the documents dated by it
    assert event["location"] == "London" and event["startDate"] == "2025-03-31"
    day1 = [s for s in event["statements"] if s["source"]["id"] == "oic-summit-day1-press-release"]
    assert len(day1) == 3
    assert "iraq-fraudulent-document-training" in _ids(event["initiatives"])


def test_grassroots_programme_audiences_and_what_it_builds_on(gql: Gql) -> None:
    _, body = gql(
        '{ initiative(id: "grassroots-engagement-programme") { audiences buildsOn { id } '
        "participants(role: FUNDER) { role actor { id } evidence { quote source { title } } } } }"
    )
    programme = body["data"]["initiative"]
    assert "teachers" in programme["audiences"] and "religious leaders" in programme["audiences"]
    assert _ids(programme["buildsOn"]) == {"kri-digital-deterrence-campaign"}
    assert {p["actor"]["id"] for p in programme["participants"]} == {"GB", "FR"}
    assert all(p["role"] == "FUNDER" and p["evidence"] for p in programme["participants"])


def test_country_partners_strongest_first(gql: Gql) -> None:
    _, body = gql(
        '{ country(id: "IQ") { name partners { country { id } sharedInitiatives { id } sharedEvents { id } } } }'
    )
    partners = body["data"]["country"]["partners"]
    strengths = [len(p["sharedInitiatives"]) + len(p["sharedEvents"]) for p in partners]
    assert strengths == sorted(strengths, reverse=True)
    # Day 1's two pieces of joint work and the summit, and the UK's five agreements with Iraq
    # of November 2024 and January 2025; every other partner only attended the summit
    assert [p["country"]["id"] for p in partners[:2]] == ["GB", "FR"]
    assert strengths[1] == 3 and set(strengths[2:]) == {1}
    assert {
        "uk-france-source-transit-joint-work",
        "iraq-fraudulent-document-training",
        "uk-iraq-returns-agreement",
        "uk-iraq-serious-organised-crime-declaration-of-intent",
    } <= _ids(partners[0]["sharedInitiatives"])
    assert {"GB", "FR", "US", "VN"} <= {p["country"]["id"] for p in partners}


def test_partners_are_the_same_whichever_field_asks_for_them(gql: Gql) -> None:
    """`country(id)` and `countries` compute partners grouped in a subquery before the RETURN;
    anywhere else (here through `node`) the projection filters per partner. Same answer."""
    partners = "partners { country { id } sharedInitiatives { id } sharedEvents { id } }"
    _, listed = gql(f"{{ countries {{ id {partners} }} }}")
    assert any(c["partners"] for c in listed["data"]["countries"])
    for country in listed["data"]["countries"]:
        code = country["id"]
        _, by_code = gql(f'{{ country(id: "{code}") {{ {partners} }} }}')
        _, by_node = gql(f'{{ node(id: "{code}") {{ ... on Country {{ {partners} }} }} }}')
        assert by_code["data"]["country"]["partners"] == country["partners"]
        assert by_node["data"]["node"]["partners"] == country["partners"], code


def test_node_resolves_concrete_types_through_fragments(gql: Gql) -> None:
    _, body = gql(
        '{ a: node(id: "kurdistan-region-of-iraq") { __typename ... on Region { kind partOf { __typename id } } } '
        'b: node(id: "nope") { id } }'
    )
    assert body["data"]["a"] == {
        "__typename": "Region",
        "kind": "sub-national area",
        "partOf": [{"__typename": "Country", "id": "IQ"}],
    }
    assert body["data"]["b"] is None
    assert "errors" not in body


def test_search_uses_full_text_and_returns_scores(gql: Gql) -> None:
    _, body = gql('{ search(text: "fraudulent documents") { score node { __typename id } } }')
    hits = body["data"]["search"]
    assert hits[0]["node"]["id"] == "iraq-fraudulent-document-training"
    assert all(h["score"] > 0 for h in hits)
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)


def test_network_around_france_holds_its_initiatives_and_edges_among_them(gql: Gql) -> None:
    _, body = gql(
        '{ network(focus: ["FR"], depth: 1) { nodes { id type } edges { source target type role } } }'
    )
    network = body["data"]["network"]
    ids = _ids(network["nodes"])
    assert {"FR", "oic-summit", "iraq-fraudulent-document-training"} <= ids
    assert all(e["source"] in ids and e["target"] in ids for e in network["edges"])


def test_pages_follow_cursors_without_gaps_or_repeats(gql: Gql) -> None:
    query = (
        "query($after: String) { initiatives(first: 4, after: $after) { totalCount "
        "edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }"
    )
    seen: list[str] = []
    after = None
    while True:
        _, body = gql(query, {"after": after})
        page = body["data"]["initiatives"]
        seen.extend(e["node"]["id"] for e in page["edges"])
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert len(seen) == len(set(seen)) == page["totalCount"] > 9  # Day 1 alone has 9


def test_order_by_name_descending(gql: Gql) -> None:
    _, body = gql(
        "{ initiatives(first: 100, orderBy: {field: NAME, direction: DESC}) { nodes { name } } }"
    )
    names = [n["name"] for n in body["data"]["initiatives"]["nodes"]]
    assert names == sorted(names, reverse=True)


def test_text_filter_finds_the_campaign(gql: Gql) -> None:
    _, body = gql('{ initiatives(filter: {text: "deterrence"}) { nodes { id } } }')
    assert _ids(body["data"]["initiatives"]["nodes"]) == {"kri-digital-deterrence-campaign"}


@pytest.mark.parametrize(
    ("query", "argument"),
    [
        ('{ initiatives(filter: {countries: ["XX"]}) { totalCount } }', "filter.countries"),
        ("{ initiatives(first: 101) { totalCount } }", "first"),
        ('{ country(id: "ZZ") { id } }', "id"),
        ('{ initiatives(after: "not-a-cursor") { totalCount } }', "after"),
        # forged offsets: one that overflows Cypher's integers, one the driver cannot send
        (f'{{ initiatives(after: "{encode_cursor(2**63 - 2)}") {{ totalCount }} }}', "after"),
        (f'{{ initiatives(after: "{encode_cursor(10**30)}") {{ totalCount }} }}', "after"),
        (
            f'{{ country(id: "FR") {{ initiatives(after: "{encode_cursor(2**63)}") '
            "{ totalCount } } }",
            "initiatives.after",
        ),
        ('{ country(id: "FR") { initiatives(first: 500) { totalCount } } }', "initiatives.first"),
        ('{ network(focus: ["FR"], depth: 4) { nodes { id } } }', "depth"),
        ('{ shortestPath(from: "FR", to: "IQ", maxHops: 11) { length } }', "max_hops"),
        ('{ shortestPaths(from: "FR", to: "IQ", maxHops: 0) { length } }', "max_hops"),
        ('{ shortestPaths(from: "FR", to: "IQ", first: 51) { length } }', "first"),
        ('{ search(text: "   ") { score } }', "text"),
        ('{ node(id: " ") { id } }', "id"),
        ('{ initiative(id: "") { id } }', "id"),
    ],
)
def test_bad_arguments_are_bad_user_input_naming_the_argument(
    gql: Gql, query: str, argument: str
) -> None:
    status, body = gql(query)
    assert status == 200
    (error,) = body["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert argument.split(".")[-1].lower().replace("_", "") in error["extensions"][
        "argument"
    ].lower().replace("_", "")


def test_unknown_country_code_that_is_valid_iso_is_null_without_error(gql: Gql) -> None:
    _, body = gql(f'{{ country(id: "{ABSENT}") {{ id }} }}')
    assert body == {"data": {"country": None}}


def test_order_by_funding_puts_the_funded_package_first(gql: Gql) -> None:
    _, body = gql(
        "{ initiatives(first: 3, orderBy: {field: FUNDING, direction: DESC}) { nodes { id } } }"
    )
    assert body["data"]["initiatives"]["nodes"][0]["id"] == "bsc-oic-funding-package"


@pytest.mark.writes
def test_organisation_filter_includes_its_units_and_what_it_funds(
    gql: Gql, seeded_graph: Driver
) -> None:
    # The seed nests no organisation (the text puts no body inside another), so this test
    # makes the Border Security Command a unit of the Home Office.
    seeded_graph.execute_query(
        "MATCH (u:Organisation {id: 'border-security-command'}), (o:Organisation {id: 'home-office'}) "
        "MERGE (u)-[:PART_OF {source: 'oic-summit-day1-press-release', quote: 'test'}]->(o)"
    )
    _, body = gql(
        '{ initiatives(filter: {organisation: "home-office"}, first: 100) { nodes { id } } }'
    )
    found = _ids(body["data"]["initiatives"]["nodes"])
    # the Home Office leads the campaign; its unit the Border Security Command funds the package
    assert {"kri-digital-deterrence-campaign", "bsc-oic-funding-package"} <= found
    assert "iraq-fraudulent-document-training" not in found


def test_a_role_given_as_a_variable_filters_participants_as_a_literal_does(gql: Gql) -> None:
    by_literal = gql(
        '{ initiative(id: "grassroots-engagement-programme") '
        "{ participants(role: FUNDER) { role actor { id } } } }"
    )[1]
    by_variable = gql(
        'query($role: Role) { initiative(id: "grassroots-engagement-programme") '
        "{ participants(role: $role) { role actor { id } } } }",
        {"role": "FUNDER"},
    )[1]
    assert by_variable == by_literal
    assert _ids([p["actor"] for p in by_variable["data"]["initiative"]["participants"]]) == {
        "GB",
        "FR",
    }


@pytest.mark.parametrize(
    ("query", "argument", "message"),
    [('{ fundingStreams(region: "western-balkan") { id } }', "region",
      "no region or country with id 'western-balkan'"),
     ('{ fundingStreams(funder: "home-ofice") { id } }', "funder",
      "no country, organisation or official with id 'home-ofice'"),
     ('{ officials(organisation: "nca") { title } }', "organisation",
      "no organisation with id 'nca'"),
     ('{ initiatives(filter: {region: "balkans"}) { totalCount } }', "filter.region",
      "no region or country with id 'balkans'"),
     ('{ initiatives(filter: {organisation: "FR"}) { totalCount } }', "filter.organisation",
      "no organisation with id 'FR'"),
     ('{ stalledCommitments(event: "FR", since: "2026-01-01") { id } }', "event",
      "no event with id 'FR'"),
     # a country code in any case is the country's id: France is no organisation
     ('{ officials(organisation: "fr") { title } }', "organisation",
      "no organisation with id 'FR'"),
     ('{ network(focus: ["FR", "no-such-node"]) { nodes { id } } }', "focus",
      "no node of the partnership graph has the id 'no-such-node'"),
     ('{ shortestPath(from: "VN", to: "national-crime-agncy") { length } }', "to",
      "no node of the partnership graph has the id 'national-crime-agncy'")],
)  # fmt: skip
def test_a_filter_naming_an_id_no_node_has_says_so_instead_of_matching_nothing(
    gql: Gql, query: str, argument: str, message: str
) -> None:
    """A mistyped id would otherwise read as "nobody funds work there"."""
    status, body = gql(query)
    # null in place of the answer: the whole data for a non-null field, the field otherwise
    assert status == 200 and all(v is None for v in (body["data"] or {}).values())
    (error,) = body["errors"]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "argument": argument}
    assert error["message"].endswith(message), error["message"]


def test_a_filter_naming_a_node_with_nothing_to_match_is_an_empty_answer(gql: Gql) -> None:
    """Known ids (and a valid ISO code, as everywhere) that match nothing are not mistakes."""
    for query, field in [
        ('{ fundingStreams(funder: "DE") { id } }', "fundingStreams"),
        ('{ fundingStreams(region: "north-america") { id } }', "fundingStreams"),
        ('{ officials(organisation: "crown-prosecution-service") { title } }', "officials"),
    ]:  # fmt: skip
        _, body = gql(query)
        assert "errors" not in body and body["data"][field] == [], (query, body)
    # no document has the UK fund the Western Balkans work; GOV.UK's list of bodies makes
    # the Border Security Command, which does, a UK body
    _, body = gql(
        '{ fundingStreams(region: "western-balkans", funder: "GB", includeReference: false) '
        "{ id } }"
    )
    assert body == {"data": {"fundingStreams": []}}
    _, body = gql('{ fundingStreams(region: "western-balkans", funder: "GB") { id } }')
    assert body == {"data": {"fundingStreams": [{"id": "bsc-oic-funding"}]}}
    _, body = gql('{ officials(organisation: "national-crime-agency") { name } }')
    assert body == {"data": {"officials": [{"name": "Graeme Biggar"}]}}
    _, body = gql(
        f'{{ network(focus: ["{ABSENT}"]) {{ nodes {{ id }} }} '
        f'shortestPath(from: "{ABSENT}", to: "FR") {{ length }} }}'
    )
    assert body == {"data": {"network": {"nodes": []}, "shortestPath": None}}
    # no step since the day after the summit: the training has only its announcement
    _, body = gql('{ stalledCommitments(event: "oic-summit", since: "2025-04-01") { id } }')
    assert "errors" not in body and "iraq-fraudulent-document-training" in _ids(
        body["data"]["stalledCommitments"]
    )


@pytest.mark.parametrize(
    ("literal", "why"),
    [('"2026-13-45"', "month must be in 1..12"), ("20260101", "written as a string, YYYY-MM-DD")],
)
def test_a_bad_inline_date_is_reported_where_it_stands(gql: Gql, literal: str, why: str) -> None:
    """In a long document, a mistake without a line and column is hard to find."""
    query = f'{{\n  stalledCommitments(event: "oic-summit",\n    since: {literal}) {{ id }}\n}}'
    status, body = gql(query)
    (error,) = body["errors"]
    assert status == 200 and body["data"] is None
    assert error["locations"] == [{"line": 3, "column": 12}]
    assert why in error["message"] and literal in error["message"]
    _, good = gql(query.replace(literal, '"2025-04-01"'))
    assert "errors" not in good and good["data"]["stalledCommitments"]
