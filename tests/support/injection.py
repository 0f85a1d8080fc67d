"""Cypher-injection strings, and every place the API takes a string, read from its schema.

The argument slots are not listed by hand: they are every `String`, `ID` and `Date` argument
of every root field of the served GraphQL schema, down through input objects and lists. The
baselines give valid values for the other arguments of each field, so an injected string
reaches the resolver instead of failing on an unrelated error; tests/unit/test_injection_slots.py
fails when a root field's required argument has no baseline.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

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


# --------------------------------------------------------------------------- GraphQL slots

SDL = build_schema(served_schema.as_str())
STRING_SCALARS = {"String", "ID", "Date"}

#: Valid values for the required arguments of every root field, so that an injected string
#: in one slot reaches the resolver instead of failing on a missing neighbour.
QUERY_BASELINES: dict[str, dict[str, Any]] = {
    "node": {"id": "FR"},
    "country": {"id": "FR"},
    "source": {"id": "oic-summit-day1-press-release"},
    "organisation": {"id": "uk-government"},
    "initiative": {"id": "plan-for-change"},
    "network": {"focus": ["FR"]},
    "shortestPath": {"from": "FR", "to": "IQ"},
    "shortestPaths": {"from": "FR", "to": "IQ"},
    "search": {"text": "border"},
    "fundingTotals": {"groupBy": "REGION"},
    "stalledCommitments": {"event": "oic-summit", "since": "2025-01-01"},
    "event": {"id": "oic-summit"},
    "region": {"id": "western-balkans"},
    "topic": {"id": "small-boat-crossings"},
    "statement": {"id": "statement-home-secretary"},
    "figure": {"id": "returns-since-election"},
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
#: other string slot of a mutation is an id, a code, a status, a kind, a date or a citation, checked
#: before anything is written.
STORES_TEXT: dict[str, tuple[str, str]] = {
    "upsertInitiative.input.name": ("Initiative", "name"),
    "upsertInitiative.input.summary": ("Initiative", "summary"),
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
        answer: dict[str, Any] = variables
        return answer


def _string_paths(
    type_: Any, prefix: tuple[str | int, ...], seen: frozenset[str]
) -> Iterator[tuple[str | int, ...]]:
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
