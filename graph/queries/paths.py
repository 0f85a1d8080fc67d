"""How two nodes are connected: the shortest paths over the partnership graph."""

from __future__ import annotations

from typing import Any, TypedDict

from graph.compile.drawing import edge_key, edge_map, node_map
from graph.compile.edges import edge_projection, link_relationships
from graph.compile.pagination import page_size
from graph.compile.projection import Params, Selection
from graph.compile.unservable import with_roles_marked
from graph.models import GraphEdge, GraphNode
from graph.queries.network import LABELS, OFF_GRAPH, UNLISTED_GUARD, with_fields
from graph.store.driver import Graph
from graph.store.errors import check_node_id, check_range, refuse_unknown

MAX_HOPS = 10

# The pattern's upper bound must be a literal: search up to MAX_HOPS, then keep the path only
# if it is within $max_hops. A shortest path longer than $max_hops means none is shorter, so
# the answer is the same as searching with the smaller bound. The length filter sits after
# shortestPath on purpose: inside its WHERE, Neo4j would fall back to an exhaustive search.
# Relationships are walked in either direction; provenance and ledger nodes are not walked.
#
# Both predicates are checked during the search, so each is paid for every node and
# relationship it visits. Leaving out the `OFF_GRAPH` types keeps the walk on partnership
# nodes by itself; checking every visited node's labels as well multiplied the search's db
# hits (docs/BENCHMARKS.md, History). Only a relationship type the model does not list could
# lead elsewhere, so the label check runs only while the database holds one.
#
# Always one row: an id that names no partnership node comes back as `from_found` or
# `to_found` false, so that a mistyped id is an error and not a null, which reads as "not
# linked".
_ENDS = f"""
{UNLISTED_GUARD}
OPTIONAL MATCH (a:{LABELS}) WHERE a.id = $from_id
OPTIONAL MATCH (b:{LABELS}) WHERE b.id = $to_id
"""
_ON_GRAPH = f"""
  WHERE all(r IN relationships(p) WHERE NOT type(r) IN {list(OFF_GRAPH)!r})
    AND all(x IN nodes(p) WHERE NOT unlisted OR x:{LABELS})
  WITH p WHERE length(p) <= $max_hops"""
_NODES = f"[x IN nodes(p) | {node_map('x', properties=False)}]"
_EDGES = f"[r IN relationships(p) | {edge_map('r', outline=True)}]"


def _edge_fields(fields: str) -> str:
    """Cypher list: the compiled fields `fields` (graph/compile/edges.py, over `rs`) of each
    edge of path `p`, over every relationship that states its link."""
    return f"[r IN relationships(p) | head([rs IN [{link_relationships('r')}] | {fields}])]"


def shortest_path_query(fields: str | None = None) -> str:
    """A shortest path's query; with `fields`, each edge's compiled fields beside it."""
    extra = "" if fields is None else f", {_edge_fields(fields)} AS edgeFields"
    returned = "" if fields is None else ", edgeFields"
    return f"""{_ENDS}
OPTIONAL CALL (a, b, unlisted) {{
  MATCH p = shortestPath((a)-[*0..{MAX_HOPS}]-(b)){_ON_GRAPH}
  RETURN {_NODES} AS nodes, {_EDGES} AS edges, length(p) AS length{extra}
}}
RETURN a IS NOT NULL AS from_found, b IS NOT NULL AS to_found, nodes, edges, length{returned}
"""


SHORTEST_PATH = shortest_path_query()


# Every shortest path, for "how is France linked to Iraq": one path shows one of the three
# ways (the document training) and hides the summit both attended and their other piece of
# joint work. Neo4j finds them in no set order, so they are sorted by the ids they pass
# through, then by the links' types and roles (one pair of nodes can be linked twice: Iraq
# takes part in an initiative and is its target), and `$first` of them kept. A link that
# several sources state is one relationship per source: paths that differ only in those
# are one path, the one through the first relationships by element id.
def shortest_paths_query(fields: str | None = None) -> str:
    """Every shortest path's query; with `fields`, each edge's compiled fields beside it."""
    extra = "" if fields is None else f", edgeFields: {_edge_fields(fields)}"
    return f"""{_ENDS}
CALL (a, b, unlisted) {{
  OPTIONAL MATCH p = allShortestPaths((a)-[*0..{MAX_HOPS}]-(b)){_ON_GRAPH}
  WITH p WHERE p IS NOT NULL
  WITH p, [x IN nodes(p) | x.id] AS ids,
    [r IN relationships(p) | type(r) + '|' + coalesce(r.role, '')] AS links,
    [r IN relationships(p) | startNode(r).id] AS starts
  ORDER BY ids, links, starts, [r IN relationships(p) | elementId(r)]
  WITH ids, links, starts, head(collect(p)) AS p
  ORDER BY ids, links, starts
  LIMIT $first
  RETURN collect({{nodes: {_NODES}, edges: {_EDGES}, length: length(p){extra}}}) AS paths
}}
RETURN a IS NOT NULL AS from_found, b IS NOT NULL AS to_found, paths
"""


