"""The partnership network around some nodes: what frontends draw.

The partnership graph is every node with one of `PARTNERSHIP_TYPES` and every relationship
between two of them except `EVIDENCED_BY`. Provenance (`Source` nodes and their
`EVIDENCED_BY` links) and the loader's ledger (`__Migration`, `__MigrationLock`) are never
walked through nor returned: every node cites the one press release, so walking through the
Source would put everything one hop from everything else.

The Cypher fragments here are shared by paths, node details and exports, so that "the
partnership graph" means the same thing in every answer. They are constants built from the
label list above, never from user input. Nodes and edges are drawn as `graph.models.GraphNode`
and `GraphEdge` (graph/compile/drawing.py); the HTTP edge puts them in its wire format.
"""

from __future__ import annotations

import datetime
from typing import Any, cast

from graph.compile.as_of import node_cited_by, node_undated, rel_cited_by
from graph.compile.drawing import (
    TYPE_ORDER,
    display_label,
    edge_id,
    edge_key,
    edge_map,
    type_rank,
)
from graph.compile.edges import edge_projection
from graph.compile.pagination import page_size
from graph.compile.projection import Params, Selection
from graph.compile.unservable import with_roles_marked
from graph.models import PARTNERSHIP_TYPES, GraphEdge, GraphNode, Network, served
from graph.store.driver import Graph
from graph.store.errors import BadInput, check_node_id, check_range, refuse_unknown
from graph.vocabulary import check_word

MAX_DEPTH = 3
MAX_FOCUS = 20

#: `n:Country|Region|...`: the partnership labels as a Cypher label expression.
LABELS = "|".join(PARTNERSHIP_TYPES)
#: The one relationship type that is provenance, not partnership.
PROVENANCE = "EVIDENCED_BY"
#: The corpus's records of a commitment, which are not partnership nodes either: a dated
#: `Step` (STEP_OF its initiative, INVOLVES its actors) and an `AmountClaim` (AMOUNT_OF its
#: stream). A step's AT its event is left out by its start node's label (`PARTNER_LINKS`).
RECORD_LINKS = ("STEP_OF", "INVOLVES", "AMOUNT_OF")
#: The listed types whose other end is not a partnership node: provenance, the progress
#: ledger (`ProgressUpdate`), the audit trail (`Change`) and the corpus's records.
OFF_GRAPH = (PROVENANCE, "HAS_PROGRESS", "CHANGED", *RECORD_LINKS)


#: The most nodes a network returns, and how many unless asked: a drawing stays readable
#: and a request stays fast however dense the graph around the focus is (the depth-2
#: network of a busy country holds tens of thousands of nodes).
MAX_NODES = 2000
DEFAULT_NODES = 300


def of_types(var: str) -> str:
    """Cypher: node `var` has one of the labels in `$types` (null: every type)."""
    return f"($types IS NULL OR any(l IN labels({var}) WHERE l IN $types))"


def _typed(var: str) -> str:
    return f"[n IN {var} WHERE {of_types('n')}]"


def _level(k: int, as_of: bool = False) -> str:
    """Binds `l{k}`: the partnership nodes first reached at hop k (empty past `$depth`).

    A level is only walked while the nodes found so far (of the asked types) still fit in
    `$limit`: once they overflow it, farther nodes could never be returned. With `as_of`,
    only links and nodes cited from sources published by `$asOf` are walked and kept
    (graph.compile.as_of), and `u{k}` counts the nodes reached that only undated sources cite.
    """
    earlier = [f"l{j}" for j in range(k)]
    seen = " + ".join(earlier)
    link = kept = carried = undated = ""
    if as_of:
        link = f" WHERE {rel_cited_by('r', '$asOf')}"
        kept = f" AND {node_cited_by('y', '$asOf')}"
        carried = "".join(f", u{j}" for j in range(1, k))
        undated = f", size([y IN reached WHERE NOT y IN {seen} AND {node_undated('y')}]) AS u{k}"
    return f"""CALL ({", ".join(earlier)}) {{
  UNWIND CASE WHEN $depth >= {k} AND size({_typed(f"({seen})")}) <= $limit
              THEN l{k - 1} ELSE [] END AS x
  MATCH (x)-[{"r" if as_of else ""}:!{PROVENANCE}]-(y:{LABELS}){link}
  RETURN collect(DISTINCT y) AS reached
}}
WITH {", ".join(earlier)}{carried}, [y IN reached WHERE NOT y IN {seen}{kept}] AS l{k}{undated}"""


