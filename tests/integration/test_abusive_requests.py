"""Oversized and abusive requests are refused with a 4xx or a coded GraphQL error, never a 5xx.

Bodies beyond `MAX_BODY_BYTES` (declared or streamed), documents beyond the depth, alias and
token limits, page sizes beyond the maxima, focus lists beyond MAX_FOCUS, and bodies that are
not JSON at all: each gets an answer that says what was wrong, and the service keeps serving.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from app.graphql.document_cache import MAX_DOCUMENTS, cached_documents
from app.graphql.schema import MAX_ALIASES, MAX_DEPTH, MAX_TOKENS
from app.settings import get_api_settings
from graph.queries.network import MAX_FOCUS
from tests.support.fixture_types import Gql

LIMIT = get_api_settings().max_body_bytes


def graphql_error_codes(response: httpx.Response) -> list[str | None]:
    assert response.status_code < 500, response.text[:300]
    errors = response.json().get("errors") or []
    return [(e.get("extensions") or {}).get("code") for e in errors]


# --------------------------------------------------------------------------- body size


def test_a_body_over_the_limit_is_413_with_a_json_reason(client: TestClient) -> None:
    query = "{ countries { id } }" + " " * LIMIT
    response = client.post("/graphql", json={"query": query})
    assert response.status_code == 413
    assert response.json()["error"] == "payload_too_large"
    assert str(LIMIT) in response.json()["reason"]


def test_a_body_just_under_the_limit_reaches_graphql_intact(
    client: TestClient, seeded_graph: Driver, anonymous_reads: None
) -> None:
    # Whitespace is no token, so this is a valid, cheap document of almost LIMIT bytes.
    query = '{ country(id: "FR") {' + " " * (LIMIT - 200) + "name } }"
    body = json.dumps({"query": query}).encode()
    assert LIMIT - 200 < len(body) <= LIMIT
    response = client.post("/graphql", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 200
    assert response.json()["data"]["country"]["name"] == "France"


def test_a_chunked_body_over_the_limit_is_413_on_a_real_server(
    live_server: str, anonymous_reads: None
) -> None:
    """No Content-Length: the bytes are counted as they stream in."""

    def chunks() -> Iterator[bytes]:
        yield b'{"query": "{ countries { id } }", "padding": "'
        for _ in range(2 * LIMIT // 4096):
            yield b"x" * 4096
        yield b'"}'

    with httpx.Client(base_url=live_server, timeout=30) as http:
        response = http.post(
            "/graphql", content=chunks(), headers={"Content-Type": "application/json"}
        )
        assert response.status_code == 413
        assert response.json()["error"] == "payload_too_large"
        # the server still serves the next request
        assert http.get("/healthz").status_code == 200


def test_a_chunked_body_under_the_limit_is_served_on_a_real_server(
    live_server: str, seeded_graph: Driver, anonymous_reads: None
) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"query": "{ country(id: \\"FR\\") '
        yield b'{ name } }"}'

    response = httpx.post(
        f"{live_server}/graphql",
        content=chunks(),
        headers={"Content-Type": "application/json"},
        timeout=30,
    )
    assert response.status_code == 200
    assert response.json()["data"]["country"]["name"] == "France"


# --------------------------------------------------------------------------- GraphQL limits


def test_a_query_deeper_than_the_limit_is_a_validation_error(gql: Gql, client: TestClient) -> None:
    nested = "partners { country { " * MAX_DEPTH
    query = '{ country(id: "FR") { ' + nested + "id" + " } }" * MAX_DEPTH + " } }"
    response = client.post("/graphql", json={"query": query})
    assert graphql_error_codes(response) == ["GRAPHQL_VALIDATION_FAILED"]
    assert response.json().get("data") is None


def test_deep_fragments_count_towards_the_depth_limit(gql: Gql, client: TestClient) -> None:
    fragments = "".join(
        f"fragment F{i} on Country {{ partners {{ country {{ ...F{i + 1} }} }} }} "
        for i in range(MAX_DEPTH)
    )
    query = (
        f'{{ country(id: "FR") {{ ...F0 }} }} {fragments} fragment F{MAX_DEPTH} on Country {{ id }}'
    )
    assert graphql_error_codes(client.post("/graphql", json={"query": query})) == [
        "GRAPHQL_VALIDATION_FAILED"
    ]


def test_cyclic_fragments_are_a_validation_error(gql: Gql, client: TestClient) -> None:
    query = (
        '{ country(id: "FR") { ...A } } fragment A on Country { partners { country { ...B } } } '
        "fragment B on Country { partners { country { ...A } } }"
    )
    codes = graphql_error_codes(client.post("/graphql", json={"query": query}))
    assert codes and set(codes) == {"GRAPHQL_VALIDATION_FAILED"}


def test_an_alias_bomb_is_a_validation_error(gql: Gql, client: TestClient) -> None:
    bomb = "{ " + " ".join(f"a{i}: countries {{ id }}" for i in range(MAX_ALIASES + 1)) + " }"
    assert graphql_error_codes(client.post("/graphql", json={"query": bomb})) == [
        "GRAPHQL_VALIDATION_FAILED"
    ]


def test_an_alias_bomb_inside_a_field_counts_too(gql: Gql, client: TestClient) -> None:
    inner = " ".join(f"n{i}: name" for i in range(MAX_ALIASES + 1))
    query = f'{{ country(id: "FR") {{ {inner} }} }}'
    assert graphql_error_codes(client.post("/graphql", json={"query": query})) == [
        "GRAPHQL_VALIDATION_FAILED"
    ]


def test_a_token_flood_is_refused_while_parsing(gql: Gql, client: TestClient) -> None:
    flood = "{ countries { " + "id " * MAX_TOKENS + "} }"
    response = client.post("/graphql", json={"query": flood})
    assert graphql_error_codes(response) == ["GRAPHQL_PARSE_FAILED"]
    assert "tokens" in response.json()["errors"][0]["message"]


def test_a_field_repeated_too_often_to_validate_is_refused_saying_why(
    gql: Gql, client: TestClient
) -> None:
    """graphql-core compares a selection's fields pairwise and gives up past a budget, inside
    the token limit, with only "Validation aborted."."""
    repeated = "{ countries { " + "id " * 800 + "} }"
    response = client.post("/graphql", json={"query": repeated})
    assert graphql_error_codes(response) == ["GRAPHQL_VALIDATION_FAILED"]
    message = response.json()["errors"][0]["message"]
    assert "too costly to validate" in message and "Select each field once" in message
    assert graphql_error_codes(client.post("/graphql", json={"query": repeated})) == [
        "GRAPHQL_VALIDATION_FAILED"
    ]  # the second time from the document cache, the same


def test_repeated_root_fields_merge_and_beyond_the_token_limit_are_refused(
    gql: Gql, client: TestClient
) -> None:
    # Identical fields without aliases merge into one field, so they cost one Cypher round trip.
    merged = "{ " + "countries { id } " * (MAX_TOKENS // 5) + "}"
    status, body = gql(merged)
    assert status == 200 and len(body["data"]["countries"]) > 0
    flood = "{ " + "countries { id } " * (MAX_TOKENS // 4 + 1) + "}"
    response = client.post("/graphql", json={"query": flood})
    assert graphql_error_codes(response) == ["GRAPHQL_PARSE_FAILED"]


@pytest.mark.parametrize(
    "query",
    [
        "{ initiatives(first: 1000000) { totalCount } }",
        "{ initiatives(first: -1) { totalCount } }",
        "{ countries(first: 1000000) { id } }",
        "{ countries(first: 0) { id } }",
        "{ countries(skip: -5) { id } }",
        "{ organisations(first: 1000000) { id } }",
        "{ officials(first: 1000000) { title } }",
        "{ events(first: 1000000) { id } }",
        "{ fundingStreams(first: 1000000) { id } }",
        '{ search(text: "border", first: 1000000) { score } }',
        '{ network(focus: ["FR"], depth: 1000) { nodes { id } } }',
        '{ shortestPath(from: "FR", to: "IQ", maxHops: 1000) { length } }',
        '{ initiatives(after: "bm90IGEgY3Vyc29y") { totalCount } }',
    ],
)
def test_huge_or_negative_sizes_are_bad_user_input(gql: Gql, query: str) -> None:
    status, body = gql(query)
    assert status == 200
    assert [e["extensions"]["code"] for e in body["errors"]] == ["BAD_USER_INPUT"]
    assert "argument" in body["errors"][0]["extensions"]


def test_an_int_beyond_32_bits_is_refused_before_any_resolver(gql: Gql) -> None:
    status, body = gql("{ countries(first: 99999999999) { id } }")
    assert status < 500
    assert [e["extensions"]["code"] for e in body["errors"]] == ["GRAPHQL_VALIDATION_FAILED"]


def test_a_huge_list_of_focus_ids_is_bad_user_input(gql: Gql, client: TestClient) -> None:
    focus = [f"id-{i}" for i in range(1000)]
    status, body = gql("query($f: [ID!]!) { network(focus: $f) { nodes { id } } }", {"f": focus})
    assert status == 200
    assert body["errors"][0]["extensions"] == {"code": "BAD_USER_INPUT", "argument": "focus"}
    assert str(MAX_FOCUS) in body["errors"][0]["message"]
    response = client.get("/api/v1/network", params={"focus": focus[:200]})
    assert response.status_code == 400 and response.json()["argument"] == "focus"


def test_huge_lists_in_filters_are_answered_or_refused(gql: Gql) -> None:
    countries = ["FR"] * 5000
    status, body = gql(
        "query($c: [ID!]) { initiatives(filter: {countries: $c}) { totalCount } }",
        {"c": countries},
    )
    assert status < 500
    assert "errors" not in body or body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


# --------------------------------------------------------------------------- malformed bodies


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b"{not json", "application/json"),
        (b"", "application/json"),
        (b"[]", "application/json"),
        (b"123", "application/json"),
        (b'"query"', "application/json"),
        (b'{"query": 123}', "application/json"),
        (b'{"query": null}', "application/json"),
        (b'{"query": "{ countries { id } }", "variables": "x"}', "application/json"),
        (b'{"query": "{ countries { id } }", "variables": [1]}', "application/json"),
        (b'{"query": "{ countries { id } }", "operationName": 5}', "application/json"),
        (
            b'[{"query": "{ countries { id } }"}, {"query": "{ events { id } }"}]',
            "application/json",
        ),
        (b"\xff\xfe\x00garbage", "application/json"),
        (b"query=%7B%7D", "application/x-www-form-urlencoded"),
        (b"{ countries { id } }", "text/plain"),
        (b"--x\r\nContent-Disposition: form-data\r\n\r\n\r\n--x--", "multipart/form-data"),
    ],
)
def test_a_malformed_body_is_a_4xx(
    client: TestClient, anonymous_reads: None, body: bytes, content_type: str
) -> None:
    response = client.post("/graphql", content=body, headers={"Content-Type": content_type})
    assert 400 <= response.status_code < 500, (response.status_code, response.text[:200])


def refusal_message(response: httpx.Response) -> str:
    """The one error of a transport refusal: a 400 whose JSON body is a GraphQL response
    without data (as for every other bad body), its code the HTTP status's name."""
    assert response.status_code == 400, (response.status_code, response.text[:300])
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert "data" not in body
    [error] = body["errors"]
    assert error["extensions"] == {"code": "BAD_REQUEST"}
    return str(error["message"])


