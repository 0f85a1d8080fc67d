"""`commitgraph serve --workers 2`: /metrics counts what every worker did, whichever answers.

Each test runs the real command as a subprocess on a free loopback port, against the suite's
Neo4j, with an admin key from the `keys_file`/`admin_key` fixtures, and talks to it over fresh
connections so that both workers take requests.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from neo4j import Driver

from graph.store.settings import GraphSettings

ROOT = Path(__file__).resolve().parents[2]
# (query, the number of root fields in it: one Cypher round trip each)
QUERIES = [
    ("{ initiatives { totalCount } }", 1),
    ('{ a: initiatives { totalCount } b: country(id: "FR") { name } }', 2),
    ('{ countries { id } events { id } c: country(id: "IQ") { name } }', 3),
]
REQUESTS = 36  # 12 of each: 72 root fields
COUNTER = re.compile(r"^commitgraph_cypher_queries_total\{([^}]*)\}\s+(\S+)$", re.M)


class Served:
    """A running `commitgraph serve --workers 2` and what the tests need to reach it."""

    def __init__(self, process: subprocess.Popen[bytes], url: str, key: str, log: Path) -> None:
        self.process = process
        self.url = url
        self.headers = {"Authorization": f"Bearer {key}"}
        self.log = log

    def log_text(self) -> str:
        return self.log.read_text(errors="replace")

    def wait_for_started_workers(self, count: int, timeout: float = 90) -> None:
        """Until `count` workers have finished their start-up (each logs it once)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process.poll() is None, f"the server exited:\n{self.log_text()[-3000:]}"
            if self.log_text().count("Application startup complete") >= count:
                return
            time.sleep(0.2)
        raise AssertionError(f"{count} workers did not start in time:\n{self.log_text()[-3000:]}")

    def ask(self, query: str) -> None:
        # a new connection per request (no keep-alive pool), so either worker may accept it
        response = httpx.post(
            f"{self.url}/graphql", json={"query": query}, headers=self.headers, timeout=30
        )
        assert response.status_code == 200, response.text
        assert "errors" not in response.json(), response.text

    def counters(self) -> dict[str, float]:
        """commitgraph_cypher_queries_total by its labels, as one scrape of /metrics sees it."""
        response = httpx.get(f"{self.url}/metrics", headers=self.headers, timeout=30)
        assert response.status_code == 200, response.text
        return {labels: float(value) for labels, value in COUNTER.findall(response.text)}

    def scrapes(self, times: int = 6) -> list[float]:
        return [sum(self.counters().values()) for _ in range(times)]

    def worker_pids(self) -> set[int]:
        """The uvicorn workers: the server's children started by multiprocessing's spawn."""
        pids = set()
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
                command = (entry / "cmdline").read_bytes()
            except (OSError, IndexError, ValueError):
                continue
            if parent == self.process.pid and b"spawn_main" in command:
                pids.add(int(entry.name))
        return pids


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def serve_two_workers(tmp_path: Path, key: str, **env: str) -> Iterator[Served]:
    port = _free_port()
    log = tmp_path / f"serve-{port}.log"
    environment = {**os.environ, "LOG_LEVEL": "INFO", "ANONYMOUS_READS": "false", **env}
    command = [sys.executable, "-m", "app.cli", "serve", "--host", "127.0.0.1",
               "--port", str(port), "--workers", "2"]  # fmt: skip
    with log.open("wb") as out:
        process = subprocess.Popen(
            command, env=environment, stdout=out, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, cwd=ROOT, start_new_session=True,
        )  # fmt: skip
    served = Served(process, f"http://127.0.0.1:{port}", key, log)
    try:
        served.wait_for_started_workers(2)
        yield served
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGINT)  # Ctrl-C: uvicorn stops its workers, then exits
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


def send_all(served: Served) -> int:
    """Send REQUESTS queries, six at a time; return the number of root fields sent."""
    batch = [QUERIES[i % len(QUERIES)] for i in range(REQUESTS)]
    with ThreadPoolExecutor(max_workers=6) as pool:
        list(pool.map(served.ask, [query for query, _ in batch]))
    return sum(roots for _, roots in batch)