def partner_links(var: str) -> str:
    """Cypher: how linked node `var` is in the partnership graph: its relationships but those
    to its sources, progress updates, audit records and dated steps, which say nothing of its
    partners (a node cited from three passages is not more linked than one cited from one).
    The first two counts are degrees, which Neo4j keeps for a dense node."""
    return (
        f"COUNT {{ ({var})--() }} - COUNT {{ ({var})-[:{'|'.join(OFF_GRAPH)}]-() }} "
        f"- COUNT {{ ({var})<-[:AT]-(:Step) }}"
    )


PARTNER_LINKS = partner_links("n")
#: The property that keeps `PARTNER_LINKS` on each partnership node (graph.queries.degree):
#: ranking a hub's thousands of neighbours then reads one property each instead of counting
#: each one's relationships. It is bookkeeping, never served (graph.models.STORED_ONLY).
DEGREE = "partnerDegree"
#: How linked `n` is, for the ranking: the stored degree; where a node has none (written by
#: another tool, until `commitgraph degrees` sets it), its links but those off the graph. The
#: fallback leaves the steps' AT links in: Neo4j 5.26 fails the whole query ("Cannot invoke
#: VirtualNodeValue.id()") on a COUNT of `(n)<-[:AT]-(:Step)` inside this coalesce.
RANKED_LINKS = (
    f"coalesce(n.{DEGREE}, COUNT {{ (n)--() }} - COUNT {{ (n)-[:{'|'.join(OFF_GRAPH)}]-() }})"
)


#: Binds `ns`, at most `$limit` partnership nodes within `$depth` hops of the ids in `$focus`
#: (of the labels in `$types`; null: all), and `truncated`, whether more were in reach.
#: Nearer nodes come first; within a hop, the more linked ones, then by id, so the same
#: graph always gives the same answer. Hops are walked level by level, each level's nodes
#: once. How linked a node is comes from its stored degree (`DEGREE`): counting it here
#: walked the links of every node in reach, thousands for a hub's neighbours
#: (docs/BENCHMARKS.md, Where the time goes).
def _reach(as_of: bool = False) -> str:
    """`REACH`; with `as_of`, as the record stood on `$asOf`, which also binds `undated`."""
    focus_kept = f" AND {node_cited_by('f', '$asOf')}" if as_of else ""
    carried = ", u1, u2, u3" if as_of else ""
    undated = ", u1 + u2 + u3 AS undated" if as_of else ""
    return f"""
MATCH (f:{LABELS}) WHERE f.id IN $focus{focus_kept}
WITH collect(f) AS l0
{_level(1, as_of)}
{_level(2, as_of)}
{_level(3, as_of)}
WITH reduce(ranked = [], level IN [l0, l1, l2, l3] | ranked + COLLECT {{
  UNWIND {_typed("level")} AS n
  WITH n ORDER BY {RANKED_LINKS} DESC, n.id
  RETURN n
}}) AS ranked{carried}
WITH ranked[..$limit] AS ns, size(ranked) > $limit AS truncated{undated}
"""


REACH = _reach()


#: Relationship types that many actors hold towards one node: a country takes part in
#: thousands of initiatives, attends hundreds of events and provides many funding streams,
#: while an initiative has a handful of participants. The edges among the kept nodes are
#: looked for from the end node of these types and from the start node of the others
#: (`OUTWARD`), so a hub's thousands of participations are never walked.
INWARD = ("PARTICIPATES_IN", "ATTENDED", "PROVIDES", "REPORTED")
#: The other relationship types of the model (docs/DATA-MODEL.md) and of the curation writes;
#: each has few relationships per start node.
OUTWARD = (
    "PART_OF", "BASED_IN", "HOLDS_POST", "REPRESENTS", "TARGETS", "ANNOUNCED_AT",
    "BUILDS_ON", "CONTRIBUTES_TO", "ADDRESSES", "FUNDS", "ALLOCATED_TO", "DISCUSSED",
    "SAID", "AT", "HAS_PROGRESS", "CHANGED", "MEASURES",
)  # fmt: skip
_LISTED = (*OUTWARD, *INWARD, PROVENANCE, *RECORD_LINKS)

