"""The GraphQL schema: root fields, each answered with one Cypher round trip.

Root resolvers turn the request's selection into `graph.compile.projection.Selection` trees and hand
them to `graph/`, which compiles them into a single query; the rows that come back are
already shaped like the response. Errors are translated here: bad arguments become
`BAD_USER_INPUT` naming the argument, an unreachable Neo4j `SERVICE_UNAVAILABLE` with HTTP 503.
"""

from __future__ import annotations

from typing import Annotated, Any, cast

import strawberry
from strawberry.types import Info

from app.graphql import shaped
from app.graphql import types as t
from app.graphql.corpus import source, sources
from app.graphql.curation import Mutation, stalled_commitments
from app.graphql.document_cache import limited
from app.graphql.error_codes import ErrorCodes, LevelledErrorsSchema
from app.graphql.executor import RowExecutor
from app.graphql.resolving import answering, child_selections, selections
from app.graphql.rows import bind_row_fields
from app.graphql.scalars import SCALAR_OVERRIDES
from app.graphql.timeline import (
    TIMELINE_DESCRIPTION,
    AsOfArg,
    AsOfReport,
    TimelineConnection,
    funding_streams_as_of,
    initiative_as_of,
    record_undated,
    timeline,
)
from graph.queries import funding, initiatives, lookups, paths
from graph.queries import network as networks
from graph.queries import sources as source_queries
from graph.store.driver import Graph
from graph.store.errors import check_country_code, check_node_id
from graph.vocabulary import INITIATIVE_KINDS, INITIATIVE_STATUSES

MAX_DEPTH = 12
MAX_ALIASES = 30
MAX_TOKENS = 2000


def _graph(info: Info) -> Graph:
    graph: Graph = info.context["graph"]
    return graph


def _list_args(first: int | None, skip: int | None) -> tuple[int, int]:
    return (lookups.MAX_LIST if first is None else first), (skip or 0)


@strawberry.input
class InitiativeFilter:
    countries: list[strawberry.ID] | None = strawberry.field(
        default=None,
        description="ISO codes; with countriesMatch ALL every listed country must take part in "
        "or be targeted by the initiative. A country takes part when it, an organisation "
        "based in it or an official representing it has any role; it is targeted when the "
        "initiative targets it or a region inside it (the Kurdistan Region of Iraq counts for "
        "Iraq).",
    )
    countries_match: t.MatchMode | None = strawberry.field(
        default=t.MatchMode.ALL, description="ALL: every listed country; ANY: at least one."
    )
    organisation: strawberry.ID | None = strawberry.field(
        default=None,
        description="Initiatives the organisation, one of its units or officials takes part "
        "in, or funds.",
    )
    region: strawberry.ID | None = strawberry.field(
        default=None,
        description="Initiatives targeting this region or country, or a region inside it (the "
        "Western Balkans lie within Europe).",
    )
    kind: str | None = strawberry.field(
        default=None,
        description=f"One of {', '.join(INITIATIVE_KINDS)}, in any case; another word is "
        "BAD_USER_INPUT naming the nearest.",
    )
    status: str | None = strawberry.field(
        default=None,
        description=f"One of {', '.join(INITIATIVE_STATUSES)}, in any case; another word is "
        "BAD_USER_INPUT naming the nearest.",
    )
    text: str | None = strawberry.field(
        default=None,
        description="Full-text search over name, other names, audiences and summary (the "
        "initiatives of `search`).",
    )
    include_reference: bool = strawberry.field(default=True, description=t.REFERENCE_ARGUMENT)
    actor: strawberry.ID | None = strawberry.field(
        default=None,
        description="Initiatives a country, organisation or official is involved in: a country "
        "as countries counts it; an organisation as organisation counts it; an official when "
        "it takes part in any role or funds the initiative.",
    )
    role: t.Role | None = strawberry.field(
        default=None,
        description="With actor: the actor takes part in this role (a country through itself, "
        "a body based in it or an official representing it; an organisation through itself, "
        "its units or its officials; providing a funding stream counts as FUNDER). Alone: "
        "anyone takes part in this role.",
    )
    event: strawberry.ID | None = strawberry.field(
        default=None, description="Initiatives announced at this event."
    )
    audience: str | None = strawberry.field(
        default=None,
        description="Initiatives aimed at an audience that contains these words, in any case "
        '("teachers", "Iraqi officials"), as the source names it.',
    )
    topic: strawberry.ID | None = strawberry.field(
        default=None, description="Initiatives that address this topic."
    )


