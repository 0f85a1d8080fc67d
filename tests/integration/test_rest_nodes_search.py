"""GET /api/v1/nodes/{id}, /api/v1/nodes?type= and /api/v1/search, on the seeded graph."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

SOURCE_TEXT = (
    Path(__file__).resolve().parents[2] / "seed" / "oic-summit-day1-press-release.txt"
).read_text(encoding="utf-8")
TRAINING = "iraq-fraudulent-document-training"
SOURCE_ID = "oic-summit-day1-press-release"
PARTNERS = (
    "Country|Region|Organisation|Official|Event|Initiative|FundingStream|Topic|Statement|Figure"
)


@pytest.fixture
def api(client: TestClient, seeded_graph: Driver, anonymous_reads: None) -> TestClient:
    return client


def test_a_node_comes_with_its_properties_neighbours_and_citations(
    api: TestClient, driver: Driver
) -> None:
    response = api.get(f"/api/v1/nodes/{TRAINING}")
    assert response.status_code == 200
    assert response.headers["etag"] and response.headers["cache-control"]
    details = response.json()
    node = details["node"]
    assert node["type"] == "Initiative" and node["properties"]["kind"] == "training"
    assert node["label"] == node["properties"]["name"]
    assert node["properties"]["audiences"] == ["Iraqi officials", "commercial transport staff"]

    seen = {(n["node"]["id"], n["type"], n["direction"], n["role"]) for n in details["neighbours"]}
    assert ("FR", "PARTICIPATES_IN", "in", "partner") in seen
    assert ("IQ", "PARTICIPATES_IN", "in", "beneficiary") in seen
    assert ("IQ", "TARGETS", "out", None) in seen
    assert ("oic-summit", "ANNOUNCED_AT", "out", None) in seen
    # partnership neighbours only (not its dated step), each link once
    records, _, _ = driver.execute_query(
        f"MATCH (n:Initiative {{id: $id}})-[r]-(m:{PARTNERS}) "
        "RETURN count(DISTINCT [startNode(r) = n, type(r), r.role, m.id]) AS n",
        id=TRAINING,
    )
    assert len(details["neighbours"]) == records[0]["n"]
    for neighbour in details["neighbours"]:  # each link shows its own evidence
        assert neighbour["edge"]["properties"]["quote"] in SOURCE_TEXT
        assert neighbour["edge"]["properties"]["citations"]

    records, _, _ = driver.execute_query(
        "MATCH (:Initiative {id: $id})-[e:EVIDENCED_BY]->(s:Source) RETURN e.quote AS quote, "
        "s.title AS title",
        id=TRAINING,
    )
    assert [c["quote"] for c in details["citations"]] == [r["quote"] for r in records]
    for citation in details["citations"]:
        assert citation["source_id"] == SOURCE_ID
        assert citation["source_title"] == records[0]["title"]
        assert citation["quote"] in SOURCE_TEXT
    assert "detect fraudulent documents and passports" in details["citations"][0]["quote"]


def test_a_link_several_sources_state_is_one_neighbour_with_every_citation(
    api: TestClient,
) -> None:
    details = api.get("/api/v1/nodes/FR").json()
    attended = [
        n
        for n in details["neighbours"]
        if n["node"]["id"] == "oic-summit" and n["type"] == "ATTENDED"
    ]
    assert sorted(n["role"] for n in attended) == ["ally", "attendee"]  # Day 1 says ally
    (attendee,) = [n for n in attended if n["role"] == "attendee"]
    assert {c["source"] for c in attendee["edge"]["properties"]["citations"]} == {
        "2025-03-31-uk-hosts-first-major-international-summit",
        "2025-03-31-commons-home-office-topical-summit-answer",
    }


def test_an_official_named_only_by_post_is_labelled_by_the_post(api: TestClient) -> None:
    node = api.get("/api/v1/nodes/home-secretary").json()["node"]
    assert node["label"] == "Home Secretary" and node["type"] == "Official"
    assert "name" not in node["properties"]


def test_the_source_document_can_be_read_but_is_nobody_s_neighbour(api: TestClient) -> None:
    source = api.get(f"/api/v1/nodes/{SOURCE_ID}").json()
    assert source["node"]["type"] == "Source" and source["neighbours"] == []
    country = api.get("/api/v1/nodes/FR").json()
    assert "Source" not in {n["node"]["type"] for n in country["neighbours"]}


def test_an_unknown_node_is_404_with_a_json_reason(api: TestClient) -> None:
    response = api.get("/api/v1/nodes/atlantis")
    assert response.status_code == 404
    assert response.json()["error"] == "not_found" and "atlantis" in response.json()["reason"]


def test_countries_list_in_pages_follows_the_graph(api: TestClient, driver: Driver) -> None:
    records, _, _ = driver.execute_query("MATCH (c:Country) RETURN c.id AS id ORDER BY id")
    expected = [r["id"] for r in records]
    everything = api.get("/api/v1/nodes", params={"type": "Country"}).json()
    assert [n["id"] for n in everything["nodes"]] == expected and everything["next"] is None
    first = api.get("/api/v1/nodes", params={"type": "Country", "first": 2}).json()
    second = api.get(
        "/api/v1/nodes", params={"type": "Country", "first": 2, "after": first["next"]}
    ).json()
    assert [n["id"] for n in first["nodes"] + second["nodes"]] == expected[:4]


def test_a_country_code_in_lower_case_is_the_country(api: TestClient) -> None:
    lower = api.get("/api/v1/nodes/fr")
    assert lower.status_code == 200
    assert lower.json() == api.get("/api/v1/nodes/FR").json()
    assert lower.json()["node"]["id"] == "FR"


def test_an_after_this_api_did_not_issue_is_a_400_not_an_empty_page(api: TestClient) -> None:
    response = api.get("/api/v1/nodes", params={"type": "Country", "after": "zzz"})
    assert response.status_code == 400
    body = response.json()
    assert body["argument"] == "after"
    assert body["reason"] == "'zzz' is not a cursor this API issued for type Country"
    # an organisation's id is no cursor of the list of countries either
    other = api.get("/api/v1/nodes", params={"type": "Country", "after": "home-office"})
    assert other.status_code == 400 and other.json()["argument"] == "after"


def test_a_type_is_read_in_any_case_and_a_typo_gets_the_nearest(api: TestClient) -> None:
    lower = api.get("/api/v1/nodes", params={"type": "country", "first": 3}).json()
    assert [n["type"] for n in lower["nodes"]] == ["Country"] * 3
    typo = api.get("/api/v1/nodes", params={"type": "Organization"})
    assert typo.status_code == 400
    assert typo.json()["reason"].endswith("did you mean 'Organisation'?")


@pytest.mark.parametrize(
    ("params", "argument"),
    [({"type": "Source"}, "type"), ({"type": "Country", "first": 0}, "first")],
)
def test_listing_refuses_bad_parameters(
    api: TestClient, params: dict[str, Any], argument: str
) -> None:
    response = api.get("/api/v1/nodes", params=params)
    assert response.status_code == 400 and response.json()["argument"] == argument


@pytest.mark.parametrize(
    ("path", "params", "argument", "reason"),
    [("/api/v1/nodes", {"type": "Country", "first": "abc"}, "first", "got 'abc'"),
     ("/api/v1/nodes", {"type": "Country", "first": "1.5"}, "first", "got '1.5'"),
     ("/api/v1/nodes", {}, "type", "is required"),
     ("/api/v1/export.json", {"limit": "abc"}, "limit", "got 'abc'")],
)  # fmt: skip
def test_a_parameter_of_the_wrong_type_is_the_same_400_as_any_bad_parameter(
    api: TestClient, path: str, params: dict[str, Any], argument: str, reason: str
) -> None:
    response = api.get(path, params=params)
    assert response.status_code == 400, response.text
    body = response.json()
    assert body["error"] == "bad_input" and body["argument"] == argument
    assert reason in body["reason"]


def test_openapi_documents_the_400_it_sends_and_no_422(api: TestClient) -> None:
    schema = api.get("/openapi.json").json()
    responses = schema["paths"]["/api/v1/nodes"]["get"]["responses"]
    assert "400" in responses and "422" not in responses
    assert "HTTPValidationError" not in schema["components"]["schemas"]


# --------------------------------------------------------------------------- search


def hits(api: TestClient, q: str, first: int = 10) -> list[dict[str, Any]]:
    response = api.get("/api/v1/search", params={"q": q, "first": first})
    assert response.status_code == 200, response.text
    answer: list[dict[str, Any]] = response.json()["hits"]
    return answer


def test_a_word_prefix_finds_the_document_training_first(api: TestClient) -> None:
    found = hits(api, "fraud")
    assert found[0]["id"] == TRAINING and found[0]["type"] == "Initiative"
    assert found[0]["score"] > 0
    scores = [h["score"] for h in found]
    assert scores == sorted(scores, reverse=True)


def test_search_reaches_actors_by_acronym_and_statements_by_their_words(api: TestClient) -> None:
    assert hits(api, "NCA")[0]["id"] == "national-crime-agency"
    assert "statement-martin-hewitt" in {h["id"] for h in hits(api, "dismantle")}
    # the corpus names several pieces of UK-Vietnam work, which rank with the country
    countries = [h for h in hits(api, "Vietnam") if h["type"] == "Country"]
    assert countries[0] == {**countries[0], "id": "VN", "label": "Vietnam"}


def test_first_caps_the_number_of_hits(api: TestClient) -> None:
    assert len(hits(api, "organised immigration crime", first=2)) == 2


@pytest.mark.parametrize(
    "text",
    ['"', "(((", "a && b || c", "*", "?", "title:x", "/regex/", "[a TO b]", "\\", "AND", "NOT OR",
     "~2", "^", "{}", "-", "+!", "é 中文", "x" * 200],
)  # fmt: skip
def test_lucene_syntax_in_the_text_never_causes_an_error(api: TestClient, text: str) -> None:
    assert isinstance(hits(api, text), list)


@pytest.mark.parametrize(
    ("params", "argument"),
    [({"q": ""}, "q"), ({"q": "   "}, "q"), ({"q": "x" * 201}, "q"),
     ({"q": "fraud", "first": 0}, "first"), ({"q": "fraud", "first": 101}, "first")],
)  # fmt: skip
def test_search_refuses_bad_parameters_by_name(
    api: TestClient, params: dict[str, Any], argument: str
) -> None:
    response = api.get("/api/v1/search", params=params)
    assert response.status_code == 400 and response.json()["argument"] == argument


@pytest.mark.parametrize(
    ("path", "params", "argument"),
    [("/api/v1/search", [("q", "fraud"), ("q", "smuggling")], "q"),
     ("/api/v1/nodes", [("type", "Country"), ("type", "Region")], "type"),
     ("/api/v1/network", [("focus", "FR"), ("depth", "1"), ("depth", "2")], "depth"),
     ("/api/v1/export.json", [("limit", "5"), ("limit", "6")], "limit")],
)  # fmt: skip
def test_a_single_valued_parameter_given_twice_is_a_400_not_the_last_one(
    api: TestClient, path: str, params: list[Any], argument: str
) -> None:
    response = api.get(path, params=params)
    assert response.status_code == 400, response.text
    assert response.json()["argument"] == argument
    assert "given 2 times" in response.json()["reason"]


def test_focus_and_types_still_take_several_values(api: TestClient) -> None:
    response = api.get(
        "/api/v1/network",
        params=[("focus", "FR"), ("focus", "IQ"), ("types", "Country"), ("types", "Initiative")],
    )
    assert response.status_code == 200, response.text