#: Binds `unlisted`: whether the database holds a relationship type `_LISTED` does not name
#: (one a later load brought). Always one row, whatever the database holds.
UNLISTED_GUARD = f"""CALL db.relationshipTypes() YIELD relationshipType
WITH count(CASE WHEN NOT relationshipType IN {list(_LISTED)!r} THEN 1 END) > 0 AS unlisted"""


#: Binds `a`, `r`, `b`: every partnership relationship `r` from `a` to `b` with both ends in
#: `ns` (the induced subgraph), each once. A relationship type that a later load brings and
#: `_LISTED` does not name is still found, by walking every relationship of the kept nodes,
#: but only while the database holds such a type.
def _pairs(as_of: bool = False) -> str:
    """`_PAIRS`; with `as_of`, only relationships cited from sources published by `$asOf`."""
    dated = f" AND {rel_cited_by('r', '$asOf')}" if as_of else ""
    return f"""CALL (ns) {{
    UNWIND ns AS n
    MATCH (n)-[r:{"|".join(OUTWARD)}]->(b) WHERE b IN ns{dated}
    RETURN n AS a, r, b
  UNION ALL
    UNWIND ns AS n
    MATCH (n)<-[r:{"|".join(INWARD)}]-(a) WHERE a IN ns{dated}
    RETURN a, r, n AS b
  UNION ALL
    {UNLISTED_GUARD}
    UNWIND CASE WHEN unlisted THEN ns ELSE [] END AS n
    MATCH (n)-[r:!{"&!".join(_LISTED)}]->(b) WHERE b IN ns{dated}
    RETURN n AS a, r, b
}}"""


_PAIRS = _pairs()

#: Sorts the relationships `r` that state one link so that the first is a document's, if
#: any: a reference fact never stands in for a cited one.
DOCUMENTS_FIRST = "coalesce(r.basis, '') = 'REFERENCE', r.source, elementId(r)"


def merged_properties(first: str, rs: str) -> str:
    """The properties of an edge that stands for the relationships in list `rs`, which state
    the same link (ends, type, role), each from its own source: those of `first` (a variable
    bound to `rs[0]`), and `citations`, the source and quote (or basis and reference) of each."""
    return (
        f"{first} {{.*, citations: [x IN {rs} | x {{.source, .quote, .reference, "
        "basis: coalesce(x.basis, 'DOCUMENT')}]}"
    )


def merged_edge_map(first: str, rs: str) -> str:
    """One edge for the relationships in list `rs` (see `merged_properties`), with the id,
    ends, type and role of `first`."""
    return edge_map(first, properties=merged_properties(first, rs))


def edges_among(pairs: str) -> str:
    """Every edge among `ns` that `pairs` (a `_pairs` subquery) finds, with its properties:
    a link that several sources state is one edge."""
    return f"""COLLECT {{ {pairs}
  WITH a, b, r ORDER BY {DOCUMENTS_FIRST}
  WITH a, b, type(r) AS type, r.role AS role, collect(r) AS rs
  WITH rs, rs[0] AS first
  RETURN {merged_edge_map("first", "rs")} AS edge }}"""


#: Every edge among `ns` with its properties, for REST and the exports.
EDGES_AMONG = edges_among(_PAIRS)
#: `REACH` and `EDGES_AMONG` as the record stood on `$asOf` (REACH_AS_OF binds `undated`).
REACH_AS_OF = _reach(as_of=True)
EDGES_AMONG_AS_OF = edges_among(_pairs(as_of=True))


#: The ids of `$focus` that name no partnership node. A network around a mistyped id would be
#: empty, which reads as "no partners", so `refuse_unknown_focus` turns them into a BadInput.
UNKNOWN_FOCUS = (
    f"[x IN $focus WHERE NOT EXISTS {{ MATCH (f:{LABELS}) WHERE f.id = x }}] AS unknown_focus"
)


def refuse_unknown_focus(row: dict[str, Any]) -> None:
    refuse_unknown("focus", row["unknown_focus"])


def _column(value: str) -> str:
    """`collect(value)` that keeps nulls, so that the columns stay aligned: a null is
    collected as an empty map, which no stored property can be."""
    return f"collect(coalesce({value}, {{}}))"


