"""graphql-core's executor, with a shortcut for answers that are already shaped like the response.

Root fields hand graphql-core the maps that one compiled Cypher query returned, keyed as the
response wants them. graphql-core still completes every field on its own (a resolve info, the
resolver, the completion), and a drawn network or a page of initiatives with their
participants is thousands of fields: most of the time such an answer took. For an object
whose selected fields are all bound by `app.graphql.rows`, and read where it says (leaves,
objects and lists of them, abstract types told apart by `__typename`), this executor builds
the response in one walk, with the same scalar serialisers and the same collected fields.

A value the graph holds but the API cannot serve (graph/compile/unservable.py: a role,
status or kind outside its vocabulary) is a field error naming the node, the property and the
value, and costs only what holds it: a nullable field is null, and an item of a list whose
completion would end in null is left out of the list, so the list, the rest of its root field
and every other root field still answer (`complete_leaf_value`, `complete_list_item_value`).

Anything it cannot vouch for (a missing key, a null in a non-null place, an unknown or
impossible `__typename`, a serialiser that refuses, a field with a resolver of its own, a
deferred or streamed part) sends that object back to graphql-core's own path, which then
answers or raises exactly as it always does. `tests/integration/test_graphql_execution.py`
runs queries through both and requires the same answers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from math import isfinite
from typing import Any

from graphql import (
    GraphQLBoolean,
    GraphQLError,
    GraphQLFloat,
    GraphQLID,
    GraphQLInt,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLString,
    is_abstract_type,
    is_leaf_type,
)
from graphql.pyutils import Path
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

from app.graphql import rows
from app.graphql.error_codes import is_unservable, unservable_value
from app.graphql.types import Tagged
from graph.compile.unservable import MARK


class _Fallback(Exception):
    """This value is not for the shortcut; graphql-core's own path completes it."""


@dataclass
class _Child:
    """How to complete the object (or list of objects) one field holds."""

    field_type: Any  # the field's declared type, wrappers included
    field_details_list: Any  # graphql-core's field group, to collect the sub-selection
    plans: dict[str, Plan | None]  # by runtime type name; None: not for the shortcut


@dataclass
class _Step:
    response_name: str
    source_key: str | None  # None: __typename, whose value is `constant`
    serialize: Callable[[Any], Any] | None  # for leaves
    child: _Child | None  # for objects
    non_null: bool
    constant: str | None = None
    native: type | None = None  # the class this leaf's serialiser returns unchanged (_NATIVE)


Plan = list[_Step]


