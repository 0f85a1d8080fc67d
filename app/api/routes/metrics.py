"""Prometheus metrics, for admins only: they reveal traffic and which operations run.

With PROMETHEUS_MULTIPROC_DIR set (as `commitgraph serve --workers N` does), one scrape sums
every worker's numbers; without it, it shows this process's, as a single worker has them all.
"""

from __future__ import annotations

from fastapi import APIRouter, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from app.auth import admin_access
from app.multiprocess_metrics import scrape_registry

router = APIRouter(tags=["operations"], dependencies=[admin_access])


@router.get(
    "/metrics",
    summary="Prometheus metrics (admin key)",
    response_class=Response,
    responses={
        200: {"content": {CONTENT_TYPE_LATEST: {}}, "description": "Prometheus text format"},
        401: {"description": "No key, or an unknown or revoked key"},
        403: {"description": "The key is not an admin key"},
    },
)
async def metrics() -> Response:
    return Response(generate_latest(scrape_registry()), media_type=CONTENT_TYPE_LATEST)