@strawberry.input
class StatementFilter:
    speaker: strawberry.ID | None = strawberry.field(
        default=None, description="The official who said it."
    )
    event: strawberry.ID | None = strawberry.field(
        default=None, description="The event at which it was said."
    )
    source: strawberry.ID | None = strawberry.field(
        default=None, description="A source document that quotes it."
    )
    text: str | None = strawberry.field(
        default=None,
        description="Words it contains, in this order and in any case, wherever the source "
        "breaks its lines.",
    )


@strawberry.input
class InitiativeOrder:
    field: t.InitiativeOrderField
    direction: t.OrderDirection | None = t.OrderDirection.ASC


@strawberry.type
class Query:
    @strawberry.field(description="Any node by id; null when there is none.")
    async def node(self, info: Info, id: strawberry.ID) -> t.Node | None:
        with answering(info):
            return await lookups.node_by_id(_graph(info), str(id), selections(info))

    @strawberry.field(
        description="A country by ISO 3166-1 alpha-2 code; null when not in the graph."
    )
    async def country(self, info: Info, id: strawberry.ID) -> t.Country | None:
        with answering(info):
            code = check_country_code(str(id), "id")
            return await lookups.one_by_id(_graph(info), "Country", code, selections(info))

    @strawberry.field(description="Countries by name.")
    async def countries(
        self, info: Info, first: int | None = lookups.MAX_LIST, skip: int | None = 0
    ) -> list[t.Country]:
        with answering(info):
            rows = await lookups.countries(_graph(info), selections(info), *_list_args(first, skip))
            return rows

    @strawberry.field
    async def organisation(self, info: Info, id: strawberry.ID) -> t.Organisation | None:
        with answering(info):
            return await lookups.one_by_id(_graph(info), "Organisation", str(id), selections(info))

    @strawberry.field(description="Organisations by name, optionally those based in a country.")
    async def organisations(
        self, info: Info, country: strawberry.ID | None = None,
        first: int | None = lookups.MAX_LIST, skip: int | None = 0,
        include_reference: t.IncludeReference = True,
    ) -> list[t.Organisation]:  # fmt: skip
        with answering(info):
            code = None if country is None else check_country_code(str(country), "country")
            rows = await lookups.organisations(
                _graph(info), code, selections(info), *_list_args(first, skip), include_reference
            )
            return rows

    @strawberry.field(
        description="Officials by name, optionally those holding a post in an organisation "
        "(or one of its units)."
    )
    async def officials(
        self, info: Info, organisation: strawberry.ID | None = None,
        first: int | None = lookups.MAX_LIST, skip: int | None = 0,
    ) -> list[t.Official]:  # fmt: skip
        with answering(info):
            rows = await lookups.officials(
                _graph(info), None if organisation is None else str(organisation),
                selections(info), *_list_args(first, skip),
            )  # fmt: skip
            return rows

    @strawberry.field
    async def initiative(
        self, info: Info, id: strawberry.ID, as_of: AsOfArg = None
    ) -> t.Initiative | None:
        with answering(info):
            if as_of is not None:
                return await initiative_as_of(info, str(id), as_of)
            return await lookups.one_by_id(_graph(info), "Initiative", str(id), selections(info))

    @strawberry.field(
        description="Initiatives matching every given filter, by name (by relevance with a "
        "text filter, unless orderBy says otherwise). FUNDING orders by the largest funding "
        "stream's nominal amount (currencies are not converted). first is at most 100."
    )
    async def initiatives(
        self, info: Info, filter: InitiativeFilter | None = None, first: int | None = 20,
        after: str | None = None, order_by: InitiativeOrder | None = None, as_of: AsOfArg = None,
    ) -> shaped.InitiativeConnection:  # fmt: skip
        with answering(info):
            filters = initiatives.InitiativeFilter()
            if filter is not None:
                filters = initiatives.InitiativeFilter(
                    countries=[
                        check_country_code(str(c), "filter.countries")
                        for c in filter.countries or []
                    ],
                    match_all=filter.countries_match != t.MatchMode.ANY,
                    organisation=filter.organisation,
                    region=filter.region,
                    kind=filter.kind,
                    status=filter.status,
                    text=filter.text,
                    include_reference=filter.include_reference,
                    actor=None
                    if filter.actor is None
                    else check_node_id(str(filter.actor), "filter.actor"),
                    role=None if filter.role is None else filter.role.value.lower(),
                    event=None if filter.event is None else str(filter.event),
                    topic=None if filter.topic is None else str(filter.topic),
                    audience=filter.audience,
                )
            page = await initiatives.initiatives(
                _graph(info), filters, 20 if first is None else first, after,
                order_by.field.value if order_by else None,
                bool(order_by and order_by.direction == t.OrderDirection.DESC),
                child_selections(info, "nodes"), child_selections(info, "edges", "node"), as_of,
            )  # fmt: skip
            record_undated(info, page.undated)
            connection: Any = {
                "offset": page.offset,
                "total": page.total,
                "size": len(page.rows),
                "nodes": page.rows,
                "edgeNodes": page.edge_rows,
            }
            return cast(shaped.InitiativeConnection, connection)

    @strawberry.field(
        description="Funding streams allocated to a region (or a region inside it) and/or "
        "provided by a funder (or one of its units or officials; for a country, also a body "
        "based in it, that body's units and officials, or an official representing it)."
    )
    async def funding_streams(
        self, info: Info, region: strawberry.ID | None = None, funder: strawberry.ID | None = None,
        first: int | None = lookups.MAX_LIST, skip: int | None = 0,
        include_reference: t.IncludeReference = True, as_of: AsOfArg = None,
    ) -> list[t.FundingStream]:  # fmt: skip
        with answering(info):
            if as_of is not None:
                return await funding_streams_as_of(
                    info, region, funder, *_list_args(first, skip), include_reference, as_of
                )
            rows = await lookups.funding_streams(
                _graph(info), None if region is None else str(region),
                None if funder is None else str(funder), selections(info), *_list_args(first, skip),
                include_reference,
            )  # fmt: skip
            return rows

    @strawberry.field(
        description="Who funds what: every stream a funder provides, and every FUNDER "
        "participation for which no stream states an amount, with amount null (unknown, never "
        "0). funder and region count as in fundingStreams; for funding with no stream, region "
        "keeps the initiatives that target it or a region inside it. By initiative name, then "
        "funder."
    )
    async def funding(
        self, info: Info, region: strawberry.ID | None = None, funder: strawberry.ID | None = None,
        first: int | None = lookups.MAX_LIST, skip: int | None = 0,
        include_reference: t.IncludeReference = True,
    ) -> list[t.Funding]:  # fmt: skip
        with answering(info):
            rows = await funding.funding(
                _graph(info), None if region is None else str(region),
                None if funder is None else str(funder), selections(info), *_list_args(first, skip),
                include_reference,
            )  # fmt: skip
            return rows

    @strawberry.field(
        description="Funding grouped by region, funder or currency; one entry per group and "
        "currency, never adding different currencies. A funder none of whose funding states "
        "an amount has no entry (there is no currency to give): funding(funder:) lists it."
    )
    async def funding_totals(
        self, info: Info, group_by: t.FundingGroup
    ) -> list[shaped.FundingTotal]:
        with answering(info):
            totals: Any = [
                {
                    "key": x.key, "label": x.label, "currency": x.currency, "amount": x.amount,
                    "streamCount": x.stream_count, "shared": x.shared,
                    "precision": x.precision, "unknownAmounts": x.unknown_amounts,
                }
                for x in await funding.funding_totals(_graph(info), group_by.value)
            ]  # fmt: skip
            return cast(list[shaped.FundingTotal], totals)

    @strawberry.field(description="Events by name.")
    async def events(
        self, info: Info, first: int | None = lookups.MAX_LIST, skip: int | None = 0
    ) -> list[t.Event]:
        with answering(info):
            return await lookups.events(_graph(info), selections(info), *_list_args(first, skip))

    @strawberry.field(description="An event by id; null when there is none.")
    async def event(self, info: Info, id: strawberry.ID) -> t.Event | None:
        with answering(info):
            return await lookups.one_by_id(_graph(info), "Event", str(id), selections(info))

    @strawberry.field(description="A region by id; null when there is none.")
    async def region(self, info: Info, id: strawberry.ID) -> t.Region | None:
        with answering(info):
            return await lookups.one_by_id(_graph(info), "Region", str(id), selections(info))

    @strawberry.field(description="Regions by name.")
    async def regions(
        self, info: Info, first: int | None = lookups.MAX_LIST, skip: int | None = 0
    ) -> list[t.Region]:
        with answering(info):
            return await lookups.regions(_graph(info), selections(info), *_list_args(first, skip))

    @strawberry.field(description="A topic by id; null when there is none.")
    async def topic(self, info: Info, id: strawberry.ID) -> t.Topic | None:
        with answering(info):
            return await lookups.one_by_id(_graph(info), "Topic", str(id), selections(info))

    @strawberry.field(description="Topics by name.")
    async def topics(
        self, info: Info, first: int | None = lookups.MAX_LIST, skip: int | None = 0
    ) -> list[t.Topic]:
        with answering(info):
            return await lookups.topics(_graph(info), selections(info), *_list_args(first, skip))

    @strawberry.field(description="A reported figure by id; null when there is none.")
    async def figure(self, info: Info, id: strawberry.ID) -> t.Figure | None:
        with answering(info):
            return await lookups.one_by_id(_graph(info), "Figure", str(id), selections(info))

    @strawberry.field(description="Figures the sources publish (counts, rates), by name.")
    async def figures(
        self, info: Info, first: int | None = lookups.MAX_LIST, skip: int | None = 0
    ) -> list[t.Figure]:
        with answering(info):
            return await lookups.figures(_graph(info), selections(info), *_list_args(first, skip))

    @strawberry.field(description="A statement (a quotation) by id; null when there is none.")
    async def statement(self, info: Info, id: strawberry.ID) -> t.Statement | None:
        with answering(info):
            return await lookups.one_by_id(_graph(info), "Statement", str(id), selections(info))

    @strawberry.field(
        description="Statements matching every given filter, by id. An id in the filter that "
        "names no node of its type is BAD_USER_INPUT."
    )
    async def statements(
        self, info: Info, filter: StatementFilter | None = None,
        first: int | None = lookups.MAX_LIST, skip: int | None = 0,
    ) -> list[t.Statement]:  # fmt: skip
        with answering(info):
            given = filter or StatementFilter()
            filters = lookups.StatementFilter(
                speaker=None if given.speaker is None else str(given.speaker),
                event=None if given.event is None else str(given.event),
                source=None if given.source is None else str(given.source),
                text=given.text,
            )
            return await lookups.statements(
                _graph(info), filters, selections(info), *_list_args(first, skip)
            )

    @strawberry.field(
        description="Nodes within depth hops (0 to 3) of the focus ids, and the edges among "
        "them. Source documents are not part of the network; an edge's citations name them. "
        "A focus id that names no node is BAD_USER_INPUT; a valid upper-case ISO code the "
        "graph does not hold has an empty network."
    )
    async def network(
        self, info: Info, focus: list[strawberry.ID], depth: int | None = 1,
        types: list[str] | None = None,
        limit: Annotated[int | None, strawberry.argument(
            description=f"The most nodes to return, 1 to {networks.MAX_NODES}: the nearest, "
            "and at the same distance the most linked. truncated says whether more were in "
            "reach."
        )] = networks.DEFAULT_NODES,
        as_of: AsOfArg = None,
    ) -> shaped.Network:  # fmt: skip
        with answering(info):
            outline: Any = await networks.network_outline(
                _graph(info), [str(f) for f in focus], 1 if depth is None else depth, types,
                networks.DEFAULT_NODES if limit is None else limit, as_of,
                child_selections(info, "edges"),
            )  # fmt: skip
            record_undated(info, outline.get("undatedFactsLeftOut"))
            return cast(shaped.Network, outline)

    @strawberry.field(
        description="A shortest path between two nodes, or null when none is within maxHops "
        "(1 to 10). Provenance links do not count as paths. An id that names no node is "
        "BAD_USER_INPUT; a valid upper-case ISO code the graph does not hold has no path."
    )
    async def shortest_path(
        self, info: Info, from_: Annotated[strawberry.ID, strawberry.argument(name="from")],
        to: strawberry.ID, max_hops: int | None = 6,
    ) -> shaped.Path | None:  # fmt: skip
        with answering(info):
            found: Any = await paths.shortest_path(
                _graph(info), str(from_), str(to), 6 if max_hops is None else max_hops,
                child_selections(info, "edges"),
            )  # fmt: skip
            return cast(shaped.Path | None, found)

    @strawberry.field(
        description="Every shortest path between two nodes within maxHops (1 to 10), at most "
        f"first (1 to {paths.MAX_PATHS}): how two nodes are linked, where shortestPath shows "
        "one way. Sorted by the ids each path passes through, then by its links' types and "
        "roles; empty when none is within maxHops. Ids are checked as in shortestPath."
    )
    async def shortest_paths(
        self, info: Info, from_: Annotated[strawberry.ID, strawberry.argument(name="from")],
        to: strawberry.ID, max_hops: int | None = 6, first: int | None = 10,
    ) -> list[shaped.Path]:  # fmt: skip
        with answering(info):
            found: Any = await paths.shortest_paths(
                _graph(info), str(from_), str(to), 6 if max_hops is None else max_hops,
                10 if first is None else first, child_selections(info, "edges"),
            )  # fmt: skip
            return cast(list[shaped.Path], found)

    @strawberry.field(
        description="Full-text search over initiatives (name, aliases, audiences, summary), "
        "actors, regions, events and topics (name, title, acronym, aliases), statements "
        "(text) and figures (name, aliases, period, summary). Exact names first (a title "
        "typed whole finds the official before documents mentioning it), then best score "
        "first; each hit has a snippet of where it matched."
    )
    async def search(self, info: Info, text: str, first: int | None = 10) -> list[t.SearchHit]:
        with answering(info):
            rows = await lookups.search_nodes(
                _graph(info), text, 10 if first is None else first, selections(info)
            )
            return rows

    timeline: TimelineConnection = strawberry.field(
        resolver=timeline, description=TIMELINE_DESCRIPTION
    )

    source: t.Source | None = strawberry.field(
        resolver=source, description="A source document by id; null when there is none."
    )
    sources: list[t.Source] = strawberry.field(
        resolver=sources,
        description="Sources, newest first; undated sources last. first is at most "
        f"{source_queries.MAX_SOURCES}.",
    )

    stalled_commitments: list[t.Initiative] = strawberry.field(
        resolver=stalled_commitments,
        description="Initiatives announced at the event with no progress update on or after since.",
    )


schema = LevelledErrorsSchema(
    query=Query,
    mutation=Mutation,
    types=t.CONCRETE_TYPES,
    execution_context_class=RowExecutor,
    scalar_overrides=SCALAR_OVERRIDES,
    extensions=[
        ErrorCodes,  # first, so it sees the errors of every other extension
        limited(max_depth=MAX_DEPTH, max_aliases=MAX_ALIASES, max_tokens=MAX_TOKENS),
        AsOfReport,
    ],
)
bind_row_fields(schema)
