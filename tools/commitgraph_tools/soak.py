"""The load test's mixed profile: the reads, with curation writes from editor keys among them.

Every cycle of the mixed profile sends the read mix (network requests included) and then three
writes: `upsertInitiative`, `addParticipation` and `recordProgress`, on one of `SOAK_COUNT`
initiatives of its own (`soak-1` …), each citing one passage of the Day 1 press release.
Upserts and participations change nothing after the first time but the audit trail; each
progress update is a new node, as a curator's would be. So the graph grows by one audit record
per write and one update per `recordProgress`, and by nothing else: a soak measures the
service, not a graph that keeps getting bigger. The writes land in whatever Neo4j the server
uses: point a soak at a server on a Neo4j of its own, never at one whose data matters.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from itertools import cycle

from commitgraph_tools.load_mix import Call, gql

SOAK_COUNT = 10
SOURCE = "oic-summit-day1-press-release"
QUOTE = "A communique was issued"
ACTORS = ("FR", "GB", "IQ", "national-crime-agency")
FIRST_DAY = datetime.date(2025, 9, 1)
WRITE_NAMES = ("gql upsertInitiative", "gql addParticipation", "gql recordProgress")

_CITATION = f'citation: {{source: "{SOURCE}", quote: "{QUOTE}"}}'


def soak_id(n: int) -> str:
    return f"soak-{n}"


def upsert(n: int, key: str | None) -> Call:
    return gql(
        WRITE_NAMES[0],
        f'mutation {{ upsertInitiative(input: {{id: "{soak_id(n)}", name: "Soak initiative {n}", '
        f'summary: "Written by the load test\'s mixed profile.", kind: "programme", {_CITATION}}}) '
        "{ id } }",
        key,
    )


def participation(n: int, key: str | None) -> Call:
    actor = ACTORS[n % len(ACTORS)]
    return gql(
        WRITE_NAMES[1],
        f'mutation {{ addParticipation(input: {{initiative: "{soak_id(n)}", actor: "{actor}", '
        f"role: PARTNER, {_CITATION}}}) {{ id }} }}",
        key,
    )


def progress(n: int, key: str | None) -> Call:
    on = FIRST_DAY + datetime.timedelta(days=n)
    return gql(
        WRITE_NAMES[2],
        f'mutation {{ recordProgress(input: {{initiative: "{soak_id(n)}", status: IN_PROGRESS, '
        f'on: "{on.isoformat()}", {_CITATION}}}) {{ id status }} }}',
        key,
    )


def preparation(editor_keys: Sequence[str]) -> list[Call]:
    """The upserts that make every soak initiative exist before the writes that name them."""
    return [upsert(n, editor_keys[0]) for n in range(1, SOAK_COUNT + 1)]


def mixed_schedule(reads: Sequence[Call], editor_keys: Sequence[str]) -> tuple[Call, ...]:
    """One pass over every soak initiative: per initiative the reads then its three writes,
    the editor keys taking the writes in turn."""
    if not editor_keys:
        raise ValueError("the mixed profile writes: give at least one editor key")
    keys = cycle(editor_keys)
    schedule: list[Call] = []
    for n in range(1, SOAK_COUNT + 1):
        schedule += reads
        schedule += [upsert(n, next(keys)), participation(n, next(keys)), progress(n, next(keys))]
    return tuple(schedule)
