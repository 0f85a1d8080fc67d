"""The FastAPI application: wiring only; routes live in app/api, queries in graph/."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from app.api.routes import health
from app.logging_setup import configure_logging
from app.settings import get_api_settings
from graph.driver import Graph
from graph.settings import GraphSettings, get_graph_settings

log = logging.getLogger("commitgraph")


def create_app(graph_settings: GraphSettings | None = None) -> FastAPI:
    settings = graph_settings or get_graph_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.graph = Graph(settings)
        if not await app.state.graph.verify():
            log.error(
                "starting without Neo4j; /readyz answers 503 until it is reachable",
                extra={"uri": settings.uri},
            )
        try:
            yield
        finally:
            await app.state.graph.close()

    app = FastAPI(
        title="Commitment graph",
        version="0.1.0",
        description="International commitments as a graph, with a citation for every fact.",
        lifespan=lifespan,
    )
    app.include_router(health.router)
    return app


def build() -> FastAPI:
    """Factory for uvicorn (`app.main:build`), configuring logs first."""
    configure_logging(get_api_settings().log_level)
    return create_app()
