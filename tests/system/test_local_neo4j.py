"""`commitgraph neo4j start|stop|status` runs a real server on loopback."""

from __future__ import annotations

import subprocess
import sys

from graph.local.server import LocalNeo4j


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args], capture_output=True, text=True, timeout=180
    )


def test_start_twice_succeeds_and_status_says_up(
    neo4j_server: None, local_neo4j: LocalNeo4j | None
) -> None:
    if local_neo4j is None:
        return
    first, second = _cli("neo4j", "start"), _cli("neo4j", "start")
    assert first.returncode == 0, first.stderr
    assert second.returncode == 0, second.stderr
    assert "already running" in second.stderr
    status = _cli("neo4j", "status")
    assert status.returncode == 0
    assert "up" in status.stderr and local_neo4j.uri in status.stderr


def test_status_reports_down_after_stop(neo4j_server: None, local_neo4j: LocalNeo4j | None) -> None:
    if local_neo4j is None:
        return
    try:
        stopped = _cli("neo4j", "stop")
        assert stopped.returncode == 0, stopped.stderr
        status = _cli("neo4j", "status")
        assert status.returncode == 3
        assert "down" in status.stderr
        assert not local_neo4j.status().running
    finally:
        local_neo4j.start()
    assert local_neo4j.status().running


def test_the_server_is_neo4j_community_5_26(driver) -> None:  # type: ignore[no-untyped-def]
    records, _, _ = driver.execute_query(
        "CALL dbms.components() YIELD name, versions, edition RETURN versions[0] AS v, edition"
    )
    assert records[0]["edition"] == "community"
    assert records[0]["v"].startswith("5.26.")
