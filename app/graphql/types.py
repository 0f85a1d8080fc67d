"""The GraphQL types of the public contract (and additions), as strawberry classes.

Objects are built from rows that `graph/` already shaped for the request: every field reads
its value by its response key (alias or name), so one compiled Cypher query answers a whole
selection and no field goes back to the database.
"""

from __future__ import annotations

import datetime
from enum import Enum
from typing import Any

import strawberry
from strawberry.types import Info

from graph.pagination import encode_cursor


def _by_key(root: Any, info: Info) -> Any:
    return root.row[info.path.key]


def field(description: str | None = None) -> Any:
    return strawberry.field(resolver=_by_key, description=description)


@strawberry.enum
class MatchMode(Enum):
    ALL = "ALL"
    ANY = "ANY"


@strawberry.enum
class OrderDirection(Enum):
    ASC = "ASC"
    DESC = "DESC"


@strawberry.enum
class Role(Enum):
    LEAD = "LEAD"
    PARTNER = "PARTNER"
    FUNDER = "FUNDER"
    IMPLEMENTER = "IMPLEMENTER"
    BENEFICIARY = "BENEFICIARY"


@strawberry.enum
class FundingGroup(Enum):
    REGION = "REGION"
    FUNDER = "FUNDER"
    CURRENCY = "CURRENCY"


@strawberry.enum
class InitiativeOrderField(Enum):
    NAME = "NAME"
    FUNDING = "FUNDING"


@strawberry.enum
class ProgressStatus(Enum):
    ANNOUNCED = "ANNOUNCED"
    IN_PROGRESS = "IN_PROGRESS"
    DELIVERED = "DELIVERED"
    STALLED = "STALLED"
    DROPPED = "DROPPED"


@strawberry.interface
class Node:
    row: strawberry.Private[dict[str, Any]]
    id: strawberry.ID = field()


@strawberry.interface(
    description="Anything that can take part in an initiative or attend an event."
)
class Actor:
    row: strawberry.Private[dict[str, Any]]
    id: strawberry.ID = field()
    name: str | None = field()


@strawberry.type
class Country(Node, Actor):
    name: str = field()
    organisations: list[Organisation] = field("Organisations based in the country.")
    partners: list[Partnership] = field(
        "Countries that share at least one initiative or event with this one, strongest first."
    )
    events: list[Event] = field("Events the country attended.")
    regions: list[Region] = field("Regions inside the country (e.g. the Kurdistan Region of Iraq).")

    @strawberry.field(
        description="Initiatives the country is involved in: taking part in any role (itself, "
        "an organisation based there, an official representing it) or targeted, directly or "
        "through a region inside it. By name."
    )
    def initiatives(
        self, info: Info, first: int | None = 20, after: str | None = None
    ) -> InitiativeConnection:
        return self.row[info.path.key]


@strawberry.type
class Partnership:
    row: strawberry.Private[dict[str, Any]]
    country: Country = field()
    shared_initiatives: list[Initiative] = field()
    shared_events: list[Event] = field()


@strawberry.type
class Organisation(Node, Actor):
    name: str = field()
    acronym: str | None = field()
    kind: str = field()
    country: Country | None = field("The country it is based in.")
    parent: Organisation | None = field("The organisation it is part of.")
    units: list[Organisation] = field("Organisations that are part of it.")
    officials: list[Official] = field("Officials holding a post in it.")
    funding_streams: list[FundingStream] = field("Funding it provides.")
    sources: list[Citation] = field("Where the source documents mention it.")

    @strawberry.field(
        description="Initiatives it takes part in: itself, one of its units or officials, "
        "or through funding it provides. By name."
    )
    def initiatives(
        self, info: Info, first: int | None = 20, after: str | None = None
    ) -> InitiativeConnection:
        return self.row[info.path.key]


@strawberry.type
class Official(Node, Actor):
    name: str | None = field("Null where the source names only the post.")
    title: str = field()
    organisation: Organisation | None = field(
        "The organisation in which the official holds a post."
    )
    country: Country | None = field("The country the official represents.")
    statements: list[Statement] = field()
    sources: list[Citation] = field()


@strawberry.type
class Region(Node):
    name: str = field()
    kind: str = field("continent, sub-region or sub-national area.")
    part_of: list[Node] = field("The regions or countries it lies within.")
    contains: list[Region] = field("Regions that lie within it.")
    sources: list[Citation] = field()


@strawberry.type
class Topic(Node):
    name: str = field()
    events: list[Event] = field("Events at which it was discussed.")
    initiatives: list[Initiative] = field("Initiatives that address it.")


@strawberry.type
class Citation:
    row: strawberry.Private[dict[str, Any]]
    source: Source = field()
    quote: str = field("An exact substring of the source's text.")


@strawberry.type
class Participation:
    row: strawberry.Private[dict[str, Any]]
    actor: Actor = field()
    role: Role = field()
    evidence: list[Citation] = field()


@strawberry.type
class Attendance:
    row: strawberry.Private[dict[str, Any]]
    actor: Actor = field()
    role: str | None = field("host, ally, partner, ... as the source puts it.")
    evidence: list[Citation] = field()


@strawberry.type
class Money:
    row: strawberry.Private[dict[str, Any]]
    amount: float = field("Whole units of the currency (30000000 for £30 million).")
    currency: str = field("ISO 4217 code.")
    qualifier: str | None = field('How the source qualifies the amount, e.g. "over".')


