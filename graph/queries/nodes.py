"""One node with everything a side panel shows: properties, neighbours and citations."""

from __future__ import annotations

from graph.compile.drawing import node_map, source_citation
from graph.compile.pagination import page_size
from graph.models import (
    PARTNERSHIP_TYPES,
    GraphNode,
    Neighbour,
    NodeDetails,
    edge_from_row,
    node_from_row,
)
from graph.queries.network import DOCUMENTS_FIRST, LABELS, PROVENANCE, merged_edge_map
from graph.store.driver import Graph
from graph.store.errors import BadInput, check_node_id
from graph.vocabulary import check_word

MAX_LIST = 500

# Source nodes can be looked up too (a citation names one), but are never a neighbour:
# their links are provenance, shown as citations instead. A link several sources state is
# one neighbour, its edge carrying every citation, as in the network.
NODE_DETAILS = f"""
MATCH (n:{LABELS}|Source) WHERE n.id = $id
WITH n LIMIT 1
RETURN {node_map("n", beyond=True)} AS node,
  COLLECT {{
    MATCH (n)-[r:!{PROVENANCE}]-(m:{LABELS})
    WITH m, r, startNode(r) = n AS out ORDER BY {DOCUMENTS_FIRST}
    WITH m, out, type(r) AS type, r.role AS role, collect(r) AS rs
    WITH m, out, rs, rs[0] AS first
    RETURN {{node: {node_map("m")}, edge: {merged_edge_map("first", "rs")}, out: out}} AS neighbour
  }} AS neighbours,
  COLLECT {{
    MATCH (n)-[e:{PROVENANCE}]->(s:Source)
    RETURN {source_citation("e", "s")} AS citation
    ORDER BY s.id, e.quote
  }} AS citations
"""

# A label cannot be a parameter without losing the label scan (a dynamic label is planned as
# a scan of every node), so there is one constant query per known type. `after` is the id of
# the last node of the previous page, so one that no node of the type has was not issued here.
LIST_NODES = {
    label: f"""
RETURN $after IS NULL OR EXISTS {{ MATCH (:{label} {{id: $after}}) }} AS issued,
  COLLECT {{
    MATCH (n:{label}) WHERE $after IS NULL OR n.id > $after
    WITH n ORDER BY n.id LIMIT $first
    RETURN {node_map("n")}
  }} AS nodes
"""
    for label in PARTNERSHIP_TYPES
}


async def node_details(graph: Graph, node_id: str) -> NodeDetails | None:
    """The node with id `node_id`, its partnership neighbours and its citations, or None.

    Neighbours are sorted by relationship type, then by the neighbour's label. One round trip.
    """
    rows = await graph.read("node_details", NODE_DETAILS, {"id": check_node_id(node_id)})
    if not rows:
        return None
    row = rows[0]
    neighbours = []
    for item in row["neighbours"]:
        edge = edge_from_row(item["edge"])
        neighbours.append(
            Neighbour(
                node=node_from_row(item["node"]),
                type=edge["type"],
                direction="out" if item["out"] else "in",
                role=edge["role"],
                edge=edge,
            )
        )
    neighbours.sort(key=lambda n: (n.type, n.role or "", n.node["label"].lower(), n.node["id"]))
    return NodeDetails(
        node=node_from_row(row["node"]),
        neighbours=neighbours,
        citations=[c for c in row["citations"] if c["quote"]],
    )


async def list_nodes(
    graph: Graph, type: str, first: int = 100, after: str | None = None
) -> list[GraphNode]:
    """The nodes of one type in id order, `first` at a time after the id `after`.

    Keyset paging on the unique id, so a page never skips or repeats a node while others
    are added. Frontends use it to fill pickers (the countries to focus on). An `after` that
    no node of the type has is a BadInput, as a GraphQL cursor we did not issue is: an empty
    page would read as the end of the list.
    """
    type = check_word(type, PARTNERSHIP_TYPES, "type")
    params = {"first": page_size(first, "first", MAX_LIST), "after": after}
    (row,) = await graph.read("list_nodes", LIST_NODES[type], params)
    if not row["issued"]:
        raise BadInput("after", f"{after!r} is not a cursor this API issued for type {type}")
    return [node_from_row(node) for node in row["nodes"]]
