"""A setting that does not parse stops any command with one line that names it, and exit
code 2, instead of forty lines of traceback with the reason at the bottom (or, for the local
Neo4j's memory and password, a Java stack trace from its first admin command)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


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
