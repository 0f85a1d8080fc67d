"""Curation: the writes editors make, each with a checked citation and an audit record.

Every mutation is ONE Cypher statement in one write transaction: it looks up the citation's
source and every id it needs, writes only when all of them check out (a conditional CALL
subquery), and returns what it found, so a refused write leaves nothing behind and the
caller can say exactly which part of the input was wrong.

A managed transaction may be retried after a transient failure. The writes MERGE on ids,
and the audit record `(:Change {id})` and a progress update `(:ProgressUpdate {id})` carry
an id chosen once per request, so a retry never applies anything twice.
"""

from __future__ import annotations

import datetime
import json
import re
import uuid
from dataclasses import dataclass
from typing import Any

import pycountry

from graph.driver import Graph
from graph.errors import BadInput
from graph.projection import Compiler, Params, Selection
from graph.schema_map import ROLES, TYPES

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")
PROGRESS_STATUSES = ("announced", "in_progress", "delivered", "stalled", "dropped")
MAX_TEXT = 2000


@dataclass(frozen=True)
class CitationInput:
    source: str
    quote: str


def check_slug(value: str, argument: str) -> str:
    if not SLUG.match(value) or len(value) > 120:
        raise BadInput(argument, f"{value!r} is not an id: use lowercase words joined by '-'")
    return value


def check_actor_id(value: str, argument: str) -> str:
    """A country's ISO 3166-1 alpha-2 code, or the slug of another node."""
    if COUNTRY_CODE.match(value):
        if pycountry.countries.get(alpha_2=value) is None:
            raise BadInput(argument, f"{value!r} is not an ISO 3166-1 alpha-2 country code")
        return value
    return check_slug(value, argument)


def check_currency(value: str, argument: str = "input.currency") -> str:
    code = value.strip().upper()
    if len(code) != 3 or pycountry.currencies.get(alpha_3=code) is None:
        raise BadInput(argument, f"{value!r} is not an ISO 4217 currency code")
    return code


def check_text(value: str | None, argument: str, required: bool = True) -> str | None:
    if value is None or not value.strip():
        if required:
            raise BadInput(argument, "must not be blank")
        return None
    if len(value) > MAX_TEXT:
        raise BadInput(argument, f"at most {MAX_TEXT} characters, got {len(value)}")
    return value.strip()


def _check_citation(citation: CitationInput) -> dict[str, str]:
    check_slug(citation.source, "input.citation.source")
    if not citation.quote.strip():
        raise BadInput("input.citation.quote", "must not be blank")
    return {"source": citation.source, "quote": citation.quote}


def _base_params(
    operation: str, by: str, payload: dict[str, Any], citation: CitationInput
) -> Params:
    params = Params(
        {
            **_check_citation(citation),
            "change": str(uuid.uuid4()),
            "by": by,
            "operation": operation,
            "payload": json.dumps(payload, default=str, sort_keys=True),
        }
    )
    return params


_CITED = (
    "OPTIONAL MATCH (s:Source {id: $source}) "
    "WITH s, s IS NOT NULL AND s.text CONTAINS $quote AS cited "
)
_AUDIT = (
    "MERGE (change:Change {id: $change}) "
    "ON CREATE SET change.at = datetime(), change.by = $by, change.operation = $operation, "
    "change.params = $payload "
)


def _raise_for_citation(row: dict[str, Any]) -> None:
    if not row["sourceFound"]:
        raise BadInput("input.citation.source", "no source with that id")
    if not row["cited"]:
        raise BadInput("input.citation.quote", "is not an exact substring of the source's text")


async def upsert_initiative(
    graph: Graph, *, id: str, name: str, summary: str, kind: str, status: str | None,
    citation: CitationInput, by: str, selections: list[Selection],
) -> dict[str, Any]:  # fmt: skip
    payload = {"id": id, "name": name, "summary": summary, "kind": kind, "status": status,
               "citation": citation.__dict__}  # fmt: skip
    params = _base_params("upsertInitiative", by, payload, citation)
    params.values.update(
        id=check_slug(id, "input.id"),
        name=check_text(name, "input.name"),
        summary=check_text(summary, "input.summary"),
        kind=check_text(kind, "input.kind"),
        status=None if status is None else _status(status, "input.status"),
    )
    projection = Compiler(TYPES, params).project("Initiative", "i", selections)
    cypher = (
        f"{_CITED}"
        "CALL (s, cited) { WITH s, cited WHERE cited "
        "MERGE (i:Initiative {id: $id}) "
        "ON CREATE SET i.status = coalesce($status, 'announced') "
        "SET i.name = $name, i.summary = $summary, i.kind = $kind, "
        "i.status = coalesce($status, i.status) "
        "MERGE (i)-[:EVIDENCED_BY {quote: $quote}]->(s) "
        f"{_AUDIT} MERGE (change)-[:CHANGED]->(i) }} "
        "WITH s, cited OPTIONAL MATCH (i:Initiative {id: $id}) WHERE cited "
        f"RETURN s IS NOT NULL AS sourceFound, cited, "
        f"CASE WHEN i IS NULL THEN null ELSE {projection} END AS row"
    )
    row = (await graph.write("upsertInitiative", cypher, params.values))[0]
    _raise_for_citation(row)
    return row["row"]


