"""The FastAPI application: wiring only; routes live in app/api, queries in graph/."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import Depends, FastAPI
from fastapi.middleware.gzip import GZipMiddleware

from app.api.body_limit import BodySizeLimit
from app.api.cors import install_cors
from app.api.deps import one_value_each
from app.api.errors import install_error_handlers
from app.api.routes import (
    explorer,
    export,
    health,
    metrics,
    network,
    nodes,
    search,
    tables,
    timeline,
)
from app.auth import install_auth, reader_access
from app.graphql.media_type import GraphQLResponseMediaType
from app.graphql.router import graphql_routes
from app.logging_setup import configure_logging
from app.settings import get_api_settings
from graph.store.driver import Graph
from graph.store.settings import GraphSettings, get_graph_settings


def create_app(
    graph_settings: GraphSettings | None = None,
    *,
    api_keys_file: Path | None = None,
    anonymous_reads: bool | None = None,
    cors_origins: list[str] | None = None,
) -> FastAPI:
    """The app; the keyword overrides pin the key file, anonymous reads and the CORS origins
    (default: settings)."""
    settings = graph_settings or get_graph_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.graph = Graph(settings)
        # Neo4j is looked for in the background: waiting for it here kept the port closed,
        # /healthz included, for as long as the driver tried to reach an absent or hung Neo4j,
        # long enough for a liveness probe to restart a process that was fine. /readyz tells
        # the truth anyway.
        looking = asyncio.create_task(app.state.graph.verify())
        try:
            yield
        finally:
            looking.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await looking
            await app.state.graph.close()

    app = FastAPI(
        title="Commitment graph",
        version="0.1.0",
        description="International commitments as a graph, with a citation for every fact.",
        lifespan=lifespan,
        docs_url=None,  # /docs is served below with the vendored Swagger UI, not a CDN's
        redoc_url=None,
    )
    install_auth(app, keys_file=api_keys_file, anonymous_reads=anonymous_reads)
    app.include_router(health.router)
    app.include_router(metrics.router)
    app.router.routes.extend(graphql_routes())
    app.add_middleware(GraphQLResponseMediaType)
    # REST for frontends and analysts (/api/v1), and the explorer page at / with its /static.
    install_error_handlers(app)
    for rest in (network, nodes, search, export, timeline, tables):
        app.include_router(rest.router, dependencies=[reader_access, Depends(one_value_each)])
    app.include_router(explorer.router)
    explorer.mount_static(app)
    # Level 1, as nginx by default: a drawn network compresses nearly as well as at
    # Starlette's default level 9, in a fraction of the time (docs/BENCHMARKS.md).
    app.add_middleware(GZipMiddleware, minimum_size=1000, compresslevel=1)
    # an oversized body is refused before auth, GraphQL parsing or any Cypher
    app.add_middleware(BodySizeLimit, max_bytes=get_api_settings().max_body_bytes)
    # outermost: preflights are answered before the body limit, and every answer gets its
    # CORS headers, so a page on a listed origin can read even a 413
    install_cors(app, get_api_settings().cors_origins if cors_origins is None else cors_origins)
    return app


def build() -> FastAPI:
    """Factory for uvicorn (`app.main:build`), configuring logs first."""
    configure_logging(get_api_settings().log_level)
    return create_app()
