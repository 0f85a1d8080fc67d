"""GET /api/v1/nodes: list nodes of a type; GET /api/v1/nodes/{id}: one node in full."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from pydantic import BaseModel, Field

from app.api.deps import get_graph
from app.api.errors import ERROR_RESPONSES, ErrorBody, not_found_response
from app.api.http_cache import cached_json
from graph.models import PARTNERSHIP_TYPES, GraphNode, NodeDetails
from graph.queries.nodes import MAX_LIST, list_nodes, node_details
from graph.store.driver import Graph
from graph.store.errors import quoted_id

router = APIRouter(prefix="/api/v1", tags=["nodes"])


class NodePage(BaseModel):
    nodes: list[GraphNode]
    next: str | None = Field(description="pass as `after` for the next page; null at the end")


@router.get(
    "/nodes",
    response_model=NodePage,
    summary="The nodes of one type",
    description=(
        "In id order, `first` at a time; pass `next` back as `after` for the next page. "
        "The explorer fills its country picker with `type=Country`."
    ),
    responses=ERROR_RESPONSES,
)
async def get_nodes(
    request: Request,
    type: str = Query(description="one of " + ", ".join(PARTNERSHIP_TYPES)),
    first: int = Query(default=100, description=f"page size, 1 to {MAX_LIST}"),
    after: str | None = Query(default=None, description="the `next` of the previous page"),
    graph: Graph = Depends(get_graph),
) -> Response:
    nodes = await list_nodes(graph, type, first, after)
    page = NodePage(nodes=nodes, next=nodes[-1]["id"] if len(nodes) == first else None)
    return cached_json(request, page)


@router.get(
    "/nodes/{node_id}",
    response_model=NodeDetails,
    summary="A node, its neighbours and its citations",
    description=(
        "Every stored property; the neighbours in the partnership graph with the relationship "
        "(type, direction, role, and its own quote); and the citations: each exact quote of a "
        "source document that evidences the node, with the document's title."
    ),
    responses={**ERROR_RESPONSES, 404: {"model": ErrorBody, "description": "No node has this id"}},
)
async def get_node(
    request: Request,
    node_id: str = Path(description="the node id: an ISO code for a country, else a slug"),
    graph: Graph = Depends(get_graph),
) -> Response:
    details = await node_details(graph, node_id)
    if details is None:
        return not_found_response(f"no node has the id {quoted_id(node_id)}")
    return cached_json(request, details)
