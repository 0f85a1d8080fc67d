"""Curation: the writes editors make, each with a checked citation and an audit record.

Every mutation is ONE Cypher statement in one write transaction: it looks up the citation's
source and every id it needs, writes only when all of them check out (a conditional CALL
subquery), and returns what it found, so a refused write leaves nothing behind and the
caller can say exactly which part of the input was wrong.

A managed transaction may be retried after a transient failure. The writes MERGE on ids,
and the audit record `(:Change {id})` and a progress update `(:ProgressUpdate {id})` carry
an id chosen once per request, so a retry never applies anything twice.

Integrity rules the statements enforce (each refusal writes nothing):
- An id names one node: a mutation that would create a node whose id another node (of any
  type in `NODE_LABELS`) already has is refused, in the same statement as the write.
- A relationship carries one citation (`source`, `quote`), and the API lists only that one,
  so a write never replaces it: a participation sent again with another citation is refused,
  naming the citation it has; a funding stream recorded again keeps the citation on each
  link it already had, and the new citation is added to the stream's own (listed) sources.
- An id of the wrong type is refused naming the type it has.

Neo4j's uniqueness is per label, so "an id names one node" holds under concurrent writes only
because the checks are unique-index seeks inside the write statement, which Neo4j runs as
locking seeks: a check of an id that another transaction is creating waits for its commit and
then sees it, and two writes that each checked first deadlock, which Neo4j detects and the
driver retries (tests/integration/test_curation_integrity.py). Moving a check into a read of
its own would lose that.
"""

from __future__ import annotations

import datetime
import json
import re
import uuid
from dataclasses import dataclass
from typing import Any

import pycountry

from graph.compile.named_ids import NamedId, rows_unless_unknown
from graph.compile.projection import Compiler, Params, Selection
from graph.compile.schema_map import NODE_LABELS, ROLES, TYPES
from graph.queries.degree import refresh
from graph.store.driver import Graph
from graph.store.errors import BadInput, as_country_code, check_country_code, quoted_id
from graph.vocabulary import INITIATIVE_KINDS, check_word
from graph.vocabulary import PROGRESS_STATUSES as PROGRESS_STATUSES  # the statuses it accepts

# Matched with fullmatch: `$` would also match before a final newline.
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
COUNTRY_CODE = re.compile(r"[A-Z]{2}")
MAX_TEXT = 2000


@dataclass(frozen=True)
class CitationInput:
    source: str
    quote: str


def check_slug(value: str, argument: str) -> str:
    if not SLUG.fullmatch(value) or len(value) > 120:
        raise BadInput(argument, f"{value!r} is not an id: use lowercase words joined by '-'")
    if as_country_code(value):
        raise BadInput(argument, f"{value!r} is a country code in any case, so not an id for this")
    return value


def check_actor_id(value: str, argument: str) -> str:
    """A country's ISO 3166-1 alpha-2 code (in any case, by the one id rule), or the slug of
    another node."""
    if COUNTRY_CODE.fullmatch(value.upper()):
        return check_country_code(value, argument)
    return check_slug(value, argument)


#: ISO 4217 codes that name no money: an amount in them could never be added up or compared.
NOT_MONEY = {"XXX": "means no currency", "XTS": "is reserved for testing"}


def check_currency(value: str, argument: str = "input.currency") -> str:
    code = value.strip().upper()
    if len(code) != 3 or pycountry.currencies.get(alpha_3=code) is None:
        raise BadInput(argument, f"{value!r} is not an ISO 4217 currency code")
    if code in NOT_MONEY:
        raise BadInput(argument, f"{code} {NOT_MONEY[code]} in ISO 4217: give the currency paid")
    return code


#: Control characters other than tab and line breaks: XML 1.0 cannot carry them, so the
#: GraphML export would have to drop them, and no reader of a name or summary means them.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def check_text(value: str | None, argument: str, required: bool = True) -> str | None:
    if value is None or not value.strip():
        if required:
            raise BadInput(argument, "must not be blank")
        return None
    if len(value) > MAX_TEXT:
        raise BadInput(argument, f"at most {MAX_TEXT} characters, got {len(value)}")
    control = CONTROL.search(value)
    if control:
        raise BadInput(
            argument,
            f"holds the control character U+{ord(control.group()):04X} at position "
            f"{control.start()}; only tab and line breaks are kept in text",
        )
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
            "nodeTypes": list(NODE_LABELS),
        }
    )
    return params


