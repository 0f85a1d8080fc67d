"""What a route needs from the running application."""

from __future__ import annotations

from fastapi import Request

from graph.driver import Graph


def get_graph(request: Request) -> Graph:
    graph: Graph = request.app.state.graph
    return graph