def _network_columns(
    with_properties: bool, as_of: bool = False, edge_fields: str | None = None
) -> str:
    """The network of `REACH`, sorted by Neo4j and returned as columns (one list per field):
    building a map per element cost Neo4j more than finding the elements. Nodes come by
    type (in `PARTNERSHIP_TYPES` order), then id; edges by source, type, target, role, id,
    so the same graph always gives the same answer (and the same ETag). A link that several
    sources state is one edge (`merged_edge_map`). With `as_of`, the network as the record
    stood on `$asOf`, and an `undated` column. With `edge_fields` (a Cypher map over `rs`, the
    relationships that state an edge: see graph/compile/edges.py), an `edge_fields` column of
    one such map per edge."""
    columns = "truncated, node_ids, node_labels, node_types, sources, targets, edge_types, roles"
    if as_of:
        columns += ", undated"
    if with_properties:
        node_properties = ", collect(properties(n)) AS node_properties"
        keep_r = ", rs, rs[0] AS first"
        edge_properties = (
            f", collect(id) AS edge_ids, collect({merged_properties('first', 'rs')}) "
            "AS edge_properties"
        )
        extra_columns = ", node_properties, edge_ids, edge_properties"
    else:
        node_properties = keep_r = edge_properties = extra_columns = ""
    if edge_fields is not None:
        keep_r = keep_r or ", rs"
        edge_properties += f", collect({edge_fields}) AS edge_fields"
        extra_columns += ", edge_fields"
    return f"""{_reach(as_of)}
CALL (ns) {{
  UNWIND ns AS n
  WITH n, {type_rank("n")} AS rank
  ORDER BY rank, n.id
  RETURN {_column("n.id")} AS node_ids,
         {_column(display_label("n"))} AS node_labels,
         {_column(f"{TYPE_ORDER}[rank]")} AS node_types{node_properties}
}}
CALL (ns) {{
  {_pairs(as_of)}
  WITH a, b, r ORDER BY {DOCUMENTS_FIRST}
  WITH a.id AS source, type(r) AS type, b.id AS target, r.role AS role, collect(r) AS rs
  WITH source, type, target, role, {edge_id("source", "type", "role", "target")} AS id{keep_r}
  ORDER BY source, type, target, coalesce(role, ''), id
  RETURN {_column("source")} AS sources, {_column("target")} AS targets,
         {_column("type")} AS edge_types, {_column("role")} AS roles{edge_properties}
}}
RETURN {columns}{extra_columns}, {UNKNOWN_FOCUS}
"""


#: What a drawing needs of the network, for GraphQL's `network` field.
NETWORK_OUTLINE = _network_columns(with_properties=False)
#: The same network with every property and each edge's id, for REST.
NETWORK_ELEMENTS = _network_columns(with_properties=True)
#: Both as the record stood on `$asOf`.
NETWORK_OUTLINE_AS_OF = _network_columns(with_properties=False, as_of=True)
NETWORK_ELEMENTS_AS_OF = _network_columns(with_properties=True, as_of=True)


def _values(row: dict[str, Any], column: str) -> list[Any]:
    """A column of `_network_columns`, its empty maps back to None."""
    return [None if v.__class__ is dict and not v else v for v in row[column]]


def with_fields(edges: list[GraphEdge], fields: list[dict[str, Any]]) -> None:
    """Add to each edge the compiled fields of its map (graph/compile/edges.py), by their
    response keys, as GraphQL reads them."""
    for edge, compiled in zip(edges, fields, strict=True):
        cast(dict[str, Any], edge).update(compiled)


def network_from_columns(row: dict[str, Any]) -> Network:
    """The network's nodes and edges from the columns `_network_columns` returns: with every
    property and each edge's id where the query asked for them, else the outline."""
    ids, labels, types = (_values(row, c) for c in ("node_ids", "node_labels", "node_types"))
    ends = [_values(row, c) for c in ("sources", "targets", "edge_types", "roles")]
    nodes: list[GraphNode]
    edges: list[GraphEdge]
    if "node_properties" in row:
        nodes = [
            {"id": i, "label": label, "type": type_, "properties": served(properties)}
            for i, label, type_, properties in zip(
                ids, labels, types, row["node_properties"], strict=True
            )
        ]
        edges = [
            {"id": i, "source": s, "target": t, "type": type_, "role": role,
             "properties": properties}
            for i, s, t, type_, role, properties in zip(
                row["edge_ids"], *ends, row["edge_properties"], strict=True
            )
        ]  # fmt: skip
    else:
        nodes = [
            {"id": i, "label": label, "type": type_}
            for i, label, type_ in zip(ids, labels, types, strict=True)
        ]
        edges = [
            {"id": edge_key(s, type_, role, t), "source": s, "target": t, "type": type_,
             "role": role}
            for s, t, type_, role in zip(*ends, strict=True)
        ]  # fmt: skip
    if "edge_fields" in row:
        with_fields(edges, row["edge_fields"])
    return {"nodes": nodes, "edges": edges, "truncated": bool(row["truncated"])}