@strawberry.type
class FundingStream(Node):
    name: str = field()
    stage: str | None = field("pledged, committed or disbursed.")
    amount: Money = field()
    funders: list[Actor] = field()
    regions: list[Region] = field("Regions it is allocated to.")
    allocated_to: list[Node] = field("Regions and countries it is allocated to.")
    initiatives: list[Initiative] = field("What it funds.")
    sources: list[Citation] = field()


@strawberry.type
class Initiative(Node):
    name: str = field()
    summary: str = field()
    kind: str = field()
    status: str = field()
    countries: list[Country] = field(
        "Every country taking part in any role, or targeted by the initiative."
    )
    regions: list[Region] = field("Regions it targets.")
    targets: list[Node] = field("Regions and countries it targets.")
    audiences: list[str] = field("The people it is aimed at, as the source names them.")
    funding: list[FundingStream] = field()
    events: list[Event] = field("Events at which it was announced.")
    builds_on: list[Initiative] = field()
    built_on_by: list[Initiative] = field("Initiatives that build on this one.")
    contributes_to: list[Initiative] = field("Wider programmes it is a step in.")
    topics: list[Topic] = field()
    sources: list[Citation] = field()
    progress: list[ProgressUpdate] = field("Status updates, oldest first.")

    @strawberry.field(description="Who takes part, in which role, with the evidence for it.")
    def participants(self, info: Info, role: Role | None = None) -> list[Participation]:
        return self.row[info.path.key]


@strawberry.type(description="A dated status update of an initiative, with its citation.")
class ProgressUpdate:
    row: strawberry.Private[dict[str, Any]]
    status: ProgressStatus = field()
    on: datetime.date = field()
    note: str | None = field()
    citation: Citation = field()
    recorded_at: str = field("When it was recorded (ISO 8601).")
    recorded_by: str = field("The API key name that recorded it.")


@strawberry.type
class Event(Node):
    name: str = field()
    kind: str = field()
    location: str | None = field()
    start_date: datetime.date | None = field()
    attendees: list[Actor] = field()
    attendance: list[Attendance] = field("Attendees with the role each had.")
    initiatives: list[Initiative] = field("Initiatives announced at the event.")
    statements: list[Statement] = field()
    topics: list[Topic] = field("Topics discussed.")
    sources: list[Citation] = field()


@strawberry.type
class Statement(Node):
    text: str = field()
    speaker: Official = field()
    event: Event | None = field()
    source: Source = field()


@strawberry.type
class Source(Node):
    title: str = field()
    publisher: str | None = field()
    published_on: datetime.date | None = field()
    sha256: str | None = field("Checksum of the document's text.")


@strawberry.type
class PageInfo:
    has_next_page: bool
    end_cursor: str | None


@strawberry.type
class InitiativeEdge:
    cursor: str
    node: Initiative


@strawberry.type
class InitiativeConnection:
    """A page of initiatives; `first` is at most 100, cursors are opaque."""

    row: strawberry.Private[dict[str, Any]]

    @strawberry.field
    def edges(self) -> list[InitiativeEdge]:
        offset = self.row["offset"]
        return [
            InitiativeEdge(cursor=encode_cursor(offset + index), node=node)
            for index, node in enumerate(self.row.get("edgeNodes", []))
        ]

    @strawberry.field
    def nodes(self) -> list[Initiative]:
        return self.row.get("nodes", [])

    @strawberry.field
    def page_info(self) -> PageInfo:
        offset, size, total = self.row["offset"], self.row["size"], self.row["total"]
        end = encode_cursor(offset + size - 1) if size else None
        return PageInfo(has_next_page=offset + size < total, end_cursor=end)

    @strawberry.field
    def total_count(self) -> int:
        return int(self.row["total"])


@strawberry.type(description="A drawable graph node.")
class GraphNode:
    id: strawberry.ID
    label: str
    type: str


@strawberry.type
class GraphEdge:
    source: strawberry.ID
    target: strawberry.ID
    type: str
    role: str | None


@strawberry.type(description="A drawable graph: what frontends render.")
class Network:
    nodes: list[GraphNode]
    edges: list[GraphEdge]


@strawberry.type
class Path:
    nodes: list[GraphNode]
    edges: list[GraphEdge]
    length: int


@strawberry.type(
    description="One group of funding. A stream that a source allocates to several groups "
    "without a split counts in full in each of them and sets shared, so amounts of different "
    "groups must not be added."
)
class FundingTotal:
    key: str
    label: str
    currency: str
    amount: float
    stream_count: int
    shared: bool


@strawberry.type
class SearchHit:
    row: strawberry.Private[dict[str, Any]]
    node: Node = field()
    score: float = field("Lucene relevance; higher is better.")


ROW_TYPES: dict[str, type] = {
    cls.__name__: cls
    for cls in (
        Country, Partnership, Organisation, Official, Region, Topic, Citation, Participation,
        Attendance, Money, FundingStream, Initiative, Event, Statement, Source, ProgressUpdate,
        InitiativeConnection, SearchHit,
    )
}  # fmt: skip
CONCRETE_TYPES = [
    Country,
    Organisation,
    Official,
    Region,
    Topic,
    FundingStream,
    Initiative,
    Event,
    Statement,
    Source,
]


def hydrate(value: Any) -> Any:
    """Turn projected rows into the strawberry objects named by their `__typename`."""
    if isinstance(value, dict):
        fields = {k: hydrate(v) for k, v in value.items()}
        typename = fields.pop("__typename", None)
        if typename is None:
            return fields
        return ROW_TYPES[typename](row=fields)
    if isinstance(value, list):
        return [hydrate(v) for v in value]
    if hasattr(value, "to_native"):  # neo4j temporal values
        return value.to_native()
    return value
