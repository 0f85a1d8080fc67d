"""The load test: a short smoke run in the suite (zero 5xx), its caps, and a 30-second soak.

The 50-client, 60-second run and the 10-minute soak with their numbers are in
docs/BENCHMARKS.md; this keeps the tool honest (every request of its mix is a valid question
the API answers, every write of the soak a valid curation) and the service free of errors under
a little concurrency on every run of the suite. Its loopback-only rule is in
tests/unit/test_loadtest_options.py.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from commitgraph_tools.loadtest import MIX, markdown, memory_markdown, memory_trends, run_load
from commitgraph_tools.soak import SOAK_COUNT, WRITE_NAMES
from neo4j import Driver

from graph.local.server import LocalNeo4j
from graph.store.settings import GraphSettings


async def test_a_short_run_has_no_5xx_and_every_request_of_the_mix_answers(
    live_server: str, seeded_graph: Driver, anonymous_reads: None
) -> None:
    # Bounded by a request count, not by time: on a busy machine three seconds may not be
    # enough for the whole mix. Each client walks the mix in order, so with 4 × len(MIX)
    # requests over 4 clients one of them sends at least len(MIX) in a row: all of it.
    clients = 4
    report = await run_load(
        live_server, clients=clients, seconds=120.0, max_requests=clients * len(MIX)
    )
    assert report.requests == clients * len(MIX)
    assert report.server_errors == 0
    for name, stats in report.by_call.items():
        assert stats.latencies, f"{name} was never sent"
        assert set(stats.statuses) == {200}, (name, stats.statuses)
        assert stats.graphql_errors == 0, name
        assert not stats.transport_errors, (name, stats.transport_errors)
    assert "| **all** |" in markdown(report)


async def test_the_request_cap_ends_a_run_before_the_time_cap(
    live_server: str, seeded_graph: Driver, anonymous_reads: None
) -> None:
    report = await run_load(live_server, clients=4, seconds=60.0, max_requests=17)
    assert report.requests == 17
    assert report.elapsed < 60


async def test_without_a_key_and_without_anonymous_reads_every_request_is_refused(
    live_server: str, seeded_graph: Driver, keys_file: object
) -> None:
    report = await run_load(live_server, clients=2, seconds=60.0, max_requests=8)
    assert set(report.total.statuses) == {401}


@pytest.mark.writes
async def test_a_30_second_soak_of_reads_and_two_editors_writes_has_no_errors_and_records_memory(
    live_server: str,
    seeded_graph: Driver,
    graph_settings: GraphSettings,
    local_neo4j: LocalNeo4j | None,
    keys_file: Path,
    reader_key: str,
    editor_key: str,
) -> None:
    from app.auth import key_store

    second_editor, _ = key_store(keys_file).create("editor", name="second editor")
    pids = {"API": os.getpid()}  # live_server serves from a thread of this process
    neo4j_pid = local_neo4j.status().pid if local_neo4j is not None else None
    if neo4j_pid is not None:
        pids["Neo4j"] = neo4j_pid
    report = await run_load(
        live_server, clients=4, seconds=30.0, api_key=reader_key, profile="mixed",
        editor_keys=[editor_key, second_editor], memory_pids=pids, sample_every=5.0,
    )  # fmt: skip

    assert report.failures == 0, markdown(report)
    for name in (*(call.name for call in MIX), *WRITE_NAMES):
        assert set(report.by_call[name].statuses) == {200}, (name, report.by_call[name])
    # every write that answered success is in the graph, with its audit record
    records, _, _ = seeded_graph.execute_query(
        "RETURN COUNT { MATCH (i:Initiative) WHERE i.id STARTS WITH 'soak-' } AS initiatives, "
        "COUNT { MATCH (i:Initiative)-[:HAS_PROGRESS]->(:ProgressUpdate) "
        "WHERE i.id STARTS WITH 'soak-' } AS updates, "
        "COUNT { MATCH (:Change {operation: 'recordProgress'}) } AS audited",
        database_=graph_settings.neo4j_database,
    )
    [found] = records
    progress = report.by_call[WRITE_NAMES[2]].statuses[200]
    assert found["initiatives"] == SOAK_COUNT
    assert found["updates"] == found["audited"] == progress > 0

    assert report.memory is not None and len(report.memory.samples) >= 3
    trends = {t.name: t for t in memory_trends(report)}
    assert set(trends) == set(pids)
    assert all(t.start > 0 and t.end > 0 and t.peak >= t.end for t in trends.values())
    assert "| API |" in memory_markdown(report)
