"""The compiler without Neo4j: a GraphQL document run through the served schema, resolvers and
all, against a `Graph` that keeps the round trips it is asked for instead of running them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.auth import Principal
from app.graphql.schema import schema
from graph.store.driver import Graph, GraphUnavailable

EDITOR = Principal("golden tests", "editor", "00000000")


@dataclass(frozen=True)
class RoundTrip:
    operation: str
    cypher: str
    params: dict[str, Any]


class CompileOnly(Graph):
    """A `Graph` with no Neo4j behind it: it keeps each query it is asked to run, then answers
    as a `Graph` whose Neo4j is away, so the resolver stops at its round trip."""

    def __init__(self) -> None:  # no settings and no driver: nothing here reaches a database
        self.round_trips: list[RoundTrip] = []

    async def read(
        self, operation: str, cypher: str, params: Mapping[str, Any] | None = None
    ) -> list[dict[str, Any]]:
        self.round_trips.append(RoundTrip(operation, cypher, dict(params or {})))
        raise GraphUnavailable("no Neo4j in the unit tier")

    write = read


async def compiled(
    document: str, variables: dict[str, Any]
) -> tuple[list[RoundTrip], list[tuple[str | None, str | None]]]:
    """The round trips the document's root field asks for, run as the API runs it (by an
    editor), with the codes and arguments of the errors it answered: a document stopped at
    its round trip answers SERVICE_UNAVAILABLE, one refused before it BAD_USER_INPUT."""
    graph = CompileOnly()
    context = {"graph": graph, "principal": EDITOR, "response": None}
    result = await schema.execute(document, variable_values=variables, context_value=context)
    errors = [
        ((e.extensions or {}).get("code"), (e.extensions or {}).get("argument"))
        for e in result.errors or []
    ]
    return graph.round_trips, errors
