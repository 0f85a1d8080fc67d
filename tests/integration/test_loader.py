"""`commitgraph load`: a data file applies whole or not at all, and the ledger remembers it.

The data team must be able to trust a load without looking at the graph: a bad statement
anywhere leaves nothing of its file behind and says where it is, an applied file cannot
change under the ledger's feet, and two loads at once still apply a file once. Everything
here runs in this process against the real Neo4j; the command itself is in
tests/system/test_load_command.py, and splitting files into statements in
tests/unit/test_cypher_files.py. Ad-hoc Cypher files are written to `tmp_path`, with versions
from 101 up so they never meet the project's own files.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest
from neo4j import Driver, GraphDatabase, ManagedTransaction
from neo4j.exceptions import Neo4jError
from neo4j.time import DateTime

from graph.migrate.cypher_files import FILE_NAME, CypherFile, discover
from graph.migrate.loader import Loader, LoadError, apply_rows
from graph.migrate.verify import FileFacts, recompute_statuses
from graph.store.settings import GraphSettings
from tests.support.graph_state import snapshot
from tests.support.loading import (
    BROKEN_FILES,
    ROWS_CYPHER,
    SCHEMA,
    SCHEMA_AND_SEED,
    SCHEMA_AND_SOME_SEED,
    THIRD_STATEMENT_IS_A_SYNTAX_ERROR,
    counts,
    ledger,
    ledger_versions,
    load,
    probes,
    rows_of,
    sha256,
    write_file,
    write_rows,
)


@pytest.fixture
def schema_graph(empty_graph: Driver) -> Driver:
    """An empty graph with the project's constraints, for tests that need them to bite."""
    load(empty_graph, SCHEMA)
    return empty_graph


# -- loading twice -------------------------------------------------------------------------


def test_loading_schema_and_seed_twice_changes_no_count_and_skips_every_file(
    seeded_graph: Driver,
) -> None:
    """The seeded graph is the first load: schema and seed as `commitgraph load` left them."""
    files = discover(list(SCHEMA_AND_SEED))
    assert ledger_versions(seeded_graph) == [f.version for f in files]
    after_first = counts(seeded_graph)
    assert after_first["node Initiative"] > 0

    second = load(seeded_graph, *SCHEMA_AND_SEED)

    assert [o.status for o in second.outcomes] == ["skipped"] * len(files)
    assert sum(second.totals.values()) == 0
    assert counts(seeded_graph) == after_first


@pytest.mark.writes
def test_the_corpus_run_again_without_its_ledger_entries_creates_nothing(
    seeded_graph: Driver,
) -> None:
    """Every file from V100 on MERGEs on ids, and its relationships on their ends and source, so
    even a forced second run leaves the graph as it was. V002 and V012 predate that rule (check
    refuses it in new files) and are left out: re-applied, they would take over the corpus's
    relationships with the same ends. The seeded graph is the first run, a checked load: so
    the second run is followed by what such a load does after each file, deriving the status
    of each initiative the file touched from its latest dated step."""
    before = snapshot(seeded_graph)
    corpus = [f.version for f in discover(list(SCHEMA_AND_SEED)) if f.version >= 100]
    assert len(corpus) >= 30
    seeded_graph.execute_query(
        "MATCH (m:__Migration) WHERE m.version IN $versions DELETE m", versions=corpus
    )

    again = load(seeded_graph, *SCHEMA_AND_SEED)
    derive_statuses(seeded_graph, [o.file for o in again.outcomes if o.status == "applied"])

    reapplied = sorted(o.file.version for o in again.outcomes if o.status == "applied")
    assert reapplied == sorted(corpus)
    # V210 writes the NCA's take-downs as an initiative (its citation and implementer link)
    # and V217 turns it into a Figure and deletes it: run again, the pair writes and deletes
    # those three things once more, and nothing else is created or deleted
    totals = again.totals
    assert (totals["nodes_created"], totals["nodes_deleted"]) == (1, 1)
    assert (totals["relationships_created"], totals["relationships_deleted"]) == (2, 2)
    after = snapshot(seeded_graph)
    assert after.rels == before.rels
    assert without_ledger(after.nodes) == without_ledger(before.nodes)


