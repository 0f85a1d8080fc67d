"""Compile a GraphQL-style selection into one Cypher map projection.

The API asks for a tree of fields; this module turns that tree into a single Cypher
expression (map literals, pattern and COLLECT subqueries), so a request costs one round
trip however deep it goes. What each field means in Cypher lives in `graph.compile.schema_map`;
this module only walks the tree. Argument values never enter the Cypher text: they become
numbered parameters.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from graph.compile.unservable import Vocabulary

#: The most items any nested list returns; a root field pages explicitly instead.
NESTED_LIST_CAP = 200


@dataclass
class Selection:
    """One requested field: its name, response key, arguments and sub-selections.

    `on` is the type condition of the fragment the field came from (None when unconditioned).
    """

    name: str
    key: str
    args: dict[str, Any] = field(default_factory=dict)
    children: list[Selection] = field(default_factory=list)
    on: str | None = None


class Params:
    """Collects parameter values and hands out their `$names`."""

    def __init__(self, initial: dict[str, Any] | None = None) -> None:
        self.values: dict[str, Any] = dict(initial or {})
        self._counter = 0
        self._vars = 0

    def add(self, value: Any) -> str:
        self._counter += 1
        name = f"p{self._counter}"
        self.values[name] = value
        return f"${name}"

    def var(self) -> str:
        self._vars += 1
        return f"v{self._vars}"


# A scalar field: Cypher expression over the bound variable.
ScalarExpr = Callable[[str], str]
# A relation field: Cypher list expression over the bound variable, given arguments.
ListExpr = Callable[[str, dict[str, Any], Params], str]
# The same list as the body of a `CALL (var) { ... }` that returns it as the given name.
HoistedExpr = Callable[[str, dict[str, Any], Params, str], str]


@dataclass(frozen=True)
class Scalar:
    """`vocabulary`: the words its stored value must be one of (graph.compile.unservable)."""

    expr: ScalarExpr
    vocabulary: Vocabulary | None = None


@dataclass(frozen=True)
class Related:
    """A field whose value is another object (or a list of them) of `target` type.

    `hoisted`, where given, computes the same list in a CALL subquery before the RETURN. It
    serves the root object only (see `Compiler`), and exists for lists that need grouping:
    Neo4j 5.26 refuses an aggregation inside a subquery expression of a RETURN that also
    projects the outer node, so `expr` has to do without one.
    """

    expr: ListExpr
    target: str
    many: bool = True
    capped: bool = True
    hoisted: HoistedExpr | None = None


@dataclass(frozen=True)
class Computed:
    """A field the API layer computes from other projected keys (e.g. connection cursors)."""

    project: Callable[[str, Selection, Params, Compiler], str]


FieldMap = Scalar | Related | Computed


@dataclass(frozen=True)
class ObjectType:
    fields: dict[str, FieldMap]
    label: str | None = None  # node label, for node-backed types
    interfaces: tuple[str, ...] = ()


@dataclass(frozen=True)
class AbstractType:
    """An interface: the concrete type is chosen by the node's label."""

    implementations: tuple[str, ...]


class View(Protocol):
    """A way of seeing the graph other than whole (the record as of a day): which items of a
    list field to keep, and scalar fields computed differently."""

    def keep(self, type_name: str, kind: ObjectType | AbstractType, var: str) -> str | None:
        """A Cypher condition on a list item `var` of type `type_name`; None keeps every item."""

    def scalar(self, type_name: str, field_name: str, var: str) -> str | None:
        """The Cypher expression of a scalar field, or None for its usual one."""


class Compiler:
    """Compiles selections into one projection expression.

    With `hoist_from` (the variable of the root object, bound one row per object before the
    RETURN), fields that offer a hoisted form are computed in `CALL` subqueries instead; the
    caller puts `preamble()` between its MATCH and its RETURN. With a `view`, list fields keep
    only the items it keeps, and it may compute scalar fields its own way.
    """

    def __init__(
        self,
        types: dict[str, ObjectType | AbstractType],
        params: Params,
        hoist_from: str | None = None,
        view: View | None = None,
    ) -> None:
        self.types = types
        self.params = params
        self.hoist_from = hoist_from
        self.view = view
        self._preamble: list[str] = []

    def preamble(self) -> str:
        return " ".join(self._preamble)

    def project(self, type_name: str, var: str, selections: list[Selection]) -> str:
        """A Cypher expression giving the requested map for the value bound to `var`."""
        kind = self.types[type_name]
        if isinstance(kind, AbstractType):
            branches = []
            for concrete in kind.implementations:
                label = self._object(concrete).label
                branches.append(
                    f"WHEN {var}:{label} THEN {self.project(concrete, var, selections)}"
                )
            return f"CASE WHEN {var} IS NULL THEN null {' '.join(branches)} END"
        return self._project_object(type_name, kind, var, selections)

    def _project_object(
        self, type_name: str, kind: ObjectType, var: str, selections: list[Selection]
    ) -> str:
        entries = [f"__typename: '{type_name}'"]
        for selection in merge(applicable(selections, type_name, kind.interfaces)):
            if selection.name == "__typename":
                continue
            mapping = kind.fields.get(selection.name)
            if mapping is None:
                continue  # resolved in Python from the row (e.g. pageInfo), nothing to fetch
            expr = None
            if self.view is not None and isinstance(mapping, Scalar):
                expr = self.view.scalar(type_name, selection.name, var)
            expr = expr or self._field(mapping, var, selection)
            if isinstance(mapping, Scalar) and mapping.vocabulary is not None:
                expr = mapping.vocabulary.check(expr, var)
            entries.append(f"`{selection.key}`: {expr}")
        return "{" + ", ".join(entries) + "}"

    def _field(self, mapping: FieldMap, var: str, selection: Selection) -> str:
        if isinstance(mapping, Scalar):
            return mapping.expr(var)
        if isinstance(mapping, Computed):
            return mapping.project(var, selection, self.params, self)
        if mapping.hoisted is not None and var == self.hoist_from:
            items = self.params.var()
            body = mapping.hoisted(var, selection.args, self.params, items)
            self._preamble.append(f"CALL ({var}) {{ {body} }}")
        else:
            items = mapping.expr(var, selection.args, self.params)
        inner = self.params.var()
        keep = None
        if self.view is not None and mapping.many:  # a single value stays with its holder
            keep = self.view.keep(mapping.target, self.types[mapping.target], inner)
        where = f" WHERE {keep}" if keep else ""
        projected = (
            f"[{inner} IN {items}{where} | "
            f"{self.project(mapping.target, inner, selection.children)}]"
        )
        if not mapping.many:
            return f"head({projected})"
        return f"{projected}[..{NESTED_LIST_CAP}]" if mapping.capped else projected

    def _object(self, name: str) -> ObjectType:
        kind = self.types[name]
        assert isinstance(kind, ObjectType)
        return kind


def applicable(
    selections: list[Selection], type_name: str, interfaces: tuple[str, ...]
) -> list[Selection]:
    """The selections that apply to a concrete type: unconditioned ones and its fragments."""
    return [s for s in selections if s.on is None or s.on == type_name or s.on in interfaces]


def merge(selections: list[Selection]) -> list[Selection]:
    """Merge fields that share a response key (GraphQL allows repeating a field)."""
    merged: dict[str, Selection] = {}
    for selection in selections:
        existing = merged.get(selection.key)
        if existing is None:
            merged[selection.key] = Selection(
                selection.name, selection.key, selection.args, list(selection.children), None
            )
        else:
            existing.children.extend(selection.children)
    return list(merged.values())