class RowExecutor(StrawberryGraphQLCoreExecutionContext):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # keyed by the identity of graphql-core's per-request field groups, which it keeps
        # for the whole execution: one plan serves every item of a list
        self._plans: dict[tuple[str, int], Plan | None] = {}
        # by the identity of a plan above: how a list of its objects may be copied
        self._copy_rules: dict[int, tuple[str | None, list[tuple[str, str, bool]] | None]] = {}
        self._left_out = 0  # list items left out for an unservable value, so far

    # -- graphql-core's hooks -----------------------------------------------------------

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
            if plan is not None:
                try:
                    return self._complete(plan, source_value)
                except _Fallback:
                    pass
        return super().execute_fields(
            parent_type, source_value, path, grouped_field_set, position_context
        )

    def _complete_iterable_value(
        self,
        item_type: Any,
        field_details_list: Any,
        info: Any,
        path: Path,
        items: Any,
        position_context: Any,
    ) -> Any:
        if position_context is None and isinstance(items, list):
            child = _Child(GraphQLList(item_type), field_details_list, {})
            if self._streams_nothing(field_details_list):
                try:
                    return self._complete_list(child, items)
                except _Fallback:
                    pass
        return super().complete_iterable_value(
            item_type, field_details_list, info, path, items, position_context
        )

    @staticmethod
    def complete_leaf_value(return_type: Any, result: Any) -> Any:
        if result.__class__ is dict and MARK in result:
            raise unservable_value(result)
        return StrawberryGraphQLCoreExecutionContext.complete_leaf_value(return_type, result)

    def complete_list_item_value(
        self,
        item: Any,
        complete_results: list[Any],
        item_type: Any,
        field_details_list: Any,
        info: Any,
        item_path: Path,
        position_context: Any,
    ) -> bool:
        """graphql-core's, except that an item whose completion ends in an unservable value
        is left out of the list, its error kept, instead of nulling the whole list."""
        try:
            return super().complete_list_item_value(
                item, complete_results, item_type, field_details_list, info, item_path,
                position_context,
            )  # fmt: skip
        except GraphQLError as error:
            if not is_unservable(error):
                raise
            self.collected_errors.add(error, item_path)
            complete_results.append(_LEFT_OUT)
            self._left_out += 1
            return False

    def complete_iterable_value(
        self,
        item_type: Any,
        field_details_list: Any,
        info: Any,
        path: Path,
        items: Any,
        position_context: Any,
    ) -> Any:
        left_out = self._left_out
        completed = self._complete_iterable_value(
            item_type, field_details_list, info, path, items, position_context
        )
        if self._left_out == left_out:
            return completed
        if self.is_awaitable(completed):
            return _without_left_out(completed)
        return [item for item in completed if item is not _LEFT_OUT]

    # -- plans --------------------------------------------------------------------------

    @staticmethod
    def _streams_nothing(field_details_list: Any) -> bool:
        return not any(details.node.directives for details in field_details_list)

    def _plan(self, parent_type: GraphQLObjectType, grouped_field_set: Any) -> Plan | None:
        key = (parent_type.name, id(grouped_field_set))
        if key not in self._plans:
            self._plans[key] = self._build_plan(parent_type, grouped_field_set)
        return self._plans[key]

    def _build_plan(self, parent_type: GraphQLObjectType, grouped_field_set: Any) -> Plan | None:
        steps: Plan = []
        for response_name, field_details_list in grouped_field_set.items():
            field_name = field_details_list[0].node.name.value
            if field_name == "__typename":
                steps.append(_Step(response_name, None, None, None, True, parent_type.name))
                continue
            field = parent_type.fields.get(field_name)
            if field is None or not self._streams_nothing(field_details_list):
                return None
            source_key = rows.source_key(field, response_name, field_name)
            if source_key is None:
                return None  # a resolver of its own (e.g. connection cursors)
            non_null = isinstance(field.type, GraphQLNonNull)
            inner = field.type.of_type if non_null else field.type
            if is_leaf_type(inner):
                native = _NATIVE.get(inner)
                steps.append(
                    _Step(response_name, source_key, inner.serialize, None, non_null, None, native)
                )
            else:
                child = _Child(inner, field_details_list, {})
                steps.append(_Step(response_name, source_key, None, child, non_null))
        return steps

    def _plan_for(self, child: _Child, object_type: GraphQLObjectType) -> Plan | None:
        plan = child.plans.get(object_type.name, ...)
        if plan is ...:
            grouped_field_set, new_defer_usages, *_ = self.collect_subfields(
                object_type, child.field_details_list
            )
            plan = None if new_defer_usages else self._plan(object_type, grouped_field_set)
            child.plans[object_type.name] = plan
        return plan

    def _copy_rule(
        self, object_type: GraphQLObjectType, plan: Plan
    ) -> tuple[str | None, list[tuple[str, str, bool]] | None]:
        """The `__typename` each item must carry (None: any) and the fields to copy (None:
        the items are not for copying), for a list of `object_type` items. Worked out once
        per plan, not once per list."""
        rule = self._copy_rules.get(id(plan))
        if rule is None:
            tag = _tag(object_type)
            copyable = object_type.is_type_of is None or tag is not None
            rule = self._copy_rules[id(plan)] = (tag, _strings_only(plan) if copyable else None)
        return rule

    # -- completing ---------------------------------------------------------------------

    def _complete(self, plan: Plan, source: dict[str, Any]) -> dict[str, Any]:
        completed: dict[str, Any] = {}
        for step in plan:
            if step.source_key is None:
                completed[step.response_name] = step.constant
                continue
            try:
                value = source[step.source_key]
            except KeyError:
                raise _Fallback from None
            if value is None:
                if step.non_null:
                    raise _Fallback
                completed[step.response_name] = None
            elif step.serialize is not None:
                native = step.native
                if value.__class__ is native and (
                    native is str or native is bool or _in_bounds(value)
                ):
                    completed[step.response_name] = value
                else:
                    completed[step.response_name] = _serialized(step.serialize, value)
            else:
                assert step.child is not None
                completed[step.response_name] = self._complete_child(step.child, value)
        return completed

    def _complete_child(self, child: _Child, value: Any) -> Any:
        if isinstance(child.field_type, GraphQLList):
            return self._complete_list(child, value)
        return self._complete_object(child, child.field_type, value)

    def _complete_list(self, child: _Child, items: Any) -> list[Any]:
        if not isinstance(items, list):
            raise _Fallback
        item_type = child.field_type.of_type
        non_null = isinstance(item_type, GraphQLNonNull)
        inner = item_type.of_type if non_null else item_type
        if isinstance(inner, GraphQLList):
            raise _Fallback  # lists of lists: not in this schema, not worth a path
        if non_null and None in items:
            raise _Fallback
        if is_leaf_type(inner):
            return [None if i is None else _serialized(inner.serialize, i) for i in items]
        if isinstance(inner, GraphQLObjectType):
            # one type for every item: its plan and checks are looked up once per list
            plan = self._plan_for(child, inner)
            if plan is None:
                raise _Fallback
            is_type_of = inner.is_type_of
            tag, strings = self._copy_rule(inner, plan)
            completed: list[dict[str, Any] | None] = []
            for item in items:
                if item is None:
                    completed.append(None)
                    continue
                if (
                    strings is not None
                    and item.__class__ is dict
                    and (tag is None or item.get("__typename") == tag)
                ):
                    copied = {}
                    for name, key, non_null in strings:
                        value = item.get(key, _MISSING)
                        if value.__class__ is not str and (non_null or value is not None):
                            break
                        copied[name] = value
                    else:
                        completed.append(copied)
                        continue
                if not isinstance(item, dict) or (
                    is_type_of is not None and not is_type_of(item, _NO_INFO)
                ):
                    raise _Fallback
                completed.append(self._complete(plan, item))
            return completed
        return [None if i is None else self._complete_object(child, inner, i) for i in items]

    def _complete_object(self, child: _Child, declared: Any, value: Any) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise _Fallback
        if is_abstract_type(declared):
            runtime = self.schema.get_type(str(value.get("__typename")))
            if not isinstance(runtime, GraphQLObjectType) or not self.schema.is_sub_type(
                declared, runtime
            ):
                raise _Fallback
            object_type = runtime
        elif isinstance(declared, GraphQLObjectType):
            object_type = declared
        else:
            raise _Fallback
        if object_type.is_type_of is not None and not object_type.is_type_of(value, _NO_INFO):
            raise _Fallback
        plan = self._plan_for(child, object_type)
        if plan is None:
            raise _Fallback
        return self._complete(plan, value)


