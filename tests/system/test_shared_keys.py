"""Two API processes on one Neo4j share their keys (`API_KEYS_STORE=neo4j`).

A key made by `commitgraph keys create` is accepted by both, a revoke is refused by both
within a second (each process re-reads the keys every half second at most), and a keys file
imported into Neo4j works on both.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import httpx
import pytest
from neo4j import Driver

from app.keys_neo4j import REFRESH_S
from tests.conftest import ROOT, _free_port

SHARED = {"API_KEYS_STORE": "neo4j", "ANONYMOUS_READS": "false"}
QUESTION = "/api/v1/search?q=fraud&first=3"


def commitgraph(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, **SHARED, **env},
    )


@contextmanager
def api_process(tmp_path: Path) -> Iterator[str]:
    """`commitgraph serve` on a free loopback port with keys in Neo4j; its URL once ready."""
    port = _free_port()
    log = tmp_path / f"serve-{port}.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "app.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
            env={**os.environ, **SHARED},
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, log.read_text()[-3000:]
            try:
                if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, f"not ready in 60 s:\n{log.read_text()[-3000:]}"
            time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture
def two_apis(seeded_graph: Driver, tmp_path: Path) -> Iterator[tuple[str, str]]:
    with ExitStack() as stack:
        yield (
            stack.enter_context(api_process(tmp_path)),
            stack.enter_context(api_process(tmp_path)),
        )


def status(url: str, key: str) -> int:
    return httpx.get(url + QUESTION, headers={"Authorization": f"Bearer {key}"}).status_code


def settled() -> None:
    """The bound on how old a process's copy of the keys may be, and a little over."""
    time.sleep(2 * REFRESH_S)


@pytest.mark.writes
def test_a_key_made_once_works_on_both_apis_and_a_revoke_reaches_both_within_a_second(
    two_apis: tuple[str, str], seeded_graph: Driver
) -> None:
    one, other = two_apis
    made = commitgraph("keys", "create", "--role", "reader", "--name", "frontend")
    assert made.returncode == 0, made.stderr
    key = made.stdout.strip()
    assert "Neo4j at" in made.stderr
    records, _, _ = seeded_graph.execute_query(
        "MATCH (k:__ApiKey) RETURN k.sha256 AS sha, k.role AS role"
    )
    assert [record["role"] for record in records] == ["reader"]
    assert key not in str(records)  # only its hash is stored

    settled()
    assert (status(one, key), status(other, key)) == (200, 200)

    key_id = key.split("_")[1]
    revoked = commitgraph("keys", "revoke", key_id)
    assert revoked.returncode == 0, revoked.stderr
    settled()
    assert (status(one, key), status(other, key)) == (401, 401)
    refused = httpx.get(other + QUESTION, headers={"Authorization": f"Bearer {key}"})
    assert f"the API key {key_id} was revoked" in refused.json()["reason"]


@pytest.mark.writes
def test_a_keys_file_imported_into_neo4j_works_on_both_apis(
    two_apis: tuple[str, str], tmp_path: Path
) -> None:
    one, other = two_apis
    keys_file = tmp_path / "keys.json"
    made = commitgraph(
        "keys", "create", "--role", "editor", API_KEYS_STORE="file", API_KEYS_FILE=str(keys_file)
    )
    assert made.returncode == 0, made.stderr
    key = made.stdout.strip()

    imported = commitgraph("keys", "import", str(keys_file))
    assert imported.returncode == 0, imported.stderr
    assert "imported 1 of the 1 keys" in imported.stderr
    again = commitgraph("keys", "import", str(keys_file))
    assert again.returncode == 0 and "1 were there already" in again.stderr

    settled()
    assert (status(one, key), status(other, key)) == (200, 200)
