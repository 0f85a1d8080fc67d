"""A setting that does not parse stops any command with one line that names it, and exit
code 2, instead of forty lines of traceback with the reason at the bottom (or, for the local
Neo4j's memory and password, a Java stack trace from its first admin command)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from graph.store.settings import GraphSettings, neo4j_size

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("command", "variable", "value", "reason"),
    [
        (["load"], "NEO4J_URI", "http://127.0.0.1:7474", "scheme 'http' is not one of bolt"),
        (["serve"], "NEO4J_TRANSACTION_TIMEOUT", "-1", "greater than 0"),
        (["serve"], "API_PORT", "eighty", "valid integer"),
        (["neo4j", "start"], "LOCAL_NEO4J_HEAP", "abc", "'abc' is not a size Neo4j reads"),
        (["neo4j", "start"], "NEO4J_PASSWORD", "short", "at least 8 characters"),
        (["bench", "--quick"], "BENCH_NEO4J_PAGECACHE", "lots", "not a size Neo4j reads"),
    ],
)
def test_a_bad_setting_stops_the_command_with_one_line_naming_it(
    command: list[str], variable: str, value: str, reason: str, tmp_path: Path
) -> None:
    module = "commitgraph_tools.cli" if command[0] == "bench" else "app.cli"
    # If the check let it through, `neo4j start` would start nothing of the suite's.
    env = {**os.environ, variable: value, "LOCAL_NEO4J_DIR": str(tmp_path / "never-made")}
    run = subprocess.run(
        [sys.executable, "-m", module, *command],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert run.returncode == 2, run.stderr
    assert "Traceback" not in run.stderr, run.stderr
    (line,) = run.stderr.strip().splitlines()
    assert line.startswith(f"error {variable}: ") and reason in line, line
    assert not (tmp_path / "never-made").exists()


# Checked against Neo4j 5.26's own parser (org.neo4j.io.ByteUnit.parse), both ways.
@pytest.mark.parametrize("size", ["512m", "2g", "2G", "1GiB", "64 MB", "1.5g", "1073741824"])
def test_sizes_neo4j_reads_are_accepted(size: str) -> None:
    assert neo4j_size(size) == size


@pytest.mark.parametrize("size", ["abc", "2gigs", "", "-1g", "1T", "2tb", "1kib"])
def test_sizes_neo4j_does_not_read_are_refused(size: str) -> None:
    with pytest.raises(ValueError, match="not a size Neo4j reads"):
        neo4j_size(size)


def test_a_short_password_is_fine_for_a_neo4j_the_project_does_not_run() -> None:
    settings = GraphSettings(neo4j_uri="bolt://db.example:7687", neo4j_password="short")
    assert settings.neo4j_password == "short"
