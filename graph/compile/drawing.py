"""How Cypher draws a node or an edge: the maps `graph.models.GraphNode` and `GraphEdge` are.

Every answer that draws the graph (REST's network, node details, search and exports,
GraphQL's network and paths) projects its nodes and edges with these helpers, so a node's
display label and its type are decided here, in the query, once: no Python reads a node's
labels or properties to work them out again.
"""

from __future__ import annotations

from graph.models import PARTNERSHIP_TYPES

#: `PARTNERSHIP_TYPES` as a Cypher list literal: `TYPE_ORDER[type_rank(n)]` is `n`'s type.
TYPE_ORDER = "[" + ", ".join(f"'{label}'" for label in PARTNERSHIP_TYPES) + "]"


def display_label(var: str) -> str:
    """A node's label in a drawing: name, else title, else id."""
    return f"toString(coalesce({var}.name, {var}.title, {var}.id))"


def node_label(var: str) -> str:
    """A node's display name in the API (`Node.label`, a search hit's `label`), whatever its
    type: its name, else its title (an official the source names only by post, a source, a
    reference), else its text (a statement)."""
    return f"toString(coalesce({var}.name, {var}.title, {var}.text, {var}.id))"


def type_rank(var: str) -> str:
    """The position in `PARTNERSHIP_TYPES` of node `var`'s primary type: the first of them
    among its labels. Sorting by rank sorts by type."""
    return f"[i IN range(0, size({TYPE_ORDER}) - 1) WHERE {TYPE_ORDER}[i] IN labels({var})][0]"


def primary_type(var: str, beyond: bool = False) -> str:
    """Node `var`'s type: the first of `PARTNERSHIP_TYPES` among its labels. With `beyond`,
    for a node that may lie outside the partnership graph (a Source in node details), its
    first label when it has none of them."""
    primary = f"{TYPE_ORDER}[{type_rank(var)}]"
    return f"coalesce({primary}, head(labels({var})))" if beyond else primary


def node_map(var: str, properties: bool = True, beyond: bool = False, extra: str = "") -> str:
    """A `GraphNode` for node variable `var`: id, display label and type, and with
    `properties` every stored property. `extra` adds entries (`citations: ...`)."""
    entries = [
        f"id: {var}.id",
        f"label: {display_label(var)}",
        f"type: {primary_type(var, beyond)}",
    ]
    if properties:
        entries.append(f"properties: properties({var})")
    if extra:
        entries.append(extra)
    return "{" + ", ".join(entries) + "}"


def edge_id(source: str, type_: str, role: str, target: str) -> str:
    """An edge's id made of what makes it one link (its ends, type and role, as Cypher
    expressions): `FR|PARTICIPATES_IN|funder|grassroots-engagement-programme`. Neo4j's element
    ids change from one database to the next; this one names the same link in every copy
    of the graph, so exports of two loads can be compared and joined. A link several sources
    state is one edge, so no two edges of an answer share an id. No node id holds a `|`."""
    return f"{source} + '|' + {type_} + '|' + coalesce({role}, '') + '|' + {target}"


def edge_key(source: str, type_: str, role: str | None, target: str) -> str:
    """`edge_id` for an edge already drawn without it (GraphQL's outline): the same id,
    made in Python from the ends, type and role the outline carries."""
    return f"{source}|{type_}|{role or ''}|{target}"


def edge_map(var: str, properties: str | None = None, outline: bool = False) -> str:
    """A `GraphEdge` for relationship variable `var`: its ends' ids, type and role; unless
    `outline`, also its id (`edge_id`) and its properties (`properties(var)` unless the Cypher
    expression `properties` gives others)."""
    ends = (
        f"source: startNode({var}).id, target: endNode({var}).id, type: type({var}), "
        f"role: {var}.role"
    )
    if outline:
        return "{" + ends + "}"
    stable = edge_id(f"startNode({var}).id", f"type({var})", f"{var}.role", f"endNode({var}).id")
    return f"{{id: {stable}, {ends}, properties: {properties or f'properties({var})'}}}"


def source_citation(rel: str, source: str) -> str:
    """A `graph.models.Citation`: the quote on provenance relationship `rel` and its Source
    `source`, keyed as an edge's citations are (`source`, `quote`) with `sourceTitle`, and
    under the snake_case keys the clients written before read."""
    return (
        f"{{source: {source}.id, sourceTitle: {source}.title, quote: {rel}.quote, "
        f"source_id: {source}.id, source_title: {source}.title}}"
    )
