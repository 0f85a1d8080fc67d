"""GET /api/v1/export.{graphml,json,csv,ndjson}: the graph, or a focus, as files for analysts."""

from __future__ import annotations

import datetime
import logging
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any

import orjson
from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.responses import StreamingResponse

from app.api.deps import get_graph
from app.api.errors import ERROR_RESPONSES
from app.api.http_cache import cached
from app.api.routes.network import split_list
from app.outcomes import UNAVAILABLE, outcome_of
from graph.models import ExportGraph
from graph.queries.export import (
    export_graph,
    ndjson_export,
    to_csv_zip,
    to_graphml,
    to_json,
)
from graph.queries.network import (
    DEFAULT_NODES,
    MAX_DEPTH,
    MAX_FOCUS,
    MAX_NODES,
)
from graph.store.driver import Graph, GraphUnavailable
from graph.store.errors import BadInput

router = APIRouter(prefix="/api/v1", tags=["export"])
log = logging.getLogger("commitgraph.api")

COMMON = (
    "The whole partnership graph, or with `focus` the network around those ids (as "
    "`/api/v1/network`). Every relationship keeps its `quote` and `source`; every node its "
    "`citations`. With `focus`, at most `limit` nodes, the nearest first, as on "
    "`/api/v1/network`; the header `X-Truncated: true` says that more were in reach. "
    "With `asOf`, the graph as the record stood that day (only what sources published by "
    "then cite); the header `X-Undated-Facts-Left-Out` (in NDJSON, the end line's "
    "`undatedFactsLeftOut`) says how many nodes were left out because only undated sources "
    "cite them."
)


FOCUS = Query(default=[], description=f"node ids, up to {MAX_FOCUS} (default: the whole graph)")
DEPTH = Query(default=1, description=f"hops from the focus, 0 to {MAX_DEPTH}")
TYPES = Query(default=[], description="node types to keep, comma-separated (default: all)")
LIMIT = Query(default=DEFAULT_NODES, description=f"with focus: the most nodes, 1 to {MAX_NODES}")
AS_OF = Query(default=None, alias="asOf", description="the record as of that day (YYYY-MM-DD)")


@dataclass
class ExportQuery:
    """The query parameters every export takes, read once for all four formats."""

    focus: list[str]
    depth: int
    types: list[str]
    limit: int
    as_of: datetime.date | None = None

    @property
    def focus_ids(self) -> list[str]:
        focus_ids = split_list(self.focus)
        if self.focus and not focus_ids:
            raise BadInput("focus", "holds no id; give node ids, or leave focus out for everything")
        return focus_ids

    @property
    def type_list(self) -> list[str] | None:
        return split_list(self.types) or None


async def export_query(
    focus: list[str] = FOCUS, depth: int = DEPTH, types: list[str] = TYPES, limit: int = LIMIT,
    as_of: datetime.date | None = AS_OF,
) -> ExportQuery:  # fmt: skip
    """A function, and async: FastAPI calls a class or a plain `def` dependency in its thread
    pool, a hop per request and a wait whenever the pool is busy."""
    return ExportQuery(focus, depth, types, limit, as_of)


async def _export(
    request: Request,
    graph: Graph,
    query: ExportQuery,
    write: Callable[[ExportGraph], bytes],
    media_type: str,
    extension: str,
) -> Response:
    focus_ids = query.focus_ids
    export = await export_graph(
        graph, focus_ids or None, query.depth, query.type_list, query.limit, query.as_of
    )
    headers = _download_headers(focus_ids, extension, export.truncated)
    if export.undated is not None:
        headers["X-Undated-Facts-Left-Out"] = str(export.undated)
    return cached(request, write(export), media_type, headers)


def _download_headers(focus_ids: list[str], extension: str, truncated: bool) -> dict[str, str]:
    name = "commitgraph-network" if focus_ids else "commitgraph"
    return {
        "Content-Disposition": f'attachment; filename="{name}.{extension}"',
        "X-Truncated": "true" if truncated else "false",
    }


def _responses(media_type: str, what: str) -> dict[int | str, dict[str, Any]]:
    return {200: {"content": {media_type: {}}, "description": what}, **ERROR_RESPONSES}


@router.get(
    "/export.graphml",
    summary="Export as GraphML",
    description=COMMON + " Typed attribute keys; lists are JSON strings.",
    response_class=Response,
    responses=_responses("application/graphml+xml", "A GraphML document"),
)
async def export_graphml(
    request: Request,
    query: ExportQuery = Depends(export_query),
    graph: Graph = Depends(get_graph),
) -> Response:
    return await _export(request, graph, query, to_graphml, "application/graphml+xml", "graphml")


@router.get(
    "/export.json",
    summary="Export as JSON",
    description=COMMON + ' `{"nodes": [...], "edges": [...]}`.',
    response_class=Response,
    responses=_responses("application/json", "Nodes and edges"),
)
async def export_json(
    request: Request,
    query: ExportQuery = Depends(export_query),
    graph: Graph = Depends(get_graph),
) -> Response:
    return await _export(request, graph, query, to_json, "application/json", "json")


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
    query: ExportQuery = Depends(export_query),
    graph: Graph = Depends(get_graph),
) -> Response:
    return await _export(request, graph, query, to_csv_zip, "application/zip", "csv.zip")


NDJSON = "application/x-ndjson"


@router.get(
    "/export.ndjson",
    summary="Export as NDJSON, streamed",
    description=COMMON
    + ' One JSON object per line: `{"node": ...}` for each node, then `{"edge": ...}` for each '
    "edge, as in the JSON export and in its order, then "
    '`{"end": {"nodes": N, "edges": M, "truncated": false}}`. The whole graph is read in '
    "batches from one transaction and written as it comes, so its size is bounded by "
    "`NEO4J_EXPORT_TIMEOUT` (default 300 s), not by memory. Without an `end` line the export "
    'is incomplete: a failure after the first line is written as a last line `{"error": '
    '"timeout"|"unavailable", "reason": ...}`. No ETag: the body is not known before it is sent.',
    response_class=StreamingResponse,
    responses=_responses(NDJSON, "Nodes, then edges, then the end line"),
)
async def export_ndjson(
    request: Request,
    query: ExportQuery = Depends(export_query),
    graph: Graph = Depends(get_graph),
) -> StreamingResponse:
    focus_ids = query.focus_ids
    lines, truncated = await ndjson_export(
        graph, focus_ids, query.depth, query.type_list, query.limit, query.as_of
    )
    # The first batch is read before the answer starts, so that bad input and an absent
    # Neo4j are still an HTTP error (400, 503) and not a line in a 200.
    first = await anext(lines)
    headers = _download_headers(focus_ids, "ndjson", truncated)
    where = f"{request.method} {request.url.path}"
    return StreamingResponse(rest_of(first, lines, where), media_type=NDJSON, headers=headers)


async def rest_of(first: bytes, lines: AsyncIterator[bytes], where: str) -> AsyncIterator[bytes]:
    """`first`, then the other lines; a failure on the way is the last line, since the status
    (200) has been sent by then. `where` names the request in the log."""
    yield first
    try:
        async for line in lines:
            yield line
    except GraphUnavailable as error:
        outcome = outcome_of(error) or UNAVAILABLE
        log.warning(
            "%s broke off after its first line (would have been %d): %s",
            where, outcome.status, error.for_operators,
        )  # fmt: skip
        yield orjson.dumps({"error": outcome.error, "reason": str(error)}) + b"\n"
