"""`commitgraph load`: a data file applies whole or not at all, and the ledger remembers it.

The data team must be able to trust a load without looking at the graph: a bad statement
anywhere leaves nothing of its file behind and says where it is, an applied file cannot
change under the ledger's feet, and two loads at once still apply a file once. Everything
here runs against the real Neo4j; ad-hoc Cypher files are written to `tmp_path`, with
versions from 101 up so they never meet the project's own files.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from neo4j import Driver, GraphDatabase
from neo4j.exceptions import Neo4jError
from neo4j.time import DateTime

from graph.migrate.cypher_files import FILE_NAME, CypherFileError, discover, split_statements
from graph.migrate.loader import Loader, LoadError, LoadReport, apply_rows
from graph.store.settings import GraphSettings

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT / "cypher" / "schema"
SCHEMA_AND_SEED = [SCHEMA, ROOT / "cypher" / "seed"]

# The third statement of each file is wrong; `line` is where the error is reported.
THIRD_STATEMENT_IS_A_SYNTAX_ERROR = """\
// V101: two good statements, then a bad one
CREATE (:LoaderProbe {id: 'first'});

CREATE (:LoaderProbe {id: 'second'});

// the third statement, with a comment inside it
MATCH (p:LoaderProbe {id: 'first'})
/* a note that runs
   over two lines */
SET p.seen = true
RETRN p;
"""
THIRD_STATEMENT_VIOLATES_A_CONSTRAINT = """\
// V101: two good statements, then one that breaks the uniqueness of Country ids
CREATE (:LoaderProbe {id: 'first'});

CREATE (:Country {id: 'ZZ', name: 'Zedland'});