#: Binds `quoted`, how many times the quote occurs in the source's text (without overlaps; 0
#: without a source), and `cited`: a citation points at one passage, so its quote occurs
#: exactly once. A quote found several times ("France", "the") would say only that the words
#: are there. Each statement carries `s, quoted, cited` on to `_CITATION_FLAGS`.
_CITED = (
    "OPTIONAL MATCH (s:Source {id: $source}) "
    "WITH s, coalesce((size(s.text) - size(replace(s.text, $quote, ''))) / size($quote), 0) "
    "AS quoted "
    "WITH s, quoted, quoted = 1 AS cited "
)
#: The flags the Python side reads back about the citation, in the statement's last WITH.
_CITATION_FLAGS = "s IS NOT NULL AS sourceFound, quoted, cited"
_AUDIT = (
    "MERGE (change:Change {id: $change}) "
    "ON CREATE SET change.at = datetime(), change.by = $by, change.operation = $operation, "
    "change.params = $payload "
)
#: Every node the API serves, as a label disjunction (one unique-index seek per label).
_ANY_NODE = "|".join(NODE_LABELS)


def _types_of(id_expr: str, besides: str | None = None) -> str:
    """Cypher: the types (sorted) of the nodes whose id is `id_expr`, other than `besides`."""
    other = f"WHERE NOT other:{besides} " if besides else ""
    return (
        f"COLLECT {{ MATCH (other:{_ANY_NODE} {{id: {id_expr}}}) {other}"
        "UNWIND labels(other) AS label WITH DISTINCT label WHERE label IN $nodeTypes "
        "RETURN label ORDER BY label }"
    )


def _missing(ids: str, found: str) -> str:
    """Cypher: the ids in list `ids` no node in `found` has, each with the types it has."""
    return f"[x IN {ids} WHERE NOT x IN [n IN {found} | n.id] | {{id: x, types: {_types_of('x')}}}]"


def _cite_if_uncited(r: str) -> str:
    """Cypher: give relationship `r` the request's citation unless it has one (never replace
    a citation: the API lists only one per relationship)."""
    return (
        f"SET {r} += CASE WHEN {r}.source IS NULL AND {r}.quote IS NULL "
        "THEN {source: $source, quote: $quote} ELSE {} END"
    )


def _raise_for_citation(row: dict[str, Any]) -> None:
    if not row["sourceFound"]:
        raise BadInput("input.citation.source", "no source with that id")
    if row["quoted"] > 1:
        raise BadInput(
            "input.citation.quote",
            f"occurs {row['quoted']} times in the source's text: quote enough of the passage "
            "that it occurs once",
        )
    if not row["cited"]:
        raise BadInput("input.citation.quote", "is not an exact substring of the source's text")


def _raise_if_taken(id: str, taken_by: list[str]) -> None:
    if taken_by:
        raise BadInput(
            "input.id",
            f"{id!r} is already used by a node of type {' and '.join(taken_by)}; "
            "an id names one node, so choose another",
        )


def _a(type_name: str) -> str:
    return f"{'an' if type_name[0] in 'AEIOU' else 'a'} {type_name}"


