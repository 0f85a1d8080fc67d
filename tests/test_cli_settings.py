"""A setting that does not parse stops any command with one line that names it, and exit
code 2, instead of forty lines of traceback with the reason at the bottom."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("command", "variable", "value", "reason"),
    [
        ("load", "NEO4J_URI", "http://127.0.0.1:7474", "scheme 'http' is not one of bolt"),
        ("serve", "NEO4J_TRANSACTION_TIMEOUT", "-1", "greater than 0"),
        ("serve", "API_PORT", "eighty", "valid integer"),
    ],
)
def test_a_bad_setting_stops_the_command_with_one_line_naming_it(
    command: str, variable: str, value: str, reason: str
) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "app.cli", command],
        env={**os.environ, variable: value}, cwd=ROOT, capture_output=True, text=True,
        timeout=60, check=False,
    )  # fmt: skip
    assert run.returncode == 2, run.stderr
    assert "Traceback" not in run.stderr, run.stderr
    (line,) = run.stderr.strip().splitlines()
    assert line.startswith(f"error {variable}: ") and reason in line, line
