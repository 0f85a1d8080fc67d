"""The product installs and starts without its tooling, as the Docker image installs it.

The files the Dockerfile copies go into a fresh build context, and its `pip install` runs there
into a fresh virtual environment: no dev extra, no editable install, the versions of
constraints.txt. The installed `commitgraph` then checks every Cypher file the wheel carries,
loads the schema and Day 1 from the wheel into the suite's empty Neo4j (the whole corpus's load
is the loader's tests' business, and takes a minute), and serves them: /readyz answers 200 and
GraphQL answers from the seed. The dev-only tooling (`commitgraph_tools`) and its HTTP client
are not there.
"""

from __future__ import annotations

import os
import shlex
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from neo4j import Driver

from graph.store.settings import GraphSettings
from tests.support.loading import SCHEMA, SCHEMA_AND_SOME_SEED, SEED

ROOT = Path(__file__).resolve().parents[2]


def _dockerfile_install() -> tuple[list[str], list[str]]:
    """What the Dockerfile copies into its build context, and the arguments of its pip install."""
    copied: list[str] = []
    install: list[str] = []
    for line in (ROOT / "Dockerfile").read_text().splitlines():
        words = shlex.split(line.split("#", 1)[0])
        if words[:1] == ["COPY"]:
            copied += words[1:-1]
        elif words[:3] == ["RUN", "pip", "install"]:
            install = words[3:]
    assert copied and install, "the Dockerfile no longer copies the project and pip-installs it"
    return copied, install


@pytest.fixture(scope="session")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A virtual environment with the project installed as the Docker image installs it; its
    `bin` folder. Built once per session: it downloads every dependency."""
    copied, install = _dockerfile_install()
    assert "." in install and not any("[" in word or word == "-e" for word in install), install
    base = tmp_path_factory.mktemp("packaging")
    context = base / "context"
    context.mkdir()
    for name in copied:
        source = ROOT / name
        if source.is_dir():
            ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
            shutil.copytree(source, context / name, ignore=ignore)
        else:
            shutil.copy2(source, context / name)
    venv = base / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    pip = [str(venv / "bin" / "python"), "-m", "pip"]
    # The image's build has no wheel cache to reuse; here pip's cache (filled by `make setup`)
    # spares downloading every dependency again, and changes nothing that gets installed.
    reusing_the_cache = [word for word in install if word != "--no-cache-dir"]
    done = subprocess.run(
        [*pip, "install", "--quiet", "--disable-pip-version-check", *reusing_the_cache],
        cwd=context, capture_output=True, text=True, timeout=1800, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    return venv / "bin"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def environment(graph_settings: GraphSettings, tmp_path: Path) -> dict[str, str]:
    """The suite's Neo4j given by URI and credentials, as an operator sets them for the image;
    nothing of the checkout's settings or virtual environment."""
    inherited = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG", "TMPDIR")}
    return {
        **inherited,
        "NEO4J_URI": graph_settings.uri,
        "NEO4J_USER": graph_settings.neo4j_user,
        "NEO4J_PASSWORD": graph_settings.neo4j_password,
        "NEO4J_DATABASE": graph_settings.neo4j_database,
        "API_KEYS_FILE": str(tmp_path / "keys.json"),
        "ANONYMOUS_READS": "true",
    }


def _run(
    bin_dir: Path, args: list[str], env: dict[str, str], cwd: Path
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(bin_dir / args[0]), *args[1:]],
        env=env, cwd=cwd, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip


def test_the_installed_package_has_no_tooling_and_no_dev_dependency(installed: Path) -> None:
    for module in ("commitgraph_tools", "httpx", "pytest"):
        probe = subprocess.run(
            [str(installed / "python"), "-c", f"import {module}"],
            capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
        assert probe.returncode != 0, f"{module} is importable in a plain install"
        assert f"No module named '{module}'" in probe.stderr, probe.stderr
    assert not (installed / "commitgraph-dev").exists()


@contextmanager
def serving(installed: Path, environment: dict[str, str], cwd: Path) -> Iterator[str]:
    """`commitgraph serve` of the plain install on a free port; its URL."""
    port = _free_port()
    with (cwd / "serve.log").open("w") as log:
        process = subprocess.Popen(
            [str(installed / "commitgraph"), "serve", "--host", "127.0.0.1", "--port", str(port)],
            env=environment, cwd=cwd, stdout=log, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            yield f"http://127.0.0.1:{port}"
        finally:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _ready(url: str, seconds: float = 60) -> httpx.Response:
    deadline = time.monotonic() + seconds
    while True:
        try:
            response = httpx.get(f"{url}/readyz", timeout=5)
            if response.status_code == 200 or time.monotonic() > deadline:
                return response
        except httpx.TransportError:
            if time.monotonic() > deadline:
                raise
        time.sleep(0.25)


@pytest.mark.writes
def test_the_plain_install_helps_loads_and_serves_the_seed(
    installed: Path, environment: dict[str, str], empty_graph: Driver, tmp_path: Path
) -> None:
    helped = _run(installed, ["commitgraph", "--help"], environment, tmp_path)
    assert helped.returncode == 0, helped.stderr
    for command in ("neo4j", "load", "check", "sources", "keys", "serve"):
        assert command in helped.stdout, helped.stdout
    for tooling in ("bench", "synth", "loadtest"):
        assert tooling not in helped.stdout, helped.stdout

    checked = _run(installed, ["commitgraph", "check"], environment, tmp_path)
    in_checkout = len([*SCHEMA.glob("*.cypher"), *SEED.glob("*.cypher")])
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert f"{in_checkout} files checked: no problems" in checked.stdout + checked.stderr

    carried = _run(
        installed,
        ["python", "-c", "from graph.store.settings import CYPHER_DIR; print(CYPHER_DIR)"],
        environment, tmp_path,
    )  # fmt: skip
    wheel_cypher = Path(carried.stdout.strip())
    assert ROOT not in wheel_cypher.parents, wheel_cypher  # the wheel's copy, not the checkout's
    some_of_the_wheels = [
        str(wheel_cypher / path.relative_to(ROOT / "cypher")) for path in SCHEMA_AND_SOME_SEED
    ]
    loaded = _run(installed, ["commitgraph", "load", *some_of_the_wheels], environment, tmp_path)
    assert loaded.returncode == 0, loaded.stderr
    assert "applied" in loaded.stderr, loaded.stderr

    with serving(installed, environment, tmp_path) as url:
        ready = _ready(url)
        query = {"query": '{ country(id: "FR") { name } }'}
        answer = httpx.post(f"{url}/graphql", json=query, timeout=30)
    assert ready.status_code == 200, (tmp_path / "serve.log").read_text()
    assert answer.status_code == 200, answer.text
    assert answer.json() == {"data": {"country": {"name": "France"}}}
