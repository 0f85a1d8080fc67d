"""What every resolver needs: the request's selection as `graph` understands it, and the
translation of `graph` errors into GraphQL errors with codes.

The selection is read here, once per root field, straight from the document: fields with
their aliases and arguments, fragments flattened with their type condition, `@skip` and
`@include` applied as graphql-core applies them. `graph.compile` compiles what this gives
and reads nothing of the document itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from enum import Enum
from typing import Any

from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLIncludeDirective,
    GraphQLSkipDirective,
    InlineFragmentNode,
    ListValueNode,
    ObjectValueNode,
    SelectionNode,
    ValueNode,
    VariableNode,
)
from graphql.execution.values import VariableValues, get_directive_values
from strawberry.types import Info

from app.auth import AuthError
from app.outcomes import outcome_of
from graph.compile.projection import Selection
from graph.store.driver import GraphUnavailable, QueryTimedOut, WriteOutcomeUnknown
from graph.store.errors import BadInput


def selections(info: Info) -> list[Selection]:
    """The sub-selection of the field being resolved (of each of its nodes, where the
    document repeats it under one response key)."""
    raw = info._raw_info
    nodes = [s for f in raw.field_nodes if f.selection_set for s in f.selection_set.selections]
    return _Reader(raw.fragments, raw.variable_values).read(nodes, None)


def root_fields(info: Info) -> list[Selection]:
    """The fields at the root of the operation being executed, as they run."""
    raw = info._raw_info
    return _Reader(raw.fragments, raw.variable_values).read(raw.operation.selection_set.selections)


class _Reader:
    """Reads a document's selections into `Selection` trees, for one request's variables."""

    def __init__(self, fragments: dict[str, FragmentDefinitionNode], variables: Any) -> None:
        self.fragments = fragments
        if isinstance(variables, dict):  # a mutation's info carries them as a plain map
            variables = VariableValues(sources={}, coerced=variables)
        self.variables: VariableValues | None = variables
        self.values: dict[str, Any] = variables.coerced if variables is not None else {}

    def read(self, nodes: Iterable[SelectionNode], on: str | None = None) -> list[Selection]:
        """`on`: the type condition of the fragment `nodes` came from (None: unconditioned)."""
        read: list[Selection] = []
        for node in nodes:
            if not self._included(node):
                continue
            if isinstance(node, FieldNode):
                below = node.selection_set.selections if node.selection_set else ()
                args = {a.name.value: self._value(a.value) for a in node.arguments or ()}
                key = (node.alias or node.name).value
                read.append(Selection(node.name.value, key, args, self.read(below), on))
            elif isinstance(node, InlineFragmentNode):
                condition = node.type_condition.name.value if node.type_condition else on
                read.extend(self.read(node.selection_set.selections, condition))
            elif isinstance(node, FragmentSpreadNode):
                fragment = self.fragments[node.name.value]  # validation saw to it
                condition = fragment.type_condition.name.value
                read.extend(self.read(fragment.selection_set.selections, condition))
        return read

    def _included(self, node: SelectionNode) -> bool:
        """`@skip` and `@include` as graphql-core's executor applies them."""
        if not node.directives:
            return True
        skip = get_directive_values(GraphQLSkipDirective, node, self.variables)
        if skip and skip["if"]:
            return False
        include = get_directive_values(GraphQLIncludeDirective, node, self.variables)
        return not (include and not include["if"])

    def _value(self, node: ValueNode) -> Any:
        """An argument as the query text spells it: a literal as its text (`role: LEAD` is
        "LEAD", `first: 5` is "5"), a variable as its value with an enum by its name, which
        is what `graph` takes."""
        if isinstance(node, VariableNode):
            value = self.values.get(node.name.value)
            return value.name if isinstance(value, Enum) else value
        if isinstance(node, ListValueNode):
            return [self._value(item) for item in node.values]
        if isinstance(node, ObjectValueNode):
            return {item.name.value: self._value(item.value) for item in node.fields}
        return getattr(node, "value", None)


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
    if isinstance(error, WriteOutcomeUnknown):
        return str(error), {"applied": "unknown"}
    return "The graph database is unavailable; try again shortly.", {}
