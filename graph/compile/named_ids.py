"""Filters that name a node by id say so when no such node exists, instead of matching nothing.

An empty list for `fundingStreams(region: "western-balkan")` reads as "nobody funds work
there", when the region's id was mistyped. A valid ISO code stays different: "DE" is a real
country the graph may simply not hold yet, so it matches nothing (README, Semantics).

The check rides in the question's own Cypher (one round trip): `unknown_expr` lists the
arguments whose id names no node of the wanted labels, each looked up by its unique index.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from graph.compile.projection import Params
from graph.store.driver import Graph
from graph.store.errors import BadInput, is_country_code, quoted_id


@dataclass(frozen=True)
class NamedId:
    """One filter argument that names a node: `filter.region` with "western-balkans"."""

    argument: str
    value: str | None
    labels: str  # a label disjunction: "Region|Country"
    what: str  # for the message: "region or country"

    @property
    def checked(self) -> bool:
        """Whether to look the id up: given, and not a country code an ISO list vouches for."""
        if self.value is None:
            return False
        return not (self.countries and is_country_code(self.value))

    @property
    def countries(self) -> bool:
        return "Country" in self.labels.split("|")


def unknown_expr(named: list[NamedId], params: Params) -> str:
    """Cypher: the list of arguments (by name) whose id names no node of its labels."""
    cases = [
        f"CASE WHEN EXISTS {{ MATCH (:{n.labels} {{id: {params.add(n.value)}}}) }} THEN null "
        f"ELSE {params.add(n.argument)} END"
        for n in named
        if n.checked
    ]
    return f"[a IN [{', '.join(cases)}] WHERE a IS NOT NULL]" if cases else "[]"


def raise_for_unknown(named: list[NamedId], unknown: list[str]) -> None:
    for n in named:
        if n.argument in unknown:
            given = quoted_id(str(n.value), n.countries)
            raise BadInput(n.argument, f"no {n.what} with id {given}")


def any_checked(named: list[NamedId]) -> bool:
    return any(n.checked for n in named)


async def rows_unless_unknown(
    graph: Graph, operation: str, cypher: str, params: Params, named: list[NamedId]
) -> list[dict[str, Any]]:
    """`cypher`'s rows, run only when every named id exists; otherwise a BadInput naming it.

    One round trip: the check comes first, and with an unknown id the question never runs,
    which leaves one row saying which."""
    guarded = (
        f"WITH {unknown_expr(named, params)} AS unknown "
        f"OPTIONAL CALL (unknown) {{ WITH unknown WHERE size(unknown) = 0 {cypher} }} "
        "RETURN unknown, row"
    )
    records = await graph.read(operation, guarded, params.values)
    raise_for_unknown(named, records[0]["unknown"])
    return [r["row"] for r in records if r["row"] is not None]
