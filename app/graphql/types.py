"""The GraphQL types of the public contract (and additions), as strawberry classes.

The classes define the schema; at run time the values are the plain maps that `graph/`
already shaped for the request, never instances of these classes, so one compiled Cypher
query answers a whole selection and no field goes back to the database. How a field reads its
value from such a map (`field()`, `named()`) is `app.graphql.rows`'s to say. The types here
are compiled from the selection (graph/compile/schema_map.py); those `graph/` shapes in Python
(pages, drawings, totals) are in app/graphql/shaped.py.
"""

from __future__ import annotations

import datetime
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any, cast

import strawberry
from strawberry.types import Info

from app.graphql.rows import ROW, by_response_key, field

if TYPE_CHECKING:
    from app.graphql.shaped import InitiativeConnection
    from app.graphql.timeline import TimelineEntry

#: A page of initiatives: what `graph/` shapes in Python, declared in app/graphql/shaped.py.
Initiatives = Annotated["InitiativeConnection", strawberry.lazy("app.graphql.shaped")]


class Tagged:
    """Values of these types are maps tagged with `__typename` by the Cypher projection."""

    @classmethod
    def is_type_of(cls, obj: Any, _info: Any) -> bool:
        return isinstance(obj, dict) and obj.get("__typename") == cls.__name__

    @classmethod
    def resolve_type(cls, obj: Any, _info: Any, _type: Any) -> str:
        return str(obj["__typename"])


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
    SIGNATORY = "SIGNATORY"


@strawberry.enum
class FundingGroup(Enum):
    REGION = "REGION"
    FUNDER = "FUNDER"
    CURRENCY = "CURRENCY"


@strawberry.enum
class InitiativeOrderField(Enum):
    NAME = "NAME"
    FUNDING = "FUNDING"


@strawberry.enum(
    description="How a date is known: written in the cited text, or inferred (the reason is "
    "given beside it)."
)
class DateBasis(Enum):
    STATED = "STATED"
    INFERRED = "INFERRED"


@strawberry.enum(
    description="FULL, or PARTIAL when the document says more than the text obtained holds."
)
class SourceCompleteness(Enum):
    FULL = "FULL"
    PARTIAL = "PARTIAL"


@strawberry.enum
class ProgressStatus(Enum):
    ANNOUNCED = "ANNOUNCED"
    IN_PROGRESS = "IN_PROGRESS"
    DELIVERED = "DELIVERED"
    STALLED = "STALLED"
    DROPPED = "DROPPED"


#: What every `<field>WithEvidence` twin says of itself.
WITH_EVIDENCE = (
    "`{field}` as links: each {what} once, with the citation of every document that states "
    "the link (and any reference that gives it)."
)


def with_evidence(name: str, what: str) -> Any:
    """The `<field>WithEvidence` twin of field `name`: the same nodes as `Link`s, each with
    its evidence. Every field that returns related nodes has one (docs/API.md)."""
    return field(WITH_EVIDENCE.format(field=name, what=what))


@strawberry.interface
class Node(Tagged):
    id: strawberry.ID = field()
    label: str = field(
        "Its display name: the name, else the title (an official named only by post, a "
        "source, a reference), else the text (a statement)."
    )
    sources: list[Citation] = field(
        "Where the source documents state it, oldest source first (undated last); empty for "
        "a source or a reference, which cite nothing."
    )
    aliases: list[str] = field(
        'The other names the sources give it ("UK" for the United Kingdom, "NCA" for the '
        "National Crime Agency), which search finds it by; empty when they give none."
    )


@strawberry.interface(
    description="Anything that can take part in an initiative or attend an event."
)
class Actor(Tagged):
    id: strawberry.ID = field()
    name: str | None = field()
    label: str = field(
        "Its display name: the name, else the title (an official named only by post)."
    )


