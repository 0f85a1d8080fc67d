"""Backups that restore: the graph copied out, wiped, and put back gives the same answers.

Both routes run as a person runs them, as commands: the logical one over Bolt
(`commitgraph backup` / `restore`, any Neo4j) and the physical one for the managed local
Neo4j (`commitgraph neo4j dump` / `restore`, neo4j-admin, with Neo4j stopped for it). Each
starts from the seed and corpus as loaded, plus curation writes with their audit records.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from app.keys_neo4j import Neo4jKeyStore
from graph.store.backup import fingerprint_of, read_manifest
from graph.store.settings import GraphSettings
from tests.conftest import ROOT, wipe

SOURCE = "oic-summit-day1-press-release"
CITE = f'citation: {{source: "{SOURCE}", quote: "A communique was issued"}}'
WRITES = [
    f'mutation {{ upsertInitiative(input: {{id: "returns-agreement", name: "Returns", '
    f'summary: "S", kind: "agreement", {CITE}}}) {{ id }} }}',
    f'mutation {{ recordProgress(input: {{initiative: "iraq-fraudulent-document-training", '
    f'status: IN_PROGRESS, on: "2026-01-15", note: "n", {CITE}}}) {{ id }} }}',
]
QUESTIONS = [
    '{ initiatives(filter: {countries: ["FR", "IQ"]}) { totalCount nodes { id name status '
    "participants { role actor { id name } evidence { quote source { title } } } } } }",
    '{ initiative(id: "returns-agreement") { id name status sources { quote } } }',
    '{ initiative(id: "iraq-fraudulent-document-training") { id status history { status on } } }',
    '{ shortestPaths(from: "FR", to: "IQ") { length nodes { id type } edges { type role } } }',
    '{ fundingStreams(region: "western-balkans") { name amount { amount currency } funders { name } } }',
]
REST = [
    "/api/v1/network?focus=FR&focus=IQ&depth=1",
    "/api/v1/nodes/iraq-fraudulent-document-training",
    "/api/v1/search?q=fraud&first=5",
]


def commitgraph(*args: str) -> subprocess.CompletedProcess[str]:
    """The `commitgraph` command; it inherits the suite's Neo4j settings."""
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )


Answers = Callable[[], dict[str, Any]]


@pytest.fixture
def curated(
    client: TestClient, seeded_graph: Driver, editor_key: str, graph_settings: GraphSettings
) -> Driver:
    """The seed and corpus as loaded, curation writes made through the API on top, and API
    keys kept in Neo4j (one of them revoked)."""
    shared = Neo4jKeyStore(graph_settings)
    shared.create("editor", "kept in Neo4j")
    _, revoked = shared.create("reader", "revoked in Neo4j")
    shared.revoke(revoked.id)
    for document in WRITES:
        response = client.post(
            "/graphql", json={"query": document}, headers={"Authorization": f"Bearer {editor_key}"}
        )
        assert response.status_code == 200 and "errors" not in response.json(), response.text
    return seeded_graph


@pytest.fixture
def answers(client: TestClient, reader_key: str) -> Answers:
    """What the API says to a set of GraphQL and REST questions, to compare."""
    headers = {"Authorization": f"Bearer {reader_key}"}

    def ask() -> dict[str, Any]:
        said: dict[str, Any] = {}
        for query in QUESTIONS:
            response = client.post("/graphql", json={"query": query}, headers=headers)
            said[query] = (response.status_code, response.json())
        for path in REST:
            response = client.get(path, headers=headers)
            said[path] = (response.status_code, response.json())
        return said

    return ask


def without_edge_ids(answer: Any) -> Any:
    """An answer with its edges' `id`s left out: they are Neo4j's element ids of the
    relationships, which a logical restore creates anew (the physical route keeps them).
    Node ids are the graph's own and stay."""
    if isinstance(answer, dict):
        edge = "source" in answer and "target" in answer
        return {k: without_edge_ids(v) for k, v in answer.items() if not (edge and k == "id")}
    if isinstance(answer, list | tuple):
        return [without_edge_ids(item) for item in answer]
    return answer


def stored_keys(driver: Driver) -> list[dict[str, Any]]:
    records, _, _ = driver.execute_query(
        "MATCH (k:__ApiKey) RETURN properties(k) AS k ORDER BY k.id"
    )
    return [record["k"] for record in records]


def ledger(driver: Driver) -> list[dict[str, Any]]:
    records, _, _ = driver.execute_query(
        "MATCH (m:__Migration) RETURN properties(m) AS m ORDER BY m.version"
    )
    return [record["m"] for record in records]


