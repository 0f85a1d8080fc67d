"""GET /api/v1/export.{graphml,json,csv}: the graph, or a focus, as files for analysts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Depends, Query, Request, Response

from app.api.deps import get_graph
from app.api.errors import ERROR_RESPONSES
from app.api.http_cache import cached
from app.api.routes.network import split_list
from graph.driver import Graph
from graph.errors import BadInput
from graph.export import export_graph, to_csv_zip, to_graphml, to_json
from graph.models import ExportGraph
from graph.network import DEFAULT_NODES, MAX_DEPTH, MAX_FOCUS, MAX_NODES

router = APIRouter(prefix="/api/v1", tags=["export"])

COMMON = (
    "The whole partnership graph, or with `focus` the network around those ids (as "
    "`/api/v1/network`). Every relationship keeps its `quote` and `source`; every node its "
    "`citations`. With `focus`, at most `limit` nodes, the nearest first, as on "
    "`/api/v1/network`; the header `X-Truncated: true` says that more were in reach."
)


async def _export(
    request: Request,
    graph: Graph,
    focus: list[str],
    depth: int,
    types: list[str],
    limit: int,
    write: Callable[[ExportGraph], bytes],
    media_type: str,
    extension: str,
) -> Response:
    focus_ids = split_list(focus)
    if focus and not focus_ids:
        raise BadInput("focus", "holds no id; give node ids, or leave focus out for everything")
    export = await export_graph(graph, focus_ids or None, depth, split_list(types) or None, limit)
    name = "commitgraph-network" if focus_ids else "commitgraph"
    headers = {
        "Content-Disposition": f'attachment; filename="{name}.{extension}"',
        "X-Truncated": "true" if export.truncated else "false",
    }
    return cached(request, write(export), media_type, headers)


def _responses(media_type: str, what: str) -> dict[int | str, dict[str, Any]]:
    return {200: {"content": {media_type: {}}, "description": what}, **ERROR_RESPONSES}


FOCUS = Query(default=[], description=f"node ids, up to {MAX_FOCUS} (default: the whole graph)")
DEPTH = Query(default=1, description=f"hops from the focus, 0 to {MAX_DEPTH}")
TYPES = Query(default=[], description="node types to keep, comma-separated (default: all)")
LIMIT = Query(default=DEFAULT_NODES, description=f"with focus: the most nodes, 1 to {MAX_NODES}")


@router.get(
    "/export.graphml",
    summary="Export as GraphML",
    description=COMMON + " Typed attribute keys; lists are JSON strings.",
    response_class=Response,
    responses=_responses("application/graphml+xml", "A GraphML document"),
)
async def export_graphml(
    request: Request,
    focus: list[str] = FOCUS,
    depth: int = DEPTH,
    types: list[str] = TYPES,
    limit: int = LIMIT,
    graph: Graph = Depends(get_graph),
) -> Response:
    return await _export(
        request, graph, focus, depth, types, limit, to_graphml, "application/graphml+xml", "graphml"
    )


@router.get(
    "/export.json",
    summary="Export as JSON",
    description=COMMON + ' `{"nodes": [...], "edges": [...]}`.',
    response_class=Response,
    responses=_responses("application/json", "Nodes and edges"),
)
async def export_json(
    request: Request,
    focus: list[str] = FOCUS,
    depth: int = DEPTH,
    types: list[str] = TYPES,
    limit: int = LIMIT,
    graph: Graph = Depends(get_graph),
) -> Response:
    return await _export(
        request, graph, focus, depth, types, limit, to_json, "application/json", "json"
    )


@router.get(
    "/export.csv",
    summary="Export as CSV (a zip of nodes.csv and edges.csv)",
    description=COMMON + " UTF-8, one column per property; a property named like a fixed column "
    "(an edge's `source` document, say) gets the prefix `property_`.",
    response_class=Response,
    responses=_responses("application/zip", "A zip holding nodes.csv and edges.csv"),
)
async def export_csv(
    request: Request,
    focus: list[str] = FOCUS,
    depth: int = DEPTH,
    types: list[str] = TYPES,
    limit: int = LIMIT,
    graph: Graph = Depends(get_graph),
) -> Response:
    return await _export(
        request, graph, focus, depth, types, limit, to_csv_zip, "application/zip", "csv.zip"
    )
