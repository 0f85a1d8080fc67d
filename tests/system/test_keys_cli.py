"""`commitgraph keys`: made, listed and revoked from the command line, taking effect at once."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from fastapi.testclient import TestClient

from tests.support.auth import assert_unauthenticated, bearer

ROOT = Path(__file__).resolve().parents[2]


def commitgraph(*args: str) -> subprocess.CompletedProcess[str]:
    """The real CLI in a child process, with this test's API_KEYS_FILE in its environment."""
    script = Path(sys.executable).with_name("commitgraph")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "app.cli"]
    return subprocess.run(
        [*command, *args],
        cwd=ROOT,
        env={**os.environ, "COLUMNS": "200"},  # rich would otherwise truncate table cells
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_cli_key_works_lists_without_the_key_and_revoke_takes_effect_without_restart(
    client: TestClient, keys_file: Path
) -> None:
    created = commitgraph("keys", "create", "--role", "admin", "--name", "ops robot")
    assert created.returncode == 0, created.stderr
    key = created.stdout.strip()
    assert created.stdout == key + "\n"  # alone on stdout, for scripts
    assert client.get("/metrics", headers=bearer(key)).status_code == 200

    listed = commitgraph("keys", "list")
    assert listed.returncode == 0, listed.stderr
    key_id = key.split("_")[1]
    assert key_id in listed.stdout
    assert "ops robot" in listed.stdout
    assert key not in listed.stdout + listed.stderr
    assert key.split("_", 2)[2] not in listed.stdout + listed.stderr

    revoked = commitgraph("keys", "revoke", key_id)
    assert revoked.returncode == 0, revoked.stderr
    assert_unauthenticated(client.get("/metrics", headers=bearer(key)), "revoked")
    listed_after = commitgraph("keys", "list")
    row = next(line for line in listed_after.stdout.splitlines() if key_id in line)
    assert row.count("UTC") == 2  # created, and now revoked


def test_cli_refuses_an_unknown_role_and_an_unknown_id(keys_file: Path) -> None:
    bad_role = commitgraph("keys", "create", "--role", "owner")
    assert bad_role.returncode != 0
    assert bad_role.stdout == ""
    assert "unknown role 'owner'" in bad_role.stderr
    assert "reader, editor, admin" in bad_role.stderr
    assert not keys_file.exists()

    bad_id = commitgraph("keys", "revoke", "deadbeef")
    assert bad_id.returncode != 0
    assert "no key with id 'deadbeef'" in bad_id.stderr
