"""The corpus part of the contract: the sources the graph was read from.

Each root field is one Cypher round trip (graph/queries/sources.py, graph/queries/lookups.py).
"""

from __future__ import annotations

import datetime
from typing import Any, cast

import strawberry
from strawberry.types import Info

from app.graphql import types as t
from app.graphql.resolving import answering, selections
from graph.queries import lookups
from graph.queries import sources as source_queries


@strawberry.input
class SourceFilter:
    published_from: datetime.date | None = strawberry.field(
        default=None, description="Published on or after this day (undated sources are left out)."
    )
    published_to: datetime.date | None = strawberry.field(
        default=None, description="Published on or before this day (undated sources are left out)."
    )
    completeness: t.SourceCompleteness | None = None
    text: str | None = strawberry.field(
        default=None, description="Full-text search over title and text."
    )


async def source(info: Info, id: strawberry.ID) -> t.Source | None:
    with answering(info):
        row: Any = await lookups.one_by_id(
            info.context["graph"], "Source", str(id), selections(info)
        )
        return cast(t.Source | None, row)


async def sources(
    info: Info, filter: SourceFilter | None = None, first: int | None = 50
) -> list[t.Source]:
    with answering(info):
        filters = source_queries.SourceFilter()
        if filter is not None:
            filters = source_queries.SourceFilter(
                published_from=filter.published_from,
                published_to=filter.published_to,
                completeness=None if filter.completeness is None else filter.completeness.value,
                text=filter.text,
            )
        rows: Any = await source_queries.sources(
            info.context["graph"], filters, 50 if first is None else first, selections(info)
        )
        return cast(list[t.Source], rows)