def _wrong_ids(argument: str, wanted: str, missing: list[dict[str, Any]]) -> BadInput:
    """The refusal for ids that name no node of the wanted type: each says what it is."""
    reasons = [
        f"{m['id']!r} is {' and '.join(map(_a, m['types']))}, not {wanted}"
        if m["types"]
        else f"no node with id {quoted_id(m['id'], countries='Country' in wanted)}"
        for m in missing
    ]
    return BadInput(argument, "; ".join(reasons))


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
        kind=check_word(kind, INITIATIVE_KINDS, "input.kind"),
        status=None if status is None else _status(status, "input.status"),
    )
    projection = Compiler(TYPES, params).project("Initiative", "i", selections)
    cypher = (
        f"{_CITED}"
        f"WITH s, quoted, cited, {_types_of('$id', besides='Initiative')} AS takenBy "
        "WITH s, quoted, cited, takenBy, cited AND size(takenBy) = 0 AS ok "
        "CALL (s, ok) { WITH s, ok WHERE ok "
        "MERGE (i:Initiative {id: $id}) "
        "ON CREATE SET i.status = coalesce($status, 'announced') "
        "SET i.name = $name, i.summary = $summary, i.kind = $kind, "
        "i.status = coalesce($status, i.status) "
        "MERGE (i)-[:EVIDENCED_BY {quote: $quote}]->(s) "
        f"{_AUDIT} MERGE (change)-[:CHANGED]->(i) "
        f"WITH i {refresh('i')} }} "
        # only flags and the initiative stay in scope: the projection's own subqueries
        # name their variables freely (s, a, r, ...)
        f"WITH {_CITATION_FLAGS}, takenBy, ok "
        "OPTIONAL MATCH (i:Initiative {id: $id}) WHERE ok "
        "RETURN sourceFound, quoted, cited, takenBy, "
        f"CASE WHEN i IS NULL THEN null ELSE {projection} END AS row"
    )
    row = (await graph.write("upsertInitiative", cypher, params.values))[0]
    _raise_for_citation(row)
    _raise_if_taken(id, row["takenBy"])
    answer: dict[str, Any] = row["row"]
    return answer


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
        "WITH s, quoted, cited, i, a, "
        f"CASE WHEN i IS NULL THEN {_types_of('$initiative')} ELSE [] END AS initiativeTypes, "
        f"CASE WHEN a IS NULL THEN {_types_of('$actor')} ELSE [] END AS actorTypes, "
        # the citation this participation already has, when it is another one
        "COLLECT { MATCH (a)-[r:PARTICIPATES_IN {role: $role}]->(i) "
        "WHERE (r.source IS NOT NULL OR r.quote IS NOT NULL) "
        "AND NOT (coalesce(r.source, '') = $source AND coalesce(r.quote, '') = $quote) "
        "RETURN {source: r.source, quote: r.quote} } AS held "
        "WITH *, cited AND i IS NOT NULL AND a IS NOT NULL AND size(held) = 0 AS ok "
        "CALL (s, i, a, ok) { WITH s, i, a, ok WHERE ok "
        "MERGE (a)-[r:PARTICIPATES_IN {role: $role}]->(i) "
        f"{_cite_if_uncited('r')} "
        f"{_AUDIT} MERGE (change)-[:CHANGED]->(i) "
        f"WITH a, i UNWIND [a, i] AS linked {refresh('linked')} }} "
        # only flags and the initiative stay in scope (an outer `a` would narrow the
        # projection's participants to this actor)
        f"WITH {_CITATION_FLAGS}, i, initiativeTypes, "
        "a IS NOT NULL AS actorFound, actorTypes, held, ok "
        "RETURN sourceFound, quoted, cited, i IS NOT NULL AS initiativeFound, initiativeTypes, "
        f"actorFound, actorTypes, held, CASE WHEN ok THEN {projection} END AS row"
    )
    row = (await graph.write("addParticipation", cypher, params.values))[0]
    _raise_for_citation(row)
    if not row["initiativeFound"]:
        raise _wrong_ids(
            "input.initiative",
            "an Initiative",
            [{"id": initiative, "types": row["initiativeTypes"]}],
        )
    if not row["actorFound"]:
        raise _wrong_ids(
            "input.actor",
            "a Country, Organisation or Official",
            [{"id": actor, "types": row["actorTypes"]}],
        )
    if row["held"]:
        held = row["held"][0]
        raise BadInput(
            "input.citation",
            f"{actor!r} already takes part in {initiative!r} as {role}, cited from source "
            f"{held['source']!r} with the quote {held['quote']!r}; a participation keeps the "
            "one citation it has, so nothing was changed",
        )
    answer: dict[str, Any] = row["row"]
    return answer


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
        "WITH s, quoted, cited, "
        "COLLECT { MATCH (a:Country|Organisation|Official) WHERE a.id IN $funders RETURN a } "
        "AS fs, "
        "COLLECT { MATCH (i:Initiative) WHERE i.id IN $initiatives RETURN i } AS ins, "
        "COLLECT { MATCH (r:Region|Country) WHERE r.id IN $regions RETURN r } AS rs, "
        f"{_types_of('$id', besides='FundingStream')} AS takenBy "
        "WITH s, quoted, cited, fs, ins, rs, takenBy, "
        f"{_missing('$funders', 'fs')} AS missingFunders, "
        f"{_missing('$initiatives', 'ins')} AS missingInitiatives, "
        f"{_missing('$regions', 'rs')} AS missingRegions "
        "WITH *, cited AND size(takenBy) + size(missingFunders) + size(missingInitiatives) + "
        "size(missingRegions) = 0 AS ok "
        "CALL (s, fs, ins, rs, ok) { WITH s, fs, ins, rs, ok WHERE ok "
        "MERGE (f:FundingStream {id: $id}) "
        "SET f.name = $name, f.amount = $amount, f.currency = $currency, f.qualifier = $qualifier "
        "MERGE (f)-[:EVIDENCED_BY {quote: $quote}]->(s) "
        # a link it already has keeps its citation; this one is in the stream's sources
        f"FOREACH (a IN fs | MERGE (a)-[p:PROVIDES]->(f) {_cite_if_uncited('p')}) "
        f"FOREACH (i IN ins | MERGE (f)-[p:FUNDS]->(i) {_cite_if_uncited('p')}) "
        f"FOREACH (r IN rs | MERGE (f)-[p:ALLOCATED_TO]->(r) {_cite_if_uncited('p')}) "
        f"{_AUDIT} MERGE (change)-[:CHANGED]->(f) "
        f"WITH f, fs, ins, rs UNWIND [f] + fs + ins + rs AS linked {refresh('linked')} }} "
        f"WITH {_CITATION_FLAGS}, ok, takenBy, missingFunders, "
        "missingInitiatives, missingRegions "
        "OPTIONAL MATCH (f:FundingStream {id: $id}) WHERE ok "
        "RETURN sourceFound, quoted, cited, takenBy, missingFunders, missingInitiatives, "
        f"missingRegions, CASE WHEN f IS NULL THEN null ELSE {projection} END AS row"
    )
    row = (await graph.write("recordFunding", cypher, params.values))[0]
    _raise_for_citation(row)
    _raise_if_taken(id, row["takenBy"])
    for key, argument, wanted in (
        ("missingFunders", "input.funders", "a Country, Organisation or Official"),
        ("missingInitiatives", "input.initiatives", "an Initiative"),
        ("missingRegions", "input.regions", "a Region or Country"),
    ):
        if row[key]:
            raise _wrong_ids(argument, wanted, row[key])
    answer: dict[str, Any] = row["row"]
    return answer


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
        "WITH s, quoted, cited, i, cited AND i IS NOT NULL AS ok, "
        f"CASE WHEN i IS NULL THEN {_types_of('$initiative')} ELSE [] END AS initiativeTypes "
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
        f"WITH {_CITATION_FLAGS}, i, ok, initiativeTypes "
        "RETURN sourceFound, quoted, cited, i IS NOT NULL AS initiativeFound, initiativeTypes, "
        f"CASE WHEN ok THEN {projection} END AS row"
    )
    row = (await graph.write("recordProgress", cypher, params.values))[0]
    _raise_for_citation(row)
    if not row["initiativeFound"]:
        raise _wrong_ids(
            "input.initiative",
            "an Initiative",
            [{"id": initiative, "types": row["initiativeTypes"]}],
        )
    answer: dict[str, Any] = row["row"]
    return answer


