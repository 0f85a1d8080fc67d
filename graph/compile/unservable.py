"""A stored value outside its vocabulary is compiled as a mark that says where it is.

`commitgraph load` and the curation API refuse a role, status, kind, date basis or
completeness outside graph/vocabulary.py, but another tool may write one straight to Neo4j. A
field bound to a vocabulary is compiled so that such a value never reaches the client as if
it were a word of the list (`Announced` served as a status, `ratified` as `RATIFIED`): the
query gives, in its place, a map with `MARK` that names the node (its label and id) or the
relationship (its type and edge id, `source|TYPE|role|target`), the property and the value.
The API turns the mark into a field error (app/graphql/executor.py), in the same round trip.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from graph.compile.drawing import edge_id
from graph.models import GraphEdge, plain
from graph.vocabulary import ATTENDANCE_ROLES, PARTICIPATION_ROLES

#: The key of the map that stands in for a value the API cannot serve.
MARK = "__unservable"
#: What a value outside its vocabulary fails to be, as its error says it.
NOT_A_WORD = "is not a word of its vocabulary"


@dataclass(frozen=True)
class Vocabulary:
    """What a scalar field's stored value must be, and what holds the value.

    `words`: the words it must be one of (None: any); `type_`: the Cypher type it must have
    (`DATE`); `required`: absent is unservable too (the field is non-null). `stored` gives the
    stored value over the holder's variable (None: the field's own expression is the stored
    value); `label`, `id` and `property` give Cypher expressions naming the holder and the
    property."""

    words: tuple[str, ...] | None
    label: Callable[[str], str]
    id: Callable[[str], str]
    property: Callable[[str], str]
    stored: Callable[[str], str] | None = None
    type_: str | None = None
    required: bool = False

    def check(self, served: str, var: str) -> str:
        """Cypher: `served` when the stored value is as it must be, else the mark."""
        stored = served if self.stored is None else self.stored(var)
        tests = []
        if self.words is not None:
            tests.append(f"{stored} IN [" + ", ".join(f"'{word}'" for word in self.words) + "]")
        if self.type_ is not None:
            tests.append(f"{stored} IS :: {self.type_}")
        fits = " AND ".join(tests) or "true"
        ok = f"{stored} IS NOT NULL AND {fits}" if self.required else f"{stored} IS NULL OR {fits}"
        mark = (
            f"{{{MARK}: true, label: {self.label(var)}, id: {self.id(var)}, "
            f"property: {self.property(var)}, value: {stored}, why: '{self.why()}'}}"
        )
        return f"CASE WHEN {ok} THEN {served} ELSE {mark} END"

    def why(self) -> str:
        """What the stored value fails to be, in the error that names it."""
        if self.words is not None:
            return NOT_A_WORD
        if self.type_ is not None:
            return f"is not a {self.type_.lower()}"
        return "is not a value the answer can give"


def _text(value: str) -> Callable[[str], str]:
    return lambda v: f"'{value}'"


def of_node(label: str, name: str, words: tuple[str, ...], stored: bool = False) -> Vocabulary:
    """Property `name` of a `label` node bound to the field's variable; with `stored`, checked
    as stored (`{v}.name`) when the field serves it otherwise (upper case, a default)."""
    return Vocabulary(
        words,
        _text(label),
        lambda v: f"{v}.id",
        _text(name),
        (lambda v: f"{v}.{name}") if stored else None,
    )


def typed(label: str, name: str, type_: str, required: bool = False) -> Vocabulary:
    """Property `name` of a `label` node bound to the field's variable, which must be of Cypher
    type `type_` (a date, not the text "2018"), and present when `required`."""
    return Vocabulary(
        None, _text(label), lambda v: f"{v}.id", _text(name), type_=type_, required=required
    )


def of_link(rel_type: str, name: str, words: tuple[str, ...]) -> Vocabulary:
    """Property `name` of the relationships of a link map (`{rels, ...}`, the first of which
    names it), held in the map under the same name."""

    def named(v: str) -> str:
        first = f"head({v}.rels)"
        return edge_id(
            f"startNode({first}).id", f"'{rel_type}'", f"{v}.{name}", f"endNode({first}).id"
        )

    return Vocabulary(words, _text(rel_type), named, _text(name), lambda v: f"{v}.{name}")


@dataclass(frozen=True)
class Unservable:
    """A value a query marked: what holds it, the property and the value."""

    label: str
    id: str
    property: str
    value: Any
    why: str = NOT_A_WORD

    @classmethod
    def of(cls, mark: dict[str, Any]) -> Unservable:
        return cls(str(mark.get("label")), str(mark.get("id")), str(mark.get("property")),
                   plain(mark.get("value")),
                   str(mark.get("why") or NOT_A_WORD))  # fmt: skip

    def said(self) -> str:
        if self.value is None:
            return f"{self.label} {self.id!r} has no {self.property}"
        return f"{self.label} {self.id!r} holds {self.property} {self.value!r}"

    def problem(self) -> str:
        """The value and what is wrong with it, as an error says it."""
        if self.value is None:
            return f"{self.said()}, which the answer needs"
        return f"{self.said()}, which {self.why}"

    def as_dict(self) -> dict[str, Any]:
        return {"label": self.label, "id": self.id, "property": self.property,
                "value": self.value}  # fmt: skip


#: What `_pruned` gives for a value that must be left out with what holds it.
_LEFT_OUT = object()


def without_unservable(rows: list[Any]) -> tuple[list[Any], list[Unservable]]:
    """`rows` (compiled answers, as REST reads them) with every list item that holds a marked
    value left out, however deep in the item's own fields the value is, and the values found.
    What GraphQL does with field errors (app/graphql/executor.py), for answers that have no
    errors list."""
    found: list[Unservable] = []
    kept = _pruned(rows, found)
    return (rows if not found else kept), found


def _pruned(value: Any, found: list[Unservable]) -> Any:
    if value.__class__ is dict:
        if MARK in value:
            found.append(Unservable.of(value))
            return _LEFT_OUT
        pruned = {}
        for key, item in value.items():
            item = _pruned(item, found)
            if item is _LEFT_OUT:
                return _LEFT_OUT
            pruned[key] = item
        return pruned
    if value.__class__ is list:
        return [kept for kept in (_pruned(item, found) for item in value) if kept is not _LEFT_OUT]
    return value


#: The roles a drawn edge of each type may have.
EDGE_ROLES = {"PARTICIPATES_IN": PARTICIPATION_ROLES, "ATTENDED": ATTENDANCE_ROLES}


def unservable_roles(edges: list[GraphEdge]) -> list[Unservable]:
    """The roles of drawn edges (with their `id`) that are outside their type's list."""
    return [
        Unservable(edge["type"], str(edge.get("id")), "role", edge["role"])
        for edge in edges
        if edge["role"] is not None
        and edge["type"] in EDGE_ROLES
        and edge["role"] not in EDGE_ROLES[edge["type"]]
    ]


def with_roles_marked(edges: list[GraphEdge]) -> None:
    """Give each drawn edge (with its `id`) whose role is outside its type's list the mark as
    its role, as a compiled field would have it: GraphQL's `GraphEdge.role` is then null,
    with the error naming the edge."""
    for edge in edges:
        role, words = edge["role"], EDGE_ROLES.get(edge["type"])
        if role is not None and words is not None and role not in words:
            mark: Any = {MARK: True, "label": edge["type"], "id": edge.get("id"),
                         "property": "role", "value": role}  # fmt: skip
            edge["role"] = mark