def _post_raw(client: TestClient, body: bytes) -> httpx.Response:
    answer: httpx.Response = client.post(
        "/graphql", content=body, headers={"Content-Type": "application/json"}
    )
    return answer


@pytest.mark.parametrize(
    "body",
    [
        b'{"query": "{ countries { id } }", "variables": {"t": "caf\xe9"}}',  # Latin-1
        '{"query": "{ countries { name } } # caf\u00e9"}'.encode("latin-1"),
        b'{"query": "{ countries { id } }", "variables": {"t": "\xff"}}',
    ],
    ids=["latin-1-variable", "latin-1-query", "ff-byte"],
)
def test_a_body_that_is_not_utf8_is_a_400_saying_so(
    client: TestClient, anonymous_reads: None, body: bytes
) -> None:
    message = refusal_message(_post_raw(client, body))
    assert message.startswith("The request body is not UTF-8"), message
    assert "at byte" in message


def test_json_nested_too_deeply_is_a_400_saying_so_in_a_body_or_a_get_parameter(
    client: TestClient, anonymous_reads: None
) -> None:
    deep = "[" * 5000 + "]" * 5000
    body = '{"query": "{ countries { id } }", "variables": {"a": ' + deep + "}}"
    message = refusal_message(_post_raw(client, body.encode()))
    assert message == "The request body nests JSON arrays or objects too deeply to be read"
    response = client.get("/graphql", params={"query": "{ countries { id } }", "variables": deep})
    message = refusal_message(response)
    assert (
        message
        == "The variables query parameter nests JSON arrays or objects too deeply to be read"
    )
    response = client.get("/graphql", params={"query": "{ countries { id } }", "extensions": deep})
    assert refusal_message(response).startswith("The extensions query parameter nests")


