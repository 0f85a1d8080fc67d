"""Neo4j going away in the middle of `commitgraph load` and `commitgraph-dev synth`.

The data team must be able to trust a load that was cut off as much as one that finished:
what of the file under way can be in the graph, one line that says so and what to do, and a
second run that finishes the job. The connection is cut for real: the command talks to
Neo4j through a loopback TCP relay (tests/support/relay.py) that drops every connection the
moment the client sends a chosen statement, as a dying server or a broken network does. Then
the relay either refuses all new connections (Neo4j gone) or lets them through again (a blip
the driver retries).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from commitgraph_tools.synth import SynthSpec, build_corpus
from neo4j import Driver

from graph.migrate.cypher_files import discover
from graph.migrate.loader import Loader
from graph.store.driver import blocking_driver
from graph.store.settings import GraphSettings
from tests.conftest import GraphState, wipe
from tests.support.graph_state import fingerprint_of
from tests.support.loading import SCHEMA_AND_SOME_SEED, seed_file
from tests.support.relay import RelayFactory

#: Every test here writes to the graph (a synthetic corpus, or a load into an empty graph).
pytestmark = pytest.mark.writes

ROOT = Path(__file__).resolve().parents[2]
SEED_DATA = seed_file(2)
#: What each load here is given: many files, the schema first and SEED_DATA second.
LOADED = [str(path) for path in SCHEMA_AND_SOME_SEED]


def _cli(*args: str, uri: str) -> subprocess.CompletedProcess[str]:
    """A `commitgraph` command as a person runs it, against the Neo4j at `uri`.

    The retry budget is 1 s instead of 5 so that "Neo4j gone" ends quickly; the blip needs
    far less than that to be retried.
    """
    env = {**os.environ, "NEO4J_MAX_RETRY_TIME": "1", "NEO4J_URI": uri}
    return subprocess.run(
        [sys.executable, "-m", "commitgraph_tools.cli" if args[0] == "synth" else "app.cli", *args],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip


def _ledger(driver: Driver, database: str | None) -> list[int]:
    records, _, _ = driver.execute_query(
        "MATCH (m:__Migration) RETURN m.version AS version ORDER BY version", database_=database
    )
    return [r["version"] for r in records]


def _said(run: subprocess.CompletedProcess[str]) -> str:
    return " ".join(run.stderr.split())


GraphNow = Callable[[], tuple[Any, list[int]]]


def _graph_now(driver: Driver, database: str | None) -> tuple[Any, list[int]]:
    """What the graph holds and which files its ledger records, to compare."""
    return fingerprint_of(driver, database), _ledger(driver, database)


@pytest.fixture
def graph_now(driver: Driver, graph_settings: GraphSettings) -> GraphNow:
    return lambda: _graph_now(driver, graph_settings.neo4j_database)


@pytest.fixture(scope="module")
def uncut_load(driver: Driver, graph_settings: GraphSettings) -> tuple[Any, list[int]]:
    """The graph and ledger that an uninterrupted load of the same files gives, loaded as
    `commitgraph load` loads them; once for the module."""
    database = graph_settings.neo4j_database
    wipe(driver, database)
    GraphState.seeded = False
    Loader(driver, database).load(discover(SCHEMA_AND_SOME_SEED))
    return _graph_now(driver, database)


@pytest.fixture
def as_loaded(uncut_load: tuple[Any, list[int]], empty_graph: Driver) -> tuple[Any, list[int]]:
    """The graph and ledger an uninterrupted load gives; the test then starts from an empty
    graph (constraints and indexes stay, as after any wipe)."""
    return uncut_load


def _middle_statement_of_the_seed() -> str:
    [seed] = discover([SEED_DATA])
    statements = seed.statements
    assert len(statements) > 10  # a cut in the middle leaves statements run on either side
    return statements[len(statements) // 2].text


def test_a_load_cut_off_mid_file_leaves_none_of_that_file_and_a_second_run_completes_it(
    as_loaded: tuple[Any, list[int]], relay: RelayFactory, graph_now: GraphNow,
    graph_settings: GraphSettings,
) -> None:  # fmt: skip
    gone = relay(_middle_statement_of_the_seed(), False)

    cut_off = _cli("load", *LOADED, uri=gone.uri)

    assert gone.was_cut.is_set()
    assert cut_off.returncode == 1, cut_off.stderr
    assert "Traceback" not in cut_off.stderr
    assert "neo4j.io" not in cut_off.stderr  # the driver's connection-level noise
    said = _said(cut_off)
    assert f"error {SEED_DATA}: Neo4j stopped answering while this file was being applied" in said
    assert "nothing of this file is in the graph" in said
    assert "1 file before it in this load was applied" in said
    assert "Run the same load again once Neo4j answers" in said
    assert f"(Neo4j: bolt://127.0.0.1:{gone.port})" in said
    assert graph_now() == (([], []), [1])  # the schema file's entry, and nothing of the seed

    again = _cli("load", *LOADED, uri=graph_settings.uri)

    assert again.returncode == 0, again.stderr
    assert graph_now() == as_loaded


def test_a_connection_cut_once_mid_file_is_retried_and_the_load_completes_as_if_never_cut(
    as_loaded: tuple[Any, list[int]], relay: RelayFactory, graph_now: GraphNow
) -> None:
    blip = relay(_middle_statement_of_the_seed(), True)

    run = _cli("load", *LOADED, uri=blip.uri)

    assert blip.was_cut.is_set()
    assert run.returncode == 0, run.stderr
    assert "warning neo4j.session: Transaction failed and will be retried in" in run.stderr
    assert graph_now() == as_loaded  # each statement's effect once, not twice


def test_a_load_cut_off_during_its_commit_says_the_ledger_knows_and_a_second_run_completes_it(
    as_loaded: tuple[Any, list[int]], relay: RelayFactory, graph_now: GraphNow,
    graph_settings: GraphSettings,
) -> None:  # fmt: skip
    """The one failure where nobody knows what happened: the COMMIT reached Neo4j, its answer
    did not reach us. The file's ledger entry commits with it or not at all, so a second
    load either skips the file or applies it whole."""
    gone = relay(_middle_statement_of_the_seed(), False, at_commit=True)

    cut_off = _cli("load", *LOADED, uri=gone.uri)

    assert gone.was_cut.is_set()
    assert cut_off.returncode == 1, cut_off.stderr
    assert "Traceback" not in cut_off.stderr
    said = _said(cut_off)
    assert f"error {SEED_DATA}: Neo4j stopped answering while this file was being applied" in said
    assert "so Neo4j may or may not have applied it; the ledger knows" in said
    (nodes, _), applied = graph_now()
    assert (2 in applied) == bool(nodes)  # the file's data and its ledger entry, or neither

    again = _cli("load", *LOADED, uri=graph_settings.uri)

    assert again.returncode == 0, again.stderr
    assert graph_now() == as_loaded


def test_a_retried_file_takes_its_progress_back_so_the_bar_ends_at_the_total(
    empty_graph: Driver, relay: RelayFactory, graph_settings: GraphSettings
) -> None:
    blip = relay(_middle_statement_of_the_seed(), True)
    files = discover(SCHEMA_AND_SOME_SEED)
    steps: list[int] = []
    settings = graph_settings.model_copy(update={"neo4j_uri": blip.uri})

    with blocking_driver(settings) as driver:
        Loader(driver, settings.neo4j_database).load(files, progress=lambda _, n: steps.append(n))

    assert blip.was_cut.is_set()
    assert any(n < 0 for n in steps)  # the seed file, started over
    assert sum(steps) == sum(len(f.statements) for f in files)


def test_a_synth_cut_off_mid_write_says_so_and_its_remedies_leave_the_seed_as_it_was(
    seeded_graph: Driver, relay: RelayFactory, fingerprint: Callable[[], Any],
    graph_settings: GraphSettings,
) -> None:  # fmt: skip
    before = fingerprint()
    steps = build_corpus(SynthSpec(scale=0.05)).steps
    third = steps[2]  # two steps are committed when the third is cut off
    gone = relay(third.cypher, False)

    cut_off = _cli("synth", "--scale", "0.05", uri=gone.uri)

    assert gone.was_cut.is_set()
    assert cut_off.returncode == 1, cut_off.stderr
    assert "Traceback" not in cut_off.stderr
    said = _said(cut_off)
    assert (
        f"Neo4j at bolt://127.0.0.1:{gone.port} stopped answering while the synth was "
        f"writing {third.label}"
    ) in said
    assert "part of the corpus may be in the database" in said
    assert "`commitgraph-dev synth --clean`" in said
    assert fingerprint() != before  # the first steps' batches committed

    again = _cli("synth", "--scale", "0.05", uri=graph_settings.uri)
    cleaned = _cli("synth", "--clean", uri=graph_settings.uri)

    assert again.returncode == 0, again.stderr
    assert cleaned.returncode == 0, cleaned.stderr
    assert fingerprint() == before
