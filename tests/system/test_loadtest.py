"""The load test: a short smoke run in the suite (zero 5xx) and its caps.

The 50-client, 60-second run and its numbers are in docs/BENCHMARKS.md; this keeps the tool
honest (every request of its mix is a valid question the API answers) and the service free
of 5xx under a little concurrency on every run of the suite. Its loopback-only rule is in
tests/unit/test_loadtest_options.py.
"""

from __future__ import annotations

from commitgraph_tools.loadtest import MIX, markdown, run_load
from neo4j import Driver


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