def test_a_number_too_long_to_read_is_a_400_saying_so(
    client: TestClient, anonymous_reads: None
) -> None:
    body = b'{"query": "{ countries { id } }", "variables": {"n": ' + b"7" * 5000 + b"}}"
    message = refusal_message(_post_raw(client, body))
    assert message == "The request body holds a number with too many digits to read"


# --------------------------------------------------------------------------- lone surrogates

SURROGATE_CASES = [
    ('query($t: String!) { search(text: $t) { score } }', {"t": "\ud800"}, "variables.t"),
    ("query($id: ID!) { node(id: $id) { id } }", {"id": "FR\udfff"}, "variables.id"),
    (
        'query($f: ID!) { shortestPath(from: $f, to: "IQ") { length } }',
        {"f": "\udc00\ud800"},  # low before high: two lone surrogates, not a pair
        "variables.f",
    ),
    ("query($f: [ID!]!) { network(focus: $f) { nodes { id } } }", {"f": ["FR", "\ud800"]}, "variables.f[1]"),
    (
        "query($x: InitiativeFilter) { initiatives(filter: $x) { totalCount } }",
        {"x": {"text": "border \ud83d"}},
        "variables.x.text",
    ),
    (
        "mutation($i: InitiativeInput!) { upsertInitiative(input: $i) { id } }",
        {"i": {"id": "x", "name": "\ud800", "summary": "s", "kind": "programme",
               "citation": {"source": "s", "quote": "q"}}},
        "variables.i.name",
    ),
]  # fmt: skip


