"""The partnership network around some nodes: what frontends draw.

The partnership graph is every node with one of `PARTNERSHIP_TYPES` and every relationship
between two of them except `EVIDENCED_BY`. Provenance (`Source` nodes and their
`EVIDENCED_BY` links) and the loader's ledger (`__Migration`, `__MigrationLock`) are never
walked through nor returned: every node cites the one press release, so walking through the
Source would put everything one hop from everything else.

The Cypher fragments here are shared by paths, node details and exports, so that "the
partnership graph" means the same thing in every answer. They are constants built from the
label list above, never from user input.
"""

from __future__ import annotations

from graph.driver import Graph
from graph.errors import BadInput
from graph.models import PARTNERSHIP_TYPES, GraphEdge, GraphNode, Network

MAX_DEPTH = 3
MAX_FOCUS = 20

#: `n:Country|Region|...`: the partnership labels as a Cypher label expression.
LABELS = "|".join(PARTNERSHIP_TYPES)
#: The one relationship type that is provenance, not partnership.
PROVENANCE = "EVIDENCED_BY"


def node_map(var: str) -> str:
    """The row map `GraphNode.from_row` reads, for node variable `var`."""
    return f"{{id: {var}.id, labels: labels({var}), properties: properties({var})}}"


def edge_map(var: str) -> str:
    """The row map `GraphEdge.from_row` reads, for relationship variable `var`."""
    return (
        f"{{id: elementId({var}), source: startNode({var}).id, target: endNode({var}).id, "
        f"type: type({var}), properties: properties({var})}}"
    )


def _within(hops: int) -> str:
    # A quantified path whose every step avoids provenance and lands on a partnership node;
    # with DISTINCT on the end node Neo4j plans it as a pruning breadth-first expansion, so the
    # cost grows with the nodes reached, not with the (much larger) number of paths.
    return (
        f"MATCH (f) (()-[:!{PROVENANCE}]-(:{LABELS})){{0,{hops}}} (n) "
        f"WHERE $depth = {hops} RETURN DISTINCT n"
    )


#: Binds `ns`, the list of partnership nodes within `$depth` hops of the ids in `$focus`,
#: filtered to the labels in `$types` (null: all). A pattern's bounds cannot be parameters,
#: so there is one branch per depth, each guarded by `$depth = k`: only one of them runs.
REACH = f"""
MATCH (f:{LABELS}) WHERE f.id IN $focus
CALL (f) {{
  WITH f WHERE $depth = 0 RETURN f AS n
  UNION {_within(1)}
  UNION {_within(2)}
  UNION {_within(3)}
}}
WITH collect(DISTINCT n) AS reached
WITH [n IN reached WHERE $types IS NULL OR any(l IN labels(n) WHERE l IN $types)] AS ns
"""

#: Every partnership relationship with both ends in `ns` (the induced subgraph).
EDGES_AMONG = f"""COLLECT {{
  UNWIND ns AS a
  MATCH (a)-[r:!{PROVENANCE}]->(b)
  WHERE b IN ns
  RETURN {edge_map("r")} AS edge
}}"""

NETWORK = f"""{REACH}
RETURN [n IN ns | {node_map("n")}] AS nodes, {EDGES_AMONG} AS edges
"""


def check_types(types: list[str] | None) -> list[str] | None:
    """The `$types` parameter: None (every type) for a missing or empty list."""
    unknown = [t for t in types or [] if t not in PARTNERSHIP_TYPES]
    if unknown:
        raise BadInput(
            "types",
            f"unknown type {', '.join(map(repr, unknown))}: "
            f"choose from {', '.join(PARTNERSHIP_TYPES)}",
        )
    return list(dict.fromkeys(types)) if types else None


def check_depth(depth: int) -> int:
    if isinstance(depth, bool) or not isinstance(depth, int) or not 0 <= depth <= MAX_DEPTH:
        raise BadInput("depth", f"must be an integer from 0 to {MAX_DEPTH}, got {depth!r}")
    return depth


def check_focus(focus: list[str], depth: int, types: list[str] | None) -> dict[str, object]:
    """Validate a focus request; return the parameters of `REACH`. Shared with the exports."""
    if not focus:
        raise BadInput("focus", "give at least one node id")
    if len(focus) > MAX_FOCUS:
        raise BadInput("focus", f"at most {MAX_FOCUS} ids, got {len(focus)}")
    return {
        "focus": list(dict.fromkeys(str(f) for f in focus)),
        "depth": check_depth(depth),
        "types": check_types(types),
    }


async def network(
    graph: Graph, focus: list[str], depth: int = 1, types: list[str] | None = None
) -> Network:
    """The nodes within `depth` hops of the `focus` ids and every edge among them.

    Hops are counted over the whole partnership graph: `types` only filters what is
    returned, so with `types=["Country", "Initiative"]` a country two hops away through an
    event still appears at depth 2, while the event does not. An empty or missing `types`
    returns every type. Unknown focus ids contribute nothing; depth 0 returns the focus
    nodes themselves and the edges between them. One Cypher round trip.
    """
    params = check_focus(focus, depth, types)
    rows = await graph.read("network", NETWORK, params)
    row = rows[0] if rows else {"nodes": [], "edges": []}
    # Sorted, so that the same graph always gives the same answer (and the same ETag).
    order = {label: rank for rank, label in enumerate(PARTNERSHIP_TYPES)}
    nodes = sorted(
        (GraphNode.from_row(n) for n in row["nodes"]),
        key=lambda n: (order.get(n.type, len(order)), n.id),
    )
    edges = sorted(
        (GraphEdge.from_row(e) for e in row["edges"]),
        key=lambda e: (e.source, e.type, e.target, e.role or "", e.id),
    )
    return Network(nodes=nodes, edges=edges)