#: Statuses after which a commitment cannot stall.
FINISHED_STATUSES = ("delivered", "dropped")


async def stalled_commitments(
    graph: Graph, event: str, since: datetime.date, selections: list[Selection]
) -> list[dict[str, Any]]:
    """Initiatives announced at the event, not yet delivered or dropped, with no progress update
    and no dated step on or after `since`: finished work is not stalled, and a step a source
    reports is progress as much as an editor's update."""
    params = Params({"event": event, "since": since, "finished": list(FINISHED_STATUSES)})
    projection = Compiler(TYPES, params).project("Initiative", "i", selections)
    cypher = (
        "MATCH (:Event {id: $event})<-[:ANNOUNCED_AT]-(i:Initiative) "
        "WHERE NOT coalesce(i.status, '') IN $finished "
        "AND NOT EXISTS { MATCH (i)-[:HAS_PROGRESS]->(u:ProgressUpdate) WHERE u.on >= $since } "
        "AND NOT EXISTS { MATCH (st:Step)-[:STEP_OF]->(i) WHERE st.on >= $since } "
        f"WITH i ORDER BY i.name, i.id RETURN {projection} AS row"
    )
    named = [NamedId("event", event, "Event", "event")]
    return await rows_unless_unknown(graph, "stalledCommitments", cypher, params, named)


def _status(value: str, argument: str) -> str:
    return check_word(value, PROGRESS_STATUSES, argument)
