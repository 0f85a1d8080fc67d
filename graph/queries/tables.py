"""Answers as tables: the initiatives a filter finds, one row per initiative × participant × role;
who funds what, one row per funding entry.

The rows come from the `initiatives` question itself (same filters, same involvement, same
order, one round trip), asked for the fields a table shows. A participation that several
sources state is one row: its quote and source are the oldest source's, as
`Participation.evidence` lists them first, and `citations` holds every one. An initiative
nobody takes part in is one row with empty participant cells, so the table lists every
initiative the filter finds.
"""

from __future__ import annotations

import datetime
from typing import Any

from graph.compile.projection import Selection
from graph.compile.unservable import Unservable, without_unservable
from graph.models import plain
from graph.queries.export import csv_text
from graph.queries.funding import funding
from graph.queries.initiatives import InitiativeFilter, initiatives
from graph.store.driver import Graph
from graph.store.errors import BadInput

#: The most initiatives one table holds; a filter that finds more is refused with the count.
MAX_INITIATIVES = 2000

COLUMNS = (
    "initiativeId", "initiative", "kind", "status",
    "participantId", "participant", "participantType", "role",
    "quote", "quoteText", "quoteOffset", "sourceId", "sourceTitle", "sourcePublishedOn",
    "citations",
)  # fmt: skip

#: Excel reads a CSV file as UTF-8 only when it starts with a byte order mark; LibreOffice,
#: pandas (`encoding="utf-8-sig"`) and Python's csv module with that encoding skip it.
BOM = "\ufeff"


def _field(name: str, *children: Selection, on: str | None = None) -> Selection:
    return Selection(name, name, children=list(children), on=on)


_SOURCE = _field("source", _field("id"), _field("title"), _field("publishedOn"))
_SELECTION = [
    _field("id"),
    _field("name"),
    _field("kind"),
    _field("status"),
    _field(
        "participants",
        _field("role"),
        _field("actor", _field("id"), _field("name"), _field("title", on="Official")),
        _field("evidence", _field("quote"), _field("text"), _field("offset"), _SOURCE),
    ),
]


def _participation_row(
    initiative: dict[str, Any], participation: dict[str, Any] | None
) -> dict[str, Any]:
    row: dict[str, Any] = {
        "initiativeId": initiative["id"],
        "initiative": initiative["name"],
        "kind": initiative["kind"],
        "status": initiative["status"],
    }
    if participation is None:
        return row
    actor = participation["actor"]
    evidence = participation["evidence"]
    first = evidence[0] if evidence else None
    row |= {
        "participantId": actor["id"],
        "participant": actor.get("name") or actor.get("title"),
        "participantType": actor["__typename"],
        # the one case: vocabulary words are lower case outside GraphQL's enums
        "role": str(participation["role"]).lower(),
    }
    if first is not None:
        source = first["source"]
        row |= {
            "quote": first["quote"],
            "quoteText": first["text"],
            "quoteOffset": first["offset"],
            "sourceId": source["id"],
            "sourceTitle": source["title"],
            "sourcePublishedOn": source["publishedOn"],
        }
    row["citations"] = [
        {"source": c["source"]["id"], "sourceTitle": c["source"]["title"], "quote": c["quote"]}
        for c in evidence
    ]
    return row


async def initiative_participations(
    graph: Graph, filters: InitiativeFilter, as_of: datetime.date | None = None
) -> tuple[list[dict[str, Any]], list[Unservable]]:
    """One row (a map over `COLUMNS`) per initiative × participant × role, initiatives in the
    `initiatives` question's order, participants lead first as `Initiative.participants`; and
    the values outside their vocabulary whose participation (or initiative, for a kind or a
    status) was left out for them (graph/compile/unservable.py)."""
    page = await initiatives(
        graph, filters, MAX_INITIATIVES, None, None, False, _SELECTION, [], as_of,
        most=MAX_INITIATIVES,
    )  # fmt: skip
    if page.total > MAX_INITIATIVES:
        raise BadInput(
            "filter",
            f"finds {page.total} initiatives; a table holds at most {MAX_INITIATIVES}: "
            "narrow the filter",
        )
    served, unservable = without_unservable(page.rows)
    rows = []
    for initiative in served:
        participations = initiative["participants"] or [None]
        rows += [_participation_row(initiative, p) for p in participations]
    return rows, unservable


def to_csv(rows: list[dict[str, Any]], columns: tuple[str, ...] = COLUMNS) -> bytes:
    """The rows as a CSV file a spreadsheet opens: UTF-8 with a byte order mark, CRLF, quoted
    where a cell needs it (quotes hold commas, quotation marks and line breaks)."""
    return (BOM + csv_text(list(columns), plain(rows))).encode("utf-8")


#: The most funding entries one table holds; more is refused with a way to narrow it.
MAX_FUNDING = 5000

FUNDING_COLUMNS = (
    "funderId", "funder", "funderType", "initiativeId", "initiative",
    "streamId", "stream", "amount", "currency", "qualifier", "amountKnown",
    "quote", "quoteText", "quoteOffset", "sourceId", "sourceTitle", "sourcePublishedOn",
    "citations",
)  # fmt: skip

_CITATION = _field("evidence", _field("quote"), _field("text"), _field("offset"), _SOURCE)
_FUNDING_SELECTION = [
    _field("funder", _field("id"), _field("name"), _field("title", on="Official")),
    _field("initiative", _field("id"), _field("name")),
    _field("stream", _field("id"), _field("name")),
    _field("amount", _field("amount"), _field("currency"), _field("qualifier")),
    _field("amountKnown"),
    _CITATION,
]


def _funding_row(entry: dict[str, Any]) -> dict[str, Any]:
    funder, initiative = entry["funder"], entry["initiative"] or {}
    stream, amount = entry["stream"] or {}, entry["amount"] or {}
    row: dict[str, Any] = {
        "funderId": funder["id"],
        "funder": funder.get("name") or funder.get("title"),
        "funderType": funder["__typename"],
        "initiativeId": initiative.get("id"),
        "initiative": initiative.get("name"),
        "streamId": stream.get("id"),
        "stream": stream.get("name"),
        # unknown stays an empty cell, never 0
        "amount": amount.get("amount"),
        "currency": amount.get("currency"),
        "qualifier": amount.get("qualifier"),
        "amountKnown": entry["amountKnown"],
    }
    evidence = entry["evidence"]
    if evidence:
        first = evidence[0]
        row |= {
            "quote": first["quote"],
            "quoteText": first["text"],
            "quoteOffset": first["offset"],
            "sourceId": first["source"]["id"],
            "sourceTitle": first["source"]["title"],
            "sourcePublishedOn": first["source"]["publishedOn"],
        }
    row["citations"] = [
        {"source": c["source"]["id"], "sourceTitle": c["source"]["title"], "quote": c["quote"]}
        for c in evidence
    ]
    return row


async def funding_rows(
    graph: Graph, region: str | None, funder: str | None, include_reference: bool
) -> list[dict[str, Any]]:
    """One row (a map over `FUNDING_COLUMNS`) per entry of `funding`, in its order."""
    entries = await funding(
        graph, region, funder, _FUNDING_SELECTION, MAX_FUNDING + 1, 0, include_reference,
        most=MAX_FUNDING + 1,
    )  # fmt: skip
    if len(entries) > MAX_FUNDING:
        raise BadInput(
            "funder", f"a table holds at most {MAX_FUNDING} entries: give a funder or a region"
        )
    return [_funding_row(e) for e in entries]
