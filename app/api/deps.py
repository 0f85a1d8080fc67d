"""What a route needs from the running application."""

from __future__ import annotations

from fastapi import Request

from graph.driver import Graph


async def get_graph(request: Request) -> Graph:
    """Async on purpose: FastAPI runs a plain `def` dependency in its thread pool, a thread
    hop per request for what is an attribute read."""
    graph: Graph = request.app.state.graph
    return graph
