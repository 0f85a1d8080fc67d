"""Liveness and readiness, for orchestrators and for people."""

from __future__ import annotations

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse

from app.api.deps import get_graph
from graph.store.driver import Graph, GraphUnavailable

router = APIRouter(tags=["health"])


@router.get("/healthz", summary="The process is alive")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get(
    "/readyz", summary="Neo4j answers a query", responses={503: {"description": "Neo4j down"}}
)
async def readyz(graph: Graph = Depends(get_graph)) -> JSONResponse:
    try:
        await graph.ping()
    except GraphUnavailable as error:
        return JSONResponse(
            status_code=503, content={"status": "unavailable", "reason": error.for_operators}
        )
    return JSONResponse({"status": "ready", "neo4j": graph.settings.uri})
