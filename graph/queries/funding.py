"""`fundingTotals(groupBy)`: money grouped by region, funder or currency, never across currencies.

A stream allocated to several regions (or provided by several funders) with no split in the
source counts in full in each group and marks the group `shared`, so groups must not be added.
A link that several sources state (one relationship per source) counts once.

A total says what is known of its precision. `precision` is "exact" when every stream's
amount is unqualified; "at least" when a stream is qualified "over" (or "more than", "at
least") or when the group's funder also funds work for which no amount is stated; "at most"
when a stream is qualified "up to" (or "at most", "under", "less than"); "approximate" when
the bounds point both ways or a qualifier says neither ("around"). `unknownAmounts` counts,
for a funder, the initiatives it takes part in as FUNDER that no stream it provides funds:
money given with no amount stated, which is unknown and never counted as zero.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from graph.compile.corpus_map import part_of
from graph.compile.named_ids import NamedId, rows_unless_unknown
from graph.compile.pagination import page_size
from graph.compile.projection import Compiler, Params, Selection
from graph.compile.schema_map import REGION_DEPTH, TYPES
from graph.queries.lookups import ACTOR_LABELS, MAX_LIST, funder_is, in_region
from graph.store.driver import Graph
from graph.store.errors import BadInput, optional_node_id

#: Qualifiers that make a stated amount a lower bound ("over £30 million"), or an upper one.
LOWER_BOUNDS = ("over", "more than", "at least")
UPPER_BOUNDS = ("up to", "at most", "under", "less than")


@dataclass(frozen=True)
class FundingTotal:
    key: str
    label: str
    currency: str
    amount: float
    stream_count: int
    shared: bool
    precision: str
    unknown_amounts: int


_GROUPS = {
    "REGION": (
        "MATCH (f:FundingStream)-[:ALLOCATED_TO]->(g) WITH DISTINCT f, g "
        "WITH f, g, size(COLLECT { MATCH (f)-[:ALLOCATED_TO]->(x) RETURN DISTINCT x }) AS ways"
    ),
    "FUNDER": (
        "MATCH (g)-[:PROVIDES]->(f:FundingStream) WITH DISTINCT f, g "
        "WITH f, g, size(COLLECT { MATCH (x)-[:PROVIDES]->(f) RETURN DISTINCT x }) AS ways"
    ),
    "CURRENCY": "MATCH (f:FundingStream) WITH f, f.currency AS g, 1 AS ways",
}

#: For a funder `g`: the initiatives it takes part in as FUNDER that no stream it provides
#: funds. Regions and currencies have no such funding: it states neither.
_UNKNOWN_AMOUNTS = {
    "FUNDER": (
        "size(COLLECT { MATCH (g)-[:PARTICIPATES_IN {role: 'funder'}]->(i:Initiative) "
        "WHERE NOT EXISTS { (g)-[:PROVIDES]->(:FundingStream)-[:FUNDS]->(i) } "
        "RETURN DISTINCT i })"
    ),
}

_PRECISION = (
    "CASE WHEN NOT lower AND NOT upper AND NOT other THEN 'exact' "
    "WHEN lower AND NOT upper AND NOT other THEN 'at least' "
    "WHEN upper AND NOT lower AND NOT other THEN 'at most' "
    "ELSE 'approximate' END"
)


async def funding_totals(graph: Graph, group_by: str) -> list[FundingTotal]:
    if group_by not in _GROUPS:
        raise BadInput("groupBy", f"must be one of {', '.join(_GROUPS)}")
    key = "g" if group_by == "CURRENCY" else "g.id"
    label = "g" if group_by == "CURRENCY" else "coalesce(g.name, g.title, g.id)"
    unknown = _UNKNOWN_AMOUNTS.get(group_by, "0")
    cypher = (
        f"{_GROUPS[group_by]} "
        f"WITH {key} AS key, {label} AS label, f.currency AS currency, "
        "sum(f.amount) AS amount, count(DISTINCT f) AS streams, max(ways) > 1 AS shared, "
        "collect(DISTINCT toLower(trim(f.qualifier))) AS qualifiers, "
        f"max({unknown}) AS unknown "
        "WITH key, label, currency, amount, streams, shared, unknown, "
        "unknown > 0 OR any(q IN qualifiers WHERE q IN $lower) AS lower, "
        "any(q IN qualifiers WHERE q IN $upper) AS upper, "
        "any(q IN qualifiers WHERE q <> '' AND NOT q IN $lower + $upper) AS other "
        "ORDER BY key, currency "
        # One record holding the list: the driver pays per record, far more than per map.
        "RETURN collect({key: key, label: label, currency: currency, "
        "amount: toFloat(amount), streams: streams, shared: shared, "
        f"precision: {_PRECISION}, unknown: unknown}}) AS totals"
    )
    params = {"lower": list(LOWER_BOUNDS), "upper": list(UPPER_BOUNDS)}
    (row,) = await graph.read("fundingTotals", cypher, params)
    fields = ("key", "label", "currency", "amount", "streams", "shared", "precision", "unknown")
    return [FundingTotal(*(t[f] for f in fields)) for t in row["totals"]]


#: Each (funder `a`, initiative `i`, stream `f`): a stream the funder provides (with what it
#: funds, if anything), and a FUNDER participation that no stream of the funder's funds, with
#: `f` null. `rels` are the links that state it, for its evidence.
_FUNDING = """
CALL () {
  MATCH (a)-[:PROVIDES]->(f:FundingStream)
  OPTIONAL MATCH (f)-[:FUNDS]->(i:Initiative)
  RETURN DISTINCT a, i, f
  UNION
  MATCH (a)-[:PARTICIPATES_IN {role: 'funder'}]->(i:Initiative)
  WHERE NOT EXISTS { (a)-[:PROVIDES]->(:FundingStream)-[:FUNDS]->(i) }
  RETURN DISTINCT a, i, null AS f
}
"""


async def funding(
    graph: Graph, region: str | None, funder: str | None, selections: list[Selection],
    first: int, skip: int, include_reference: bool = True, most: int = MAX_LIST,
) -> list[dict[str, Any]]:  # fmt: skip
    """Who funds what, by initiative name then funder name: every stream a funder provides,
    and every FUNDER participation for which no stream states an amount (its amount null).
    `funder` counts as `fundingStreams(funder:)` does (a country's bodies and officials);
    `region` keeps the streams allocated to it or a region inside it and, for funding with
    no stream, the initiatives that target it or a region inside it. `most` bounds `first`
    (a plain list's bound, unless a table asks for all at once). One round trip."""
    page_size(first, "first", most)
    if skip < 0:
        raise BadInput("skip", f"must not be negative, got {skip}")
    region, funder = optional_node_id(region), optional_node_id(funder)
    documents = not include_reference
    path, only = part_of(f"0..{REGION_DEPTH}", documents)
    targets = (
        f"EXISTS {{ MATCH (i)-[:TARGETS]->(:Region|Country)-{path}->(r:Region|Country) "
        f"WHERE r.id = $region {only.replace('WHERE', 'AND', 1)}}}"
    )
    params = Params({"region": region, "funder": funder, "first": first, "skip": skip})
    projection = Compiler(TYPES, params).project("Funding", "fu", selections)
    cypher = (
        f"{_FUNDING} WITH a, i, f "
        f"WHERE ($funder IS NULL OR {funder_is('a', documents)}) AND ($region IS NULL OR "
        f"CASE WHEN f IS NULL THEN {targets} ELSE {in_region('f', documents)} END) "
        "WITH a, i, f ORDER BY i.name, i.id, a.name, a.title, a.id, f.name, f.id "
        "SKIP $skip LIMIT $first "
        "WITH {funder: a, initiative: i, stream: f, rels: CASE WHEN f IS NULL "
        "THEN [(a)-[r:PARTICIPATES_IN {role: 'funder'}]->(i) | r] "
        "ELSE [(a)-[r:PROVIDES]->(f) | r] END} AS fu "
        f"RETURN {projection} AS row"
    )
    named = [
        NamedId("region", region, "Region|Country", "region or country"),
        NamedId("funder", funder, ACTOR_LABELS, "country, organisation or official"),
    ]
    return await rows_unless_unknown(graph, "funding", cypher, params, named)
