"""GET /api/v1/initiatives.csv and /api/v1/funding.csv: answers as tables for a spreadsheet.

The filters are those of GraphQL `initiatives` and `funding` (graph/queries/), under the same
names; the rows are graph/queries/tables.py's.
"""

from __future__ import annotations

import datetime

from fastapi import APIRouter, Depends, Query, Request, Response

from app.api.deps import get_graph
from app.api.errors import ERROR_RESPONSES
from app.api.http_cache import cached
from app.api.routes.network import split_list
from app.api.unservable import UNSERVABLE_HEADER, reported, unservable_header
from graph.queries.initiatives import InitiativeFilter
from graph.queries.tables import (
    COLUMNS,
    FUNDING_COLUMNS,
    MAX_FUNDING,
    MAX_INITIATIVES,
    funding_rows,
    initiative_participations,
    to_csv,
)
from graph.store.driver import Graph
from graph.store.errors import BadInput, check_country_code
from graph.vocabulary import check_word

router = APIRouter(prefix="/api/v1", tags=["tables"])

DESCRIPTION = (
    "The initiatives GraphQL `initiatives(filter:)` finds with the same filters (at most "
    f"{MAX_INITIATIVES}), one row per initiative × participant × role, in its order: "
    f"{', '.join(COLUMNS)}. `quote` is exact; `quoteText` is the same words with each run of "
    "whitespace (the source's line breaks) as one space; `quoteOffset` is where the quote starts "
    "in the source's text. A participation several sources "
    "state is one row with the oldest source's quote, and `citations` (JSON) lists every "
    "one; an initiative nobody takes part in is one row with empty participant cells. "
    "A participation (or an initiative) holding a role (a kind, a status) outside its "
    "vocabulary, written without `commitgraph load`'s checks, is left out, and the header "
    "X-Unservable-Values names each such value. "
    "UTF-8 with a byte order mark, so that Excel reads it as UTF-8."
)


@router.get(
    "/initiatives.csv",
    summary="Initiatives × participants × roles, with quotes, as CSV",
    description=DESCRIPTION,
    response_class=Response,
    responses={200: {"content": {"text/csv": {}}, "description": "A CSV file"}, **ERROR_RESPONSES},
)
async def initiatives_csv(
    request: Request,
    countries: list[str] = Query(
        default=[], description="ISO codes, in any case; repeat the parameter or use commas"
    ),
    countriesMatch: str = Query(default="ALL", description="ALL or ANY of the countries"),
    organisation: str | None = Query(default=None, description="an organisation's id"),
    region: str | None = Query(default=None, description="a region's or a country's id"),
    kind: str | None = Query(default=None, description="an initiative kind"),
    status: str | None = Query(default=None, description="an initiative status"),
    text: str | None = Query(default=None, description="full-text over name and summary"),
    actor: str | None = Query(default=None, description="any actor's id (involved)"),
    role: str | None = Query(default=None, description="a participation role, e.g. funder"),
    event: str | None = Query(default=None, description="announced at this event"),
    audience: str | None = Query(default=None, description="words of an audience"),
    topic: str | None = Query(default=None, description="addresses this topic"),
    includeReference: bool = Query(default=True, description="count reference facts"),
    asOf: datetime.date | None = Query(default=None, description="the record as of that day"),
    graph: Graph = Depends(get_graph),
) -> Response:
    filters = InitiativeFilter(
        countries=[check_country_code(c, "countries") for c in split_list(countries)],
        match_all=check_word(countriesMatch, ("ALL", "ANY"), "countriesMatch") == "ALL",
        organisation=organisation,
        region=region,
        kind=kind,
        status=status,
        text=text,
        include_reference=includeReference,
        actor=actor,
        role=role,
        event=event,
        audience=audience,
        topic=topic,
    )
    try:
        rows, unservable = await initiative_participations(graph, filters, asOf)
    except BadInput as error:
        # GraphQL names `filter.status`; here the parameter is `status`.
        raise BadInput(error.argument.removeprefix("filter."), error.message) from error
    headers = {"Content-Disposition": 'attachment; filename="initiatives.csv"'}
    if unservable:
        headers[UNSERVABLE_HEADER] = unservable_header(reported(unservable, "initiatives.csv"))
    return cached(request, to_csv(rows), "text/csv; charset=utf-8", headers)


@router.get(
    "/funding.csv",
    summary="Who funds what, with amounts and quotes, as CSV",
    description=(
        "The entries of GraphQL `funding(funder, region, includeReference)` (at most "
        f"{MAX_FUNDING}), one row each: every stream a funder provides, and every FUNDER "
        "participation for which no stream states an amount, whose amount, currency and "
        f"qualifier cells are empty and amountKnown false, never 0. Columns: "
        f"{', '.join(FUNDING_COLUMNS)}; the quote is the link's that states the funding. "
        "UTF-8 with a byte order mark, as initiatives.csv."
    ),
    response_class=Response,
    responses={200: {"content": {"text/csv": {}}, "description": "A CSV file"}, **ERROR_RESPONSES},
)
async def funding_csv(
    request: Request,
    funder: str | None = Query(
        default=None, description="an actor's id; a country counts its bodies"
    ),
    region: str | None = Query(default=None, description="a region's or a country's id"),
    includeReference: bool = Query(default=True, description="count reference facts"),
    graph: Graph = Depends(get_graph),
) -> Response:
    rows = await funding_rows(graph, region, funder, includeReference)
    headers = {"Content-Disposition": 'attachment; filename="funding.csv"'}
    return cached(request, to_csv(rows, FUNDING_COLUMNS), "text/csv; charset=utf-8", headers)
