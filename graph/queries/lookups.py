"""Look up nodes by id and list them, each answer shaped by the caller's selection.

Every function here is one Cypher round trip: the match, then the compiled projection of
whatever the caller asked for about each node.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from graph.compile.as_of import AsOf, node_cited_by, node_undated
from graph.compile.corpus_map import based_in, document_fact, part_of
from graph.compile.named_ids import (
    NamedId,
    any_checked,
    raise_for_unknown,
    rows_unless_unknown,
    unknown_expr,
)
from graph.compile.pagination import page_size
from graph.compile.projection import Compiler, Params, Selection
from graph.compile.schema_map import NODE_LABELS, TYPES
from graph.queries.search import phrase_pattern, search_cypher, search_params, snippet_of
from graph.store.driver import Graph
from graph.store.errors import BadInput, check_node_id, optional_node_id

MAX_LIST = 500
ACTOR_LABELS = "Country|Organisation|Official"

Row = dict[str, Any]


def _any_node_by_id() -> str:
    """Find a node by id through each label's unique index (an unlabelled match would scan)."""
    branches = " UNION ".join(f"MATCH (n:{label} {{id: $id}}) RETURN n" for label in NODE_LABELS)
    return f"CALL () {{ {branches} }} WITH n LIMIT 1"


async def node_by_id(graph: Graph, node_id: str, selections: list[Selection]) -> Row | None:
    params = Params({"id": check_node_id(node_id)})
    projection = Compiler(TYPES, params).project("Node", "n", selections)
    rows = await graph.read(
        "node", f"{_any_node_by_id()} RETURN {projection} AS row", params.values
    )
    return rows[0]["row"] if rows else None


async def one_by_id(
    graph: Graph, label: str, node_id: str, selections: list[Selection]
) -> Row | None:
    params = Params({"id": check_node_id(node_id)})
    compiler = Compiler(TYPES, params, hoist_from="n")
    projection = compiler.project(label, "n", selections)
    cypher = f"MATCH (n:{label} {{id: $id}}) {compiler.preamble()} RETURN {projection} AS row"
    rows = await graph.read(label.lower(), cypher, params.values)
    return rows[0]["row"] if rows else None


async def one_as_of(
    graph: Graph, label: str, node_id: str, selections: list[Selection], day: datetime.date
) -> tuple[Row | None, int]:
    """`one_by_id` as the record stood on `day` (graph.compile.as_of): None when no source
    published by then cites the node. The count is 1 when the node was left out because its
    only sources have no date, else 0."""
    params = Params({"id": check_node_id(node_id)})
    as_of = params.add(day)
    compiler = Compiler(TYPES, params, hoist_from="n", view=AsOf(as_of))
    projection = compiler.project(label, "n", selections)
    cypher = (
        f"MATCH (n:{label} {{id: $id}}) "
        f"WITH n, {node_cited_by('n', as_of)} AS shown, {node_undated('n')} AS undated "
        f"OPTIONAL CALL (n, shown) {{ WITH n, shown WHERE shown {compiler.preamble()} "
        f"RETURN {projection} AS row }} "
        "RETURN row, undated"
    )
    rows = await graph.read(label.lower(), cypher, params.values)
    if not rows:
        return None, 0
    return rows[0]["row"], 1 if rows[0]["undated"] else 0


async def _list(
    graph: Graph, operation: str, label: str, where: str, params: Params,
    selections: list[Selection], first: int, skip: int, named: list[NamedId] | None = None,
) -> list[Row]:  # fmt: skip
    page_size(first, "first", MAX_LIST)
    if skip < 0:
        raise BadInput("skip", f"must not be negative, got {skip}")
    params.values.update({"first": first, "skip": skip})
    compiler = Compiler(TYPES, params, hoist_from="n")
    projection = compiler.project(label, "n", selections)
    cypher = (
        f"MATCH (n:{label}) {where} WITH n ORDER BY n.name, n.id SKIP $skip LIMIT $first "
        f"{compiler.preamble()} RETURN {projection} AS row"
    )
    if not named or not any_checked(named):
        return [r["row"] for r in await graph.read(operation, cypher, params.values)]
    return await rows_unless_unknown(graph, operation, cypher, params, named)


async def countries(graph: Graph, selections: list[Selection], first: int, skip: int) -> list[Row]:
    return await _list(graph, "countries", "Country", "", Params(), selections, first, skip)


