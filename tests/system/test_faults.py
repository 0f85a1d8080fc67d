"""Neo4j going away while the service serves: 503 within a bounded time, then recovery.

The real Neo4j is stopped (and, separately, frozen with SIGSTOP, so that it accepts TCP
connections but never answers) while a real uvicorn serves GraphQL and REST. Every request
must come back, with 503 and `SERVICE_UNAVAILABLE` (GraphQL) or a JSON reason (REST), within
a bound derived from the driver settings; none may hang or turn into a 500. When Neo4j is
back, the same server process answers again: nothing is restarted but Neo4j.

The bound is generous on purpose: it is there to catch a hang, not to measure speed.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
from neo4j import Driver

from graph.local.server import LocalNeo4j
from graph.store.driver import request_deadline
from graph.store.settings import GraphSettings

GRAPHQL = {"query": '{ country(id: "FR") { name partners { country { id } } } }'}
REST = [
    ("/api/v1/network", {"focus": "FR"}),
    ("/api/v1/search", {"q": "border"}),
    ("/api/v1/nodes/FR", {}),
    ("/api/v1/nodes", {"type": "Country"}),
    ("/api/v1/export.json", {"focus": "FR"}),
    ("/api/v1/export.ndjson", {}),  # streamed: its first batch is read before it answers
]


def hang_bound(settings: GraphSettings) -> float:
    """The longest a request may take with Neo4j gone: the driver's deadline, and slack.

    `request_deadline` is the transaction timeout plus the retry time (plus 2 s): with Neo4j
    stopped, connecting fails at once and the retries use up the retry time; with Neo4j
    frozen, the client-side deadline ends the wait. Connection and acquisition timeouts are
    shorter than either, and the 10 s on top absorb a loaded CI machine.
    """
    return request_deadline(settings) + 10.0


@pytest.fixture
def own_neo4j(local_neo4j: LocalNeo4j | None) -> LocalNeo4j:
    if local_neo4j is None:
        pytest.skip("NEO4J_URI points at a database this suite does not run, so cannot stop")
    return local_neo4j


@pytest.fixture
def http(live_server: str, seeded_graph: Driver, anonymous_reads: None) -> Iterator[httpx.Client]:
    # the client's own timeout is far beyond the bound: a hang shows as a failed bound, not
    # as an httpx error
    with httpx.Client(base_url=live_server, timeout=120) as client:
        yield client


def timed(call: Any, *args: Any, **kwargs: Any) -> tuple[httpx.Response, float]:
    started = time.monotonic()
    response = call(*args, **kwargs)
    return response, time.monotonic() - started


#: A Neo4j just started answers its first questions slowly, its caches and query plans cold,
#: so under the background traffic one may run past the request timeout (504) for a while.
WARM_UP_S = 90.0


def served_again_within(http: httpx.Client, seconds: float) -> None:
    """Every question is answered again, by the same process, before `seconds` have passed;
    until then an answer may only be 503 or 504, never an error of another kind."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            assert_all_served(http)
            return
        except AssertionError:
            if time.monotonic() > deadline:
                raise
        time.sleep(1)


def assert_all_served(http: httpx.Client) -> None:
    response = http.post("/graphql", json=GRAPHQL)
    assert response.status_code == 200, response.text
    assert response.json()["data"]["country"]["name"] == "France"
    for path, params in REST:
        response = http.get(path, params=params)
        assert response.status_code == 200, (path, response.text[:200])
    assert http.get("/readyz").status_code == 200


def assert_all_unavailable(http: httpx.Client, bound: float) -> None:
    """Every kind of request at once (each one waits out the driver's retries)."""
    with ThreadPoolExecutor(max_workers=len(REST) + 2) as pool:
        graphql = pool.submit(timed, http.post, "/graphql", json=GRAPHQL)
        rest = {path: pool.submit(timed, http.get, path, params=params) for path, params in REST}
        ready = pool.submit(timed, http.get, "/readyz")
    response, elapsed = graphql.result()
    assert response.status_code == 503, response.text
    codes = {e["extensions"]["code"] for e in response.json()["errors"]}
    assert codes == {"SERVICE_UNAVAILABLE"}
    assert elapsed < bound, f"GraphQL took {elapsed:.1f} s with Neo4j down (bound {bound} s)"
    for path, future in rest.items():
        response, elapsed = future.result()
        assert response.status_code == 503, (path, response.text[:200])
        body = response.json()
        assert body["error"] == "unavailable" and "Neo4j" in body["reason"], path
        assert response.headers.get("retry-after"), path
        assert elapsed < bound, f"{path} took {elapsed:.1f} s with Neo4j down (bound {bound} s)"
    response, elapsed = ready.result()
    assert response.status_code == 503 and elapsed < bound
    assert http.get("/healthz").status_code == 200  # the process itself is fine


class Traffic:
    """Requests in a loop on a few threads, recording what each got and how long it took."""

    def __init__(self, base_url: str, workers: int = 3) -> None:
        self.base_url = base_url
        self.results: list[tuple[str, int, float]] = []
        self.stop = threading.Event()
        self.threads = [
            threading.Thread(target=self._run, args=(n,), daemon=True) for n in range(workers)
        ]

    def _run(self, offset: int) -> None:
        with httpx.Client(base_url=self.base_url, timeout=120) as client:
            turn = offset
            while not self.stop.is_set():
                path, params = REST[turn % len(REST)]
                if turn % 2:
                    response, elapsed = timed(client.post, "/graphql", json=GRAPHQL)
                    self.results.append(("graphql", response.status_code, elapsed))
                else:
                    response, elapsed = timed(client.get, path, params=params)
                    self.results.append((path, response.status_code, elapsed))
                turn += 1

    @contextmanager
    def running(self) -> Iterator[Traffic]:
        for thread in self.threads:
            thread.start()
        try:
            yield self
        finally:
            self.stop.set()
            for thread in self.threads:
                thread.join(timeout=120)


def test_neo4j_stopped_mid_serving_gives_503_in_bounded_time_then_recovers(
    own_neo4j: LocalNeo4j, http: httpx.Client, live_server: str, graph_settings: GraphSettings
) -> None:
    bound = hang_bound(graph_settings)
    assert_all_served(http)
    with Traffic(live_server).running() as traffic:
        time.sleep(0.5)
        own_neo4j.stop()
        try:
            assert_all_unavailable(http, bound)
        finally:
            own_neo4j.start()
        served_again_within(http, WARM_UP_S)  # the same process, reconnected by itself
    assert traffic.results, "the background traffic made no request"
    statuses = {status for _, status, _ in traffic.results}
    # 504: a question the just-restarted, cold Neo4j could not answer inside the timeout
    assert statuses <= {200, 503, 504}, [
        r for r in traffic.results if r[1] >= 500 and r[1] not in (503, 504)
    ]
    assert 503 in statuses
    slowest = max(elapsed for _, _, elapsed in traffic.results)
    assert slowest < bound, f"a request took {slowest:.1f} s (bound {bound} s)"


def test_neo4j_frozen_gives_503_in_bounded_time_then_recovers(
    own_neo4j: LocalNeo4j, http: httpx.Client, graph_settings: GraphSettings
) -> None:
    """SIGSTOP: the port still accepts connections, but nothing ever answers on them."""
    pid = own_neo4j.status().pid
    assert pid is not None
    assert_all_served(http)
    os.kill(pid, signal.SIGSTOP)
    try:
        assert_all_unavailable(http, hang_bound(graph_settings))
    finally:
        os.kill(pid, signal.SIGCONT)
    assert_all_served(http)
