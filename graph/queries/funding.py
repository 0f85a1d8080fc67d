"""`fundingTotals(groupBy)`: money grouped by region, funder or currency, never across currencies.

A stream allocated to several regions (or provided by several funders) with no split in the
source counts in full in each group and marks the group `shared`, so groups must not be added.
A link that several sources state (one relationship per source) counts once.
"""

from __future__ import annotations

from dataclasses import dataclass

from graph.store.driver import Graph
from graph.store.errors import BadInput


@dataclass(frozen=True)
class FundingTotal:
    key: str
    label: str
    currency: str
    amount: float
    stream_count: int
    shared: bool


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


async def funding_totals(graph: Graph, group_by: str) -> list[FundingTotal]:
    if group_by not in _GROUPS:
        raise BadInput("groupBy", f"must be one of {', '.join(_GROUPS)}")
    key = "g" if group_by == "CURRENCY" else "g.id"
    label = "g" if group_by == "CURRENCY" else "coalesce(g.name, g.title, g.id)"
    cypher = (
        f"{_GROUPS[group_by]} "
        f"WITH {key} AS key, {label} AS label, f.currency AS currency, "
        "sum(f.amount) AS amount, count(DISTINCT f) AS streams, max(ways) > 1 AS shared "
        "ORDER BY key, currency "
        # One record holding the list: the driver pays per record, far more than per map.
        "RETURN collect({key: key, label: label, currency: currency, "
        "amount: toFloat(amount), streams: streams, shared: shared}) AS totals"
    )
    (row,) = await graph.read("fundingTotals", cypher)
    return [
        FundingTotal(t["key"], t["label"], t["currency"], t["amount"], t["streams"], t["shared"])
        for t in row["totals"]
    ]
