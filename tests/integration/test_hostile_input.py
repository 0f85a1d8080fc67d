"""Hostile input: Cypher-injection strings in every string argument leave the graph unchanged.

The argument slots are not listed by hand: they are read from the served GraphQL schema
(every `String`, `ID` and `Date` argument of every root field, down through input objects and
lists: tests/support/injection.py) and from `/openapi.json` (every string query and path
parameter). A new root field, a new argument or a new REST parameter is therefore tested as
soon as it exists, and a root field whose required arguments have no valid baseline fails
tests/unit/test_injection_slots.py instead of silently going untested.

Each injection string is sent in one slot at a time, the other arguments holding valid
values, so the string reaches the resolver rather than being stopped by an unrelated error.
Reads must answer (200 with data, or a refusal: a 4xx or a GraphQL error with a code) and
leave the graph exactly as it was: node and relationship counts and a fingerprint of every
label, type and property, read through the plain `driver` before and after.

Mutations (with an editor key): an injected string may be *stored* only where the mutation
legitimately stores free text (a name, a summary, a note...), and then it must be stored
verbatim as a property value with nothing else changed but the audit record; everywhere
else (ids, codes, currencies, citations, statuses, dates) it must be refused and nothing may
change at all.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from httpx import Response
from neo4j import Driver

from tests.support.fixture_types import Gql
from tests.support.graph_state import Snapshot, diff, snapshot
from tests.support.injection import (
    INJECTIONS,
    MUTATION_BASELINES,
    MUTATION_SLOTS,
    PROBE_FUNDING,
    PROBE_INITIATIVE,
    QUERY_BASELINES,
    QUERY_SLOTS,
    STORES_TEXT,
    Slot,
    document,
    inline_document,
)


@pytest.mark.writes
def test_the_fingerprint_sees_a_changed_property(empty_graph: Driver) -> None:
    """Guards the guard: a test comparing fingerprints is only as good as the fingerprint."""
    with empty_graph.session() as session:
        session.run(
            "CREATE (:Probe {id: 'p', name: 'a'})-[:R {q: 1}]->(:Probe {id: 'q'})"
        ).consume()
    before = snapshot(empty_graph)
    with empty_graph.session() as session:
        session.run("MATCH ()-[r:R]->() SET r.q = 2").consume()
    after = snapshot(empty_graph)
    assert before.digest != after.digest
    assert diff(before, after).changed_rels == 1


# --------------------------------------------------------------------------- answers

#: Codes a refusal may carry; SERVICE_UNAVAILABLE is not among them (Neo4j is up here).
REFUSAL_CODES = {
    "BAD_USER_INPUT",
    "GRAPHQL_VALIDATION_FAILED",
    "GRAPHQL_PARSE_FAILED",
    "UNAUTHENTICATED",
    "FORBIDDEN",
}


def assert_answered_or_refused(response: Any, what: str) -> dict[str, Any] | None:
    """No 5xx; a GraphQL error names a refusal code. Returns the data when there was no error."""
    assert response.status_code < 500, f"{what}: {response.status_code} {response.text[:300]}"
    body = response.json()
    errors = body.get("errors") or []
    for error in errors:
        code = (error.get("extensions") or {}).get("code")
        assert code in REFUSAL_CODES, f"{what}: an error without a refusal code: {error}"
    if errors:
        assert response.status_code in (200, 400, 401, 403), what
        return None
    assert response.status_code == 200, what
    answer: dict[str, Any] | None = body["data"]
    return answer


def post(
    client: TestClient, query: str, variables: dict[str, Any] | None, **headers: str
) -> Response:
    answer: Response = client.post(
        "/graphql", json={"query": query, "variables": variables}, headers=headers
    )
    return answer


# --------------------------------------------------------------------------- queries


@pytest.mark.parametrize("slot", QUERY_SLOTS, ids=lambda s: s.name)
def test_injection_in_a_query_argument_is_answered_or_refused_and_changes_nothing(
    slot: Slot, client: TestClient, seeded_graph: Driver, anonymous_reads: None
) -> None:
    before = snapshot(seeded_graph)
    query = document("query", slot.field)
    for value in INJECTIONS:
        variables = slot.variables(QUERY_BASELINES.get(slot.field, {}), value)
        what = f"{slot.name} = {value[:40]!r}"
        assert_answered_or_refused(post(client, query, variables), what)
        inline = inline_document("query", slot.field, variables)
        assert_answered_or_refused(post(client, inline, None), f"{what} (inline)")
    after = snapshot(seeded_graph)
    assert after.digest == before.digest, diff(before, after)


def test_an_injected_search_finds_nothing_it_should_not(gql: Gql) -> None:
    """Lucene syntax is matched as words: `*:*` is not 'everything'."""
    status, body = gql(
        "query($t: String!) { search(text: $t, first: 100) { score } }", {"t": "*:*"}
    )
    assert status == 200 and body["data"]["search"] == []
    status, body = gql(
        "query($t: String!) { search(text: $t, first: 100) { score } }", {"t": "AND OR NOT"}
    )
    assert status == 200 and len(body["data"]["search"]) < 100


def test_an_injected_id_is_looked_up_as_an_id(gql: Gql) -> None:
    for value in ("' OR 1=1 //", "FR'}) MATCH (n) DETACH DELETE n RETURN 1 AS row //"):
        status, body = gql("query($id: ID!) { node(id: $id) { id } }", {"id": value})
        assert status == 200 and body["data"]["node"] is None


# --------------------------------------------------------------------------- REST

REST_BASELINES: dict[str, dict[str, Any]] = {"/api/v1/nodes": {"type": "Country"}}


def rest_slots(app: Any) -> list[tuple[str, str, bool]]:
    """(path, parameter, is a path parameter) for every string parameter of every GET."""
    found = []
    for path, operations in app.openapi()["paths"].items():
        for parameter in operations.get("get", {}).get("parameters", []):
            schema = parameter["schema"]
            alternatives = [schema, *schema.get("anyOf", []), schema.get("items") or {}]
            kinds = [alternative.get("type") for alternative in alternatives]
            if "string" in kinds:
                found.append((path, parameter["name"], parameter["in"] == "path"))
    return found


def test_injection_in_a_rest_parameter_is_answered_or_refused_and_changes_nothing(
    client: TestClient, seeded_graph: Driver, anonymous_reads: None
) -> None:
    found = rest_slots(client.app)
    assert {(p, n) for p, n, _ in found} >= {
        ("/api/v1/network", "focus"),
        ("/api/v1/network", "types"),
        ("/api/v1/nodes/{node_id}", "node_id"),
        ("/api/v1/search", "q"),
        ("/api/v1/export.json", "focus"),
    }
    before = snapshot(seeded_graph)
    for path, name, in_path in found:
        for value in INJECTIONS:
            if in_path:
                url = path.replace("{" + name + "}", quote(value, safe=""))
                params = REST_BASELINES.get(path, {})
            else:
                url, params = path, {**REST_BASELINES.get(path, {}), name: value}
            response = client.get(url, params=params)
            what = f"GET {path} {name}={value[:40]!r}"
            assert response.status_code in (200, 400, 404, 414, 422), f"{what}: {response.text}"
            if response.status_code != 200:
                body = response.json()
                assert body.get("reason") or body.get("detail"), what
    after = snapshot(seeded_graph)
    assert after.digest == before.digest, diff(before, after)


# --------------------------------------------------------------------------- mutations


@pytest.fixture
def probe(client: TestClient, seeded_graph: Driver, editor_key: str) -> dict[str, str]:
    """The seed plus a probe initiative and funding stream, written by valid mutations."""
    headers = {"Authorization": f"Bearer {editor_key}"}
    for field_name in ("upsertInitiative", "recordFunding"):
        response = post(
            client, document("mutation", field_name), MUTATION_BASELINES[field_name], **headers
        )
        assert assert_answered_or_refused(response, field_name) is not None, response.text
    return headers


@pytest.mark.parametrize("field_name", sorted({s.field for s in MUTATION_SLOTS}))
@pytest.mark.writes
def test_injection_in_a_mutation_input_is_stored_verbatim_as_text_or_refused(
    field_name: str, client: TestClient, probe: dict[str, str], seeded_graph: Driver
) -> None:
    query = document("mutation", field_name)
    baseline = MUTATION_BASELINES[field_name]
    for slot in (s for s in MUTATION_SLOTS if s.field == field_name):
        stores = STORES_TEXT.get(slot.name)
        stored = 0
        start = snapshot(seeded_graph)
        for value in INJECTIONS:
            before = snapshot(seeded_graph) if stores else start
            response = post(client, query, slot.variables(baseline, value), **probe)
            what = f"{slot.name} = {value[:40]!r}"
            data = assert_answered_or_refused(response, what)
            if data is None:
                code = response.json()["errors"][0]["extensions"]["code"]
                assert code == "BAD_USER_INPUT", what
                if stores:
                    after = snapshot(seeded_graph)
                    assert after.digest == before.digest, (what, diff(before, after))
                continue
            assert stores is not None, f"{what} was accepted, but that slot stores no text"
            after = snapshot(seeded_graph)
            _assert_stored_verbatim_and_nothing_else(
                seeded_graph, before, after, stores, value, what
            )
            stored += 1
        if stores:
            assert stored >= len(INJECTIONS) // 2, f"{slot.name}: only {stored} stored"
        else:
            end = snapshot(seeded_graph)
            assert end.digest == start.digest, (slot.name, diff(start, end))


def _assert_stored_verbatim_and_nothing_else(
    driver: Driver, before: Snapshot, after: Snapshot, stores: tuple[str, str], value: str,
    what: str,
) -> None:  # fmt: skip
    label, key = stores
    change = diff(before, after)
    assert change.removed_nodes == 0 and change.removed_rels == 0, what
    assert change.changed_rels == 0, what
    added = [labels for labels in change.added_nodes if labels != ("Change",)]
    assert change.added_nodes.count(("Change",)) == 1, (what, change)
    if label == "ProgressUpdate":  # each update is a new node, linked and evidenced
        assert added == [("ProgressUpdate",)], (what, change)
        assert sorted(t for t in change.added_rels if t != "CHANGED") == [
            "EVIDENCED_BY",
            "HAS_PROGRESS",
        ], (what, change)
        new = (after.nodes.keys() - before.nodes.keys()) - {
            k for k, v in after.nodes.items() if v[0] == ("Change",)
        }
        target = next(iter(new))
    else:
        assert added == [] and change.added_rels == ["CHANGED"], (what, change)
        assert len(change.changed_nodes) <= 1, (what, change)
        ids = {PROBE_INITIATIVE, PROBE_FUNDING}
        with driver.session() as session:
            target = session.run(
                f"MATCH (n:{label}) WHERE n.id IN $ids RETURN elementId(n) AS id", ids=list(ids)
            ).single(strict=True)["id"]
        assert change.changed_nodes in ([], [target]), (what, change)
    with driver.session() as session:
        stored = session.run(
            "MATCH (n) WHERE elementId(n) = $id RETURN n[$key] AS value", id=target, key=key
        ).single(strict=True)["value"]
    assert stored == value.strip(), what