async def organisations(
    graph: Graph, country: str | None, selections: list[Selection], first: int, skip: int,
    include_reference: bool = True,
) -> list[Row]:  # fmt: skip
    """Organisations by name; with a country, those based in it (by a reference fact too,
    unless `include_reference` is false)."""
    where = "WHERE $country IS NULL OR (n)-[:BASED_IN]->(:Country {id: $country})"
    if not include_reference:
        where = (
            "WHERE $country IS NULL OR EXISTS { MATCH (n)-[ca_r:BASED_IN]->"
            f"(:Country {{id: $country}}) WHERE {document_fact('ca_r')} }}"
        )
    return await _list(
        graph, "organisations", "Organisation", where, Params({"country": country}),
        selections, first, skip,
    )  # fmt: skip


async def officials(
    graph: Graph, organisation: str | None, selections: list[Selection], first: int, skip: int
) -> list[Row]:
    organisation = optional_node_id(organisation)
    where = (
        "WHERE $organisation IS NULL OR "
        "(n)-[:HOLDS_POST]->(:Organisation)-[:PART_OF*0..3]->(:Organisation {id: $organisation})"
    )
    return await _list(
        graph, "officials", "Official", where, Params({"organisation": organisation}),
        selections, first, skip,
        [NamedId("organisation", organisation, "Organisation", "organisation")],
    )  # fmt: skip


async def events(graph: Graph, selections: list[Selection], first: int, skip: int) -> list[Row]:
    return await _list(graph, "events", "Event", "", Params(), selections, first, skip)


async def regions(graph: Graph, selections: list[Selection], first: int, skip: int) -> list[Row]:
    return await _list(graph, "regions", "Region", "", Params(), selections, first, skip)


async def topics(graph: Graph, selections: list[Selection], first: int, skip: int) -> list[Row]:
    return await _list(graph, "topics", "Topic", "", Params(), selections, first, skip)


async def figures(graph: Graph, selections: list[Selection], first: int, skip: int) -> list[Row]:
    return await _list(graph, "figures", "Figure", "", Params(), selections, first, skip)


@dataclass(frozen=True)
class StatementFilter:
    """Who said it (an official), where (an event), which source quotes it, and words in it."""

    speaker: str | None = None
    event: str | None = None
    source: str | None = None
    text: str | None = None


async def statements(
    graph: Graph, filters: StatementFilter, selections: list[Selection], first: int, skip: int
) -> list[Row]:
    """Statements by id matching every given filter; an id no node has is a BadInput."""
    params = Params(
        {
            "speaker": filters.speaker,
            "event": filters.event,
            "source": filters.source,
            "text": None if filters.text is None else phrase_pattern(filters.text, "filter.text"),
        }
    )
    where = (
        "WHERE ($speaker IS NULL OR EXISTS { (n)<-[:SAID]-(:Official {id: $speaker}) }) "
        "AND ($event IS NULL OR EXISTS { (n)-[:AT]->(:Event {id: $event}) }) "
        "AND ($source IS NULL OR EXISTS { (n)-[:EVIDENCED_BY]->(:Source {id: $source}) }) "
        "AND ($text IS NULL OR n.text =~ $text)"
    )
    named = [
        NamedId("filter.speaker", filters.speaker, "Official", "official"),
        NamedId("filter.event", filters.event, "Event", "event"),
        NamedId("filter.source", filters.source, "Source", "source"),
    ]
    return await _list(
        graph, "statements", "Statement", where, params, selections, first, skip, named
    )


async def funding_streams(
    graph: Graph, region: str | None, funder: str | None, selections: list[Selection],
    first: int, skip: int, include_reference: bool = True,
) -> list[Row]:  # fmt: skip
    """Streams allocated to the region (or a region inside it) and provided by the funder
    (or one of its units or officials; for a country, also a body based in it, one of that
    body's units or officials, or an official representing it). Reference facts count unless
    `include_reference` is false."""
    where, params, named = _funding_filter(region, funder, include_reference)
    return await _list(
        graph, "fundingStreams", "FundingStream", where, params, selections, first, skip, named
    )