async def add_participation(
    graph: Graph, *, initiative: str, actor: str, role: str, citation: CitationInput,
    by: str, selections: list[Selection],
) -> dict[str, Any]:  # fmt: skip
    role = role.lower()
    if role not in ROLES:
        raise BadInput("input.role", f"must be one of {', '.join(r.upper() for r in ROLES)}")
    payload = {
        "initiative": initiative,
        "actor": actor,
        "role": role,
        "citation": citation.__dict__,
    }
    params = _base_params("addParticipation", by, payload, citation)
    params.values.update(
        initiative=check_slug(initiative, "input.initiative"),
        actor=check_actor_id(actor, "input.actor"),
        role=role,
    )
    projection = Compiler(TYPES, params).project("Initiative", "i", selections)
    cypher = (
        f"{_CITED}"
        "OPTIONAL MATCH (i:Initiative {id: $initiative}) "
        "OPTIONAL MATCH (a:Country|Organisation|Official {id: $actor}) "
        "WITH s, cited, i, a, cited AND i IS NOT NULL AND a IS NOT NULL AS ok "
        "CALL (s, i, a, ok) { WITH s, i, a, ok WHERE ok "
        "MERGE (a)-[r:PARTICIPATES_IN {role: $role}]->(i) "
        "SET r.source = $source, r.quote = $quote "
        f"{_AUDIT} MERGE (change)-[:CHANGED]->(i) }} "
        "RETURN s IS NOT NULL AS sourceFound, cited, i IS NOT NULL AS initiativeFound, "
        f"a IS NOT NULL AS actorFound, CASE WHEN ok THEN {projection} END AS row"
    )
    row = (await graph.write("addParticipation", cypher, params.values))[0]
    _raise_for_citation(row)
    if not row["initiativeFound"]:
        raise BadInput("input.initiative", f"no initiative with id {initiative!r}")
    if not row["actorFound"]:
        raise BadInput("input.actor", f"no country, organisation or official with id {actor!r}")
    return row["row"]


async def record_funding(
    graph: Graph, *, id: str, name: str, amount: float, currency: str, qualifier: str | None,
    funders: list[str], initiatives: list[str], regions: list[str], citation: CitationInput,
    by: str, selections: list[Selection],
) -> dict[str, Any]:  # fmt: skip
    if not funders:
        raise BadInput("input.funders", "name at least one funder")
    if amount is None or amount < 0 or amount != amount or amount == float("inf"):
        raise BadInput("input.amount", "must be a positive number in whole units")
    payload = {"id": id, "name": name, "amount": amount, "currency": currency,
               "qualifier": qualifier, "funders": funders, "initiatives": initiatives,
               "regions": regions, "citation": citation.__dict__}  # fmt: skip
    params = _base_params("recordFunding", by, payload, citation)
    params.values.update(
        id=check_slug(id, "input.id"),
        name=check_text(name, "input.name"),
        amount=amount,
        currency=check_currency(currency),
        qualifier=check_text(qualifier, "input.qualifier", required=False),
        funders=[check_actor_id(f, "input.funders") for f in dict.fromkeys(funders)],
        initiatives=[check_slug(i, "input.initiatives") for i in dict.fromkeys(initiatives)],
        regions=[check_actor_id(r, "input.regions") for r in dict.fromkeys(regions)],
    )
    projection = Compiler(TYPES, params).project("FundingStream", "f", selections)
    cypher = (
        f"{_CITED}"
        "WITH s, cited, "
        "COLLECT { MATCH (a:Country|Organisation|Official) WHERE a.id IN $funders RETURN a } "
        "AS fs, "
        "COLLECT { MATCH (i:Initiative) WHERE i.id IN $initiatives RETURN i } AS ins, "
        "COLLECT { MATCH (r:Region|Country) WHERE r.id IN $regions RETURN r } AS rs "
        "WITH s, cited, fs, ins, rs, "
        "[x IN $funders WHERE NOT x IN [a IN fs | a.id]] AS missingFunders, "
        "[x IN $initiatives WHERE NOT x IN [i IN ins | i.id]] AS missingInitiatives, "
        "[x IN $regions WHERE NOT x IN [r IN rs | r.id]] AS missingRegions "
        "WITH *, cited AND size(missingFunders) + size(missingInitiatives) + "
        "size(missingRegions) = 0 AS ok "
        "CALL (s, fs, ins, rs, ok) { WITH s, fs, ins, rs, ok WHERE ok "
        "MERGE (f:FundingStream {id: $id}) "
        "SET f.name = $name, f.amount = $amount, f.currency = $currency, f.qualifier = $qualifier "
        "MERGE (f)-[:EVIDENCED_BY {quote: $quote}]->(s) "
        "FOREACH (a IN fs | MERGE (a)-[p:PROVIDES]->(f) SET p.source = $source, p.quote = $quote) "
        "FOREACH (i IN ins | MERGE (f)-[p:FUNDS]->(i) SET p.source = $source, p.quote = $quote) "
        "FOREACH (r IN rs | MERGE (f)-[p:ALLOCATED_TO]->(r) "
        "SET p.source = $source, p.quote = $quote) "
        f"{_AUDIT} MERGE (change)-[:CHANGED]->(f) }} "
        "WITH s, cited, ok, missingFunders, missingInitiatives, missingRegions "
        "OPTIONAL MATCH (f:FundingStream {id: $id}) WHERE ok "
        "RETURN s IS NOT NULL AS sourceFound, cited, missingFunders, missingInitiatives, "
        f"missingRegions, CASE WHEN f IS NULL THEN null ELSE {projection} END AS row"
    )
    row = (await graph.write("recordFunding", cypher, params.values))[0]
    _raise_for_citation(row)
    for key, argument in (
        ("missingFunders", "input.funders"),
        ("missingInitiatives", "input.initiatives"),
        ("missingRegions", "input.regions"),
    ):
        if row[key]:
            raise BadInput(argument, f"no node with id {', '.join(map(repr, row[key]))}")
    return row["row"]


