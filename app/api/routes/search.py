"""GET /api/v1/search: full-text search over initiatives, actors, statements and figures."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query, Request, Response
from pydantic import BaseModel

from app.api.deps import get_graph
from app.api.errors import ERROR_RESPONSES, bad_input_response
from app.api.http_cache import cached_json
from graph.models import SearchHit
from graph.queries.search import MAX_FIRST, MAX_TEXT, search
from graph.store.driver import Graph
from graph.store.errors import BadInput

router = APIRouter(prefix="/api/v1", tags=["search"])


class SearchResults(BaseModel):
    hits: list[SearchHit]


@router.get(
    "/search",
    response_model=SearchResults,
    summary="Full-text search",
    description=(
        "Matches names, titles, acronyms, aliases, initiative summaries and audiences, "
        "statement texts and figures' periods and summaries; each word matches itself or as "
        "a prefix (`fraud` finds 'fraudulent'). The text is never read as Lucene syntax. Hits "
        "whose name, title, acronym or alias is exactly the text come first (`exact`), then "
        "the best scores. Each hit has a `snippet` of where it matched, matched words marked "
        "«like this», "
        "and the `field` it is from."
    ),
    responses=ERROR_RESPONSES,
)
async def get_search(
    request: Request,
    q: str = Query(default="", description=f"what to look for, at most {MAX_TEXT} characters"),
    first: int = Query(default=10, description=f"how many hits, 1 to {MAX_FIRST}"),
    graph: Graph = Depends(get_graph),
) -> Response:
    try:
        hits = await search(graph, q, first)
    except BadInput as error:
        if error.argument == "text":  # the query layer's name for what REST calls `q`
            return bad_input_response(BadInput("q", error.message))
        raise
    return cached_json(request, SearchResults(hits=hits))
