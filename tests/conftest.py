"""Fixtures shared by the three tiers: a real Neo4j for the session, and a graph state per test.

`tests/unit` needs no Neo4j (its conftest refuses a test that asks for one),
`tests/integration` runs in this process against the real Neo4j, and `tests/system` runs
commands, servers and browsers as subprocesses. Every fixture that reaches Neo4j is lazy, so
a session that collects only unit tests never starts it.

The suite gets its own managed Neo4j (`.neo4j-test`, Bolt port 7688) so it never wipes the
data of a developer's `make run` instance; under pytest-xdist each worker has one
(`.neo4j-test-gw0` on 7689, `.neo4j-test-gw1` on 7690, ...). With NEO4J_URI set, the tests use that database
instead and wipe it: point it only at a throwaway database.

A test that writes says so with `@pytest.mark.writes`; the seed is then loaded again for the
next test that wants it. Any other test that reaches Neo4j must leave the graph exactly as it
found it, and fails naming what it changed (`graph_left_as_found`).
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import socket
import threading
import time
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("LOCAL_NEO4J_DIR", str(ROOT / ".neo4j-test"))
os.environ.setdefault("LOCAL_NEO4J_PORT", "7688")
# Under pytest-xdist (`make test` runs two workers) each worker gets a Neo4j of its own, in
# the folder and on the port above suffixed by its number, since tests wipe and seed the graph.
WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
if WORKER.startswith("gw"):
    if os.environ.get("NEO4J_URI"):
        raise RuntimeError(
            "NEO4J_URI names one database, which parallel test workers would wipe under each "
            "other: run the tests with `-n 0` (or `make test TEST_WORKERS=0`)"
        )
    _number = int(WORKER[2:])
    os.environ["LOCAL_NEO4J_DIR"] = f"{os.environ['LOCAL_NEO4J_DIR']}-{WORKER}"
    os.environ["LOCAL_NEO4J_PORT"] = str(int(os.environ["LOCAL_NEO4J_PORT"]) + 1 + _number)

import pytest  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from neo4j import Driver, GraphDatabase  # noqa: E402

from app.main import create_app  # noqa: E402
from graph.local.server import LocalNeo4j  # noqa: E402
from graph.migrate.cypher_files import discover  # noqa: E402
from graph.migrate.loader import Loader  # noqa: E402
from graph.store.settings import GraphSettings  # noqa: E402
from tests.support import seed_snapshot  # noqa: E402
from tests.support.fixture_types import Fingerprint, Gql, Terminate  # noqa: E402
from tests.support.graph_state import (  # noqa: E402
    WriteWatch,
    fingerprint_of,
    snapshot,
)
from tests.support.loading import SCHEMA, SCHEMA_AND_SEED  # noqa: E402
from tests.support.relay import CuttableRelay, RelayFactory  # noqa: E402

SOURCE_TEXT = (ROOT / "seed" / "oic-summit-day1-press-release.txt").read_text(encoding="utf-8")


class GraphState:
    """Remembers whether the seed is intact, so read-only tests share one load, and what the
    first load left, so that the seed comes back after a test that wrote without loading
    again (tests/support/seed_snapshot.py)."""

    seeded = False
    seed: seed_snapshot.SeedSnapshot | None = None


@pytest.fixture(scope="session")
def graph_settings() -> GraphSettings:
    return GraphSettings()


@pytest.fixture(scope="session")
def local_neo4j(graph_settings: GraphSettings) -> LocalNeo4j | None:
    return LocalNeo4j(graph_settings) if graph_settings.uses_local_neo4j else None


@pytest.fixture(scope="session")
def neo4j_server(local_neo4j: LocalNeo4j | None) -> Iterator[None]:
    """Start the managed Neo4j for the session (and stop it after, if this session started it)."""
    if local_neo4j is None:
        yield
        return
    was_running = local_neo4j.status().running
    local_neo4j.start()
    yield
    if not was_running:
        local_neo4j.stop()


@pytest.fixture(scope="session")
def driver(neo4j_server: None, graph_settings: GraphSettings) -> Iterator[Driver]:
    """A plain driver for tests to set up and check the graph directly with Cypher."""
    auth = (graph_settings.neo4j_user, graph_settings.neo4j_password)
    with GraphDatabase.driver(
        graph_settings.uri, auth=auth, notifications_min_severity="OFF"
    ) as plain:
        yield plain


def wipe(driver: Driver, database: str) -> None:
    with driver.session(database=database) as session:  # IN TRANSACTIONS needs auto-commit
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume()


@pytest.fixture
def empty_graph(driver: Driver, graph_settings: GraphSettings) -> Driver:
    """No data at all (constraints and indexes stay); the test may write what it likes."""
    wipe(driver, graph_settings.neo4j_database)
    GraphState.seeded = False
    return driver


@pytest.fixture(scope="session")
def shared_seed_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where this run's workers share the seed snapshot: the run's temporary folder (each
    xdist worker's own folder sits inside it), named by the files the seed comes from."""
    base = tmp_path_factory.getbasetemp()
    if WORKER.startswith("gw"):
        base = base.parent
    checksums = "".join(f.checksum for f in discover(SCHEMA_AND_SEED))
    return base / f"seed-{hashlib.sha256(checksums.encode()).hexdigest()[:16]}.pickle"