async def record_progress(
    graph: Graph, *, initiative: str, status: str, on: datetime.date, note: str | None,
    citation: CitationInput, by: str, selections: list[Selection],
) -> dict[str, Any]:  # fmt: skip
    payload = {"initiative": initiative, "status": status, "on": on.isoformat(), "note": note,
               "citation": citation.__dict__}  # fmt: skip
    params = _base_params("recordProgress", by, payload, citation)
    params.values.update(
        initiative=check_slug(initiative, "input.initiative"),
        status=_status(status, "input.status"),
        on=on,
        note=check_text(note, "input.note", required=False),
        update=str(uuid.uuid4()),
    )
    projection = Compiler(TYPES, params).project("Initiative", "i", selections)
    cypher = (
        f"{_CITED}"
        "OPTIONAL MATCH (i:Initiative {id: $initiative}) "
        "WITH s, cited, i, cited AND i IS NOT NULL AS ok "
        "CALL (s, i, ok) { WITH s, i, ok WHERE ok "
        "MERGE (u:ProgressUpdate {id: $update}) "
        "ON CREATE SET u.status = $status, u.on = $on, u.note = $note, u.source = $source, "
        "u.quote = $quote, u.recordedAt = datetime(), u.recordedBy = $by "
        "MERGE (i)-[:HAS_PROGRESS {source: $source, quote: $quote}]->(u) "
        "MERGE (u)-[:EVIDENCED_BY {quote: $quote}]->(s) "
        # the initiative's status follows its latest update by date
        "WITH i, u WHERE NOT EXISTS { MATCH (i)-[:HAS_PROGRESS]->(later:ProgressUpdate) "
        "WHERE later.on > u.on } SET i.status = u.status } "
        "CALL (i, ok) { WITH i, ok WHERE ok "
        f"{_AUDIT} MERGE (change)-[:CHANGED]->(i) }} "
        "RETURN s IS NOT NULL AS sourceFound, cited, i IS NOT NULL AS initiativeFound, "
        f"CASE WHEN ok THEN {projection} END AS row"
    )
    row = (await graph.write("recordProgress", cypher, params.values))[0]
    _raise_for_citation(row)
    if not row["initiativeFound"]:
        raise BadInput("input.initiative", f"no initiative with id {initiative!r}")
    return row["row"]


async def stalled_commitments(
    graph: Graph, event: str, since: datetime.date, selections: list[Selection]
) -> list[dict[str, Any]]:
    """Initiatives announced at the event with no progress update on or after `since`."""
    params = Params({"event": event, "since": since})
    projection = Compiler(TYPES, params).project("Initiative", "i", selections)
    cypher = (
        "MATCH (:Event {id: $event})<-[:ANNOUNCED_AT]-(i:Initiative) "
        "WHERE NOT EXISTS { MATCH (i)-[:HAS_PROGRESS]->(u:ProgressUpdate) WHERE u.on >= $since } "
        f"WITH i ORDER BY i.name, i.id RETURN {projection} AS row"
    )
    return [r["row"] for r in await graph.read("stalledCommitments", cypher, params.values)]


def _status(value: str, argument: str) -> str:
    status = value.strip().lower().replace(" ", "_")
    if status not in PROGRESS_STATUSES:
        raise BadInput(argument, f"must be one of {', '.join(PROGRESS_STATUSES)}")
    return status
