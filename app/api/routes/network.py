"""GET /api/v1/network: the partnership network as Cytoscape.js elements.

`graph/` draws the network as `graph.models.GraphNode` and `GraphEdge`; Cytoscape's wire
format (each element's fields under `data`, a node's `focus`, an edge's `label`) is applied
here, at the HTTP edge, and nowhere else.
"""

from __future__ import annotations

import datetime
from typing import Annotated, Any, cast

from fastapi import APIRouter, Depends, Query, Request, Response
from pydantic import BaseModel, Field
from typing_extensions import TypedDict  # pydantic reads typing's only from Python 3.12

from app.api.deps import get_graph
from app.api.errors import ERROR_RESPONSES
from app.api.http_cache import cached
from app.api.unservable import UNSERVABLE_HEADER, reported, unservable_header
from graph.compile.unservable import unservable_roles
from graph.models import GraphEdge, GraphNode, Network, to_json
from graph.queries.network import DEFAULT_NODES, MAX_DEPTH, MAX_FOCUS, MAX_NODES, network_in_full
from graph.store.driver import Graph
from graph.store.errors import node_id

router = APIRouter(prefix="/api/v1", tags=["network"])


class CyNodeData(GraphNode):
    focus: Annotated[bool, Field(description="the node is one of the requested focus ids")]


class CyEdgeData(GraphEdge):
    label: Annotated[str, Field(description="what to write on the edge: the role, else the type")]


class CyNode(TypedDict):
    data: CyNodeData


class CyEdge(TypedDict):
    data: CyEdgeData


class CyElements(TypedDict):
    nodes: list[CyNode]
    edges: list[CyEdge]


class CyNetwork(BaseModel):
    """Pass `elements` straight to `cytoscape({elements})`."""

    elements: CyElements
    truncated: bool = Field(
        description="more nodes were in reach than `limit`; the nearest (at the same "
        "distance the most linked) were kept"
    )
    undatedFactsLeftOut: int | None = Field(
        default=None,
        description="with asOf: the nodes in reach left out because only undated sources "
        "cite them (absent without asOf)",
    )


def cytoscape(network: Network, focus: list[str]) -> dict[str, Any]:
    """`network` as Cytoscape.js elements (a `CyNetwork`). Each node and edge becomes the
    `data` of its element in place, a network being thousands of them: no copy of each."""
    focused = set(focus)
    nodes = cast(list[dict[str, Any]], network["nodes"])
    for node in nodes:
        node["focus"] = node["id"] in focused
    edges = cast(list[dict[str, Any]], network["edges"])
    for edge in edges:
        edge["label"] = edge["role"] or edge["type"].replace("_", " ").lower()
    answer: dict[str, Any] = {
        "elements": {"nodes": [{"data": n} for n in nodes], "edges": [{"data": e} for e in edges]},
        "truncated": network["truncated"],
    }
    if "undatedFactsLeftOut" in network:
        answer["undatedFactsLeftOut"] = network["undatedFactsLeftOut"]
    return answer


def split_list(values: list[str]) -> list[str]:
    """Accept `types=A,B` as well as `types=A&types=B`."""
    return [item.strip() for value in values for item in value.split(",") if item.strip()]


@router.get(
    "/network",
    response_model=CyNetwork,
    summary="The partnership network around some nodes",
    description=(
        "The nodes within `depth` hops of the `focus` ids and every edge among them, as "
        "Cytoscape.js elements. Provenance (Source nodes, EVIDENCED_BY) is not part of the "
        "network; each edge keeps its quote in `properties`. `types` filters the returned "
        "nodes, while hops are still counted through nodes of every type. A focus id "
        "that names no node of the partnership graph is a 400 naming it; a valid upper-case "
        "ISO code the graph does not hold has an empty network. At most `limit` nodes: the "
        "nearest, and at the same distance the most linked; `truncated` says whether more "
        "were in reach. With `asOf`, the network as the record stood that day: only nodes "
        "and links cited from sources published by then. Edges show their stored "
        "properties as stored: a role outside its vocabulary (written without `commitgraph "
        "load`'s checks) stays on its edge, and the header X-Unservable-Values names it."
    ),
    responses=ERROR_RESPONSES,
)
async def get_network(
    request: Request,
    focus: list[str] = Query(
        default=[], description=f"node ids, 1 to {MAX_FOCUS}; repeat the parameter"
    ),
    depth: int = Query(default=1, description=f"hops from the focus, 0 to {MAX_DEPTH}"),
    types: list[str] = Query(
        default=[], description="node types to return, comma-separated (default: all)"
    ),
    limit: int = Query(default=DEFAULT_NODES, description=f"the most nodes, 1 to {MAX_NODES}"),
    asOf: datetime.date | None = Query(default=None, description="the record as of that day"),
    graph: Graph = Depends(get_graph),
) -> Response:
    focus_ids = [node_id(f) for f in split_list(focus)]
    network = await network_in_full(graph, focus_ids, depth, split_list(types) or None, limit, asOf)
    unservable = unservable_roles(network["edges"])
    headers = (
        {UNSERVABLE_HEADER: unservable_header(reported(unservable, "network", kept=True))}
        if unservable
        else None
    )
    return cached(request, to_json(cytoscape(network, focus_ids)), "application/json", headers)
