"""Hostile input: Cypher-injection strings in every string argument leave the graph unchanged.

The argument slots are not listed by hand: they are read from the served GraphQL schema
(every `String`, `ID` and `Date` argument of every root field, down through input objects and
lists) and from `/openapi.json` (every string query and path parameter). A new root field, a
new argument or a new REST parameter is therefore tested as soon as it exists, and a root
field whose required arguments have no valid baseline here fails the completeness test
instead of silently going untested.

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

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLScalarType,
    ast_from_value,
    build_schema,
    get_named_type,
    print_ast,
)
from neo4j import Driver

from app.graphql.schema import schema as served_schema

# --------------------------------------------------------------------------- the strings

LONG = 10_000  # well inside the body limit, far beyond every text limit

INJECTIONS: list[str] = [
    "' OR 1=1 //",
    "x'}) DETACH DELETE n //",
    '" MATCH (n) DETACH DELETE n //',
    "FR'}) MATCH (n) DETACH DELETE n RETURN 1 AS row //",
    "`) DETACH DELETE n //",
    "FR` RETURN 1 UNION MATCH (n) DETACH DELETE n //",
    "\\' OR '1'='1",
    "FR\n;MATCH (n) DETACH DELETE n;",
    "$id",
    "${focus}",
    "{id: 'FR'}",
    "CALL db.index.fulltext.drop('initiative_text')",
    "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {})",
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "*:*",
    "name:* OR summary:*",
    "AND OR NOT",
    'fraud~ AND "border security"^10 OR [a TO z] OR /.*/',
    "\x00",
    "Ünïcödé ✓ 🇫🇷 漢字 \u202e gnp.exe",
    "x" * LONG,
    "' OR 1=1 // " * (LONG // 12),
]
IDS = [f"{i:02d}" for i in range(len(INJECTIONS))]

# --------------------------------------------------------------------------- the graph


@dataclass(frozen=True)
class Snapshot:
    """Every node and relationship, with its labels or type and all its properties."""

    nodes: dict[str, tuple[tuple[str, ...], str]]
    rels: dict[str, tuple[str, str, str, str]]

    @property
    def digest(self) -> str:
        lines = sorted(f"n {k} {v}" for k, v in self.nodes.items())
        lines += sorted(f"r {k} {v}" for k, v in self.rels.items())
        return hashlib.sha256("\n".join(lines).encode("utf-8", "surrogatepass")).hexdigest()


def _props(properties: dict[str, Any]) -> str:
    return repr(sorted((key, repr(value)) for key, value in properties.items()))


def snapshot(driver: Driver) -> Snapshot:
    with driver.session() as session:
        nodes = {
            r["id"]: (tuple(sorted(r["labels"])), _props(r["props"]))
            for r in session.run(
                "MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props"
            )
        }
        rels = {
            r["id"]: (r["type"], r["start"], r["end"], _props(r["props"]))
            for r in session.run(
                "MATCH (a)-[r]->(b) RETURN elementId(r) AS id, type(r) AS type, "
                "elementId(a) AS start, elementId(b) AS end, properties(r) AS props"
            )
        }
    return Snapshot(nodes, rels)


@dataclass
class Diff:
    added_nodes: list[tuple[str, ...]]
    removed_nodes: int
    changed_nodes: list[str]
    added_rels: list[str]
    removed_rels: int
    changed_rels: int


def diff(before: Snapshot, after: Snapshot) -> Diff:
    return Diff(
        added_nodes=sorted(after.nodes[k][0] for k in after.nodes.keys() - before.nodes.keys()),
        removed_nodes=len(before.nodes.keys() - after.nodes.keys()),
        changed_nodes=sorted(
            k for k in before.nodes.keys() & after.nodes.keys() if before.nodes[k] != after.nodes[k]
        ),
        added_rels=sorted(after.rels[k][0] for k in after.rels.keys() - before.rels.keys()),
        removed_rels=len(before.rels.keys() - after.rels.keys()),
        changed_rels=sum(
            1 for k in before.rels.keys() & after.rels.keys() if before.rels[k] != after.rels[k]
        ),
    )


def test_the_fingerprint_sees_a_changed_property(empty_graph: Driver, dirties_graph: None) -> None:
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


# --------------------------------------------------------------------------- GraphQL slots

SDL = build_schema(served_schema.as_str())
STRING_SCALARS = {"String", "ID", "Date"}

#: Valid values for the required arguments of every root field, so that an injected string
#: in one slot reaches the resolver instead of failing on a missing neighbour.
QUERY_BASELINES: dict[str, dict[str, Any]] = {
    "node": {"id": "FR"},
    "country": {"id": "FR"},
    "organisation": {"id": "uk-government"},
    "initiative": {"id": "plan-for-change"},
    "network": {"focus": ["FR"]},
    "shortestPath": {"from": "FR", "to": "IQ"},
    "shortestPaths": {"from": "FR", "to": "IQ"},
    "search": {"text": "border"},
    "fundingTotals": {"groupBy": "REGION"},
    "stalledCommitments": {"event": "oic-summit", "since": "2025-01-01"},
}

SOURCE = "oic-summit-day1-press-release"
QUOTE = "new joint work with France to tackle irregular migration"
CITATION = {"source": SOURCE, "quote": QUOTE}
PROBE_INITIATIVE = "hostile-input-probe"
PROBE_FUNDING = "hostile-input-probe-funding"

MUTATION_BASELINES: dict[str, dict[str, Any]] = {
    "upsertInitiative": {
        "input": {
            "id": PROBE_INITIATIVE,
            "name": "Probe initiative",
            "summary": "Written by the hostile-input test.",
            "kind": "programme",
            "status": "announced",
            "citation": CITATION,
        }
    },
    "addParticipation": {
        "input": {
            "initiative": PROBE_INITIATIVE,
            "actor": "FR",
            "role": "PARTNER",
            "citation": CITATION,
        }
    },
    "recordFunding": {
        "input": {
            "id": PROBE_FUNDING,
            "name": "Probe funding",
            "amount": 1000.0,
            "currency": "GBP",
            "qualifier": "up to",
            "funders": ["uk-government"],
            "initiatives": [PROBE_INITIATIVE],
            "regions": ["IQ"],
            "citation": CITATION,
        }
    },
    "recordProgress": {
        "input": {
            "initiative": PROBE_INITIATIVE,
            "status": "IN_PROGRESS",
            "on": "2025-06-01",
            "note": "Probe note",
            "citation": CITATION,
        }
    },
}

#: Mutation slots that store free text: (the label of the written node, its property). Every
#: other string slot of a mutation is an id, a code, a status, a date or a citation, checked
#: before anything is written.
STORES_TEXT: dict[str, tuple[str, str]] = {
    "upsertInitiative.input.name": ("Initiative", "name"),
    "upsertInitiative.input.summary": ("Initiative", "summary"),
    "upsertInitiative.input.kind": ("Initiative", "kind"),
    "recordFunding.input.name": ("FundingStream", "name"),
    "recordFunding.input.qualifier": ("FundingStream", "qualifier"),
    "recordProgress.input.note": ("ProgressUpdate", "note"),
}


@dataclass(frozen=True)
class Slot:
    """One place a string can go: `field` of the root `kind`, at `path` in its arguments."""

    kind: str  # "query" or "mutation"
    field: str
    path: tuple[str | int, ...]  # argument name, then input fields; 0 marks a list item

    @property
    def name(self) -> str:
        return ".".join([self.field, *(p for p in self.path if isinstance(p, str))])

    def variables(self, baseline: dict[str, Any], value: str) -> dict[str, Any]:
        variables = json.loads(json.dumps(baseline))
        target: Any = variables
        for step, following in zip(self.path, [*self.path[1:], None], strict=True):
            if following is None:
                break
            if isinstance(following, int):
                target = target.setdefault(step, [None])
            else:
                target = target.setdefault(step, {})
        last = self.path[-1]
        if isinstance(last, int):
            target.clear()
            target.append(value)
        else:
            target[last] = value
        return variables


def _string_paths(type_: Any, prefix: tuple[str | int, ...], seen: frozenset[str]) -> Iterator:
    if isinstance(type_, GraphQLNonNull):
        yield from _string_paths(type_.of_type, prefix, seen)
    elif isinstance(type_, GraphQLList):
        yield from _string_paths(type_.of_type, (*prefix, 0), seen)
    elif isinstance(type_, GraphQLScalarType) and type_.name in STRING_SCALARS:
        yield prefix
    elif isinstance(type_, GraphQLInputObjectType) and type_.name not in seen:
        for name, field in type_.fields.items():
            yield from _string_paths(field.type, (*prefix, name), seen | {type_.name})


def slots(kind: str) -> list[Slot]:
    root = SDL.query_type if kind == "query" else SDL.mutation_type
    if root is None:
        return []
    return [
        Slot(kind, field_name, path)
        for field_name, field in root.fields.items()
        for arg_name, arg in field.args.items()
        for path in _string_paths(arg.type, (arg_name,), frozenset())
    ]


QUERY_SLOTS = slots("query")
MUTATION_SLOTS = slots("mutation")


def document(kind: str, field_name: str) -> str:
    """The operation calling `field_name` with every argument as a variable."""
    root = SDL.query_type if kind == "query" else SDL.mutation_type
    assert root is not None
    field = root.fields[field_name]
    declared = ", ".join(f"${name}: {arg.type}" for name, arg in field.args.items())
    passed = ", ".join(f"{name}: ${name}" for name in field.args)
    return (
        f"{kind}{f'({declared})' if declared else ''} "
        f"{{ {field_name}{f'({passed})' if passed else ''}{_selection(field.type)} }}"
    )


def _selection(type_: Any) -> str:
    named = get_named_type(type_)
    if isinstance(named, GraphQLScalarType | GraphQLEnumType):
        return ""
    fields = getattr(named, "fields", {})
    for candidate in ("id", "totalCount", "length", "key"):
        if candidate in fields:
            return f" {{ {candidate} }}"
    return " { __typename }"


def _literal(value: Any, type_: Any) -> Any:
    """`value` as a GraphQL literal of `type_`; the variables here always have one."""
    literal = ast_from_value(value, type_)
    assert literal is not None, (value, type_)
    return literal


def inline_document(kind: str, field_name: str, variables: dict[str, Any]) -> str:
    """The same call with the values written into the document instead of variables."""
    root = SDL.query_type if kind == "query" else SDL.mutation_type
    assert root is not None
    field = root.fields[field_name]
    passed = ", ".join(
        f"{name}: {print_ast(_literal(variables[name], arg.type))}"
        for name, arg in field.args.items()
        if name in variables
    )
    return f"{kind} {{ {field_name}{f'({passed})' if passed else ''}{_selection(field.type)} }}"


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
    return body["data"]


def post(client: TestClient, query: str, variables: dict[str, Any] | None, **headers: str):
    return client.post("/graphql", json={"query": query, "variables": variables}, headers=headers)


# --------------------------------------------------------------------------- completeness


def test_every_string_argument_of_every_root_field_is_a_slot_here() -> None:
    """The slot list is read from the schema; it must reach every field the contract names."""
    names = {s.name for s in QUERY_SLOTS}
    for expected in (
        "node.id", "country.id", "organisation.id", "organisations.country",
        "officials.organisation", "initiative.id", "initiatives.filter.countries",
        "initiatives.filter.organisation", "initiatives.filter.region", "initiatives.filter.kind",
        "initiatives.filter.status", "initiatives.filter.text", "initiatives.after",
        "fundingStreams.region", "fundingStreams.funder", "network.focus", "network.types",
        "shortestPath.from", "shortestPath.to", "search.text",
    ):  # fmt: skip
        assert expected in names
    for kind, baselines in (("query", QUERY_BASELINES), ("mutation", MUTATION_BASELINES)):
        root = SDL.query_type if kind == "query" else SDL.mutation_type
        for field_name, field in (root.fields if root else {}).items():
            required = [n for n, a in field.args.items() if isinstance(a.type, GraphQLNonNull)]
            missing = [n for n in required if n not in baselines.get(field_name, {})]
            assert not missing, f"add valid {missing} for {kind} {field_name} to the baselines"
    for slot in MUTATION_SLOTS:
        if slot.name in STORES_TEXT:
            assert SDL.mutation_type is not None


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


def test_an_injected_search_finds_nothing_it_should_not(gql) -> None:
    """Lucene syntax is matched as words: `*:*` is not 'everything'."""
    status, body = gql(
        "query($t: String!) { search(text: $t, first: 100) { score } }", {"t": "*:*"}
    )
    assert status == 200 and body["data"]["search"] == []
    status, body = gql(
        "query($t: String!) { search(text: $t, first: 100) { score } }", {"t": "AND OR NOT"}
    )
    assert status == 200 and len(body["data"]["search"]) < 100


def test_an_injected_id_is_looked_up_as_an_id(gql) -> None:
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
def probe(
    client: TestClient, seeded_graph: Driver, editor_key: str, dirties_graph: None
) -> dict[str, str]:
    """The seed plus a probe initiative and funding stream, written by valid mutations."""
    headers = {"Authorization": f"Bearer {editor_key}"}
    for field_name in ("upsertInitiative", "recordFunding"):
        response = post(
            client, document("mutation", field_name), MUTATION_BASELINES[field_name], **headers
        )
        assert assert_answered_or_refused(response, field_name) is not None, response.text
    return headers


@pytest.mark.parametrize("field_name", sorted({s.field for s in MUTATION_SLOTS}))
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
