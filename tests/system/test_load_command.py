"""`commitgraph load` as a person runs it: what it says, and its exit status.

The loader's guarantees themselves (whole files or nothing, the ledger, two loads at once) are
in tests/integration/test_loader.py.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from neo4j import Driver

from tests.support.loading import (
    ROOT,
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
)
from tests.support.mistakes import MISTAKES, make, scratch_document


def load_command(*args: str) -> subprocess.CompletedProcess[str]:
    """`commitgraph load` as a person runs it; it inherits the suite's Neo4j settings."""
    return subprocess.run(
        [sys.executable, "-m", "app.cli", "load", *args],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )


def test_the_cli_exits_non_zero_with_file_and_line_when_a_statement_fails(
    empty_graph: Driver, tmp_path: Path
) -> None:
    path = write_file(
        tmp_path, "V101__third_statement_fails.cypher", THIRD_STATEMENT_IS_A_SYNTAX_ERROR
    )

    result = load_command(str(path))

    assert result.returncode == 1, result.stderr
    assert f"error {path}:11: Invalid input 'RETRN'" in result.stderr
    assert "Traceback" not in result.stderr
    assert probes(empty_graph) == []
    assert 101 not in ledger_versions(empty_graph)


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


def reference_probe(ident: str) -> str:
    """A node the model accepts without a citation, so the command's checks let it load."""
    return f"MERGE (r:Reference {{id: '{ident}'}}) SET r.title = 'Probe', r.version = '1';\n"


def reference_probes(driver: Driver) -> list[str]:
    query = "MATCH (r:Reference) WHERE r.id STARTS WITH 'probe-' RETURN r.id AS id ORDER BY id"
    return [row["id"] for row in rows_of(driver, query)]


@pytest.mark.writes
def test_the_cli_refuses_an_edited_file_and_repair_reapplies_it_with_its_new_checksum(
    empty_graph: Driver, tmp_path: Path
) -> None:
    path = write_file(tmp_path, "V101__probes.cypher", reference_probe("probe-a"))
    load(empty_graph, path)
    edited = reference_probe("probe-a") + reference_probe("probe-b")
    path.write_text(edited, encoding="utf-8")

    refused = load_command(str(path))
    assert refused.returncode == 1, refused.stderr
    assert str(path) in refused.stderr
    assert "--repair" in refused.stderr
    assert reference_probes(empty_graph) == ["probe-a"]

    repaired = load_command("--repair", str(path))
    assert repaired.returncode == 0, repaired.stderr
    assert "repaired" in repaired.stderr
    assert reference_probes(empty_graph) == ["probe-a", "probe-b"]
    [entry] = ledger(empty_graph)
    assert entry["m"]["checksum"] == sha256(edited)


@pytest.mark.writes
def test_the_cli_summarises_what_it_applied_and_then_that_nothing_is_left(
    empty_graph: Driver,
) -> None:
    """Many real files, among them a correction file that takes links out (V012)."""
    files = [str(path) for path in SCHEMA_AND_SOME_SEED]
    first = load_command(*files)
    nodes = rows_of(
        empty_graph,
        "MATCH (n) WHERE NOT n:__Migration AND NOT n:__MigrationLock RETURN count(n) AS n",
    )[0]["n"]
    relationships = rows_of(empty_graph, "MATCH ()-[r]->() RETURN count(r) AS n")[0]["n"]
    second = load_command(*files)

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
    assert unlinked > 0  # the correction file V012 takes links out
    # and the rows of the files that did say how many each, in their node and link columns
    deleted = [int(n) for n in re.findall(r"\+\d+ −(\d+)\b", first.stderr)]
    assert sum(deleted) == unmade + unlinked
    assert second.returncode == 0, second.stderr
    assert "nothing to apply" in second.stderr
    assert "0 nodes and 0 relationships created, 0 nodes and 0 relationships deleted" in (
        second.stderr
    )


def test_the_cli_dry_run_names_file_and_line_of_a_bad_statement(
    empty_graph: Driver, tmp_path: Path
) -> None:
    path = write_file(
        tmp_path, "V101__third_statement_fails.cypher", THIRD_STATEMENT_IS_A_SYNTAX_ERROR
    )

    cli = load_command("--dry-run", str(path))

    assert cli.returncode == 1, cli.stderr
    assert f"{path}:11:" in cli.stderr
    assert counts(empty_graph) == {}


@pytest.mark.writes
def test_the_cli_names_a_refused_value_once_on_its_own_line_first(
    seeded_graph: Driver, tmp_path: Path
) -> None:
    scratch = scratch_document(tmp_path)
    role = next(m for m in MISTAKES if m.name == "the role implementor")
    path, line = make(scratch, role)

    cli = load_command(str(scratch.folder))

    assert cli.returncode == 1, cli.stderr
    refusal = cli.stderr[cli.stderr.index("error ") :].splitlines()
    assert refusal[0].startswith(f"error {path}:{line}: PARTICIPATES_IN.role 'implementor' is")
    assert refusal[1].startswith(f"1 problem: {path.name} was refused"), refusal


def test_the_cli_refuses_a_version_used_twice_naming_both_files(tmp_path: Path) -> None:
    one = write_file(tmp_path / "a", "V301__one.cypher", "RETURN 1;\n")
    other = write_file(tmp_path / "b", "V301__other.cypher", "RETURN 2;\n")

    cli = load_command(str(tmp_path / "a"), str(tmp_path / "b"))

    assert cli.returncode == 2
    assert str(one) in cli.stderr and str(other) in cli.stderr


@pytest.mark.parametrize(
    ("variable", "value", "said"),
    [
        ("NEO4J_DATABASE", "nosuchdb", "has no database 'nosuchdb': check NEO4J_DATABASE"),
        ("NEO4J_USER", "nobody", "did not let us in"),
    ],
)
def test_load_refused_by_neo4j_stops_before_its_work_with_one_line_naming_the_setting(
    seeded_graph: Driver, fingerprint: Callable[[], Any], variable: str, value: str, said: str
) -> None:
    before = fingerprint()
    run = subprocess.run(
        [sys.executable, "-m", "app.cli", "load"],
        env={**os.environ, variable: value}, cwd=ROOT, capture_output=True, text=True,
        timeout=120, check=False,
    )  # fmt: skip
    assert run.returncode == 1, run.stderr
    assert "Traceback" not in run.stderr, run.stderr
    (line,) = run.stderr.strip().splitlines()
    assert line.startswith("error ") and said in line and variable in line, line
    assert fingerprint() == before