def test_metrics_of_two_workers_count_every_request_whichever_worker_answers(
    seeded_graph: Driver, keys_file: Path, admin_key: str, tmp_path: Path,
    graph_settings: GraphSettings,
) -> None:  # fmt: skip
    env = {"NEO4J_URI": graph_settings.uri}
    with serve_two_workers(tmp_path, admin_key, **env) as served:
        private = re.search(r"PROMETHEUS_MULTIPROC_DIR=(\S+)", served.log_text())
        assert private, "serve should say which directory the workers share"
        shared = Path(private.group(1))
        assert shared.is_dir()

        before = served.scrapes()
        assert len(set(before)) == 1, f"scrapes disagree before the requests: {before}"
        roots = send_all(served)
        after = served.scrapes()
        assert len(set(after)) == 1, f"scrapes disagree after the requests: {after}"
        assert after[0] - before[0] == roots == 72

        # both workers counted something of their own (else this test proves nothing)
        counted_by = {p.name for p in shared.glob("counter_*.db")}
        assert len(counted_by) >= 2, counted_by
    assert served.process.returncode is not None
    assert not shared.exists(), "the private directory should go when the server stops"


def test_a_chosen_directory_is_cleaned_at_start_and_a_killed_worker_keeps_its_counts(
    seeded_graph: Driver, keys_file: Path, admin_key: str, tmp_path: Path,
    graph_settings: GraphSettings,
) -> None:  # fmt: skip
    from prometheus_client.mmap_dict import MmapedDict

    chosen = tmp_path / "prometheus"
    chosen.mkdir()
    env = {"NEO4J_URI": graph_settings.uri, "PROMETHEUS_MULTIPROC_DIR": str(chosen)}
    # a previous run's leftovers: a counter file from a process long gone, and a note
    stale = (
        "from graph.store.driver import CYPHER_QUERIES; CYPHER_QUERIES.labels('stale').inc(1000)"
    )
    subprocess.run([sys.executable, "-c", stale], env={**os.environ, **env}, cwd=ROOT, check=True)
    assert list(chosen.glob("counter_*.db"))
    (chosen / "notes.txt").write_text("not ours to delete")

    with serve_two_workers(tmp_path, admin_key, **env) as served:
        assert "PROMETHEUS_MULTIPROC_DIR=" + str(chosen) in served.log_text()
        assert not any('operation="stale"' in labels for labels in served.counters())
        assert (chosen / "notes.txt").exists()

        roots = send_all(served)
        total = served.scrapes()
        assert len(set(total)) == 1, total
        assert total[0] >= roots

        workers = served.worker_pids()
        assert len(workers) == 2, workers
        counted = {pid for pid in workers if (chosen / f"counter_{pid}.db").exists()}
        assert counted, "no worker counted anything"
        victim = min(counted)
        # a live gauge's file, as a worker keeps one per process: it must go when it dies
        MmapedDict(str(chosen / f"gauge_livesum_{victim}.db")).close()
        os.kill(victim, signal.SIGKILL)
        served.wait_for_started_workers(3)  # uvicorn replaces the dead worker
        assert len(served.worker_pids() - {victim}) == 2

        # the dead worker's counts stay in the total: a counter never goes down
        assert served.scrapes() == total
        deadline = time.monotonic() + 15
        while (chosen / f"gauge_livesum_{victim}.db").exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not (chosen / f"gauge_livesum_{victim}.db").exists(), "dead worker not marked"
        assert (chosen / f"counter_{victim}.db").exists()
    assert chosen.is_dir(), "a directory the user chose stays"


@pytest.fixture(autouse=True)
def _no_inherited_multiproc_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test decides itself whether the server gets PROMETHEUS_MULTIPROC_DIR."""
    monkeypatch.delenv("PROMETHEUS_MULTIPROC_DIR", raising=False)