#: The description of every `includeReference` argument.
REFERENCE_ARGUMENT = (
    "Count reference facts (basis REFERENCE: a body a reference places in a country, a country "
    "UN M49 or the IMAGE classification places in a region) as well as what the documents "
    "state; false keeps to the "
    "documents' word alone."
)
IncludeReference = Annotated[bool, strawberry.argument(description=REFERENCE_ARGUMENT)]


@strawberry.enum(
    description="DOCUMENT when a document states the fact, REFERENCE when only a reference "
    "gives it."
)
class FactBasis(Enum):
    DOCUMENT = "DOCUMENT"
    REFERENCE = "REFERENCE"


@strawberry.type(
    description="A link to another node, once, with the citation of every document that "
    "states it and every reference that gives it (reference facts carry no quote)."
)
class Link(Tagged):
    node: Node = field()
    evidence: list[Citation] = field("The documents that state it, oldest first.")
    references: list[Reference] = field("The references that give it.")
    basis: FactBasis = field()


@strawberry.type
class Country(Node, Actor):
    name: str = field()

    @strawberry.field(description="Organisations based in the country.", metadata={ROW: True})
    def organisations(
        self, info: Info, include_reference: IncludeReference = True
    ) -> list[Organisation]:
        return cast(list[Organisation], by_response_key(self, info))  # arguments compiled in

    @strawberry.field(
        description="The regions the country lies in, each with its evidence or reference "
        "(UN M49 for Europe, Asia, Africa; the IMAGE classification for the Middle East).",
        metadata={ROW: True},
    )
    def member_of(self, info: Info, include_reference: IncludeReference = True) -> list[Link]:
        return cast(list[Link], by_response_key(self, info))  # arguments compiled in

    partners: list[Partnership] = field(
        "Countries that share at least one initiative or event with this one, strongest first."
    )
    events: list[Event] = field("Events the country attended.")
    regions: list[Region] = field("Regions inside the country (e.g. the Kurdistan Region of Iraq).")
    organisations_with_evidence: list[Link] = field(
        "`organisations` as links, each with the citation of every document that states it "
        "and every reference that gives it (always including reference facts)."
    )
    events_with_evidence: list[Link] = with_evidence("events", "event")
    regions_with_evidence: list[Link] = field(
        "`regions` as links: each region once, with the citations of every link on the way "
        "(a region inside a region inside the country has both)."
    )
    figures: list[Figure] = field("Figures a source publishes that measure it.")
    figures_with_evidence: list[Link] = with_evidence("figures", "figure")

    @strawberry.field(
        description="Initiatives the country is involved in: taking part in any role (itself, "
        "an organisation based there, an official representing it) or targeted, directly or "
        "through a region inside it. By name.",
        metadata={ROW: True},
    )
    def initiatives(
        self,
        info: Info,
        first: int | None = 20,
        after: str | None = None,
        include_reference: IncludeReference = True,
    ) -> Initiatives:
        return cast(Initiatives, by_response_key(self, info))  # arguments compiled in


@strawberry.type
class Partnership(Tagged):
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
    parent_with_evidence: list[Link] = with_evidence("parent", "organisation it is part of")
    units_with_evidence: list[Link] = with_evidence("units", "unit")
    officials_with_evidence: list[Link] = with_evidence("officials", "official")
    funding_streams_with_evidence: list[Link] = with_evidence("fundingStreams", "stream")
    figures: list[Figure] = field("Figures a source publishes that measure it.")
    figures_with_evidence: list[Link] = with_evidence("figures", "figure")

    @strawberry.field(
        description="The countries it is based in, each with its evidence or reference; "
        "`country` is one of them (a document's before a reference's).",
        metadata={ROW: True},
    )
    def based_in(self, info: Info, include_reference: IncludeReference = True) -> list[Link]:
        return cast(list[Link], by_response_key(self, info))  # arguments compiled in

    @strawberry.field(
        description="Initiatives it takes part in: itself, one of its units or officials, "
        "or through funding it provides. By name.",
        metadata={ROW: True},
    )
    def initiatives(
        self, info: Info, first: int | None = 20, after: str | None = None
    ) -> Initiatives:
        return cast(Initiatives, by_response_key(self, info))  # arguments compiled in


