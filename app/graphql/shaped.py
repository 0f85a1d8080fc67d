"""The GraphQL types whose values `graph/` shapes in Python rather than compiles from the
selection: the pages of a connection, the drawn graph and funding totals.

Their fields read the maps by GraphQL name (`named()`), or compute from them (a page's
cursors). `GraphNode` and `GraphEdge` are `graph.models.GraphNode` and `GraphEdge` as
GraphQL serves them, without their properties: the network and path queries draw them with
those fields only, and an edge's `citations` where the selection asks for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, cast

import strawberry

from app.graphql.rows import field, named
from graph.compile.pagination import encode_cursor

if TYPE_CHECKING:
    from app.graphql.types import Citation, FactBasis, Initiative, Reference

#: Initiatives are compiled from the selection: declared in app/graphql/types.py.
AnInitiative = Annotated["Initiative", strawberry.lazy("app.graphql.types")]
#: So are citations, which a drawn edge carries (graph/compile/edges.py).
ACitation = Annotated["Citation", strawberry.lazy("app.graphql.types")]
#: And the references and basis that mark a reference fact, as a `Link`'s do.
AReference = Annotated["Reference", strawberry.lazy("app.graphql.types")]
AFactBasis = Annotated["FactBasis", strawberry.lazy("app.graphql.types")]


@strawberry.type
class PageInfo:
    has_next_page: bool = named()
    end_cursor: str | None = named()


@strawberry.type
class InitiativeEdge:
    cursor: str = named()
    node: AnInitiative = named()


def _page(connection: object) -> dict[str, Any]:
    """The map behind a connection: `offset`, `size`, `total`, `nodes`, `edgeNodes`."""
    return cast(dict[str, Any], connection)


@strawberry.type
class InitiativeConnection:
    """A page of initiatives; `first` is at most 100, cursors are opaque."""

    @strawberry.field
    def edges(self) -> list[InitiativeEdge]:
        page = _page(self)
        edges: Any = [
            {"cursor": encode_cursor(page["offset"] + index), "node": node}
            for index, node in enumerate(page.get("edgeNodes", []))
        ]
        return cast(list[InitiativeEdge], edges)

    @strawberry.field
    def nodes(self) -> list[AnInitiative]:
        return cast(list[AnInitiative], _page(self).get("nodes", []))

    @strawberry.field
    def page_info(self) -> PageInfo:
        page = _page(self)
        offset, size, total = page["offset"], page["size"], page["total"]
        info: Any = {
            "hasNextPage": offset + size < total,
            "endCursor": encode_cursor(offset + size - 1) if size else None,
        }
        return cast(PageInfo, info)

    @strawberry.field
    def total_count(self) -> int:
        return int(_page(self)["total"])


@strawberry.type(description="A drawable graph node.")
class GraphNode:
    id: strawberry.ID = named()
    label: str = named()
    type: str = named()


@strawberry.type
class GraphEdge:
    id: strawberry.ID = named(
        "source|TYPE|role|target: the same link has the same id in every copy of the graph, "
        "and in REST's networks and exports."
    )
    source: strawberry.ID = named()
    target: strawberry.ID = named()
    type: str = named()
    role: str | None = named()
    citations: list[ACitation] = field(
        "The citation of every document that states the link, oldest source first (a "
        "reference fact has none); compiled from the selection in the same round trip."
    )
    references: list[AReference] = field(
        "The references that give the link (UN M49, the IMAGE regions, the government-bodies "
        "file), when it is a reference fact; compiled in the same round trip."
    )
    basis: AFactBasis = field(
        "DOCUMENT when a document states the link (citations lists them), REFERENCE when only "
        "a reference gives it (references names it), as `Link.basis`."
    )


@strawberry.type(description="A drawable graph: what frontends render.")
class Network:
    nodes: list[GraphNode] = named()
    edges: list[GraphEdge] = named()
    truncated: bool = named(
        "More nodes were within reach than the limit lets through; the nearest (and, at the "
        "same distance, the most linked) were kept."
    )


@strawberry.type
class Path:
    nodes: list[GraphNode] = named()
    edges: list[GraphEdge] = named()
    length: int = named()


@strawberry.type(
    description="One group of funding. A stream that a source allocates to several groups "
    "without a split counts in full in each of them and sets shared, so amounts of different "
    "groups must not be added."
)
class FundingTotal:
    key: str = named()
    label: str = named()
    currency: str = named()
    amount: float = named(
        "The sum of the streams' stated amounts; precision says how far to trust it."
    )
    stream_count: int = named()
    shared: bool = named()
    precision: str = named(
        "exact; at least (a stream is over an amount, or the funder funds work with no "
        "amount stated); at most (a stream is up to an amount); approximate (both, or a "
        "qualifier such as around)."
    )
    unknown_amounts: int = named(
        "For a funder: the initiatives it funds (takes part in as FUNDER) with no amount "
        "stated, so not in amount. 0 for a region or a currency. Each is listed by "
        "funding(funder:) with amount null."
    )