// the third statement
MATCH (p:LoaderProbe {id: 'first'})
CREATE (:Country {id: 'ZZ', name: 'Zedland again'});
"""
BROKEN_FILES = {
    "syntax error": (THIRD_STATEMENT_IS_A_SYNTAX_ERROR, 11, "RETRN"),
    "constraint violation": (THIRD_STATEMENT_VIOLATES_A_CONSTRAINT, 7, "already exists"),
}


# -- helpers -------------------------------------------------------------------------------


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _load(driver: Driver, *paths: Path, batch_size: int = 1000, **options: Any) -> LoadReport:
    return Loader(driver, "neo4j", batch_size=batch_size).load(discover(list(paths)), **options)


def _rows(driver: Driver, cypher: str, **params: Any) -> list[dict[str, Any]]:
    records, _, _ = driver.execute_query(cypher, params, database_="neo4j")
    return [record.data() for record in records]


def _counts(driver: Driver) -> dict[str, int]:
    """Nodes per label and relationships per type, ledger included."""
    rows = _rows(
        driver,
        """
        MATCH (n) UNWIND labels(n) AS label RETURN 'node ' + label AS key, count(*) AS n
        UNION ALL
        MATCH ()-[r]->() RETURN 'relationship ' + type(r) AS key, count(*) AS n
        """,
    )
    return {row["key"]: row["n"] for row in rows}


def _ledger(driver: Driver) -> list[dict[str, Any]]:
    return _rows(driver, "MATCH (m:__Migration) RETURN m {.*} AS m ORDER BY m.version")


def _ledger_versions(driver: Driver) -> list[int]:
    return [entry["m"]["version"] for entry in _ledger(driver)]


def _probes(driver: Driver) -> list[str]:
    return [r["id"] for r in _rows(driver, "MATCH (p:LoaderProbe) RETURN p.id AS id ORDER BY id")]


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    """`commitgraph load` as a person runs it; it inherits the suite's Neo4j settings."""
    return subprocess.run(
        [sys.executable, "-m", "app.cli", "load", *args],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@pytest.fixture
def schema_graph(empty_graph: Driver) -> Driver:
    """An empty graph with the project's constraints, for tests that need them to bite."""
    _load(empty_graph, SCHEMA)
    return empty_graph


# -- loading twice -------------------------------------------------------------------------


def test_loading_schema_and_seed_twice_changes_no_count_and_skips_every_file(
    empty_graph: Driver,
) -> None:
    first = _load(empty_graph, *SCHEMA_AND_SEED)
    assert {o.status for o in first.outcomes} == {"applied"}
    after_first = _counts(empty_graph)
    assert after_first["node Initiative"] > 0

    second = _load(empty_graph, *SCHEMA_AND_SEED)

    assert [o.status for o in second.outcomes] == ["skipped"] * len(first.outcomes)
    assert sum(second.totals.values()) == 0
    assert _counts(empty_graph) == after_first


def test_the_seed_run_again_without_its_ledger_entry_creates_nothing(
    empty_graph: Driver,
) -> None:
    """The seed MERGEs on ids, so even a forced second run leaves the graph as it was: what
    V002 writes again, the correction file V012 takes out again."""
    _load(empty_graph, *SCHEMA_AND_SEED)
    before = _counts(empty_graph)
    data_versions = [f.version for f in discover(list(SCHEMA_AND_SEED)) if not f.is_schema]
    empty_graph.execute_query(
        "MATCH (m:__Migration) WHERE m.version IN $versions DELETE m", versions=data_versions
    )

    again = _load(empty_graph, *SCHEMA_AND_SEED)

    reapplied = [o for o in again.outcomes if o.status == "applied"]
    assert reapplied and all(not o.file.is_schema for o in reapplied)
    assert again.totals["nodes_created"] == again.totals["nodes_deleted"] == 0
    assert again.totals["relationships_created"] == again.totals["relationships_deleted"]
    assert _counts(empty_graph) == before


# -- a failing statement -------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(BROKEN_FILES))
def test_a_file_whose_third_statement_fails_leaves_nothing_and_names_file_and_line(
    schema_graph: Driver, tmp_path: Path, kind: str
) -> None:
    text, line, neo4j_words = BROKEN_FILES[kind]
    path = _write(tmp_path, "V101__third_statement_fails.cypher", text)

    with pytest.raises(LoadError) as failure:
        _load(schema_graph, path)

    message = str(failure.value)
    assert f"{path}:{line}:" in message
    assert neo4j_words in message
    assert _probes(schema_graph) == []
    assert _rows(schema_graph, "MATCH (c:Country {id: 'ZZ'}) RETURN c") == []
    assert 101 not in _ledger_versions(schema_graph)


def test_the_cli_exits_non_zero_with_file_and_line_when_a_statement_fails(
    empty_graph: Driver, tmp_path: Path
) -> None:
    path = _write(tmp_path, "V101__third_statement_fails.cypher", THIRD_STATEMENT_IS_A_SYNTAX_ERROR)

    result = _cli(str(path))

    assert result.returncode == 1, result.stderr
    assert f"error {path}:11: Invalid input 'RETRN'" in result.stderr
    assert "Traceback" not in result.stderr
    assert _probes(empty_graph) == []
    assert 101 not in _ledger_versions(empty_graph)


@pytest.mark.parametrize("where", ["NEO4J_URI", "the local Neo4j"])
def test_the_cli_says_in_one_line_that_neo4j_is_not_there_and_how_to_start_it(
    where: str, tmp_path: Path
) -> None:
    """One connection attempt before the load: no retry warnings for seconds, no traceback,
    and a way out that fits where Neo4j was expected."""
    with socket.socket() as probe:  # a loopback port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if k != "NEO4J_URI"}
    env["NEO4J_MAX_RETRY_TIME"] = "30"  # a retried first contact would say so in warnings
    if where == "NEO4J_URI":
        env["NEO4J_URI"] = f"bolt://127.0.0.1:{port}"
    else:
        env.update(LOCAL_NEO4J_PORT=str(port), LOCAL_NEO4J_DIR=str(tmp_path / "not-started"))

    run = subprocess.run(
        [sys.executable, "-m", "app.cli", "load"],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip

    assert run.returncode == 1
    assert "Traceback" not in run.stderr and "warning" not in run.stderr.lower()
    said = " ".join(run.stderr.split())
    if where == "NEO4J_URI":
        assert f"error Neo4j at bolt://127.0.0.1:{port} (NEO4J_URI) is not answering" in said
        assert "Start it, or check NEO4J_URI" in said
    else:
        assert f"error The local Neo4j at bolt://127.0.0.1:{port} is not answering" in said
        assert "Start it with `commitgraph neo4j start`" in said


# -- an applied file that was edited -------------------------------------------------------


def test_an_applied_file_that_was_edited_is_refused_and_nothing_is_applied(
    empty_graph: Driver, tmp_path: Path
) -> None:
    path = _write(tmp_path, "V101__probes.cypher", "MERGE (:LoaderProbe {id: 'a'});\n")
    _load(empty_graph, tmp_path)
    recorded = _ledger(empty_graph)
    path.write_text(
        "MERGE (:LoaderProbe {id: 'a'});\nMERGE (:LoaderProbe {id: 'b'});\n", encoding="utf-8"
    )
    _write(tmp_path, "V102__later.cypher", "MERGE (:LoaderProbe {id: 'later'});\n")

    with pytest.raises(LoadError) as failure:
        _load(empty_graph, tmp_path)

    assert str(path) in str(failure.value)
    assert "--repair" in str(failure.value)
    assert _probes(empty_graph) == ["a"]
    assert _ledger(empty_graph) == recorded


def test_the_cli_refuses_an_edited_file_and_repair_reapplies_it_with_its_new_checksum(
    empty_graph: Driver, tmp_path: Path
) -> None:
    path = _write(tmp_path, "V101__probes.cypher", "MERGE (:LoaderProbe {id: 'a'});\n")
    _load(empty_graph, path)
    edited = "MERGE (:LoaderProbe {id: 'a'});\nMERGE (:LoaderProbe {id: 'b'});\n"
    path.write_text(edited, encoding="utf-8")

    refused = _cli(str(path))
    assert refused.returncode == 1, refused.stderr
    assert str(path) in refused.stderr
    assert "--repair" in refused.stderr
    assert _probes(empty_graph) == ["a"]

    repaired = _cli("--repair", str(path))
    assert repaired.returncode == 0, repaired.stderr
    assert "repaired" in repaired.stderr
    assert _probes(empty_graph) == ["a", "b"]
    [entry] = _ledger(empty_graph)
    assert entry["m"]["checksum"] == _sha256(edited)


# -- dry run -------------------------------------------------------------------------------


def test_a_dry_run_checks_every_file_and_writes_nothing(empty_graph: Driver) -> None:
    before = _counts(empty_graph)

    report = _load(empty_graph, *SCHEMA_AND_SEED, dry_run=True)

    assert report.outcomes and {o.status for o in report.outcomes} == {"checked"}
    assert _counts(empty_graph) == before
    assert _ledger(empty_graph) == []


def test_a_dry_run_of_a_schema_file_creates_no_index(empty_graph: Driver, tmp_path: Path) -> None:
    name = "loader_probe_dry_run"
    path = _write(
        tmp_path,
        "V101__probe_index.cypher",
        f"CREATE INDEX {name} IF NOT EXISTS FOR (n:LoaderProbe) ON (n.name);\n",
    )
    try:
        report = _load(empty_graph, path, dry_run=True)
        assert [o.status for o in report.outcomes] == ["checked"]
        assert _rows(empty_graph, "SHOW INDEXES YIELD name WHERE name = $name", name=name) == []
    finally:
        empty_graph.execute_query(f"DROP INDEX {name} IF EXISTS")


def test_a_dry_run_names_file_and_line_of_a_bad_statement(
    empty_graph: Driver, tmp_path: Path
) -> None:
    path = _write(tmp_path, "V101__third_statement_fails.cypher", THIRD_STATEMENT_IS_A_SYNTAX_ERROR)

    with pytest.raises(LoadError) as failure:
        _load(empty_graph, path, dry_run=True)
    cli = _cli("--dry-run", str(path))

    assert f"{path}:11:" in str(failure.value)
    assert cli.returncode == 1, cli.stderr
    assert f"{path}:11:" in cli.stderr
    assert _counts(empty_graph) == {}


# -- the ledger and the order of files -----------------------------------------------------


def test_the_ledger_records_version_name_checksum_time_and_duration_of_each_file(
    empty_graph: Driver,
) -> None:
    _load(empty_graph, *SCHEMA_AND_SEED)
    files = sorted(
        (p for folder in SCHEMA_AND_SEED for p in folder.glob("*.cypher")),
        key=lambda p: int(FILE_NAME.match(p.name)["version"]),  # type: ignore[index]
    )

    entries = [entry["m"] for entry in _ledger(empty_graph)]

    expected = [
        (
            int(FILE_NAME.match(p.name)["version"]),  # type: ignore[index]
            FILE_NAME.match(p.name)["name"],  # type: ignore[index]
            _sha256(p.read_text(encoding="utf-8")),
        )
        for p in files
    ]
    assert [(e["version"], e["name"], e["checksum"]) for e in entries] == expected
    for entry in entries:
        assert set(entry) == {"version", "name", "checksum", "appliedAt", "durationMs"}
        assert isinstance(entry["appliedAt"], DateTime)
        assert isinstance(entry["durationMs"], int) and entry["durationMs"] >= 0


def test_files_apply_in_version_order_across_folders(empty_graph: Driver, tmp_path: Path) -> None:
    append = "MERGE (o:LoaderProbe {id: 'order'}) SET o.seen = coalesce(o.seen, []) + 'VERSION';\n"
    _write(tmp_path / "late", "V202__second.cypher", append.replace("VERSION", "V202"))
    _write(tmp_path / "early", "V201__first.cypher", append.replace("VERSION", "V201"))

    report = _load(empty_graph, tmp_path / "late", tmp_path / "early")

    assert [o.file.version for o in report.outcomes] == [201, 202]
    assert _rows(empty_graph, "MATCH (o:LoaderProbe {id: 'order'}) RETURN o.seen AS seen") == [
        {"seen": ["V201", "V202"]}
    ]


def test_a_version_used_twice_is_refused_naming_both_files(tmp_path: Path) -> None:
    one = _write(tmp_path / "a", "V301__one.cypher", "RETURN 1;\n")
    other = _write(tmp_path / "b", "V301__other.cypher", "RETURN 2;\n")

    with pytest.raises(CypherFileError) as failure:
        discover([tmp_path / "a", tmp_path / "b"])
    cli = _cli(str(tmp_path / "a"), str(tmp_path / "b"))

    assert str(one) in str(failure.value) and str(other) in str(failure.value)
    assert cli.returncode == 2
    assert str(one) in cli.stderr and str(other) in cli.stderr


def test_the_cli_summarises_what_it_applied_and_then_that_nothing_is_left(
    empty_graph: Driver,
) -> None:
    first = _cli()
    nodes = _rows(
        empty_graph,
        "MATCH (n) WHERE NOT n:__Migration AND NOT n:__MigrationLock RETURN count(n) AS n",
    )[0]["n"]
    relationships = _rows(empty_graph, "MATCH ()-[r]->() RETURN count(r) AS n")[0]["n"]
    second = _cli()

    assert first.returncode == 0, first.stderr
    assert re.search(r"\d+ files: \d+ applied in \d+ ms", first.stderr)
    summary = re.search(
        r"(\d+) nodes and (\d+) relationships created, (\d+) nodes and (\d+) relationships "
        r"deleted",
        first.stderr,
    )
    assert summary, first.stderr
    made, linked, unmade, unlinked = map(int, summary.groups())
    assert (made - unmade, linked - unlinked) == (nodes, relationships)
    assert unlinked > 0  # the seed's correction file (V012) takes links out
    assert re.search(rf"\+\d+ −{unlinked}\b", first.stderr)  # and its row says how many
    assert second.returncode == 0, second.stderr
    assert "nothing to apply" in second.stderr
    assert "0 nodes and 0 relationships created, 0 nodes and 0 relationships deleted" in (
        second.stderr
    )


# -- splitting files into statements -------------------------------------------------------


def test_semicolons_inside_strings_names_and_comments_do_not_end_a_statement() -> None:
    text = (
        "// a comment; not a statement\n"
        "CREATE (:LoaderProbe {note: 'a; b', other: \"c; d\"});\n"
        "/* a block; comment */\n"
        "MATCH (`odd;name`) // a trailing; comment\n"
        "RETURN 'it\\'s; fine';\n"
    )

    statements = split_statements(text)

    assert [s.line for s in statements] == [2, 4]
    assert statements[0].text == "CREATE (:LoaderProbe {note: 'a; b', other: \"c; d\"})"
    assert "`odd;name`" in statements[1].text
    assert statements[1].text.endswith("RETURN 'it\\'s; fine'")


def test_a_statement_without_a_final_semicolon_is_an_error_naming_its_line() -> None:
    with pytest.raises(CypherFileError, match=r"^V1__x\.cypher:3: .*does not end with ';'"):
        split_statements("RETURN 1;\n\nRETURN 2\n", "V1__x.cypher")


def test_a_block_comment_keeps_the_lines_of_the_statement_after_it() -> None:
    [statement] = split_statements("MATCH (n)\n/* one\ntwo */\nRETURN n;")
    assert statement.text.splitlines()[3] == "RETURN n"


# -- the batched path ----------------------------------------------------------------------

ROWS_CYPHER = """\
// rows come from the CSV or JSON file of the same name
UNWIND $rows AS row
MERGE (c:Country {name: row.name})
SET c.id = row.id;
"""


def _write_rows(path: Path, rows: list[dict[str, str]]) -> None:
    if path.suffix == ".csv":
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=["id", "name"])
            writer.writeheader()
            writer.writerows(rows)
    else:
        path.write_text(json.dumps(rows), encoding="utf-8")


def _zedlands(driver: Driver) -> list[str]:
    return [
        r["id"]
        for r in _rows(
            driver, "MATCH (c:Country) WHERE c.id STARTS WITH 'Z' RETURN c.id AS id ORDER BY id"
        )
    ]


@pytest.mark.parametrize("suffix", [".csv", ".json"])
def test_a_rows_file_beside_a_cypher_file_loads_every_row(
    schema_graph: Driver, tmp_path: Path, suffix: str
) -> None:
    path = _write(tmp_path, "V401__countries.cypher", ROWS_CYPHER)
    rows = [{"id": f"Z{i}", "name": f"Zedland {i}"} for i in range(1, 6)]
    _write_rows(path.with_suffix(suffix), rows)

    report = _load(schema_graph, path, batch_size=2)

    assert [o.status for o in report.outcomes] == ["applied"]
    assert report.totals["nodes_created"] == 5
    assert _zedlands(schema_graph) == ["Z1", "Z2", "Z3", "Z4", "Z5"]
    assert 401 in _ledger_versions(schema_graph)


@pytest.mark.parametrize("suffix", [".csv", ".json"])
def test_a_bad_row_in_the_last_batch_leaves_none_of_the_rows(
    schema_graph: Driver, tmp_path: Path, suffix: str
) -> None:
    path = _write(tmp_path, "V401__countries.cypher", ROWS_CYPHER)
    rows = [{"id": f"Z{i}", "name": f"Zedland {i}"} for i in range(1, 6)]
    rows.append({"id": "Z1", "name": "Zedland by another name"})  # breaks Country id uniqueness
    _write_rows(path.with_suffix(suffix), rows)

    with pytest.raises(LoadError) as failure:
        _load(schema_graph, path, batch_size=2)  # three batches: the bad row is in the third

    assert f"{path}:2:" in str(failure.value)
    assert _zedlands(schema_graph) == []
    assert 401 not in _ledger_versions(schema_graph)


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


def test_a_cypher_file_with_both_a_csv_and_a_json_rows_file_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "V401__countries.cypher", ROWS_CYPHER)
    _write_rows(path.with_suffix(".csv"), [{"id": "Z1", "name": "Zedland"}])
    _write_rows(path.with_suffix(".json"), [{"id": "Z2", "name": "Zedland"}])

    with pytest.raises(CypherFileError) as failure:
        discover([path])

    assert str(path) in str(failure.value)
    assert "V401__countries.csv" in str(failure.value)
    assert "V401__countries.json" in str(failure.value)


# -- two loads at once ---------------------------------------------------------------------


def _a_transaction_is_blocked(driver: Driver) -> bool:
    rows = _rows(driver, "SHOW TRANSACTIONS YIELD status WHERE status STARTS WITH 'Blocked'")
    return bool(rows)


def test_two_loads_at_once_apply_a_data_file_exactly_once(
    empty_graph: Driver, graph_settings: GraphSettings, tmp_path: Path
) -> None:
    """The first load holds its transaction open until the second is waiting on it.

    The file CREATEs (not MERGEs) its node, so two applications would leave two nodes.
    """
    path = _write(tmp_path, "V501__created_once.cypher", "CREATE (:LoaderProbe {id: 'once'});\n")
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
                report = Loader(own_driver, graph_settings.neo4j_database).load(
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

    assert _probes(empty_graph) == ["once"]
    assert second_waited.is_set()
    assert outcomes == {"first": ["applied"], "second": ["skipped"]}
    assert _ledger_versions(empty_graph) == [501]