def check_types(types: list[str] | None) -> list[str] | None:
    """The `$types` parameter: None (every type) for a missing or empty list."""
    named = [check_word(t, PARTNERSHIP_TYPES, "types") for t in types or []]
    return list(dict.fromkeys(named)) if named else None


def check_depth(depth: int) -> int:
    return check_range(depth, "depth", 0, MAX_DEPTH)


def check_limit(limit: int) -> int:
    return page_size(limit, "limit", MAX_NODES)


def check_focus(
    focus: list[str], depth: int, types: list[str] | None, limit: int = DEFAULT_NODES
) -> dict[str, object]:
    """Validate a focus request; return the parameters of `REACH`. Shared with the exports."""
    if not focus:
        raise BadInput("focus", "give at least one node id")
    if len(focus) > MAX_FOCUS:
        raise BadInput("focus", f"at most {MAX_FOCUS} ids, got {len(focus)}")
    return {
        "focus": list(dict.fromkeys(check_node_id(str(f), "focus") for f in focus)),
        "depth": check_depth(depth),
        "types": check_types(types),
        "limit": check_limit(limit),
    }


async def network_in_full(
    graph: Graph,
    focus: list[str],
    depth: int = 1,
    types: list[str] | None = None,
    limit: int = DEFAULT_NODES,
    as_of: datetime.date | None = None,
) -> Network:
    """The nodes within `depth` hops of the `focus` ids and every edge among them, with all
    their properties and each edge's id: what the REST network route serves.

    Hops are counted over the whole partnership graph: `types` only filters what is
    returned, so with `types=["Country", "Initiative"]` a country two hops away through an
    event still appears at depth 2, while the event does not. An empty or missing `types`
    returns every type. A focus id that names no partnership node is a BadInput naming it
    (in the same round trip); depth 0 returns the focus nodes themselves and the edges
    between them. At most `limit` nodes, nearest first (see
    `REACH`); `truncated` says that more were in reach. One Cypher round trip.

    Neo4j sorts and Python only pairs up the columns: no model per element, which cost more
    than the Cypher for a large network. Property values are as Neo4j stores them; write
    them with `graph.models.to_json`, which turns dates and points into strings.

    With `as_of`, the network as the record stood that day (graph.compile.as_of), and
    `undatedFactsLeftOut`: the nodes in reach left out because only undated sources cite them.
    """
    cypher = NETWORK_ELEMENTS if as_of is None else NETWORK_ELEMENTS_AS_OF
    return await _network(graph, cypher, check_focus(focus, depth, types, limit), as_of)


async def network_outline(
    graph: Graph,
    focus: list[str],
    depth: int = 1,
    types: list[str] | None = None,
    limit: int = DEFAULT_NODES,
    as_of: datetime.date | None = None,
    edge_selections: list[Selection] | None = None,
) -> Network:
    """`network_in_full` without properties or edge ids: what GraphQL's `network` serves.

    Same nodes, edges, order and `truncated`; Neo4j sorts the answer and Python only pairs
    up its columns. With `as_of`, as `network_in_full` has it. `edge_selections`, the
    GraphQL selection of each edge, adds the fields it asks that need compiling (an edge's
    citations) to every edge, by response key, in the same round trip.
    """
    params = Params(check_focus(focus, depth, types, limit))
    day = None if as_of is None else "$asOf"
    fields = edge_projection(edge_selections or [], params, "rs", day)
    if fields is not None:
        cypher = _network_columns(
            with_properties=False, as_of=as_of is not None, edge_fields=fields
        )
    else:
        cypher = NETWORK_OUTLINE if as_of is None else NETWORK_OUTLINE_AS_OF
    network = await _network(graph, cypher, params.values, as_of)
    with_roles_marked(network["edges"])
    return network


async def _network(
    graph: Graph, cypher: str, params: dict[str, object], as_of: datetime.date | None
) -> Network:
    # REACH aggregates from its first clause on, so there is always exactly one row.
    (row,) = await graph.read("network", cypher, {**params, "asOf": as_of})
    refuse_unknown_focus(row)
    network = network_from_columns(row)
    if as_of is not None:
        network["undatedFactsLeftOut"] = row["undated"]
    return network