def derive_statuses(driver: Driver, files: list[CypherFile]) -> None:
    def work(tx: ManagedTransaction) -> None:
        for file in files:
            recompute_statuses(tx, FileFacts.of(file))

    with driver.session(database="neo4j") as session:
        session.execute_write(work)


def without_ledger(nodes: dict[str, tuple[tuple[str, ...], str]]) -> dict[str, Any]:
    """The ledger and its lock say when each file was applied, which a second run rewrites."""
    return {key: node for key, node in nodes.items() if not node[0][0].startswith("__")}


# -- a failing statement -------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(BROKEN_FILES))
def test_a_file_whose_third_statement_fails_leaves_nothing_and_names_file_and_line(
    schema_graph: Driver, tmp_path: Path, kind: str
) -> None:
    text, line, neo4j_words = BROKEN_FILES[kind]
    path = write_file(tmp_path, "V101__third_statement_fails.cypher", text)

    with pytest.raises(LoadError) as failure:
        load(schema_graph, path)

    message = str(failure.value)
    assert f"{path}:{line}:" in message
    assert neo4j_words in message
    assert probes(schema_graph) == []
    assert rows_of(schema_graph, "MATCH (c:Country {id: 'ZZ'}) RETURN c") == []
    assert 101 not in ledger_versions(schema_graph)


# -- an applied file that was edited -------------------------------------------------------


@pytest.mark.writes
def test_an_applied_file_that_was_edited_is_refused_and_nothing_is_applied(
    empty_graph: Driver, tmp_path: Path
) -> None:
    path = write_file(tmp_path, "V101__probes.cypher", "MERGE (:LoaderProbe {id: 'a'});\n")
    load(empty_graph, tmp_path)
    recorded = ledger(empty_graph)
    path.write_text(
        "MERGE (:LoaderProbe {id: 'a'});\nMERGE (:LoaderProbe {id: 'b'});\n", encoding="utf-8"
    )
    write_file(tmp_path, "V102__later.cypher", "MERGE (:LoaderProbe {id: 'later'});\n")

    with pytest.raises(LoadError) as failure:
        load(empty_graph, tmp_path)

    assert str(path) in str(failure.value)
    assert "--repair" in str(failure.value)
    assert probes(empty_graph) == ["a"]
    assert ledger(empty_graph) == recorded


# -- dry run -------------------------------------------------------------------------------


def test_a_dry_run_checks_every_file_and_writes_nothing(empty_graph: Driver) -> None:
    before = counts(empty_graph)
    files = discover(SCHEMA_AND_SOME_SEED)

    report = load(empty_graph, *SCHEMA_AND_SOME_SEED, dry_run=True)

    assert [(o.file.version, o.status) for o in report.outcomes] == [
        (f.version, "checked") for f in files
    ]
    assert counts(empty_graph) == before
    assert ledger(empty_graph) == []


def test_a_dry_run_of_a_schema_file_creates_no_index(empty_graph: Driver, tmp_path: Path) -> None:
    name = "loader_probe_dry_run"
    path = write_file(
        tmp_path,
        "V101__probe_index.cypher",
        f"CREATE INDEX {name} IF NOT EXISTS FOR (n:LoaderProbe) ON (n.name);\n",
    )
    try:
        report = load(empty_graph, path, dry_run=True)
        assert [o.status for o in report.outcomes] == ["checked"]
        assert rows_of(empty_graph, "SHOW INDEXES YIELD name WHERE name = $name", name=name) == []
    finally:
        empty_graph.execute_query(f"DROP INDEX {name} IF EXISTS")


