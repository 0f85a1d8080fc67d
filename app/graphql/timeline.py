"""The time part of the contract: `timeline`, its entries, and what `asOf` reports.

`timeline` is one Cypher round trip (graph/queries/timeline.py); `Initiative.history` and
`Initiative.statusOn` are compiled into the query of whichever root field asks for them
(graph/compile/timeline_map.py). With `asOf`, facts whose only sources have no date are left
out, and the response says how many under `extensions.asOf.undatedFactsLeftOut`, per root
field (by response key): `AsOfReport` puts there what the resolvers recorded.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from enum import Enum
from typing import Annotated, Any, cast

import strawberry
from strawberry.extensions import SchemaExtension
from strawberry.types import Info

from app.graphql import shaped
from app.graphql import types as t
from app.graphql.resolving import answering, child_selections, selections
from app.graphql.rows import field, named
from graph.compile.pagination import encode_cursor
from graph.queries import lookups
from graph.queries import timeline as timelines
from graph.store.driver import Graph

UNDATED = "asOfUndated"  # context key: {response key: facts left out for having no date}


@strawberry.enum(description="How much of a date the cited text gives.")
class DatePrecision(Enum):
    DAY = "DAY"
    WEEK = "WEEK"
    MONTH = "MONTH"
    YEAR = "YEAR"


#: The `asOf` argument of root fields.
AsOfArg = Annotated[
    datetime.date | None,
    strawberry.argument(
        description="The record as it stood that day: only what sources published on or before "
        "it say. Facts whose only sources have no date are left out, and "
        "extensions.asOf.undatedFactsLeftOut says how many, per root field."
    ),
]


@strawberry.type(
    description="A dated step in the life of a commitment, or a dated event, as one source "
    "records it (or an editor's progress update). kind is one of: ANNOUNCED, AGREED, SIGNED, "
    "IN_FORCE, STARTED, DELIVERED, REPORTED, MET (an event took place), STALLED, DROPPED."
)
class TimelineEntry(t.Tagged):
    on: datetime.date = field()
    date_basis: t.DateBasis = field(
        "STATED when the cited text gives the date; INFERRED otherwise (dateNote says why)."
    )
    date_note: str | None = field()
    date_precision: DatePrecision = field(
        "DAY when `on` is the day; WEEK, MONTH or YEAR when the text gives only the span the "
        'step falls in ("last week", "in 2018"), and `on` is that span\'s first day.'
    )
    kind: str = field(
        "ANNOUNCED (made public), AGREED (the parties agreed to it), SIGNED, IN_FORCE (it took "
        "effect), STARTED (work on it began), DELIVERED (done), REPORTED (a report on it, "
        "which changes no status), MET (the event took place), STALLED, DROPPED."
    )
    summary: str = field()
    initiative: t.Initiative | None = field("The commitment this step is a step of.")
    event: t.Event | None = field("The event a MET entry records.")
    figure: t.Figure | None = field("The figure a REPORTED entry makes public.")
    actors: list[t.Actor] = field(
        "The actors the cited text names as acting in this entry (none for a progress update); "
        "the timeline's actors filter also counts those of its initiative and event."
    )
    citation: t.Citation = field()


@strawberry.type
class TimelineEdge:
    cursor: str = named()
    node: TimelineEntry = named()


@strawberry.type(description="A page of timeline entries, oldest first; first is at most 100.")
class TimelineConnection:
    @strawberry.field
    def edges(self) -> list[TimelineEdge]:
        page = _page(self)
        edges: Any = [
            {"cursor": encode_cursor(page["offset"] + index), "node": node}
            for index, node in enumerate(page.get("edgeNodes", []))
        ]
        return cast(list[TimelineEdge], edges)

    @strawberry.field
    def nodes(self) -> list[TimelineEntry]:
        return cast(list[TimelineEntry], _page(self).get("nodes", []))

    @strawberry.field
    def page_info(self) -> shaped.PageInfo:
        page = _page(self)
        offset, size, total = page["offset"], page["size"], page["total"]
        info: Any = {
            "hasNextPage": offset + size < total,
            "endCursor": encode_cursor(offset + size - 1) if size else None,
        }
        return cast(shaped.PageInfo, info)

    @strawberry.field
    def total_count(self) -> int:
        return int(_page(self)["total"])


def _page(connection: object) -> dict[str, Any]:
    return cast(dict[str, Any], connection)


def record_undated(info: Info, count: int | None) -> None:
    """Note, for the response's extensions, how many facts asOf left out for having no date."""
    if count is not None:
        info.context.setdefault(UNDATED, {})[str(info.path.key)] = count


