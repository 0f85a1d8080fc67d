"""`initiatives(filter, first, after, orderBy)`: the analysts' main question, one round trip.

Filter semantics (also in the GraphQL descriptions):
- countries: involvement as defined by `schema_map.countries_of` (any role, an organisation
  based there or an official representing it, or targeting the country or a region in it);
  ALL needs every listed country, ANY at least one.
- region: the initiative targets that region or country, or a region inside it.
- organisation: it, one of its units, one of its officials takes part, or it funds it.
- actor: any actor id, counted as `schema_map.initiatives_of_actor` says: a country as the
  countries filter counts it, an organisation as the organisation filter, an official when
  it takes part or funds. role: with an actor, that actor takes part in the role (through
  the same bodies and officials; funding counts as funder); alone, anyone does.
- event: announced at that event. topic: addresses that topic.
- audience: one of its audiences contains these words, in any case ("teachers").
- kind, status, role: words of the published lists (graph.vocabulary), in any case; another
  word is a BadInput that lists them and suggests the nearest. text: the `initiative_text`
  full-text index.
- includeReference (true unless asked): countries and regions are reached through reference
  facts too (an organisation a reference places in a country, a country M49 or IMAGE places
  in a region); false keeps to what the documents state.
- asOf: only initiatives cited from a source published on or before that day, each as it
  stood then (graph.compile.as_of); `undated` counts the matches left out because their only
  sources have no date.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from graph.compile.as_of import AsOf, node_cited_by, node_undated
from graph.compile.corpus_map import part_of
from graph.compile.named_ids import NamedId, raise_for_unknown, unknown_expr
from graph.compile.pagination import MAX_PAGE, decode_cursor, page_size
from graph.compile.projection import Compiler, Params, Selection
from graph.compile.schema_map import (
    ACTOR_TYPES,
    REGION_DEPTH,
    TYPES,
    countries_of,
    initiatives_of_actor,
    initiatives_of_country,
    initiatives_of_organisation,
)
from graph.queries.search import lucene_query, phrase_pattern
from graph.store.driver import Graph
from graph.store.errors import BadInput, optional_node_id
from graph.vocabulary import (
    INITIATIVE_KINDS,
    INITIATIVE_STATUSES,
    PARTICIPATION_ROLES,
    check_word,
)

ACTOR_LABELS = "|".join(ACTOR_TYPES)


@dataclass
class InitiativeFilter:
    countries: list[str] = field(default_factory=list)
    match_all: bool = True
    organisation: str | None = None
    region: str | None = None
    kind: str | None = None
    status: str | None = None
    text: str | None = None
    include_reference: bool = True
    actor: str | None = None
    role: str | None = None  # lower case, as PARTICIPATES_IN.role
    event: str | None = None
    audience: str | None = None
    topic: str | None = None


@dataclass
class InitiativePage:
    """The projected rows of one page, with what a connection needs around them."""

    rows: list[dict[str, Any]]
    edge_rows: list[dict[str, Any]]
    offset: int
    total: int
    undated: int | None = None


def _conditions(filters: InitiativeFilter, params: Params, countries: bool) -> list[str]:
    """The WHERE conditions on `i`; `countries` is False when the source already applied them."""
    documents = not filters.include_reference
    conditions = []
    if countries and filters.countries:
        codes = params.add(sorted(set(filters.countries)))
        quantifier = "all" if filters.match_all else "any"
        conditions.append(
            f"{quantifier}(code IN {codes} WHERE code IN "
            f"[c IN {countries_of('i', documents)} | c.id])"
        )
    if filters.region:
        region = params.add(filters.region)
        path, only = part_of(f"0..{REGION_DEPTH}", documents)
        conditions.append(
            f"EXISTS {{ MATCH (i)-[:TARGETS]->(:Region|Country)-{path}->"
            f"(r:Region|Country) WHERE r.id = {region} {only.replace('WHERE', 'AND', 1)}}}"
        )
    if filters.organisation:
        organisation = params.add(filters.organisation)
        conditions.append(
            f"i IN COLLECT {{ MATCH (o:Organisation {{id: {organisation}}}) "
            f"{initiatives_of_organisation('o', 'found')} RETURN found }}"
        )
    conditions.extend(_involvement(filters, params))
    if filters.kind:
        kind = check_word(filters.kind, INITIATIVE_KINDS, "filter.kind")
        conditions.append(f"i.kind = {params.add(kind)}")
    if filters.status:
        status = check_word(filters.status, INITIATIVE_STATUSES, "filter.status")
        conditions.append(f"i.status = {params.add(status)}")
    return conditions


def _involvement(filters: InitiativeFilter, params: Params) -> list[str]:
    """The conditions of the actor, role, event, topic and audience filters on `i`."""
    conditions = []
    role = None if filters.role is None else params.add(filters.role)
    funds = filters.role in (None, "funder")
    if filters.actor:
        actor = params.add(filters.actor)
        involved = initiatives_of_actor("a", role, funds, not filters.include_reference, "found")
        conditions.append(
            f"i IN COLLECT {{ MATCH (a:Country|Organisation|Official {{id: {actor}}}) "
            f"{involved} RETURN found }}"
        )
    elif role is not None:
        funding = " OR EXISTS { (i)<-[:FUNDS]-(:FundingStream)<-[:PROVIDES]-() }" if funds else ""
        conditions.append(f"(EXISTS {{ (i)<-[:PARTICIPATES_IN {{role: {role}}}]-() }}{funding})")
    if filters.event:
        event = params.add(filters.event)
        conditions.append(f"EXISTS {{ (i)-[:ANNOUNCED_AT]->(:Event {{id: {event}}}) }}")
    if filters.topic:
        topic = params.add(filters.topic)
        conditions.append(f"EXISTS {{ (i)-[:ADDRESSES]->(:Topic {{id: {topic}}}) }}")
    if filters.audience is not None:
        pattern = params.add(phrase_pattern(filters.audience, "filter.audience"))
        conditions.append(f"any(audience IN coalesce(i.audiences, []) WHERE audience =~ {pattern})")
    return conditions


def _order(order_field: str | None, descending: bool, by_relevance: bool) -> str:
    direction = " DESC" if descending else ""
    if order_field == "FUNDING":
        largest = "coalesce(max_amount, -1)"
        return f"{largest}{direction}, i.name, i.id"
    if order_field == "NAME" or not by_relevance:
        return f"i.name{direction}, i.id{direction}"
    return "score DESC, i.name, i.id"


async def initiatives(
    graph: Graph,
    filters: InitiativeFilter,
    first: int,
    after: str | None,
    order_field: str | None,
    descending: bool,
    node_selections: list[Selection],
    edge_node_selections: list[Selection],
    as_of: datetime.date | None = None,
    most: int = MAX_PAGE,
) -> InitiativePage:
    """A page of the initiatives `filters` find; `most` bounds `first` (a connection's page,
    unless a table asks for all at once)."""
    first = page_size(first, "first", most)
    offset = decode_cursor(after, "after")
    filters.region = optional_node_id(filters.region)
    filters.organisation = optional_node_id(filters.organisation)
    filters.actor = optional_node_id(filters.actor)
    if filters.role is not None:
        filters.role = check_word(filters.role, PARTICIPATION_ROLES, "filter.role")
    params = Params({"offset": offset, "first": first})
    if filters.text is not None:
        if not filters.text.strip():
            raise BadInput("filter.text", "must not be blank")
        try:
            params.values["text"] = lucene_query(filters.text)
        except BadInput as error:
            raise BadInput("filter.text", error.message) from error
        source = (
            "CALL db.index.fulltext.queryNodes('initiative_text', $text) YIELD node AS i, score"
        )
    elif filters.countries:
        # Intersect (ALL) or unite (ANY) the countries' own initiative sets: index lookups
        # and short traversals, instead of testing every candidate with `countries_of`.
        # The codes are deduplicated, so ALL counts each listed country once; a code with
        # no Country node never hits, so ALL finds nothing and ANY ignores it.
        params.values["codes"] = sorted(set(filters.countries))
        found = (
            "WITH i, count(DISTINCT code) AS hits WHERE hits = size($codes) WITH i"
            if filters.match_all
            else "WITH DISTINCT i"
        )
        source = (
            "UNWIND $codes AS code MATCH (c:Country {id: code}) "
            f"{initiatives_of_country('c', not filters.include_reference)} {found}, 0.0 AS score"
        )
    else:
        source = "MATCH (i:Initiative) WITH i, 0.0 AS score"
    # The countries source did the countries filtering; the full-text one did not.
    conditions = _conditions(filters, params, countries=filters.text is not None)
    where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
    funding = ""
    if order_field == "FUNDING":
        funding = (
            ", COLLECT { MATCH (i)<-[:FUNDS]-(f:FundingStream) "
            "RETURN f.amount ORDER BY f.amount DESC LIMIT 1 }[0] AS max_amount"
        )
    view, kept, undated = None, "matched", "null"
    if as_of is not None:
        day = params.add(as_of)
        view = AsOf(day)
        kept = f"[i IN matched WHERE {node_cited_by('i', day)}]"
        undated = f"size([i IN matched WHERE {node_undated('i')}])"
    compiler = Compiler(TYPES, params, view=view)
    node_projection = compiler.project("Initiative", "i", node_selections)
    edge_projection = compiler.project("Initiative", "i", edge_node_selections)
    named = [
        NamedId("filter.region", filters.region, "Region|Country", "region or country"),
        NamedId("filter.organisation", filters.organisation, "Organisation", "organisation"),
        NamedId("filter.actor", filters.actor, ACTOR_LABELS, "country, organisation or official"),
        NamedId("filter.event", filters.event, "Event", "event"),
        NamedId("filter.topic", filters.topic, "Topic", "topic"),
    ]
    cypher = (
        f"{source} WITH i, score {where} "
        f"WITH i, score{funding} "
        f"ORDER BY {_order(order_field, descending, filters.text is not None)} "
        "WITH collect(i) AS matched "
        f"WITH {kept} AS matched, {undated} AS undated "
        "RETURN size(matched) AS total, undated, "
        f"[i IN matched[$offset..$offset + $first] | {node_projection}] AS rows, "
        f"[i IN matched[$offset..$offset + $first] | {edge_projection}] AS edgeRows, "
        f"{unknown_expr(named, params)} AS unknown"
    )
    result = (await graph.read("initiatives", cypher, params.values))[0]
    raise_for_unknown(named, result["unknown"])
    return InitiativePage(
        result["rows"], result["edgeRows"], offset, result["total"], result["undated"]
    )