def test_a_dry_run_names_file_and_line_of_a_bad_statement(
    empty_graph: Driver, tmp_path: Path
) -> None:
    path = write_file(
        tmp_path, "V101__third_statement_fails.cypher", THIRD_STATEMENT_IS_A_SYNTAX_ERROR
    )

    with pytest.raises(LoadError) as failure:
        load(empty_graph, path, dry_run=True)

    assert f"{path}:11:" in str(failure.value)
    assert counts(empty_graph) == {}


# -- the ledger and the order of files -----------------------------------------------------


def test_the_ledger_records_version_name_checksum_time_and_duration_of_each_file(
    seeded_graph: Driver,
) -> None:
    """The seeded graph's ledger, as the load of schema and seed wrote it."""
    files = sorted(
        (p for folder in SCHEMA_AND_SEED for p in folder.glob("*.cypher")),
        key=lambda p: int(FILE_NAME.match(p.name)["version"]),  # type: ignore[index]
    )

    entries = [entry["m"] for entry in ledger(seeded_graph)]

    expected = [
        (
            int(FILE_NAME.match(p.name)["version"]),  # type: ignore[index]
            FILE_NAME.match(p.name)["name"],  # type: ignore[index]
            sha256(p.read_text(encoding="utf-8")),
        )
        for p in files
    ]
    assert [(e["version"], e["name"], e["checksum"]) for e in entries] == expected
    for entry in entries:
        assert set(entry) == {"version", "name", "checksum", "appliedAt", "durationMs"}
        assert isinstance(entry["appliedAt"], DateTime)
        assert isinstance(entry["durationMs"], int) and entry["durationMs"] >= 0


@pytest.mark.writes
def test_files_apply_in_version_order_across_folders(empty_graph: Driver, tmp_path: Path) -> None:
    append = "MERGE (o:LoaderProbe {id: 'order'}) SET o.seen = coalesce(o.seen, []) + 'VERSION';\n"
    write_file(tmp_path / "late", "V202__second.cypher", append.replace("VERSION", "V202"))
    write_file(tmp_path / "early", "V201__first.cypher", append.replace("VERSION", "V201"))

    report = load(empty_graph, tmp_path / "late", tmp_path / "early")

    assert [o.file.version for o in report.outcomes] == [201, 202]
    assert rows_of(empty_graph, "MATCH (o:LoaderProbe {id: 'order'}) RETURN o.seen AS seen") == [
        {"seen": ["V201", "V202"]}
    ]


# -- the batched path ----------------------------------------------------------------------


def _zedlands(driver: Driver) -> list[str]:
    return [
        r["id"]
        for r in rows_of(
            driver, "MATCH (c:Country) WHERE c.id STARTS WITH 'Z' RETURN c.id AS id ORDER BY id"
        )
    ]


@pytest.mark.parametrize("suffix", [".csv", ".json"])
@pytest.mark.writes
def test_a_rows_file_beside_a_cypher_file_loads_every_row(
    schema_graph: Driver, tmp_path: Path, suffix: str
) -> None:
    path = write_file(tmp_path, "V401__countries.cypher", ROWS_CYPHER)
    rows = [{"id": f"Z{i}", "name": f"Zedland {i}"} for i in range(1, 6)]
    write_rows(path.with_suffix(suffix), rows)

    report = load(schema_graph, path, batch_size=2)

    assert [o.status for o in report.outcomes] == ["applied"]
    assert report.totals["nodes_created"] == 5
    assert _zedlands(schema_graph) == ["Z1", "Z2", "Z3", "Z4", "Z5"]
    assert 401 in ledger_versions(schema_graph)


