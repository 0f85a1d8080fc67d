"""How a field reads its value: the one rule, for strawberry, graphql-core and `RowExecutor`.

Root fields answer with maps that `graph/` already shaped for the request, so a field of one
of those maps needs no resolver of its own: a "row" field (`field()`) reads its value under
its response key (alias or name), since one compiled Cypher query answered the whole
selection under those keys; a "named" field (`named()`) reads it under its GraphQL name
(drawables, pages, totals, which `graph/` shapes without knowing the aliases).

Strawberry wraps every resolver (an `Info` object, argument conversion, extension hooks), and
for such a field that is nearly all of its cost; a drawn network has tens of thousands of
them. So once the schema is built, `bind_row_fields` hands each of them to graphql-core as
one of the two readers below, and `RowExecutor` asks `source_key` which key a field reads,
so that its shortcut reads exactly what the bound reader would. Root fields, and fields that
compute something (connection cursors), keep their strawberry resolvers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import strawberry
from graphql import GraphQLField, GraphQLObjectType
from strawberry.types.base import StrawberryObjectDefinition

ROW = "row"  # metadata: the value is in the map under the response key
NAMED = "named"  # metadata: the value is in the map under the field's GraphQL name


def field(description: str | None = None) -> Any:
    """A field of a projected row: its value is under the response key."""
    return strawberry.field(description=description, metadata={ROW: True})


def named(description: str | None = None) -> Any:
    """A field of a map keyed by GraphQL field names (drawables, pages, totals)."""
    return strawberry.field(description=description, metadata={NAMED: True})


def by_response_key(root: Any, info: Any, **_: Any) -> Any:
    """The value the projection stored under the field's alias (or name).

    Also the body of a row field declared as a method for its arguments, which the Cypher
    has already applied."""
    # a field's path key is its response name (str), never a list index (int); no call here,
    # as this runs for every field graphql-core resolves itself
    return root[info.path.key]


def by_field_name(root: Any, info: Any, **_: Any) -> Any:
    return root[info.field_name]


_READERS: dict[str, Callable[..., Any]] = {ROW: by_response_key, NAMED: by_field_name}


def source_key(field: GraphQLField, response_name: str, field_name: str) -> str | None:
    """The key a bound field's value is under in its map, or None for a field with a
    resolver of its own: what `RowExecutor` reads instead of calling the reader."""
    if field.resolve is by_response_key:
        return response_name
    if field.resolve is by_field_name:
        return field_name
    return None


def bind_row_fields(schema: strawberry.Schema) -> int:
    """Point every `field()`/`named()` field at its reader; return how many were bound."""
    bound = 0
    for name, graphql_type in schema._schema.type_map.items():
        definition = schema.get_type_by_name(name)
        if not isinstance(graphql_type, GraphQLObjectType) or not isinstance(
            definition, StrawberryObjectDefinition
        ):
            continue
        for declared in definition.fields:
            reader = next((r for kind, r in _READERS.items() if declared.metadata.get(kind)), None)
            if reader is not None:
                graphql_name = schema.config.name_converter.get_graphql_name(declared)
                graphql_type.fields[graphql_name].resolve = reader
                bound += 1
    return bound
