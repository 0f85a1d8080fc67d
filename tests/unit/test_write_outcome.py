"""A write whose commit was lost with Neo4j is told that nobody knows whether it applied.

Killing Neo4j at the right instant cannot be arranged from a test (tests/system/
test_neo4j_killed.py meets the case by chance); the driver's own error for it can.
"""

from __future__ import annotations

import asyncio

import pytest
from neo4j.exceptions import IncompleteCommit

from app.outcomes import UNAVAILABLE, outcome_of
from graph.store.driver import Graph, GraphUnavailable, WriteOutcomeUnknown
from graph.store.settings import GraphSettings


async def _lost_during_commit() -> None:
    raise IncompleteCommit("Connection lost during commit")


def _raised(write: bool) -> GraphUnavailable:
    graph = Graph(GraphSettings())
    with pytest.raises(GraphUnavailable) as raised:
        asyncio.run(graph._guarded("upsertInitiative", _lost_during_commit, write=write))
    return raised.value


def test_a_write_lost_during_its_commit_says_it_may_have_applied() -> None:
    error = _raised(write=True)
    assert isinstance(error, WriteOutcomeUnknown)
    assert "may or may not have been applied" in str(error)
    assert "read it back" in str(error)
    assert outcome_of(error) == UNAVAILABLE


def test_a_read_lost_mid_way_is_plainly_unavailable() -> None:
    error = _raised(write=False)
    assert not isinstance(error, WriteOutcomeUnknown)
    assert str(error) == "Neo4j is unavailable"
