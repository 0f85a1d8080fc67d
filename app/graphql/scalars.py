"""The Date scalar, with mistakes in an inline literal reported where the literal is.

graphql-core reports a scalar's own GraphQLError as it is, without the literal's location,
and strawberry's Date raises one: `since: "2026-13-45"` in a long document came back with
no line or column. A literal's mistake is raised here as a ValueError instead, which
graphql-core reports at the literal, naming the type and the value found.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from graphql import StringValueNode, ValueNode
from strawberry.schema.types.base_scalars import DateDefinition
from strawberry.types.scalar import ScalarDefinition


def _date_literal(node: ValueNode, _variables: dict[str, Any] | None = None) -> dt.date:
    if not isinstance(node, StringValueNode):
        raise ValueError("a Date is written as a string, YYYY-MM-DD")
    return dt.date.fromisoformat(node.value)


#: strawberry's Date (same name, description and variable parsing) with `_date_literal`.
DATE = ScalarDefinition(
    name=DateDefinition.name,
    description=DateDefinition.description,
    specified_by_url=DateDefinition.specified_by_url,
    serialize=DateDefinition.serialize,
    parse_value=DateDefinition.parse_value,
    parse_literal=_date_literal,
    origin=dt.date,
)

SCALAR_OVERRIDES: dict[object, ScalarDefinition] = {dt.date: DATE}