@strawberry.type
class Official(Node, Actor):
    name: str | None = field("Null where the source names only the post.")
    title: str = field()
    organisation: Organisation | None = field(
        "The organisation in which the official holds a post."
    )
    country: Country | None = field("The country the official represents.")
    statements: list[Statement] = field()
    organisation_with_evidence: list[Link] = with_evidence("organisation", "organisation")
    country_with_evidence: list[Link] = with_evidence("country", "country")
    statements_with_evidence: list[Link] = with_evidence("statements", "statement")
    figures: list[Figure] = field("Figures a source publishes that measure it.")
    figures_with_evidence: list[Link] = with_evidence("figures", "figure")


@strawberry.type
class Region(Node):
    name: str = field()
    kind: str = field("continent, sub-region or sub-national area.")
    part_of: list[Node] = field("The regions or countries it lies within.")
    contains: list[Region] = field("Regions that lie within it.")
    part_of_with_evidence: list[Link] = field(
        "`partOf` as links, each with the citation of every document that states it and "
        "every reference that gives it."
    )
    contains_with_evidence: list[Link] = field(
        "`contains` as links, each with the citation of every document that states it and "
        "every reference that gives it."
    )
    figures: list[Figure] = field("Figures a source publishes that measure it.")
    figures_with_evidence: list[Link] = with_evidence("figures", "figure")

    @strawberry.field(
        description="The countries and regions that lie within it, each with its evidence or "
        "reference (UN M49 for Europe, Asia, Africa; the IMAGE classification for the Middle "
        "East; none for the Western Balkans or North America, which neither names).",
        metadata={ROW: True},
    )
    def members(self, info: Info, include_reference: IncludeReference = True) -> list[Link]:
        return cast(list[Link], by_response_key(self, info))  # arguments compiled in


@strawberry.type
class Topic(Node):
    name: str = field()
    events: list[Event] = field("Events that discussed or addressed it.")
    initiatives: list[Initiative] = field("Initiatives that address it.")
    events_with_evidence: list[Link] = with_evidence("events", "event")
    initiatives_with_evidence: list[Link] = with_evidence("initiatives", "initiative")
    figures: list[Figure] = field("Figures a source publishes that measure it.")
    figures_with_evidence: list[Link] = with_evidence("figures", "figure")


@strawberry.type
class Citation(Tagged):
    source: Source = field()
    quote: str = field("An exact substring of the source's text.")
    offset: int | None = field(
        "Where the quote begins in the source's `text`: how many characters (Unicode code "
        "points) come before its first occurrence. Null if the text does not hold it."
    )
    text: str = field(
        "The quote for display: its line breaks, tabs and runs of spaces as one space, "
        "trimmed. `quote` is the exact text."
    )


@strawberry.type
class Participation(Tagged):
    actor: Actor = field()
    role: Role = field()
    evidence: list[Citation] = field()


@strawberry.type
class Attendance(Tagged):
    actor: Actor = field()
    role: str | None = field("host, ally, partner, ... as the source puts it.")
    evidence: list[Citation] = field()


@strawberry.type
class Money(Tagged):
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
    funders_with_evidence: list[Link] = with_evidence("funders", "funder")
    regions_with_evidence: list[Link] = with_evidence("regions", "region")
    allocated_to_with_evidence: list[Link] = with_evidence("allocatedTo", "region or country")
    initiatives_with_evidence: list[Link] = with_evidence("initiatives", "initiative")
    amount_claims: list[AmountClaim] = field(
        "Every amount the sources give, each with its citation, oldest source first. `amount` "
        "is one of them: the one the stream's first extraction wrote; a later document's "
        "different figure is a claim beside it and never changes `amount`."
    )


