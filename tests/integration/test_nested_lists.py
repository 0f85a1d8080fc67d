"""A list nested under another of the same kind: Cypher refuses a subquery variable that
shadows an outer one, so each nested list must name its own."""

from __future__ import annotations

from tests.support.fixture_types import Gql


def test_initiatives_of_the_countries_of_initiatives_answer(gql: Gql) -> None:
    _, body = gql(
        '{ initiatives(filter: {countries: ["FR"]}, first: 3) { nodes { id '
        "countries { id initiatives { totalCount } } } } }"
    )
    assert "errors" not in body, body
    nodes = body["data"]["initiatives"]["nodes"]
    france = [c for n in nodes for c in n["countries"] if c["id"] == "FR"]
    assert france and all(c["initiatives"]["totalCount"] >= len(nodes) for c in france)


def test_countries_of_the_initiatives_of_a_country_answer(gql: Gql) -> None:
    _, body = gql(
        '{ country(id: "IQ") { initiatives { nodes { id countries { id '
        "initiatives { nodes { countries { id } } } } } } } }"
    )
    assert "errors" not in body, body
    initiatives = body["data"]["country"]["initiatives"]["nodes"]
    assert initiatives and all("IQ" in {c["id"] for c in i["countries"]} for i in initiatives)
