"""`commitgraph-dev bench --quick` end to end, against the test Neo4j: every question compared.

The bench's figures are only worth something if both sides answer the same question. This
runs the whole harness at a tiny scale (NEO4J_URI set, so it writes into this database and
removes what it wrote) and holds what the issue asks of its output: the JSON keys, the
markdown table, one round trip per root field, and the same answer, in the same order, from
the API (GraphQL, or REST for the network the explorer draws) and from the raw driver for
every question. No timing is asserted.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from neo4j import Driver

from graph.store.settings import GraphSettings

ROOT = Path(__file__).resolve().parents[2]


def test_a_quick_bench_answers_every_question_alike_and_leaves_the_graph_as_it_was(
    seeded_graph: Driver, graph_settings: GraphSettings, fingerprint: Callable[[], object],
    tmp_path: Path,
) -> None:  # fmt: skip
    database = graph_settings.neo4j_database
    before = fingerprint()
    out = tmp_path / "bench.json"
    env = {
        **os.environ,
        "NEO4J_URI": graph_settings.uri,
        "NEO4J_USER": graph_settings.neo4j_user,
        "NEO4J_PASSWORD": graph_settings.neo4j_password,
        "NEO4J_DATABASE": database,
        "API_KEYS_FILE": str(tmp_path / "keys.json"),
    }
    run = subprocess.run(
        [sys.executable, "-m", "commitgraph_tools.cli", "bench", "--quick", "--scales", "0.05",
         "--out", str(out)],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]

    results = json.loads(out.read_text())
    for key in (
        "graphql_vs_driver_p50_ratio",
        "roundtrips_per_root_field",
        "batched_vs_per_row_ratio",
        "network_p95_ms",
    ):
        assert isinstance(results[key], int | float), key
    assert results["roundtrips_per_root_field"] == 1
    [scale] = results["scales"]
    questions = scale["queries"]
    assert len(questions) == 10  # the five, three more networks, and the REST network twice
    assert any("/api/v1/network" in name and "rest" in q for name, q in questions.items())
    for name, question in questions.items():
        assert question["same_answer"] is True, name
        assert question["roundtrips"] == 1, name
    memory = scale["memory"]  # NEO4J_URI names the database: no store size nor Neo4j process
    assert memory["neo4j_heap_used_mib"] > 0 and memory["rss_mib"]["api"] > 0, memory
    assert memory["neo4j_pagecache_size"] and memory["store_on_disk_mib"] is None, memory
    assert "| scale | query |" in run.stdout and "Targets at scale 0.05" in run.stdout
    assert "| scale | store on disk |" in run.stdout
    for side, processes in (("1", {"client", "api"}), ("driver", {"client"})):
        # CPU per request of each side's processes at every level. /proc counts CPU in ticks
        # of 10 ms, so a short level of a smoke run may read 0 for one process; over all the
        # levels each must have spent some.
        levels = results["throughput"]["d. network([X], depth: 2)"][side]
        used = [level["cpu_ms_per_request"] for level in levels]
        assert all(set(u) == processes and min(u.values()) >= 0 for u in used), (side, used)
        assert all(sum(u[name] for u in used) > 0 for name in processes), (side, used)
    assert "| side | Neo4j | API or library | client | total | ceiling | measured |" in run.stdout
    assert "load average" in run.stdout.splitlines()[0]

    assert fingerprint() == before


@pytest.mark.parametrize(
    "command", [["bench", "--quick", "--scales", "0.05"], ["synth", "--scale", "0.05"]]
)
def test_a_neo4j_uri_that_does_not_answer_is_one_clear_error(
    command: list[str], tmp_path: Path
) -> None:
    """Not a driver traceback: what failed, where, and what to do about it."""
    with socket.socket() as probe:  # a loopback port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "NEO4J_URI": f"bolt://127.0.0.1:{port}"}
    run = subprocess.run(
        [sys.executable, "-m", "commitgraph_tools.cli", *command, *(
            ["--out", str(tmp_path / "bench.json")] if command[0] == "bench" else []
        )],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    said = " ".join(run.stderr.split())
    assert f"Neo4j at bolt://127.0.0.1:{port} (NEO4J_URI) is not answering" in said
    assert "unset NEO4J_URI" in said
    assert not (tmp_path / "bench.json").exists()
