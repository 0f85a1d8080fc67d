"""GET /api/v1/timeline: dated, cited entries for the chosen actors, oldest first.

The same question as GraphQL's `timeline` (graph/queries/timeline.py), shaped for a frontend
that lists entries and highlights their nodes in a drawing: each entry carries the ids of
its initiative, event and actors.
"""

from __future__ import annotations

import datetime
from typing import Any

from fastapi import APIRouter, Depends, Query, Request, Response
from pydantic import BaseModel, Field

from app.api.deps import get_graph
from app.api.errors import ERROR_RESPONSES
from app.api.http_cache import cached_json
from app.api.routes.network import split_list
from app.api.unservable import reported
from graph.compile.pagination import MAX_PAGE, encode_cursor
from graph.compile.projection import Selection
from graph.compile.unservable import without_unservable
from graph.models import plain
from graph.queries.timeline import TimelineFilter, timeline
from graph.store.driver import Graph
from graph.store.errors import BadInput

router = APIRouter(prefix="/api/v1", tags=["timeline"])


def _fields(*names: str) -> list[Selection]:
    return [Selection(name, name) for name in names]


#: What each entry holds, as a GraphQL selection would ask for it.
ENTRY = [
    *_fields("on", "dateBasis", "dateNote", "datePrecision", "kind", "summary"),
    Selection("initiative", "initiative", children=_fields("id", "name")),
    Selection("event", "event", children=_fields("id", "name")),
    Selection("actors", "actors", children=_fields("id", "name")),
    Selection(
        "citation",
        "citation",
        children=[
            Selection("quote", "quote"),
            Selection("source", "source", children=_fields("id", "title", "publishedOn")),
        ],
    ),
]


class Named(BaseModel):
    id: str
    name: str | None


class Actor(Named):
    type: str = Field(description="Country, Organisation or Official")


class SourceRef(BaseModel):
    id: str
    title: str | None
    publishedOn: str | None


class CitationOut(BaseModel):
    quote: str
    source: SourceRef


class Entry(BaseModel):
    on: str = Field(description="YYYY-MM-DD")
    dateBasis: str = Field(description="STATED (the cited text gives the date) or INFERRED")
    dateNote: str | None = Field(description="why the date is what it is, when inferred")
    datePrecision: str = Field(
        description="DAY, or WEEK, MONTH or YEAR when the text gives only the span the entry "
        "falls in and `on` is that span's first day"
    )
    kind: str = Field(description="ANNOUNCED, AGREED, SIGNED, IN_FORCE, STARTED, ... MET")
    summary: str
    initiative: Named | None
    event: Named | None
    actors: list[Actor] = Field(description="the actors the cited text names for the entry")
    citation: CitationOut


class UnservableValue(BaseModel):
    label: str = Field(description="the label of the node (or the relationship type) holding it")
    id: str = Field(description="its id (a relationship's is source|TYPE|role|target)")
    property: str
    value: Any


class Timeline(BaseModel):
    entries: list[Entry]
    totalCount: int
    nextCursor: str | None = Field(description="pass as `after` for the next page; null at the end")
    undatedFactsLeftOut: int | None = Field(
        description="with asOf: entries left out because their source has no date"
    )
    unservableValues: list[UnservableValue] = Field(
        default=[],
        description="values outside their vocabulary (written without `commitgraph load`'s "
        "checks) whose entries were left out of this page; empty when none",
    )


def _entry(row: dict[str, Any]) -> Entry:
    row = plain(row)
    row["actors"] = [{**a, "type": a["__typename"]} for a in row["actors"]]
    return Entry.model_validate(row)


@router.get(
    "/timeline",
    response_model=Timeline,
    summary="Dated steps of commitments and events for some actors",
    description=(
        "Dated steps of commitments, events (their MET steps) and progress updates that "
        "involve the `focus` actors (all of them, or any with `match=ANY`), oldest first, "
        "each with how its date is known and its citation. An entry involves an actor it "
        "names (a country also through its officials and bodies), an actor involved in its "
        "initiative, and an actor that attended its event. `asOf` keeps only entries cited "
        "from sources published on or before that day. An id that names nothing is a 400."
    ),
    responses=ERROR_RESPONSES,
)
async def get_timeline(
    request: Request,
    focus: list[str] = Query(default=[], description="actor ids; repeat the parameter"),
    match: str = Query(default="ALL", description="ALL or ANY of the focus actors"),
    initiative: str | None = Query(default=None, description="one initiative's entries"),
    from_: datetime.date | None = Query(default=None, alias="from", description="YYYY-MM-DD"),
    to: datetime.date | None = Query(default=None, description="YYYY-MM-DD"),
    asOf: datetime.date | None = Query(default=None, description="the record as of that day"),
    first: int = Query(default=MAX_PAGE, description=f"how many entries, 1 to {MAX_PAGE}"),
    after: str | None = Query(default=None, description="a cursor from nextCursor"),
    graph: Graph = Depends(get_graph),
) -> Response:
    if match.upper() not in ("ALL", "ANY"):
        raise BadInput("match", f"must be ALL or ANY, got {match!r}")
    filters = TimelineFilter(
        actors=split_list(focus),
        match_all=match.upper() == "ALL",
        initiative=initiative,
        start=from_,
        end=to,
        as_of=asOf,
    )
    try:
        page = await timeline(graph, filters, first, after, ENTRY, [])
    except BadInput as error:
        if error.argument == "actors":  # the query layer's name for what REST calls `focus`
            raise BadInput("focus", error.message) from error
        raise
    end = page.offset + len(page.rows)
    rows, unservable = without_unservable(page.rows)
    answer = Timeline(
        entries=[_entry(row) for row in rows],
        totalCount=page.total,
        nextCursor=encode_cursor(end - 1) if end < page.total else None,
        undatedFactsLeftOut=page.undated,
        unservableValues=[
            UnservableValue(**value.as_dict()) for value in reported(unservable, "timeline")
        ],
    )
    return cached_json(request, answer)