async def funding_streams_as_of(
    graph: Graph, region: str | None, funder: str | None, selections: list[Selection],
    first: int, skip: int, include_reference: bool, day: datetime.date,
) -> tuple[list[Row], int]:  # fmt: skip
    """`funding_streams` as the record stood on `day` (graph.compile.as_of): streams a source
    published by then cites, their amount claims and links likewise; with how many matching
    streams were left out because only undated sources cite them. One round trip."""
    if isinstance(first, bool) or not 1 <= first <= MAX_LIST:
        raise BadInput("first", f"must be between 1 and {MAX_LIST}, got {first}")
    if skip < 0:
        raise BadInput("skip", f"must not be negative, got {skip}")
    where, params, named = _funding_filter(region, funder, include_reference)
    params.values.update({"first": first, "skip": skip})
    as_of = params.add(day)
    projection = Compiler(TYPES, params, view=AsOf(as_of)).project("FundingStream", "n", selections)
    cypher = (
        f"MATCH (n:FundingStream) {where} WITH n ORDER BY n.name, n.id "
        "WITH collect(n) AS matched "
        f"WITH [n IN matched WHERE {node_cited_by('n', as_of)}] AS shown, "
        f"size([n IN matched WHERE {node_undated('n')}]) AS undated "
        f"RETURN undated, [n IN shown[$skip..$skip + $first] | {projection}] AS rows, "
        f"{unknown_expr(named, params)} AS unknown"
    )
    (row,) = await graph.read("fundingStreams", cypher, params.values)
    raise_for_unknown(named, row["unknown"])
    return row["rows"], row["undated"]


def funder_is(a: str, documents: bool) -> str:
    """Whether actor `a` is, or counts for, the actor `$funder`: one of its units or officials;
    for a country, a body based in it (by a reference fact too, unless `documents`), that
    body's units and officials, or an official representing it."""
    return (
        f"({a}.id = $funder OR "
        f"EXISTS {{ MATCH ({a})-[:PART_OF|HOLDS_POST*1..3]->(:Organisation {{id: $funder}}) }} OR "
        f"EXISTS {{ MATCH ({a})-[:PART_OF|HOLDS_POST*0..3]->(:Organisation)"
        f"-{based_in(documents)}->(:Country {{id: $funder}}) }} OR "
        f"EXISTS {{ MATCH ({a})-[:REPRESENTS]->(:Country {{id: $funder}}) }})"
    )


def in_region(stream: str, documents: bool) -> str:
    """Whether funding stream `stream` is allocated to `$region` or a region inside it."""
    path, only = part_of("0..4", documents)
    return (
        f"EXISTS {{ MATCH ({stream})-[:ALLOCATED_TO]->(:Region|Country)-{path}->"
        f"(r:Region|Country) WHERE r.id = $region {only.replace('WHERE', 'AND', 1)}}}"
    )


def _funding_filter(
    region: str | None, funder: str | None, include_reference: bool
) -> tuple[str, Params, list[NamedId]]:
    """The WHERE of `funding_streams` on `n`, its parameters and the ids it names."""
    region, funder = optional_node_id(region), optional_node_id(funder)
    documents = not include_reference
    where = (
        f"WHERE ($region IS NULL OR {in_region('n', documents)}) "
        "AND ($funder IS NULL OR EXISTS { MATCH (a)-[:PROVIDES]->(n) "
        f"WHERE {funder_is('a', documents)} }})"
    )
    params = Params({"region": region, "funder": funder})
    named = [
        NamedId("region", region, "Region|Country", "region or country"),
        NamedId("funder", funder, ACTOR_LABELS, "country, organisation or official"),
    ]
    return where, params, named


async def search_nodes(
    graph: Graph, text: str, first: int, selections: list[Selection]
) -> list[Row]:
    """Full-text hits, best first, each node shaped by the selection (the REST search's query).

    The projection hands each `snippet` and `field` the hit's indexed properties; they are
    made into the snippet here, where the text typed is known."""
    params = Params(search_params(text, first))
    projection = Compiler(TYPES, params).project("SearchHit", "hit", selections)
    hit = "{node: node, score: score, texts: texts, exact: exact}"
    cypher = search_cypher(f"[hit IN [{hit}] | {projection}][0] AS row")
    rows = [r["row"] for r in await graph.read("search", cypher, params.values)]
    found = [(s.key, s.name) for s in selections if s.name in ("snippet", "field")]
    for row in rows if found else ():
        where = snippet_of(row[found[0][0]], text)
        row.update({key: where and getattr(where, name) for key, name in found})
    return rows