#: What a list item left out for an unservable value is, until the list is complete.
_LEFT_OUT = object()


async def _without_left_out(completed: Any) -> list[Any]:
    return [item for item in await completed if item is not _LEFT_OUT]


#: What the shortcut passes `is_type_of` for its resolve info: the checks this schema has
#: (`Tagged`'s, strawberry's) look at the value alone.
_NO_INFO: Any = None

#: `Tagged.is_type_of`'s function, to recognise it bound to any of its subclasses.
_TAGGED_CHECK = Tagged.__dict__["is_type_of"].__func__

#: A key no row holds: `dict.get`'s default, which is neither a str nor None.
_MISSING = object()


def _tag(object_type: GraphQLObjectType) -> str | None:
    """The `__typename` a `Tagged` type's maps carry, when its `is_type_of` is `Tagged`'s own,
    which checks nothing else: the copy below can then check it inline.

    Without this, a list of tagged objects (a partner's shared initiatives, an initiative's
    countries: thousands of `{id}` maps for a busy country's partners) went the general way,
    a call of `is_type_of` and of `_complete` per item.
    """
    check = object_type.is_type_of
    if getattr(check, "__func__", None) is _TAGGED_CHECK:
        owner = getattr(check, "__self__", None)
        return owner.__name__ if isinstance(owner, type) else None
    return None


def _strings_only(plan: Plan) -> list[tuple[str, str, bool]] | None:
    """(response name, source key, non-null) per step, when every step is a String or ID
    field: an item whose values are all str (or None where allowed) completes as a copy.

    A drawn network is a thousand such items, each a copy instead of a walk through its
    plan (docs/BENCHMARKS.md, History). An item it cannot copy goes the general way.
    """
    strings = []
    for step in plan:
        if step.source_key is None or step.native is not str:
            return None
        strings.append((step.response_name, step.source_key, step.non_null))
    return strings


def _in_bounds(value: Any) -> bool:
    """An Int within GraphQL's 32 bits, a Float that is finite: what their serialisers accept
    and return unchanged (an int or float of the field's own class, so no conversion)."""
    if value.__class__ is float:
        return isfinite(value)
    bounded: bool = -(2**31) <= value < 2**31
    return bounded


#: graphql-core's built-in scalars (strawberry's too), and the class each one's serialiser
#: returns unchanged (for Int and Float, within `_in_bounds`). Custom scalars (Date) are not
#: here: they always go through their serialiser.
_NATIVE: dict[Any, type] = {
    GraphQLString: str, GraphQLID: str, GraphQLBoolean: bool, GraphQLInt: int, GraphQLFloat: float,
}  # fmt: skip


def _serialized(serialize: Callable[[Any], Any], value: Any) -> Any:
    try:
        serialized = serialize(value)
    except Exception:
        raise _Fallback from None
    if serialized is None:
        raise _Fallback
    return serialized