@strawberry.type(
    description="One funder's part in funding: a stream it provides, or a FUNDER "
    "participation for which no stream states an amount. An unknown amount is null, never 0."
)
class Funding(Tagged):
    funder: Actor = field()
    initiative: Initiative | None = field("What it funds; null for a stream that funds none.")
    stream: FundingStream | None = field("The stream; null when no amount is stated.")
    amount: Money | None = field("The stream's amount; null when no amount is stated.")
    amount_known: bool = field()
    evidence: list[Citation] = field(
        "The citations of the funder's PROVIDES link to the stream, or of its FUNDER "
        "participation when there is no stream."
    )


@strawberry.type(
    description="One source's value for an amount that another source may give differently."
)
class AmountClaim(Tagged):
    money: Money = field()
    citation: Citation = field()


@strawberry.type
class Initiative(Node):
    name: str = field()
    summary: str = field()
    kind: str = field()
    status: str = field()

    @strawberry.field(
        description="Every country taking part in any role, or targeted by the initiative.",
        metadata={ROW: True},
    )
    def countries(self, info: Info, include_reference: IncludeReference = True) -> list[Country]:
        return cast(list[Country], by_response_key(self, info))  # arguments compiled in

    regions: list[Region] = field("Regions it targets.")
    targets: list[Node] = field("Regions and countries it targets.")
    audiences: list[str] = field("The people it is aimed at, as the source names them.")
    funding: list[FundingStream] = field()
    events: list[Event] = field("Events at which it was announced.")
    builds_on: list[Initiative] = field()
    built_on_by: list[Initiative] = field("Initiatives that build on this one.")
    contributes_to: list[Initiative] = field("Wider programmes it is a step in.")
    topics: list[Topic] = field()
    regions_with_evidence: list[Link] = with_evidence("regions", "region")
    targets_with_evidence: list[Link] = with_evidence("targets", "region or country")
    funding_with_evidence: list[Link] = with_evidence("funding", "funding stream")
    events_with_evidence: list[Link] = with_evidence("events", "event")
    builds_on_with_evidence: list[Link] = with_evidence("buildsOn", "initiative")
    built_on_by_with_evidence: list[Link] = with_evidence("builtOnBy", "initiative")
    contributes_to_with_evidence: list[Link] = with_evidence("contributesTo", "initiative")
    topics_with_evidence: list[Link] = with_evidence("topics", "topic")
    figures: list[Figure] = field("Figures a source publishes that measure it.")
    figures_with_evidence: list[Link] = with_evidence("figures", "figure")
    progress: list[ProgressUpdate] = field("Status updates, oldest first.")

    @strawberry.field(
        description="Who takes part, in which role, with the evidence for it: the lead first, "
        "then funders, partners, implementers and other roles, by name within a role.",
        metadata={ROW: True},
    )
    def participants(self, info: Info, role: Role | None = None) -> list[Participation]:
        return cast(list[Participation], by_response_key(self, info))  # role compiled in

    history: list[Annotated[TimelineEntry, strawberry.lazy("app.graphql.timeline")]] = field(
        "Every dated step of this commitment across all sources, and its progress updates, "
        "oldest first."
    )

    @strawberry.field(
        description="Its status as the sources published on or before that day record it: "
        "the one its latest step (or progress update) dated on or before that day gives; "
        "null when none of them does.",
        metadata={ROW: True},
    )
    def status_on(self, info: Info, date: datetime.date) -> str | None:
        return cast(str | None, by_response_key(self, info))  # the date was compiled in