def audit(driver: Driver) -> list[dict[str, Any]]:
    records, _, _ = driver.execute_query(
        "MATCH (c:Change) OPTIONAL MATCH (c)-[:CHANGED]->(n) "
        "RETURN properties(c) AS c, collect(n.id) AS changed ORDER BY c.at, c.operation"
    )
    return [dict(record) for record in records]


@pytest.mark.writes
def test_backup_wipe_and_restore_give_the_same_fingerprint_ledger_and_answers(
    curated: Driver, answers: Answers, graph_settings: GraphSettings, tmp_path: Path
) -> None:
    database = graph_settings.neo4j_database
    before = fingerprint_of(curated, database)
    said, entries, changes = answers(), ledger(curated), audit(curated)
    keys = stored_keys(curated)
    assert entries and changes and len(keys) == 2  # all there to be copied

    file = tmp_path / "graph.jsonl.gz"
    done = commitgraph("backup", str(file))
    assert done.returncode == 0, done.stderr
    assert before.fingerprint in done.stderr
    manifest = read_manifest(file)
    assert (manifest.nodes, manifest.relationships) == (before.nodes, before.relationships)
    assert manifest.fingerprint == before.fingerprint
    assert manifest.labels["__Migration"] == len(entries)
    assert manifest.labels["Change"] == len(changes)
    assert "5.26" in manifest.neo4j
    with gzip.open(file, "rt", encoding="utf-8") as lines:
        header = json.loads(next(lines))
    assert header["format"] == "commitgraph-backup/1"

    refused = commitgraph("restore", str(file))  # the database still holds the graph
    assert refused.returncode == 1
    assert "not empty" in refused.stderr and "--force" in refused.stderr
    assert fingerprint_of(curated, database).fingerprint == before.fingerprint

    wipe(curated, database)
    assert fingerprint_of(curated, database).nodes == 0
    restored = commitgraph("restore", str(file))
    assert restored.returncode == 0, restored.stderr
    assert "matches" in restored.stderr

    assert fingerprint_of(curated, database).fingerprint == before.fingerprint
    assert ledger(curated) == entries
    assert audit(curated) == changes
    assert stored_keys(curated) == keys
    assert without_edge_ids(answers()) == without_edge_ids(said)


@pytest.mark.writes
def test_restore_with_force_replaces_what_the_database_holds(
    curated: Driver, graph_settings: GraphSettings, tmp_path: Path
) -> None:
    database = graph_settings.neo4j_database
    before = fingerprint_of(curated, database)
    file = tmp_path / "graph.jsonl.gz"
    assert commitgraph("backup", str(file)).returncode == 0
    curated.execute_query("MATCH (c:Country {id: 'FR'}) DETACH DELETE c")
    curated.execute_query("CREATE (:Stray {id: 'not-in-the-backup'})")

    restored = commitgraph("restore", str(file), "--force")
    assert restored.returncode == 0, restored.stderr
    assert fingerprint_of(curated, database).fingerprint == before.fingerprint


def test_a_file_that_is_not_a_backup_is_refused_naming_it(
    tmp_path: Path, neo4j_server: None
) -> None:
    file = tmp_path / "notes.jsonl.gz"
    file.write_bytes(b"not gzip at all")
    refused = commitgraph("restore", str(file))
    assert refused.returncode == 1
    assert str(file) in refused.stderr and "gzip" in refused.stderr


@pytest.mark.writes
def test_the_physical_dump_refuses_a_running_neo4j_then_round_trips_with_stop(
    curated: Driver, answers: Answers, graph_settings: GraphSettings, tmp_path: Path
) -> None:
    if not graph_settings.uses_local_neo4j:
        pytest.skip("the physical route is for the managed local Neo4j (NEO4J_URI is set)")
    database = graph_settings.neo4j_database
    before = fingerprint_of(curated, database)
    said, entries = answers(), ledger(curated)
    dump = tmp_path / "graph.dump"

    refused = commitgraph("neo4j", "dump", str(dump))
    assert refused.returncode == 1
    assert "stopped" in refused.stderr and "--stop" in refused.stderr
    assert not dump.exists()

    dumped = commitgraph("neo4j", "dump", str(dump), "--stop")
    assert dumped.returncode == 0, dumped.stderr
    assert dump.stat().st_size > 0

    wipe(curated, database)
    restored = commitgraph("neo4j", "restore", str(dump), "--stop")
    assert restored.returncode == 0, restored.stderr

    assert fingerprint_of(curated, database).fingerprint == before.fingerprint
    assert ledger(curated) == entries
    assert answers() == said