@pytest.fixture
def seeded_graph(driver: Driver, graph_settings: GraphSettings, shared_seed_file: Path) -> Driver:
    """Schema and seed loaded exactly as `commitgraph load` loads them; tests must not write.
    Once per run through the loader, then from the snapshot of what that load left."""
    if not GraphState.seeded:
        database = graph_settings.neo4j_database
        wipe(driver, database)
        seed = GraphState.seed
        if seed is None:
            GraphState.seed = _first_seed(driver, database, shared_seed_file)
        elif not seed_snapshot.restore(driver, database, seed):
            GraphState.seed = _load_seed(driver, database)
        GraphState.seeded = True
    return driver


def _load_seed(driver: Driver, database: str) -> seed_snapshot.SeedSnapshot:
    Loader(driver, database).load(discover(SCHEMA_AND_SEED))
    return seed_snapshot.take(driver, database)


def _first_seed(driver: Driver, database: str, shared: Path) -> seed_snapshot.SeedSnapshot:
    """This worker's first seed: restored from the snapshot another worker of the run saved
    (on top of the schema files, which a snapshot does not hold), or loaded and saved."""
    with shared.with_suffix(".lock").open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # the other workers wait for the first one's load
        seed = seed_snapshot.read(shared)
        if seed is not None:
            Loader(driver, database).load(discover([SCHEMA]))
            wipe(driver, database)  # the schema files' ledger entries: the snapshot has them
            if seed_snapshot.restore(driver, database, seed):
                return seed
            wipe(driver, database)
        seed = _load_seed(driver, database)
        seed_snapshot.save(seed, shared)
        return seed


#: Under xdist, the tiers in this order: the system tests' few long files first, the many
#: short ones of the unit tier last, so that whichever worker ends first takes the short
#: files and both finish together (`make test` keeps this order: --no-loadscope-reorder).
#: Within a tier, the files that never ask for the seed come first: while one worker loads
#: the seed, the other has work that does not wait for it.
TIER_ORDER = ("system", "integration", "contract", "unit")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if not WORKER.startswith("gw"):
        return
    seeded = {item.path for item in items if "seeded_graph" in getattr(item, "fixturenames", ())}

    def place(item: pytest.Item) -> tuple[int, bool]:
        folder = item.path.parent.name
        tier = TIER_ORDER.index(folder) if folder in TIER_ORDER else len(TIER_ORDER)
        return tier, item.path in seeded

    items.sort(key=place)  # stable: files keep their order within a tier


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite tests/unit/golden/ with what the compiler gives now (also UPDATE_GOLDEN=1)",
    )


WATCH = pytest.StashKey[WriteWatch]()
_WATCHES: dict[str, WriteWatch] = {}  # one per database, kept across the session's tests


