"""What every resolver needs: the request's selection as `graph` understands it, and the
translation of `graph` errors into GraphQL errors with codes."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from typing import Any

from graphql import GraphQLError
from strawberry.types import Info
from strawberry.types.nodes import FragmentSpread, InlineFragment, SelectedField

from graph.compile.projection import Selection
from graph.store.driver import GraphUnavailable, QueryTimedOut
from graph.store.errors import BadInput


def selections(info: Info) -> list[Selection]:
    """The sub-selection of the field being resolved, fragments flattened with their type."""
    return _convert(info.selected_fields[0].selections, None)


def _convert(items: list[Any], on: str | None) -> list[Selection]:
    converted: list[Selection] = []
    for item in items:
        if isinstance(item, SelectedField):
            converted.append(
                Selection(
                    name=item.name,
                    key=item.alias or item.name,
                    args=_plain(item.arguments or {}),
                    children=_convert(item.selections, None),
                    on=on,
                )
            )
        elif isinstance(item, InlineFragment | FragmentSpread):
            converted.extend(_convert(item.selections, item.type_condition or on))
    return converted


def _plain(arguments: dict[str, Any]) -> dict[str, Any]:
    """Arguments as the query text spells them. strawberry gives a literal `role: LEAD` as the
    enum's name but a variable `role: $role` as the Python enum member; `graph` takes the name.
    """
    return {
        name: value.name if isinstance(value, Enum) else value for name, value in arguments.items()
    }


def child_selections(info: Info, *path: str) -> list[Selection]:
    """Selections below the named child fields (e.g. `nodes`, or `edges` then `node`)."""
    level = selections(info)
    for name in path:
        level = [grandchild for s in level if s.name == name for grandchild in s.children]
    return level


@contextmanager
def answering(info: Info) -> Iterator[None]:
    try:
        yield
    except BadInput as error:
        raise GraphQLError(
            f"Bad argument {error.argument}: {error.message}",
            extensions={"code": "BAD_USER_INPUT", "argument": error.argument},
        ) from error
    except QueryTimedOut as error:
        _set_status(info, 504)
        raise GraphQLError(str(error), extensions={"code": "TIMEOUT"}) from error
    except GraphUnavailable as error:
        _set_status(info, 503)
        raise GraphQLError(
            "The graph database is unavailable; try again shortly.",
            extensions={"code": "SERVICE_UNAVAILABLE"},
        ) from error


def _set_status(info: Info, status: int) -> None:
    response = info.context.get("response")
    if response is not None:
        response.status_code = status
