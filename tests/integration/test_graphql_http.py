"""GraphQL over HTTP: media types, GET, limits, round trips, and Neo4j going away."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from fastapi.testclient import TestClient
from httpx import Response
from neo4j import Driver

from app.graphql.media_type import GRAPHQL_RESPONSE
from app.main import create_app
from graph.store.settings import GraphSettings
from tests.support.fixture_types import Gql
from tests.support.relay import RelayFactory

DEEP = """{
  initiatives(first: 100) {
    totalCount
    edges { cursor node { id } }
    nodes {
      id name
      participants { role actor { id name ... on Organisation { country { id partners { country { id } } } } } evidence { quote source { title } } }
      countries { id organisations { id officials { name statements { text event { name } } } } }
      funding { amount { amount currency } funders { id } regions { id partOf { id } } }
      buildsOn { id events { id attendees { id } } }
      sources { quote source { id } }
      buildsOnWithEvidence { node { id label } evidence { quote text offset source { id } } }
      targetsWithEvidence { node { label sources { offset } } references { id } }
    }
  }
}"""


def _round_trips(client: TestClient, admin_key: str) -> float:
    metrics = client.get("/metrics", headers={"Authorization": f"Bearer {admin_key}"}).text
    return sum(
        float(value)
        for value in re.findall(r"^commitgraph_cypher_queries_total\{[^}]*\} (\S+)$", metrics, re.M)
    )


def test_a_deep_query_costs_one_cypher_round_trip_per_root_field(
    client: TestClient, seeded_graph: Driver, admin_key: str
) -> None:
    headers = {"Authorization": f"Bearer {admin_key}"}
    before = _round_trips(client, admin_key)
    response = client.post("/graphql", json={"query": DEEP}, headers=headers)
    assert response.status_code == 200 and "errors" not in response.json()
    records, _, _ = seeded_graph.execute_query("MATCH (i:Initiative) RETURN count(i) AS n")
    assert response.json()["data"]["initiatives"]["totalCount"] == records[0]["n"] > 9
    assert _round_trips(client, admin_key) - before == 1

    two_roots = '{ a: initiatives { totalCount } b: country(id: "FR") { name partners { country { id } } } }'
    before = _round_trips(client, admin_key)
    assert (
        "errors" not in client.post("/graphql", json={"query": two_roots}, headers=headers).json()
    )
    assert _round_trips(client, admin_key) - before == 2

    every_path = (
        '{ shortestPaths(from: "FR", to: "IQ") { nodes { id label } '
        "edges { type citations { quote offset source { title } } } } }"
    )
    before = _round_trips(client, admin_key)
    answer = client.post("/graphql", json={"query": every_path}, headers=headers).json()
    assert len(answer["data"]["shortestPaths"]) > 1
    assert _round_trips(client, admin_key) - before == 1

    cited_network = '{ network(focus: ["IQ"]) { edges { citations { text source { id } } } } }'
    before = _round_trips(client, admin_key)
    answer = client.post("/graphql", json={"query": cited_network}, headers=headers).json()
    assert any(e["citations"] for e in answer["data"]["network"]["edges"])
    assert _round_trips(client, admin_key) - before == 1


def test_get_queries_and_the_graphql_response_media_type(gql: Gql, client: TestClient) -> None:
    response = client.get(
        "/graphql",
        params={"query": '{ country(id: "FR") { name } }'},
        headers={"Accept": "application/graphql-response+json"},
    )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/graphql-response+json")
    assert response.json() == {"data": {"country": {"name": "France"}}}
    plain = client.post(
        "/graphql", json={"query": "{ countries { id } }"}, headers={"Accept": "application/json"}
    )
    assert plain.headers["content-type"].startswith("application/json")


def test_graphiql_is_served_to_browsers(client: TestClient, anonymous_reads: None) -> None:
    response = client.get("/graphql", headers={"Accept": "text/html"})
    assert response.status_code == 200
    assert "graphiql" in response.text.lower()


def test_a_mutation_over_get_is_405_with_allow_post(gql: Gql, client: TestClient) -> None:
    """GraphQL over HTTP: a GET that names a mutation is 405, and HTTP wants Allow with it."""
    both = "query Q { countries { id } } mutation M { __typename }"
    for params in ({"query": "mutation { __typename }"}, {"query": both, "operationName": "M"}):
        for accept in (GRAPHQL_RESPONSE, "application/json"):
            response = client.get("/graphql", params=params, headers={"Accept": accept})
            assert response.status_code == 405, response.text
            assert response.headers["allow"] == "POST"
            [error] = response.json()["errors"]
            assert error["extensions"]["code"] == "METHOD_NOT_ALLOWED"
            assert "POST" in error["message"]
    # the query beside it still runs over GET
    response = client.get("/graphql", params={"query": both, "operationName": "Q"})
    assert response.status_code == 200 and response.json()["data"]["countries"]


@pytest.mark.parametrize(
    ("headers", "named"),
    [({}, "no Content-Type"), ({"Content-Type": "text/plain"}, "Content-Type text/plain"),
     ({"Content-Type": "application/graphql"}, "Content-Type application/graphql")],
)  # fmt: skip
def test_a_post_body_not_sent_as_json_is_415_naming_what_came(
    gql: Gql, client: TestClient, headers: dict[str, str], named: str
) -> None:
    response = client.post("/graphql", content=b'{"query": "{ __typename }"}', headers=headers)
    assert response.status_code == 415, response.text
    [error] = response.json()["errors"]
    assert error["extensions"]["code"] == "UNSUPPORTED_MEDIA_TYPE"
    assert error["message"] == f"The request came with {named}: send the body as application/json"
    with_charset = {"Content-Type": "application/json; charset=utf-8"}
    response = client.post("/graphql", content=b'{"query": "{ __typename }"}', headers=with_charset)
    assert response.json() == {"data": {"__typename": "Query"}}


def test_a_bad_get_parameter_is_a_400_naming_the_parameter(gql: Gql, client: TestClient) -> None:
    for name in ("variables", "extensions"):
        params = {"query": "{ countries { id } }", name: "{not json"}
        response = client.get("/graphql", params=params)
        assert response.status_code == 400
        [error] = response.json()["errors"]
        assert error["message"].startswith(f"The {name} query parameter is not valid JSON: ")
        assert "line 1, column 2" in error["message"]
        assert error["extensions"] == {"code": "BAD_REQUEST"}
    # and a bad body says it is the body
    response = client.post(
        "/graphql", content=b'{"query": ', headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400
    assert response.json()["errors"][0]["message"].startswith("The request body is not valid JSON")


REQUEST_ERRORS = {
    "GRAPHQL_PARSE_FAILED": ("{ countries { id }", None),
    "GRAPHQL_VALIDATION_FAILED": ("{ countries { nope } }", None),
    "BAD_USER_INPUT": ("query($n: Int!) { countries(first: $n) { id } }", {"n": "ten"}),
}


def _ask(
    client: TestClient,
    method: str,
    accept: str,
    query: str,
    variables: dict[str, Any] | None = None,
    key: str | None = None,
    **extra: str,
) -> Response:
    """The query over GET or POST, asking for the `accept` media type."""
    headers = {"Accept": accept, **({"Authorization": f"Bearer {key}"} if key else {})}
    params: dict[str, str] = {"query": query, **extra}
    if method == "GET":
        if variables is not None:
            params["variables"] = json.dumps(variables)
        got: Response = client.get("/graphql", params=params, headers=headers)
        return got
    posted: Response = client.post(
        "/graphql", json={**params, "variables": variables}, headers=headers
    )
    return posted


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_request_errors_are_400_without_data_under_graphql_response_json(
    gql: Gql, client: TestClient, method: str
) -> None:
    """GraphQL over HTTP: an error before execution (parse, validation, variable coercion)
    leaves no `data` entry, and under application/graphql-response+json that is a 4xx."""
    for code, (query, variables) in REQUEST_ERRORS.items():
        response = _ask(client, method, GRAPHQL_RESPONSE, query, variables)
        assert response.status_code == 400, (code, response.text)
        assert response.headers["content-type"].startswith(GRAPHQL_RESPONSE)
        body = response.json()
        assert "data" not in body, body
        assert [e["extensions"]["code"] for e in body["errors"]] == [code]
        # application/json keeps 200 (its clients cannot trust another status), data null
        legacy = _ask(client, method, "application/json", query, variables)
        assert legacy.status_code == 200 and legacy.headers["content-type"].startswith(
            "application/json"
        )
        assert legacy.json()["data"] is None and legacy.json()["errors"] == body["errors"]


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_a_field_error_that_nulls_data_stays_200_under_graphql_response_json(
    gql: Gql, client: TestClient, method: str
) -> None:
    """The operation ran: a bad argument to a non-null root field nulls `data`, which GraphQL
    over HTTP counts as a partial response (2xx), unlike a request error (4xx, no data)."""
    response = _ask(client, method, GRAPHQL_RESPONSE, "{ countries(first: 0) { id } }")
    assert response.status_code == 200, response.text
    body = response.json()
    assert "data" in body and body["data"] is None
    assert body["errors"][0]["path"] == ["countries"]
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    # ...and the request error beside it, in the same media type, is 400
    response = _ask(client, method, GRAPHQL_RESPONSE, "{ countries(first: 0) { id }")
    assert response.status_code == 400 and "data" not in response.json()


TWO_OPERATIONS = "query A { countries { id } } query B { events { id } }"


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_several_operations_without_an_operation_name_are_a_request_error_listing_them(
    client: TestClient, seeded_graph: Driver, admin_key: str, method: str
) -> None:
    before = _round_trips(client, admin_key)
    response = _ask(client, method, GRAPHQL_RESPONSE, TWO_OPERATIONS, key=admin_key)
    assert response.status_code == 400, response.text
    body = response.json()
    assert "data" not in body
    [error] = body["errors"]
    assert error["extensions"] == {"code": "OPERATION_RESOLUTION_FAILURE"}
    assert error["message"].startswith("operationName is required")
    assert "(A, B)" in error["message"]
    legacy = _ask(client, method, "application/json", TWO_OPERATIONS, key=admin_key)
    assert legacy.status_code == 200 and legacy.json() == {"data": None, **body}
    assert _round_trips(client, admin_key) == before  # neither operation ran
    # naming one runs that one, whichever its place
    response = _ask(
        client, method, GRAPHQL_RESPONSE, TWO_OPERATIONS, key=admin_key, operationName="B"
    )
    assert response.status_code == 200 and list(response.json()["data"]) == ["events"]


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_an_unknown_operation_name_is_a_request_error_listing_the_operations(
    gql: Gql, client: TestClient, method: str
) -> None:
    response = _ask(client, method, GRAPHQL_RESPONSE, TWO_OPERATIONS, operationName="C")
    assert response.status_code == 400, response.text
    [error] = response.json()["errors"]
    assert error == {
        "message": 'Unknown operation named "C": the document has A, B',
        "extensions": {"code": "OPERATION_RESOLUTION_FAILURE"},
    }
    legacy = _ask(client, method, "application/json", TWO_OPERATIONS, operationName="C")
    assert legacy.status_code == 200 and legacy.json()["errors"] == [error]


def test_an_operation_name_that_is_not_a_string_is_a_400_naming_it(
    gql: Gql, client: TestClient
) -> None:
    response = client.post("/graphql", json={"query": TWO_OPERATIONS, "operationName": 5})
    assert response.status_code == 400
    assert response.json()["errors"] == [
        {
            "message": "operationName must be a string or null, if provided",
            "extensions": {"code": "BAD_REQUEST"},
        }
    ]


def test_too_deep_queries_are_refused_with_a_graphql_error(gql: Gql) -> None:
    nested = '{ country(id: "FR") { ' + "partners { country { " * 8 + "id" + " } }" * 8 + " } }"
    status, body = gql(nested)
    assert status in (200, 400)
    assert body.get("data") is None
    assert "depth" in body["errors"][0]["message"].lower()


def test_alias_bombs_are_refused(gql: Gql) -> None:
    bomb = "{ " + " ".join(f"a{i}: countries {{ id }}" for i in range(40)) + " }"
    status, body = gql(bomb)
    assert status in (200, 400)
    assert "alias" in body["errors"][0]["message"].lower()


def test_token_floods_are_refused(gql: Gql) -> None:
    flood = "{ countries { " + "id " * 3000 + "} }"
    status, body = gql(flood)
    assert status in (200, 400)
    assert "token" in body["errors"][0]["message"].lower()


def test_syntax_errors_are_graphql_errors_not_500(gql: Gql) -> None:
    status, body = gql("{ initiatives(first: ) }")
    assert status in (200, 400)
    assert body["errors"]


def test_neo4j_unreachable_is_service_unavailable_503_then_recovers(
    seeded_graph: Driver,
    anonymous_reads: None,
    relay: RelayFactory,
    graph_settings: GraphSettings,
) -> None:
    """The app reaches Neo4j through a relay that goes away (connections closed, new ones
    refused, as from a stopped server) and comes back on the same address."""
    neo4j = relay()
    through = graph_settings.model_copy(update={"neo4j_uri": neo4j.uri})
    query = '{ country(id: "FR") { name } }'
    with TestClient(create_app(through)) as client:

        def ask() -> tuple[int, dict[str, Any]]:
            response = client.post("/graphql", json={"query": query})
            return response.status_code, response.json()

        assert ask()[0] == 200
        neo4j.go_away()
        try:
            status, body = ask()
            assert status == 503
            assert body["errors"][0]["extensions"]["code"] == "SERVICE_UNAVAILABLE"
        finally:
            neo4j.come_back()
        status, body = ask()
    assert status == 200 and body["data"]["country"]["name"] == "France"