@pytest.fixture(autouse=True)
def graph_left_as_found(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test marked `writes` leaves the graph to be seeded again; any other test that reaches
    Neo4j is watched: `pytest_runtest_call` below compares the graph before and after its body
    (after its fixtures set the graph up, so a fixture's load or wipe is not the test's)."""
    if "neo4j_server" not in request.fixturenames:
        yield  # no Neo4j in this test: a unit test, or a command pointed elsewhere
        return
    if request.node.get_closest_marker("writes"):
        yield
        GraphState.seeded = False
        return
    driver: Driver = request.getfixturevalue("driver")
    database = request.getfixturevalue("graph_settings").neo4j_database
    if database not in _WATCHES:
        local: LocalNeo4j | None = request.getfixturevalue("local_neo4j")
        log_dir = local.data_dir / "transactions" / database if local is not None else None
        _WATCHES[database] = WriteWatch(lambda: snapshot(driver, database), log_dir)
    request.node.stash[WATCH] = _WATCHES[database]
    yield


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, object, object]:
    watch = item.stash.get(WATCH, None)
    if watch is None:
        return (yield)
    before = watch.before()
    try:
        outcome = yield
    except BaseException:  # its own failure is the one reported
        try:
            changed = bool(watch.changes_since(before))
        except Exception:  # Neo4j itself may be what the test broke
            watch.known = None
            changed = True
        if changed:
            GraphState.seeded = False  # the next test that wants the seed gets it again
        raise
    changes = watch.changes_since(before)
    if changes:
        GraphState.seeded = False  # so that the tests after it start from the seed again
        raise AssertionError(
            f"{item.name} changed the graph but is not marked @pytest.mark.writes:\n  "
            + "\n  ".join(changes)
        )
    return outcome


@pytest.fixture
def fingerprint(driver: Driver, graph_settings: GraphSettings) -> Fingerprint:
    """What the graph holds, to compare before and after: every node (label, id) and every
    relationship (start, type, role, end, and the citation it carries), sorted."""
    return lambda: fingerprint_of(driver, graph_settings.neo4j_database)


@pytest.fixture
def client(neo4j_server: None, graph_settings: GraphSettings) -> Iterator[TestClient]:
    with TestClient(create_app(graph_settings)) as test_client:
        yield test_client


@pytest.fixture
def relay(neo4j_server: None, graph_settings: GraphSettings) -> Iterator[RelayFactory]:
    """Relays to the suite's Neo4j (tests/support/relay.py), to lose it without stopping it;
    closed after the test."""
    target = urlparse(graph_settings.uri)
    if target.scheme != "bolt":
        pytest.skip("a relay only stands in for a direct bolt:// server, not a routing one")
    made: list[CuttableRelay] = []

    def make(
        cut_at: str | None = None, comes_back: bool = True, at_commit: bool = False
    ) -> CuttableRelay:
        assert target.hostname and target.port
        upstream = (target.hostname, target.port)
        statement = None if cut_at is None else cut_at.encode()
        made.append(CuttableRelay(upstream, statement, comes_back, at_commit))
        return made[-1]

    yield make
    for each in made:
        each.close()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="session")
def live_server(neo4j_server: None, graph_settings: GraphSettings) -> Iterator[str]:
    """The app served by a real uvicorn on a free loopback port, for browsers and load."""
    import uvicorn

    port = _free_port()
    config = uvicorn.Config(
        create_app(graph_settings), host="127.0.0.1", port=port, log_level="warning"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


# --- API keys (app/auth.py) ---------------------------------------------------------------
# `keys_file` points the settings (and the environment, for CLI subprocesses) at an empty keys
# file in tmp_path, with anonymous reads off; every app, including the `client` fixture's, reads
# both per request, so the order of fixtures does not matter. `admin_key`, `editor_key` and
# `reader_key` are live keys in that file: send them as {"Authorization": f"Bearer {key}"}.


@pytest.fixture
def keys_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    from app.settings import get_api_settings

    path = tmp_path / "keys.json"
    monkeypatch.setenv("API_KEYS_FILE", str(path))
    monkeypatch.setenv("ANONYMOUS_READS", "false")
    monkeypatch.setattr(get_api_settings(), "api_keys_file", path)
    monkeypatch.setattr(get_api_settings(), "anonymous_reads", False)
    return path


def _new_key(keys_file: Path, role: str) -> str:
    from app.auth import key_store

    key, _ = key_store(keys_file).create(role, name=f"test {role}")
    return key


@pytest.fixture
def admin_key(keys_file: Path) -> str:
    return _new_key(keys_file, "admin")


@pytest.fixture
def editor_key(keys_file: Path) -> str:
    return _new_key(keys_file, "editor")


@pytest.fixture
def reader_key(keys_file: Path) -> str:
    return _new_key(keys_file, "reader")


# --- GraphQL ---------------------------------------------------------------------------------


@pytest.fixture
def anonymous_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keyless requests read, as under `make run`."""
    from app.settings import get_api_settings

    monkeypatch.setattr(get_api_settings(), "anonymous_reads", True)


@pytest.fixture
def gql(client: TestClient, seeded_graph: Driver, anonymous_reads: None) -> Gql:
    """POST a GraphQL query against the seeded graph; returns (status, body)."""

    def run(
        query: str, variables: dict[str, Any] | None = None, **headers: str
    ) -> tuple[int, dict[str, Any]]:
        response = client.post(
            "/graphql", json={"query": query, "variables": variables or {}}, headers=headers
        )
        return response.status_code, response.json()

    return run


@pytest.fixture
def terminate(driver: Driver, graph_settings: GraphSettings) -> Terminate:
    """End, as an operator would (`TERMINATE TRANSACTIONS`), the transactions that `where`
    (a condition on `SHOW TRANSACTIONS`' `status` and `currentQuery`) picks, once one shows."""

    def run(where: str) -> None:
        database = graph_settings.neo4j_database
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            records, _, _ = driver.execute_query(
                "SHOW TRANSACTIONS YIELD transactionId, status, currentQuery "
                f"WHERE {where} RETURN transactionId",
                database_=database,
            )
            if records:
                ids = [record["transactionId"] for record in records]
                driver.execute_query("TERMINATE TRANSACTIONS $ids", ids=ids, database_=database)
                return
            time.sleep(0.05)
        raise AssertionError(f"no transaction where {where} showed in 10 s")

    return run