@strawberry.type(description="A dated status update of an initiative, with its citation.")
class ProgressUpdate(Tagged):
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
    start_date_basis: DateBasis | None = field(
        "STATED when a cited text gives startDate; INFERRED when it is worked out (startDateNote "
        "says from what)."
    )
    start_date_note: str | None = field("Why startDate is what it is, when it is inferred.")
    attendees: list[Actor] = field()
    attendance: list[Attendance] = field("Attendees with the role each had.")
    initiatives: list[Initiative] = field("Initiatives announced at the event.")
    statements: list[Statement] = field()
    topics: list[Topic] = field("Topics it discussed or addressed.")
    attendees_with_evidence: list[Link] = with_evidence(
        "attendees", "attendee (in any role: `attendance` gives the roles)"
    )
    initiatives_with_evidence: list[Link] = with_evidence("initiatives", "initiative")
    statements_with_evidence: list[Link] = with_evidence("statements", "statement")
    topics_with_evidence: list[Link] = with_evidence("topics", "topic")
    figures: list[Figure] = field("Figures a source publishes that measure it.")
    figures_with_evidence: list[Link] = with_evidence("figures", "figure")


@strawberry.type
class Statement(Node):
    text: str = field()
    speaker: Official = field()
    event: Event | None = field()
    source: Source = field()
    speaker_with_evidence: list[Link] = with_evidence("speaker", "speaker")
    event_with_evidence: list[Link] = with_evidence("event", "event")


@strawberry.type
class Source(Node):
    title: str = field()
    publisher: str | None = field()
    published_on: datetime.date | None = field()
    sha256: str | None = field("Checksum of the document's text.")
    url: str | None = field("Where the text was read.")
    completeness: SourceCompleteness = field()
    completeness_note: str | None = field("What the text obtained lacks, when PARTIAL.")
    published_on_basis: DateBasis | None = field()
    published_on_note: str | None = field("Why publishedOn is what it is, when it is inferred.")
    reproduced_by: str | None = field(
        "Who reproduced the text, when the file is not the publisher's own copy."
    )
    licence: str | None = field()
    text: str | None = field("The text as obtained; every quote citing it is a substring.")
    cited_by: int = field("How many nodes and relationships cite this source.")


@strawberry.type(
    description="A named, versioned reference that background facts no document states come "
    "from (UN M49 regions, the IMAGE regions, the government-bodies file)."
)
class Reference(Node):
    title: str = field()
    version: str = field()
    url: str | None = field()
    licence: str | None = field()


@strawberry.type(
    description="A figure a source publishes (a count, a rate), with what it measures: never "
    "a commitment, so never among the initiatives."
)
class Figure(Node):
    name: str = field()
    value: float = field("The number as the source gives it (24000 for 24,000).")
    unit: str = field("What is counted: people, ...")
    qualifier: str | None = field('How the source qualifies the number, e.g. "more than".')
    period: str | None = field("The period it covers, as the source names it.")
    summary: str | None = field()
    as_of: datetime.date | None = field("The day the figure stands at.")
    as_of_basis: DateBasis | None = field()
    as_of_note: str | None = field("Why asOf is what it is, when it is inferred.")
    measures: list[Node] = field("What it counts the work of, or counts in.")
    reported_by: list[Actor] = field("Who made it public.")
    measures_with_evidence: list[Link] = with_evidence("measures", "node")
    reported_by_with_evidence: list[Link] = with_evidence("reportedBy", "actor")


@strawberry.type
class SearchHit(Tagged):
    node: Node = field()
    score: float = field(
        "Lucene relevance; higher is better. Exact hits come first whatever their score."
    )
    label: str = field(
        "The hit's display name, as Node.label gives it: its name, else its title (an "
        "official named only by post), else its text (a statement)."
    )
    exact: bool = field(
        "True when the text typed is the hit's name, title, acronym or one of its other names, "
        "case and spacing aside. Exact hits come before the rest."
    )
    snippet: str | None = field(
        "Where the hit matched: the indexed text with the most of the words typed, on one "
        "line, each matched word marked «like this», cut to about 160 characters with … "
        "where it was cut. A list (aliases, audiences) is joined with '; '. Null when no "
        "indexed text holds a word typed as a word."
    )
    field: str | None = field(
        "The property the snippet is from: name, title, acronym, aliases, audiences, period, "
        "summary or text."
    )


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
    Reference,
    Figure,
]
