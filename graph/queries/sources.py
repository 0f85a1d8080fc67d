"""`sources(filter, first)`: the documents the graph was read from, newest first, one round trip.

Undated sources come last (a document that states no date keeps none). Filters: published
from / to (inclusive; a source without a date is then left out), completeness, and text, a
full-text search over title and text (the `source_text` index, cypher/schema/V013) that keeps
the same order.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from graph.compile.pagination import page_size
from graph.compile.projection import Compiler, Params, Selection
from graph.compile.schema_map import TYPES
from graph.queries.search import lucene_query
from graph.store.driver import Graph
from graph.store.errors import BadInput

MAX_SOURCES = 500
COMPLETENESS = ("FULL", "PARTIAL")


@dataclass
class SourceFilter:
    published_from: datetime.date | None = None
    published_to: datetime.date | None = None
    completeness: str | None = None
    text: str | None = None


def _check(filters: SourceFilter, first: int) -> None:
    page_size(first, "first", MAX_SOURCES)
    start, end = filters.published_from, filters.published_to
    if start is not None and end is not None and start > end:
        raise BadInput(
            "filter.publishedFrom", f"{start.isoformat()} is after publishedTo {end.isoformat()}"
        )
    if filters.completeness is not None and filters.completeness not in COMPLETENESS:
        raise BadInput("filter.completeness", f"must be one of {', '.join(COMPLETENESS)}")


async def sources(
    graph: Graph, filters: SourceFilter, first: int, selections: list[Selection]
) -> list[dict[str, Any]]:
    _check(filters, first)
    params = Params(
        {
            "first": first,
            "from": filters.published_from,
            "to": filters.published_to,
            "completeness": filters.completeness,
        }
    )
    if filters.text is not None:
        try:
            params.values["text"] = lucene_query(filters.text)
        except BadInput as error:
            raise BadInput("filter.text", error.message) from error
        match = "CALL db.index.fulltext.queryNodes('source_text', $text) YIELD node AS n"
    else:
        match = "MATCH (n:Source)"
    projection = Compiler(TYPES, params).project("Source", "n", selections)
    cypher = (
        f"{match} WITH n WHERE ($from IS NULL OR n.publishedOn >= $from) "
        "AND ($to IS NULL OR n.publishedOn <= $to) "
        "AND ($completeness IS NULL OR coalesce(n.completeness, 'PARTIAL') = $completeness) "
        "WITH n ORDER BY n.publishedOn IS NULL, n.publishedOn DESC, n.id LIMIT $first "
        f"RETURN {projection} AS row"
    )
    return [r["row"] for r in await graph.read("sources", cypher, params.values)]