def _ascii_json(payload: object) -> bytes:
    """JSON as a client's encoder writes it: a lone surrogate in a str (which has no UTF-8
    form) becomes a `\\uXXXX` escape."""
    return json.dumps(payload).encode()


def _cypher_round_trips(client: TestClient, admin_key: str) -> float:
    metrics = client.get("/metrics", headers={"Authorization": f"Bearer {admin_key}"}).text
    return sum(
        float(line.rsplit(" ", 1)[1])
        for line in metrics.splitlines()
        if line.startswith("commitgraph_cypher_queries_total{")
    )


@pytest.mark.parametrize(
    ("method", "query", "variables", "path"),
    [
        pytest.param(method, *case, id=f"{method}-{case[2]}")
        for method in ("POST", "GET")
        for case in SURROGATE_CASES
        if method == "POST" or not case[0].startswith("mutation")  # GET: no mutations
    ],
)
def test_a_lone_surrogate_in_a_variable_is_a_400_naming_it_before_any_cypher(
    client: TestClient,
    seeded_graph: Driver,
    admin_key: str,
    caplog: pytest.LogCaptureFixture,
    method: str,
    query: str,
    variables: dict[str, Any],
    path: str,
) -> None:
    headers = {"Authorization": f"Bearer {admin_key}"}
    before = _cypher_round_trips(client, admin_key)
    with caplog.at_level(logging.DEBUG):
        if method == "POST":
            body = _ascii_json({"query": query, "variables": variables})
            response = client.post(
                "/graphql", content=body, headers={**headers, "Content-Type": "application/json"}
            )
        else:
            params = {"query": query, "variables": _ascii_json(variables).decode()}
            response = client.get("/graphql", params=params, headers=headers)
    message = refusal_message(response)
    assert message.startswith(f"{path} holds a lone UTF-16 surrogate"), message
    assert _cypher_round_trips(client, admin_key) == before
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


