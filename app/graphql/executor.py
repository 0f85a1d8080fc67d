"""graphql-core's executor, with a shortcut for objects made only of stored leaf values.

A drawn network or a table of funding totals is thousands of small maps whose every field is a
scalar already in the map. graphql-core completes each such field on its own (a resolve info,
the resolver, the completion, about 5 µs), which is most of the time such an answer takes.
For an object whose selected fields are all leaves bound by `app.graphql.rows`, this executor
copies and serialises the values in one loop with the same scalar serialisers. Anything it
cannot vouch for (a missing key, a null in a non-null field, a serialiser that refuses, a
deferred fragment) goes to graphql-core's own path, which then raises the usual error.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from graphql import GraphQLNonNull, GraphQLObjectType, is_leaf_type
from graphql.pyutils import Path
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

from app.graphql.rows import by_field_name, by_response_key

# (response name, key in the map or None for __typename, serialiser, non-null)
_Step = tuple[str, str | None, Callable[[Any], Any], bool]
_NOT_FLAT: list[_Step] = []


class _Fallback(Exception):
    pass


class RowExecutor(StrawberryGraphQLCoreExecutionContext):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # keyed by the identity of graphql-core's own per-request grouped field sets, which
        # it memoises for the whole execution, so one plan serves every item of a list
        self._plans: dict[tuple[str, int], list[_Step]] = {}

    def execute_fields(
        self,
        parent_type: GraphQLObjectType,
        source_value: Any,
        path: Path | None,
        grouped_field_set: Any,
        position_context: Any,
    ) -> Any:
        if position_context is None and isinstance(source_value, dict):
            plan = self._plan(parent_type, grouped_field_set)
            if plan:
                try:
                    return _complete(plan, source_value)
                except _Fallback:
                    pass
        return super().execute_fields(
            parent_type, source_value, path, grouped_field_set, position_context
        )

    def _plan(self, parent_type: GraphQLObjectType, grouped_field_set: Any) -> list[_Step]:
        key = (parent_type.name, id(grouped_field_set))
        plan = self._plans.get(key)
        if plan is None:
            plan = self._plans[key] = _flat_plan(parent_type, grouped_field_set)
        return plan


def _flat_plan(parent_type: GraphQLObjectType, grouped_field_set: Any) -> list[_Step]:
    """The steps that complete such an object, or `_NOT_FLAT` when a field needs more."""
    steps: list[_Step] = []
    type_name = parent_type.name
    for response_name, field_details_list in grouped_field_set.items():
        field_name = field_details_list[0].node.name.value
        if field_name == "__typename":
            steps.append((response_name, None, lambda _: type_name, True))
            continue
        field = parent_type.fields.get(field_name)
        if field is None or (field.args and any(d.node.arguments for d in field_details_list)):
            return _NOT_FLAT
        if field.resolve is by_response_key:
            source_key = response_name
        elif field.resolve is by_field_name:
            source_key = field_name
        else:
            return _NOT_FLAT
        non_null = isinstance(field.type, GraphQLNonNull)
        leaf = field.type.of_type if non_null else field.type
        if not is_leaf_type(leaf):
            return _NOT_FLAT
        steps.append((response_name, source_key, leaf.serialize, non_null))  # type: ignore[union-attr]
    return steps


def _complete(plan: list[_Step], source: dict[str, Any]) -> dict[str, Any]:
    completed: dict[str, Any] = {}
    for response_name, source_key, serialize, non_null in plan:
        if source_key is None:  # __typename
            completed[response_name] = serialize(None)
            continue
        try:
            value = source[source_key]
        except KeyError:
            raise _Fallback from None
        if value is None:
            if non_null:
                raise _Fallback
            completed[response_name] = None
            continue
        try:
            serialized = serialize(value)
        except Exception:
            raise _Fallback from None
        if serialized is None:
            raise _Fallback
        completed[response_name] = serialized
    return completed
