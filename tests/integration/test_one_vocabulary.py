"""One vocabulary: statuses, kinds and types are words of published lists, a typo is refused
with the nearest word, and a country code names its country in any case wherever an id is
taken, on GraphQL and REST alike."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from graph.vocabulary import INITIATIVE_KINDS, INITIATIVE_STATUSES
from tests.support.fixture_types import Gql


def _refusal(body: dict[str, Any]) -> dict[str, Any]:
    (error,) = body["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT", error
    return dict(error)


def test_a_mistyped_status_is_refused_naming_the_status_it_resembles(gql: Gql) -> None:
    _, body = gql('{ initiatives(filter: {status: "annonced"}) { totalCount } }')
    error = _refusal(body)
    assert error["extensions"]["argument"] == "filter.status"
    assert error["message"].endswith("did you mean 'announced'?")
    for status in INITIATIVE_STATUSES:  # every allowed word is named
        assert repr(status) in error["message"]


def test_a_mistyped_kind_is_refused_naming_the_allowed_kinds(gql: Gql) -> None:
    _, body = gql('{ initiatives(filter: {kind: "trainning"}) { totalCount } }')
    error = _refusal(body)
    assert error["extensions"]["argument"] == "filter.kind"
    assert error["message"].endswith("did you mean 'training'?")
    assert all(repr(kind) in error["message"] for kind in INITIATIVE_KINDS)


def test_a_status_in_another_case_or_with_a_space_is_the_same_word(
    gql: Gql, driver: Driver
) -> None:
    records, _, _ = driver.execute_query(
        "MATCH (i:Initiative {status: 'delivered'}) RETURN i.id AS id ORDER BY id"
    )
    delivered = [r["id"] for r in records]
    assert delivered
    for spelt in ("delivered", "DELIVERED", " Delivered "):
        _, body = gql(
            f'{{ initiatives(filter: {{status: "{spelt}"}}, first: 100) {{ nodes {{ id }} }} }}'
        )
        assert sorted(n["id"] for n in body["data"]["initiatives"]["nodes"]) == delivered
    _, spaced = gql('{ initiatives(filter: {kind: "Funding_Package"}) { nodes { kind } } }')
    assert {n["kind"] for n in spaced["data"]["initiatives"]["nodes"]} == {"funding package"}


@pytest.mark.parametrize(
    ("lower", "upper"),
    [('{ fundingStreams(funder: "gb") { id } }', '{ fundingStreams(funder: "GB") { id } }'),
     ('{ fundingStreams(region: "iq") { id } }', '{ fundingStreams(region: "IQ") { id } }'),
     ('{ node(id: "fr") { id } }', '{ node(id: "FR") { id } }'),
     ('{ network(focus: ["fr", "Iq"]) { nodes { id } } }',
      '{ network(focus: ["FR", "IQ"]) { nodes { id } } }'),
     ('{ shortestPaths(from: "fr", to: "iq") { length nodes { id } } }',
      '{ shortestPaths(from: "FR", to: "IQ") { length nodes { id } } }'),
     ('{ initiatives(filter: {region: "iq"}) { totalCount nodes { id } } }',
      '{ initiatives(filter: {region: "IQ"}) { totalCount nodes { id } } }'),
     ('{ timeline(actors: ["gb"]) { totalCount } }', '{ timeline(actors: ["GB"]) { totalCount } }')],
)  # fmt: skip
def test_a_country_code_in_any_case_names_the_country_wherever_an_id_is_taken(
    gql: Gql, lower: str, upper: str
) -> None:
    _, by_lower = gql(lower)
    _, by_upper = gql(upper)
    assert "errors" not in by_lower, by_lower
    assert by_lower == by_upper
    assert any(v for v in by_upper["data"].values()), "the question finds something"


@pytest.fixture
def api(client: TestClient, seeded_graph: Driver, anonymous_reads: None) -> TestClient:
    return client


def test_rest_reads_a_lower_case_focus_as_the_country(api: TestClient) -> None:
    lower = api.get("/api/v1/network", params={"focus": ["fr"], "depth": 1})
    upper = api.get("/api/v1/network", params={"focus": ["FR"], "depth": 1})
    assert lower.status_code == 200 and lower.json() == upper.json()


def test_rest_refuses_a_mistyped_type_with_the_nearest_one(api: TestClient) -> None:
    response = api.get("/api/v1/network", params={"focus": "FR", "types": "Initiatve"})
    assert response.status_code == 400
    assert response.json()["argument"] == "types"
    assert response.json()["reason"].endswith("did you mean 'Initiative'?")