def test_a_lone_surrogate_in_the_document_is_refused_and_a_pair_is_answered(
    client: TestClient, seeded_graph: Driver, anonymous_reads: None
) -> None:
    # In JSON, the escape puts the surrogate itself into the query text.
    body = _ascii_json({"query": '{ search(text: "\ud800") { score } }'})
    assert refusal_message(_post_raw(client, body)).startswith("query holds a lone UTF-16")
    # In GraphQL, the escape of a lone surrogate is a syntax error (graphql-core's lexer).
    response = client.post("/graphql", json={"query": '{ search(text: "\\ud800") { score } }'})
    assert graphql_error_codes(response) == ["GRAPHQL_PARSE_FAILED"]
    # A high and a low surrogate together are one character, in JSON and in GraphQL alike.
    query = "query($t: String!) { search(text: $t) { score } }"
    pair = _ascii_json({"query": query, "variables": {"t": "\ud83d\ude00 border"}})
    response = _post_raw(client, pair)
    assert response.status_code == 200 and "errors" not in response.json(), response.text
    literal = '{ search(text: "\\ud83d\\ude00 border") { score } }'
    response = client.post("/graphql", json={"query": literal})
    assert response.status_code == 200 and "errors" not in response.json(), response.text


def test_an_unknown_operation_name_is_refused(client: TestClient, anonymous_reads: None) -> None:
    response = client.post(
        "/graphql", json={"query": "query A { countries { id } }", "operationName": "B"}
    )
    assert 400 <= response.status_code < 500 or graphql_error_codes(response)


def test_abuse_leaves_the_service_serving(gql: Gql) -> None:
    status, body = gql('{ country(id: "FR") { name } }')
    assert status == 200 and body["data"]["country"]["name"] == "France"


# --------------------------------------------------------------------------- the document cache


def test_a_refused_document_stays_refused_when_sent_again(gql: Gql, client: TestClient) -> None:
    """Validation outcomes are kept per query text: a repeat must get the same refusal."""
    nested = "partners { country { " * MAX_DEPTH
    too_deep = '{ country(id: "FR") { ' + nested + "id" + " } }" * MAX_DEPTH + " } }"
    unknown_field = '{ country(id: "FR") { name noSuchField } }'
    for query, code in ((too_deep, "GRAPHQL_VALIDATION_FAILED"),
                        (unknown_field, "GRAPHQL_VALIDATION_FAILED")):  # fmt: skip
        answers = [client.post("/graphql", json={"query": query}) for _ in range(3)]
        assert [graphql_error_codes(a) for a in answers] == [[code]] * 3
        assert len({a.text for a in answers}) == 1  # the same message, word for word


def test_one_document_answers_each_request_with_its_own_variables(gql: Gql) -> None:
    query = "query($id: ID!) { country(id: $id) { id name } }"
    for code, name in (("FR", "France"), ("IQ", "Iraq"), ("FR", "France")):
        status, body = gql(query, {"id": code})
        assert status == 200 and body["data"]["country"] == {"id": code, "name": name}
    status, body = gql(query, {})
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"  # $id is required


def test_the_document_cache_keeps_a_bounded_number_of_documents(gql: Gql) -> None:
    for i in range(MAX_DOCUMENTS + 20):
        status, body = gql(f'{{ c{i}: country(id: "FR") {{ id }} }}')
        assert status == 200 and body["data"] == {f"c{i}": {"id": "FR"}}
    assert cached_documents() == MAX_DOCUMENTS