SHORTEST_PATHS = shortest_paths_query()

MAX_PATHS = 50


class PathOutline(TypedDict):
    """A path in walking order, as a drawing needs it: `edges[i]` joins `nodes[i]` and
    `nodes[i + 1]`."""

    nodes: list[GraphNode]
    edges: list[GraphEdge]
    length: int


def _path_params(from_id: str, to_id: str, max_hops: int) -> dict[str, object]:
    max_hops = check_range(max_hops, "maxHops", 1, MAX_HOPS)
    return {
        "from_id": check_node_id(from_id, "from"),
        "to_id": check_node_id(to_id, "to"),
        "max_hops": max_hops,
    }


def _check_ends(row: dict[str, Any], from_id: str, to_id: str) -> None:
    refuse_unknown("from", [] if row["from_found"] else [from_id])
    refuse_unknown("to", [] if row["to_found"] else [to_id])


def _outline(path: dict[str, Any]) -> PathOutline:
    for edge in path["edges"]:
        edge["id"] = edge_key(edge["source"], edge["type"], edge["role"], edge["target"])
    with_roles_marked(path["edges"])
    if "edgeFields" in path:
        with_fields(path["edges"], path["edgeFields"])
    return {"nodes": path["nodes"], "edges": path["edges"], "length": int(path["length"])}


def _queried(edge_selections: list[Selection] | None, params: dict[str, object]) -> str | None:
    """The compiled fields that `edge_selections` asks of each edge, their parameters added to
    `params`; None when it asks for none."""
    compiled = Params(params)
    fields = edge_projection(edge_selections or [], compiled, "rs")
    params.update(compiled.values)
    return fields


async def shortest_path(
    graph: Graph,
    from_id: str,
    to_id: str,
    max_hops: int = 6,
    edge_selections: list[Selection] | None = None,
) -> PathOutline | None:
    """A shortest path from `from_id` to `to_id`, or None when no path has at most
    `max_hops` relationships. A node's path to itself has length 0. An id that names no
    partnership node is a BadInput naming `from` or `to`.

    Edges keep their stored direction (`source`, `target`), which may run against the
    walking order of `nodes`. `edge_selections` adds to each edge the fields of it that
    need compiling (its citations), as `network_outline` does. One Cypher round trip.
    """
    params = _path_params(from_id, to_id, max_hops)
    fields = _queried(edge_selections, params)
    cypher = SHORTEST_PATH if fields is None else shortest_path_query(fields)
    (row,) = await graph.read("shortest_path", cypher, params)
    _check_ends(row, from_id, to_id)
    return None if row["nodes"] is None else _outline(row)


async def shortest_paths(
    graph: Graph,
    from_id: str,
    to_id: str,
    max_hops: int = 6,
    first: int = 10,
    edge_selections: list[Selection] | None = None,
) -> list[PathOutline]:
    """Every shortest path from `from_id` to `to_id` within `max_hops` (at most `first`,
    1 to MAX_PATHS), sorted by the ids they pass through, then by their links' types and
    roles; empty when none is within reach. Ends are checked as in `shortest_path`. One
    Cypher round trip.
    """
    first = page_size(first, "first", MAX_PATHS)
    params = {**_path_params(from_id, to_id, max_hops), "first": first}
    fields = _queried(edge_selections, params)
    cypher = SHORTEST_PATHS if fields is None else shortest_paths_query(fields)
    (row,) = await graph.read("shortest_paths", cypher, params)
    _check_ends(row, from_id, to_id)
    return [_outline(path) for path in row["paths"]]
