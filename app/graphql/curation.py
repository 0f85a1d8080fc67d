"""The curation part of the contract: mutations for editors, and stalled commitments.

Each mutation needs an editor key, a citation whose quote occurs exactly once in the cited
source's text, and valid ids, ISO 3166 country codes and ISO 4217 currencies; it runs
as one write transaction that also writes an audit `(:Change)` record (graph/queries/curation.py).

A request makes one change: graphql-core runs a mutation's root fields one after the other,
each in its own transaction, so a document with two could apply the first and then answer
`{"data": null}` for the second's error, hiding that something was applied. Every mutation
resolver therefore refuses, before it writes, an operation with more than one root field.
"""

from __future__ import annotations

import datetime

import strawberry
from graphql import GraphQLError
from strawberry.types import Info

from app.auth import check_role
from app.graphql import types as t
from app.graphql.resolving import answering, root_fields, selections
from graph.queries import curation


@strawberry.input(description="Where a written fact comes from: a Source id and an exact quote.")
class CitationInput:
    source: strawberry.ID
    quote: str = strawberry.field(
        description="Words from the source's text, exactly as written, and enough of them "
        "that they occur there once: a citation points at one passage."
    )


@strawberry.input
class InitiativeInput:
    id: strawberry.ID
    name: str
    summary: str
    kind: str
    status: str | None = None
    citation: CitationInput


@strawberry.input
class ParticipationInput:
    initiative: strawberry.ID
    actor: strawberry.ID
    role: t.Role
    citation: CitationInput


@strawberry.input
class FundingInput:
    id: strawberry.ID
    name: str
    amount: float
    currency: str
    qualifier: str | None = None
    funders: list[strawberry.ID]
    initiatives: list[strawberry.ID] | None = None
    regions: list[strawberry.ID] | None = None
    citation: CitationInput


@strawberry.input
class ProgressInput:
    initiative: strawberry.ID
    status: t.ProgressStatus
    on: datetime.date
    note: str | None = None
    citation: CitationInput


def _editor(info: Info) -> str:
    """The name to audit the change under; refuses callers below editor (401/403), then
    documents that ask for more than one change."""
    with answering(info):  # the status and headers of a refusal before any resolver
        principal = check_role(info.context.get("principal"), "editor")
    _one_change(info)
    return principal.label


def _one_change(info: Info) -> None:
    """Refuse an operation with several root fields before any of them writes.

    Every resolver of the operation counts the same root fields, so none of them writes.
    They are counted as graphql-core executes them: fragments spread, `@skip`/`@include`
    applied, one per response key; `__typename` changes nothing and does not count.
    """
    changes = list(dict.fromkeys(f.key for f in root_fields(info) if not f.name.startswith("__")))
    if len(changes) > 1:
        raise GraphQLError(
            "Send one change per request, so that each applies whole or not at all: this "
            f"mutation has {len(changes)} root fields ({', '.join(changes)}), and nothing "
            "was applied.",
            extensions={"code": "BAD_USER_INPUT"},
        )


def _citation(value: CitationInput) -> curation.CitationInput:
    return curation.CitationInput(source=str(value.source), quote=value.quote)


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Create an initiative, or update its fields, with a citation.")
    async def upsert_initiative(self, info: Info, input: InitiativeInput) -> t.Initiative:
        by = _editor(info)
        with answering(info):
            row = await curation.upsert_initiative(
                info.context["graph"], id=str(input.id), name=input.name, summary=input.summary,
                kind=input.kind, status=input.status, citation=_citation(input.citation),
                by=by, selections=selections(info),
            )  # fmt: skip
            return row

    @strawberry.mutation(description="Record that an actor takes part in an initiative in a role.")
    async def add_participation(self, info: Info, input: ParticipationInput) -> t.Initiative:
        by = _editor(info)
        with answering(info):
            row = await curation.add_participation(
                info.context["graph"], initiative=str(input.initiative), actor=str(input.actor),
                role=input.role.value, citation=_citation(input.citation), by=by,
                selections=selections(info),
            )  # fmt: skip
            return row

    @strawberry.mutation(
        description="Create or update a funding stream, its funders, what it funds and where."
    )
    async def record_funding(self, info: Info, input: FundingInput) -> t.FundingStream:
        by = _editor(info)
        with answering(info):
            row = await curation.record_funding(
                info.context["graph"], id=str(input.id), name=input.name, amount=input.amount,
                currency=input.currency, qualifier=input.qualifier,
                funders=[str(f) for f in input.funders],
                initiatives=[str(i) for i in input.initiatives or []],
                regions=[str(r) for r in input.regions or []],
                citation=_citation(input.citation), by=by, selections=selections(info),
            )  # fmt: skip
            return row

    @strawberry.mutation(description="Add a dated status update to an initiative.")
    async def record_progress(self, info: Info, input: ProgressInput) -> t.Initiative:
        by = _editor(info)
        with answering(info):
            row = await curation.record_progress(
                info.context["graph"], initiative=str(input.initiative),
                status=input.status.value, on=input.on, note=input.note,
                citation=_citation(input.citation), by=by, selections=selections(info),
            )  # fmt: skip
            return row


async def stalled_commitments(
    info: Info, event: strawberry.ID, since: datetime.date
) -> list[t.Initiative]:
    """Initiatives announced at the event with no progress update on or after since."""
    with answering(info):
        rows = await curation.stalled_commitments(
            info.context["graph"], str(event), since, selections(info)
        )
        return rows
