"""Neo4j killed outright (SIGKILL) in the middle of a load and of a burst of curation writes.

The managed local Neo4j is killed, as the kernel's OOM killer or a power cut would, then
started again; its recovery must leave the ledger and the graph agreeing. For a load: every
file the ledger records is in the graph whole, every other file not at all, and running the
load again finishes it. For curation: every mutation that answered success is in the graph
with its audit record, and none that answered an error is there.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from neo4j import Driver

from graph.local.server import LocalNeo4j
from graph.migrate.cypher_files import discover
from graph.migrate.loader import Loader
from graph.store.settings import GraphSettings
from tests.conftest import ROOT, wipe
from tests.support.loading import SCHEMA_AND_SOME_SEED, seed_file

SOURCE = "oic-summit-day1-press-release"
CITE = f'citation: {{source: "{SOURCE}", quote: "A communique was issued"}}'


@pytest.fixture
def killable(local_neo4j: LocalNeo4j | None, neo4j_server: None) -> LocalNeo4j:
    if local_neo4j is None:
        pytest.skip("kills the managed local Neo4j; NEO4J_URI names another one")
    return local_neo4j


def kill_and_restart(neo4j: LocalNeo4j) -> None:
    pid = neo4j.status().pid
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    while neo4j.status().pid is not None:
        time.sleep(0.05)
    with contextlib.suppress(ChildProcessError):  # started by this process: reap it
        os.waitpid(pid, 0)
    port = neo4j.settings.local_neo4j_port
    while True:  # the JVM's last threads may still hold the port for a moment
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) != 0:
                break
        time.sleep(0.05)
    neo4j.start()  # recovery runs here, from the transaction log


def ledger(driver: Driver, database: str) -> list[int]:
    records, _, _ = driver.execute_query(
        "MATCH (m:__Migration) RETURN m.version AS v ORDER BY v", database_=database
    )
    return [record["v"] for record in records]


#: Many files, with a long data file late among them for the kill to land in: V201, 73
#: statements in one transaction, after thirteen other files.
LONG_FILE = 201
MANY_FILES = [*SCHEMA_AND_SOME_SEED, seed_file(101), seed_file(LONG_FILE)]


def a_transaction_open_for(driver: Driver, database: str, ms: int) -> bool:
    """Whether a transaction (not this query's) has been open for at least `ms`."""
    records, _, _ = driver.execute_query(
        "SHOW TRANSACTIONS YIELD currentQuery, elapsedTime "
        "WHERE elapsedTime.milliseconds >= $ms AND NOT currentQuery STARTS WITH 'SHOW' "
        "RETURN count(*) AS open",
        ms=ms,
        database_=database,
    )
    return bool(records[0]["open"])


def load(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "app.cli", "load", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "NEO4J_MAX_RETRY_TIME": "1"},
    )


@pytest.mark.writes
def test_neo4j_killed_mid_load_leaves_whole_files_only_and_a_second_load_finishes(
    killable: LocalNeo4j,
    empty_graph: Driver,
    graph_settings: GraphSettings,
    fingerprint: Callable[[], Any],
) -> None:
    """Many files: the kill lands after thirteen of them, while the long file's transaction has
    run some of its statements, so recovery must drop them all."""
    database = graph_settings.neo4j_database
    paths = [str(path) for path in MANY_FILES]
    files = discover(MANY_FILES)
    before_long = [f.version for f in files if f.version < LONG_FILE]
    running = load(*paths)
    deadline = time.monotonic() + 300
    while not (
        ledger(empty_graph, database) == before_long
        and a_transaction_open_for(empty_graph, database, 300)
    ):
        assert running.poll() is None, ("the load ended before the kill", running.communicate())
        assert time.monotonic() < deadline, "the load did not reach the long file in 300 s"
        time.sleep(0.02)
    kill_and_restart(killable)
    _, said = running.communicate(timeout=120)
    assert running.returncode == 1, said
    assert "Traceback" not in said

    applied = ledger(empty_graph, database)
    assert len(before_long) <= len(applied) < len(files)
    crashed = fingerprint()

    again = subprocess.run(
        [sys.executable, "-m", "app.cli", "load", *paths],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    assert again.returncode == 0, again.stderr
    assert ledger(empty_graph, database) == sorted(f.version for f in files)

    # What the crash left is exactly what loading the files in its ledger gives: whole files.
    wipe(empty_graph, database)
    Loader(empty_graph, database).load([f for f in files if f.version in applied])
    assert fingerprint() == crashed


@pytest.mark.writes
def test_neo4j_killed_mid_curation_keeps_every_acknowledged_write_and_no_refused_one(
    killable: LocalNeo4j,
    live_server: str,
    seeded_graph: Driver,
    editor_key: str,
    graph_settings: GraphSettings,
) -> None:
    answers: dict[str, tuple[int, Any]] = {}
    stop = threading.Event()

    def burst() -> None:
        with httpx.Client(timeout=30) as http:
            for number in range(400):
                if stop.is_set():
                    return
                initiative = f"burst-{number:03d}"
                document = (
                    f'mutation {{ upsertInitiative(input: {{id: "{initiative}", '
                    f'name: "Burst {number}", summary: "S", kind: "agreement", {CITE}}}) '
                    "{ id } }"
                )
                try:
                    response = http.post(
                        f"{live_server}/graphql",
                        json={"query": document},
                        headers={"Authorization": f"Bearer {editor_key}"},
                    )
                    answers[initiative] = (response.status_code, response.json())
                except httpx.HTTPError as error:
                    answers[initiative] = (0, str(error))

    writer = threading.Thread(target=burst)
    writer.start()
    deadline = time.monotonic() + 120
    while sum(1 for code, _ in answers.values() if code == 200) < 10:
        assert time.monotonic() < deadline and writer.is_alive(), answers
        time.sleep(0.02)
    asked_before_the_kill = len(answers)
    kill_and_restart(killable)
    time.sleep(1)  # some mutations answer errors while Neo4j is down or just back
    stop.set()
    writer.join(timeout=120)

    succeeded = sorted(
        i for i, (code, body) in answers.items() if code == 200 and "errors" not in body
    )
    failed = sorted(i for i in answers if i not in succeeded)
    # the kill fell inside the burst: writes were asked after it (the driver may carry one in
    # flight across the restart and answer it, so a refused write is not required)
    assert len(succeeded) >= 10 and len(answers) > asked_before_the_kill, answers
    records, _, _ = seeded_graph.execute_query(
        "MATCH (i:Initiative) WHERE i.id STARTS WITH 'burst-' "
        "RETURN i.id AS id, COUNT { (:Change)-[:CHANGED]->(i) } AS audits",
        database_=graph_settings.neo4j_database,
    )
    found = {record["id"]: record["audits"] for record in records}
    assert {i: found.get(i) for i in succeeded} == dict.fromkeys(succeeded, 1)
    # A write whose commit was under way when Neo4j died may have been applied: its answer
    # says that it is not known. Every other failed write is not in the graph.
    unknown = [i for i in failed if _applied_unknown(answers[i][1])]
    assert [i for i in failed if i in found and i not in unknown] == []
    assert all(found.get(i, 1) == 1 for i in unknown)


def _applied_unknown(body: Any) -> bool:
    errors = body.get("errors", []) if isinstance(body, dict) else []
    return any(e.get("extensions", {}).get("applied") == "unknown" for e in errors)
