"""What a route needs from the running application."""

from __future__ import annotations

from collections import Counter

from fastapi import Request

from graph.store.driver import Graph
from graph.store.errors import BadInput

#: The REST parameters that take several values (`focus=FR&focus=IQ`, or `focus=FR,IQ`).
MULTI_VALUED = frozenset({"focus", "types", "countries"})


async def get_graph(request: Request) -> Graph:
    """Async on purpose: FastAPI runs a plain `def` dependency in its thread pool, a thread
    hop per request for what is an attribute read."""
    graph: Graph = request.app.state.graph
    return graph


async def one_value_each(request: Request) -> None:
    """Refuse a single-valued parameter given twice: FastAPI would use the last one silently,
    so `?q=fraud&q=smuggling` searched for "smuggling" alone."""
    counts = Counter(name for name, _ in request.query_params.multi_items())
    for name, count in counts.items():
        if count > 1 and name not in MULTI_VALUED:
            raise BadInput(name, f"given {count} times; it takes one value")