class AsOfReport(SchemaExtension):
    """Adds `extensions.asOf.undatedFactsLeftOut` when a root field was asked with asOf."""

    def on_execute(self) -> Iterator[None]:
        yield

    def get_results(self) -> dict[str, Any]:
        context = self.execution_context.context
        undated = context.get(UNDATED) if isinstance(context, dict) else None
        return {"asOf": {"undatedFactsLeftOut": undated}} if undated else {}


async def timeline(
    info: Info,
    actors: list[strawberry.ID] | None = None,
    actors_match: t.MatchMode | None = t.MatchMode.ALL,
    initiative: strawberry.ID | None = None,
    from_: Annotated[datetime.date | None, strawberry.argument(name="from")] = None,
    to: datetime.date | None = None,
    first: int | None = 50,
    after: str | None = None,
    as_of: AsOfArg = None,
) -> TimelineConnection:
    with answering(info):
        graph: Graph = info.context["graph"]
        filters = timelines.TimelineFilter(
            actors=[str(a) for a in actors or []],
            match_all=actors_match != t.MatchMode.ANY,
            initiative=None if initiative is None else str(initiative),
            start=from_,
            end=to,
            as_of=as_of,
        )
        page = await timelines.timeline(
            graph, filters, 50 if first is None else first, after,
            child_selections(info, "nodes"), child_selections(info, "edges", "node"),
        )  # fmt: skip
        record_undated(info, page.undated)
        connection: Any = {
            "offset": page.offset,
            "total": page.total,
            "size": len(page.rows),
            "nodes": page.rows,
            "edgeNodes": page.edge_rows,
        }
        return cast(TimelineConnection, connection)


TIMELINE_DESCRIPTION = (
    "Dated steps of commitments, events (through their MET steps) and progress updates, "
    "oldest first, that involve the listed actors (every one with ALL, any with ANY). An "
    "entry involves an actor it names (a country also through an official representing it "
    "or an organisation based in it, an organisation through its units and post holders), "
    "an actor involved in its initiative as the initiatives filters count it, and an actor "
    "that attended its event. from and to bound the entry's date. An id that names nothing "
    "is BAD_USER_INPUT; a country code may be given in any case."
)


async def initiative_as_of(info: Info, id: str, day: datetime.date) -> t.Initiative | None:
    """`initiative(id, asOf)`: null when no source published by then cites it."""
    row, undated = await lookups.one_as_of(
        info.context["graph"], "Initiative", id, selections(info), day
    )
    record_undated(info, undated)
    return cast(t.Initiative | None, row)


async def funding_streams_as_of(
    info: Info,
    region: strawberry.ID | None,
    funder: strawberry.ID | None,
    first: int,
    skip: int,
    include_reference: bool,
    day: datetime.date,
) -> list[t.FundingStream]:
    """`fundingStreams(..., asOf)`: the streams, their claims and links as of that day."""
    rows, undated = await lookups.funding_streams_as_of(
        info.context["graph"],
        None if region is None else str(region),
        None if funder is None else str(funder),
        selections(info),
        first,
        skip,
        include_reference,
        day,
    )
    record_undated(info, undated)
    return cast(list[t.FundingStream], rows)
