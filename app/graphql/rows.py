"""Bind the fields of row-backed types straight to graphql-core, once the schema is built.

Strawberry wraps every field's resolver (an `Info` object, argument conversion, extension
hooks); for a field whose value is already in the map `graph/` returned that is nearly all
of its cost, and a drawn network has tens of thousands of such fields. Here each of them
becomes one dictionary lookup that graphql-core calls itself. Root fields, and fields that
compute something (connection cursors), keep their strawberry resolvers.
"""

from __future__ import annotations

from typing import Any

import strawberry
from graphql import GraphQLObjectType, GraphQLResolveInfo
from strawberry.types.base import StrawberryObjectDefinition

from app.graphql.types import NAMED, ROW


def by_response_key(root: dict[str, Any], info: GraphQLResolveInfo[Any], **_: Any) -> Any:
    """The value the projection stored under the field's alias (or name)."""
    # a field's path key is its response name (str), never a list index (int); no call here,
    # as this runs for every field graphql-core resolves itself
    return root[info.path.key]  # type: ignore[index]


def by_field_name(root: dict[str, Any], info: GraphQLResolveInfo[Any], **_: Any) -> Any:
    return root[info.field_name]


def bind_row_fields(schema: strawberry.Schema) -> int:
    """Point every `field()`/`named()` field at a plain lookup; return how many were bound."""
    bound = 0
    for name, graphql_type in schema._schema.type_map.items():
        definition = schema.get_type_by_name(name)
        if not isinstance(graphql_type, GraphQLObjectType) or not isinstance(
            definition, StrawberryObjectDefinition
        ):
            continue
        for field in definition.fields:
            resolver = (
                by_response_key
                if field.metadata.get(ROW)
                else by_field_name
                if field.metadata.get(NAMED)
                else None
            )
            if resolver is not None:
                graphql_name = schema.config.name_converter.get_graphql_name(field)
                graphql_type.fields[graphql_name].resolve = resolver
                bound += 1
    return bound