@pytest.mark.parametrize("suffix", [".csv", ".json"])
def test_a_bad_row_in_the_last_batch_leaves_none_of_the_rows(
    schema_graph: Driver, tmp_path: Path, suffix: str
) -> None:
    path = write_file(tmp_path, "V401__countries.cypher", ROWS_CYPHER)
    rows = [{"id": f"Z{i}", "name": f"Zedland {i}"} for i in range(1, 6)]
    rows.append({"id": "Z1", "name": "Zedland by another name"})  # breaks Country id uniqueness
    write_rows(path.with_suffix(suffix), rows)

    with pytest.raises(LoadError) as failure:
        load(schema_graph, path, batch_size=2)  # three batches: the bad row is in the third

    assert f"{path}:2:" in str(failure.value)
    assert _zedlands(schema_graph) == []
    assert 401 not in ledger_versions(schema_graph)


@pytest.mark.writes
def test_apply_rows_commits_batch_by_batch_so_a_bad_row_keeps_the_batches_before_it(
    schema_graph: Driver,
) -> None:
    """The path for corpora too large for one transaction: the README says it is not atomic."""
    statement = ROWS_CYPHER.split("\n", 1)[1].rstrip().rstrip(";")
    rows = [{"id": f"Z{i}", "name": f"Zedland {i}"} for i in range(1, 6)]
    done: list[int] = []

    counters = apply_rows(
        schema_graph, "neo4j", statement, rows, batch_size=2, on_batch=done.append
    )

    assert counters["nodes_created"] == 5
    assert done == [2, 2, 1]
    assert _zedlands(schema_graph) == ["Z1", "Z2", "Z3", "Z4", "Z5"]

    schema_graph.execute_query("MATCH (c:Country) DETACH DELETE c")
    bad = [*rows[:4], {"id": "Z1", "name": "Zedland by another name"}]
    with pytest.raises(Neo4jError):
        apply_rows(schema_graph, "neo4j", statement, bad, batch_size=2)
    assert _zedlands(schema_graph) == ["Z1", "Z2", "Z3", "Z4"]


# -- two loads at once ---------------------------------------------------------------------


def _a_transaction_is_blocked(driver: Driver) -> bool:
    rows = rows_of(driver, "SHOW TRANSACTIONS YIELD status WHERE status STARTS WITH 'Blocked'")
    return bool(rows)


@pytest.mark.writes
def test_two_loads_at_once_apply_a_data_file_exactly_once(
    empty_graph: Driver, graph_settings: GraphSettings, tmp_path: Path
) -> None:
    """The first load holds its transaction open until the second is waiting on it.

    The file CREATEs (not MERGEs) its node, so two applications would leave two nodes.
    """
    path = write_file(
        tmp_path, "V501__created_once.cypher", "CREATE (:LoaderProbe {id: 'once'});\n"
    )
    files = discover([path])
    first_is_inside = threading.Event()
    second_waited = threading.Event()
    outcomes: dict[str, list[str] | BaseException] = {}

    def hold_until_the_second_waits(_label: str, _done: int) -> None:
        # Runs inside the first load's transaction, after its statement, before its commit.
        first_is_inside.set()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if _a_transaction_is_blocked(empty_graph):
                second_waited.set()
                return
            time.sleep(0.05)

    def load(name: str, progress: Any = None) -> None:
        auth = (graph_settings.neo4j_user, graph_settings.neo4j_password)
        with GraphDatabase.driver(graph_settings.uri, auth=auth) as own_driver:
            try:
                report = Loader(own_driver, graph_settings.neo4j_database, checks=False).load(
                    files, progress=progress
                )
                outcomes[name] = [o.status for o in report.outcomes]
            except BaseException as error:
                outcomes[name] = error

    first = threading.Thread(target=load, args=("first", hold_until_the_second_waits))
    second = threading.Thread(target=load, args=("second",))
    first.start()
    assert first_is_inside.wait(60)
    second.start()
    first.join(120)
    second.join(120)

    assert probes(empty_graph) == ["once"]
    assert second_waited.is_set()
    assert outcomes == {"first": ["applied"], "second": ["skipped"]}
    assert ledger_versions(empty_graph) == [501]
