"""A bad argument is refused as BAD_USER_INPUT naming it, before any Cypher is sent.

Each document runs through the served schema against a `Graph` without Neo4j that keeps the
round trips asked of it (tests/support/compile_only.py): a refusal here leaves none.
"""

from __future__ import annotations

import pytest

from tests.support.compile_only import compiled

CITATION = '{source: "oic-summit-day1-press-release", quote: "joint work"}'
FUNDING = f'id: "f", name: "F", funders: ["uk-government"], citation: {CITATION}'
INITIATIVE = f'summary: "S", kind: "programme", citation: {CITATION}'

REFUSED = [
    ('{ country(id: "XX") { id } }', "id"),
    ('{ country(id: "France") { id } }', "id"),
    ('{ organisations(country: "ZZ") { id } }', "country"),
    ('{ initiatives(filter: {countries: ["FR", "QQ"]}) { totalCount } }', "filter.countries"),
    ("{ initiatives(first: 0) { totalCount } }", "first"),
    ("{ initiatives(first: 101) { totalCount } }", "first"),
    ('{ initiatives(after: "not-a-cursor") { totalCount } }', "after"),
    ('{ initiatives(after: "eyJvIjogLTF9") { totalCount } }', "after"),  # {"o": -1}
    ('{ initiatives(filter: {text: "   "}) { totalCount } }', "filter.text"),
    ("{ countries(first: 501) { id } }", "first"),
    ("{ countries(skip: -1) { id } }", "skip"),
    ("{ events(first: 0) { id } }", "first"),
    ("{ fundingStreams(first: 0) { id } }", "first"),
    ('{ network(focus: ["FR"], depth: 4) { truncated } }', "depth"),
    ('{ network(focus: ["FR"], limit: 0) { truncated } }', "limit"),
    ("{ network(focus: []) { truncated } }", "focus"),
    ('{ network(focus: ["FR"], types: ["Source"]) { truncated } }', "types"),
    ('{ shortestPath(from: "FR", to: "IQ", maxHops: 11) { length } }', "maxHops"),
    ('{ shortestPath(from: "FR", to: "IQ", maxHops: 0) { length } }', "maxHops"),
    ('{ shortestPaths(from: "FR", to: "IQ", first: 51) { length } }', "first"),
    ('{ search(text: "fraud", first: 0) { score } }', "first"),
    ('{ search(text: "   ") { score } }', "text"),
    ('{ country(id: "FR") { initiatives(first: 0) { totalCount } } }', "initiatives.first"),
    ('{ country(id: "FR") { initiatives(after: "x") { totalCount } } }', "initiatives.after"),
    ('{ node(id: "") { id } }', "id"),
    (f'mutation {{ recordFunding(input: {{{FUNDING}, amount: 1, currency: "pounds"}}) {{ id }} }}',
     "input.currency"),
    (f'mutation {{ recordFunding(input: {{{FUNDING}, amount: -5, currency: "GBP"}}) {{ id }} }}',
     "input.amount"),
    (f'mutation {{ upsertInitiative(input: {{id: "Not A Slug", name: "N", {INITIATIVE}}}) '
     "{ id } }", "input.id"),
    (f'mutation {{ upsertInitiative(input: {{id: "ok", name: "  ", {INITIATIVE}}}) {{ id }} }}',
     "input.name"),
    ('mutation { upsertInitiative(input: {id: "ok", name: "N", summary: "S", kind: "programme", '
     'citation: {source: "s", quote: "  "}}) { id } }', "input.citation.quote"),
]  # fmt: skip


@pytest.mark.parametrize(("document", "argument"), REFUSED)
async def test_a_bad_argument_is_refused_naming_it_before_any_cypher(
    document: str, argument: str
) -> None:
    trips, errors = await compiled(document, {})
    assert errors == [("BAD_USER_INPUT", argument)]
    assert trips == []
