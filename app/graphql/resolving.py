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

from app.auth import AuthError
from app.outcomes import outcome_of
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
    """A failure the block raises as a GraphQL error with its outcome's code; where the
    outcome says so (app/outcomes.py), also the status and headers of the whole response."""
    try:
        yield
    except (BadInput, GraphUnavailable, AuthError) as error:
        outcome = outcome_of(error)
        assert outcome is not None  # each of these has one
        response = info.context.get("response")
        if response is not None and outcome.graphql_status is not None:
            response.status_code = outcome.graphql_status
            response.headers.update(outcome.headers)
        message, details = _said(error)
        raise GraphQLError(message, extensions={"code": outcome.code, **details}) from error


def _said(error: BadInput | GraphUnavailable | AuthError) -> tuple[str, dict[str, Any]]:
    """What a GraphQL client reads of a failure: the message, and the extensions beside the
    code (the argument a person got wrong, the role a key lacks)."""
    if isinstance(error, BadInput):
        return f"Bad argument {error.argument}: {error.message}", {"argument": error.argument}
    if isinstance(error, AuthError):
        return error.reason, {"requiredRole": error.required}
    if isinstance(error, QueryTimedOut):
        return str(error), {}
    return "The graph database is unavailable; try again shortly.", {}
