"""The managed local Neo4j: a real Neo4j Community server for machines without Docker.

The distribution comes from Maven Central (`org.neo4j:neo4j` and `org.neo4j.app:neo4j-server`
resolved by `mvn dependency:copy-dependencies`, the same jars as the official tarball) and
runs as its own JVM with Bolt on 127.0.0.1. Nothing here is a stand-in: the API reaches this
server only through the official driver over Bolt, as it would reach any other Neo4j.
"""

from __future__ import annotations

import fcntl
import logging
import os
import re
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from neo4j import GraphDatabase
from neo4j.exceptions import AuthError, Neo4jError, ServiceUnavailable

from graph.store.settings import NEO4J_VERSION, GraphSettings

log = logging.getLogger(__name__)

POM = Path(__file__).with_name("neo4j_dist") / "pom.xml"
ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
ADMIN_TOOL = "org.neo4j.cli.AdminTool"
START_TIMEOUT_S = 120.0
STOP_TIMEOUT_S = 60.0
DOCKER_HINT = (
    "Without them, use the Docker route instead: `docker compose up` runs "
    "neo4j:5.26-community (see README.md), and set NEO4J_URI to reach it."
)


class LocalNeo4jError(RuntimeError):
    """Something a person must fix before the local Neo4j can run; the message says what."""


@dataclass(frozen=True)
class LocalNeo4jStatus:
    running: bool
    uri: str
    pid: int | None
    home: Path
    detail: str


class LocalNeo4j:
    """Fetch, start, stop and report on one local Neo4j instance described by settings."""

    def __init__(self, settings: GraphSettings) -> None:
        self.settings = settings
        self.home = settings.local_neo4j_dir.resolve()
        self.dist = (settings.local_neo4j_cache / NEO4J_VERSION).resolve()
        self.lib = self.dist / "lib"
        self.conf_dir = self.home / "conf"
        self.data_dir = self.home / "data"
        self.logs_dir = self.home / "logs"
        self.pid_file = self.home / "run" / "neo4j.pid"
        self.uri = f"bolt://127.0.0.1:{settings.local_neo4j_port}"

    # -- installation -------------------------------------------------------------------

    def is_installed(self) -> bool:
        return (self.dist / ".complete").exists()

    def install(self, on_step: Callable[[str], None] = log.info) -> None:
        """Fetch the distribution once; later calls find it in the cache and return. A lock
        beside the cache makes a second process (another test worker, a second start) wait
        for the first fetch instead of fetching into the same folder at once."""
        if self.is_installed():
            return
        self.dist.parent.mkdir(parents=True, exist_ok=True)
        with open(self.dist.with_name(self.dist.name + ".lock"), "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if not self.is_installed():
                self._fetch(on_step)

    def _fetch(self, on_step: Callable[[str], None]) -> None:
        java_version = _java_major_version()
        if java_version is None:
            raise LocalNeo4jError(
                f"Java 17 or newer is needed and `java` was not found. {DOCKER_HINT}"
            )
        if java_version < 17:
            raise LocalNeo4jError(
                f"Java 17 or newer is needed; `java` here is version {java_version}. {DOCKER_HINT}"
            )
        mvn = shutil.which("mvn")
        if mvn is None:
            raise LocalNeo4jError(
                f"Maven (`mvn`) is needed to fetch Neo4j and was not found. {DOCKER_HINT}"
            )
        on_step(f"Fetching Neo4j Community {NEO4J_VERSION} from Maven Central into {self.dist}")
        staging = self.dist.with_name(self.dist.name + ".partial")
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        command = [
            mvn, "-B", "-q", "-f", str(POM),
            f"-Dneo4j.version={NEO4J_VERSION}",
            "dependency:copy-dependencies",
            f"-DoutputDirectory={staging / 'lib'}",
            "-DincludeScope=runtime",
        ]  # fmt: skip
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            tail = "\n".join((result.stdout + result.stderr).strip().splitlines()[-20:])
            raise LocalNeo4jError(f"Maven could not fetch Neo4j {NEO4J_VERSION}:\n{tail}")
        if not list((staging / "lib").glob(f"neo4j-{NEO4J_VERSION}.jar")):
            raise LocalNeo4jError(f"Maven finished but neo4j-{NEO4J_VERSION}.jar is missing")
        (staging / ".complete").write_text(NEO4J_VERSION)
        shutil.rmtree(self.dist, ignore_errors=True)
        staging.rename(self.dist)
        on_step(f"Neo4j {NEO4J_VERSION} cached ({len(list(self.lib.glob('*.jar')))} jars)")

    # -- life cycle -------------------------------------------------------------------

    def status(self) -> LocalNeo4jStatus:
        pid = self._live_pid()
        if pid is None:
            return LocalNeo4jStatus(False, self.uri, None, self.home, "not running")
        if self._bolt_answers():
            return LocalNeo4jStatus(True, self.uri, pid, self.home, "up, Bolt answers")
        return LocalNeo4jStatus(
            False, self.uri, pid, self.home, "process alive, Bolt not answering"
        )

    def start(self, on_step: Callable[[str], None] = log.info) -> LocalNeo4jStatus:
        """Start the server, or do nothing when it is already up; return once Bolt answers."""
        current = self.status()
        if current.running:
            on_step(f"Neo4j already running at {self.uri} (pid {current.pid})")
            return current
        if current.pid is not None:
            on_step(f"Neo4j process {current.pid} exists but Bolt does not answer yet; waiting")
            return self._wait_for_bolt(current.pid)
        if _port_in_use(self.settings.local_neo4j_port):
            raise LocalNeo4jError(
                f"Port {self.settings.local_neo4j_port} on 127.0.0.1 is taken by another process; "
                "stop it or set LOCAL_NEO4J_PORT to a free port."
            )
        self.install(on_step)
        first_start = not (self.data_dir / "databases").exists()
        self._write_config()
        if first_start:
            self._set_initial_password()
        on_step(f"Starting Neo4j {NEO4J_VERSION} on {self.uri} (home {self.home})")
        self.logs_dir.mkdir(parents=True, exist_ok=True)
        self.pid_file.parent.mkdir(parents=True, exist_ok=True)
        console = (self.logs_dir / "console.log").open("ab")
        process = subprocess.Popen(
            [
                _java(),
                f"-Xms{self.settings.local_neo4j_heap}",
                f"-Xmx{self.settings.local_neo4j_heap}",
                "-XX:+UseG1GC",
                "-XX:+ExitOnOutOfMemoryError",
                "-Dfile.encoding=UTF-8",
                *self.settings.local_neo4j_jvm_options.split(),
                "-cp",
                f"{self.lib}/*",
                ENTRY_POINT,
                f"--home-dir={self.home}",
                f"--config-dir={self.conf_dir}",
            ],
            stdout=console,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
            cwd=self.home,
        )
        console.close()
        self.pid_file.write_text(str(process.pid))
        return self._wait_for_bolt(process.pid)

    def stop(self, on_step: Callable[[str], None] = log.info) -> None:
        pid = self._live_pid()
        if pid is None:
            on_step("Neo4j is not running")
            self.pid_file.unlink(missing_ok=True)
            return
        on_step(f"Stopping Neo4j (pid {pid})")
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + STOP_TIMEOUT_S
        while time.monotonic() < deadline and _alive(pid):
            time.sleep(0.2)
        if _alive(pid):
            log.warning("Neo4j did not stop within %.0f s; killing pid %s", STOP_TIMEOUT_S, pid)
            os.kill(pid, signal.SIGKILL)
            while _alive(pid):
                time.sleep(0.1)
        self.pid_file.unlink(missing_ok=True)
        on_step("Neo4j stopped")

    # -- physical backups -------------------------------------------------------------

    def dump(self, target: Path) -> None:
        """Write the database to `target` with `neo4j-admin database dump`, as shipped in the
        distribution. Neo4j Community can dump only a stopped database: the caller stops it."""
        self._refuse_when_running("dump")
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".partial")
        with partial.open("wb") as out:
            self._admin(
                ["database", "dump", self.settings.neo4j_database, "--to-stdout"], stdout=out
            )
        partial.replace(target)

    def load_dump(self, source: Path) -> None:
        """Replace the database with the dump in `source` (`neo4j-admin database load`).

        The database must exist in the instance already (the first start makes `neo4j`)."""
        self._refuse_when_running("restore")
        if not source.is_file():
            raise LocalNeo4jError(f"no dump at {source}")
        with source.open("rb") as dump:
            self._admin(
                [
                    "database",
                    "load",
                    self.settings.neo4j_database,
                    "--from-stdin",
                    "--overwrite-destination=true",
                ],
                stdin=dump,
            )

    def _refuse_when_running(self, what: str) -> None:
        pid = self._live_pid()
        if pid is not None:
            raise LocalNeo4jError(
                f"Neo4j is running (pid {pid}) and Neo4j Community can {what} only a stopped "
                "database: run `commitgraph neo4j stop` first, or pass --stop to stop it, "
                f"{what} and start it again"
            )
        if not (self.data_dir / "databases").exists():
            raise LocalNeo4jError(
                f"no local Neo4j in {self.home} yet: `commitgraph neo4j start` creates it"
            )

    def _admin(self, arguments: list[str], **streams: IO[bytes]) -> None:
        """Run neo4j-admin from the distribution's jars, with this instance's config."""
        self._write_config()
        env = {**os.environ, "NEO4J_HOME": str(self.home), "NEO4J_CONF": str(self.conf_dir)}
        result = subprocess.run(
            [_java(), "-cp", f"{self.lib}/*", ADMIN_TOOL, *arguments],
            stdout=streams.get("stdout", subprocess.PIPE),
            stdin=streams.get("stdin", subprocess.DEVNULL),
            stderr=subprocess.PIPE,
            env=env,
            check=False,
        )
        if result.returncode != 0:
            said = result.stderr.decode("utf-8", "replace").strip()[-800:]
            raise LocalNeo4jError(f"neo4j-admin {' '.join(arguments[:2])} failed: {said}")

    # -- internals -------------------------------------------------------------------

    def _write_config(self) -> None:
        self.conf_dir.mkdir(parents=True, exist_ok=True)
        port = self.settings.local_neo4j_port
        lines = [
            "# Written by commitgraph on every start; edit settings, not this file.",
            "server.default_listen_address=127.0.0.1",
            "server.default_advertised_address=127.0.0.1",
            f"server.bolt.listen_address=127.0.0.1:{port}",
            f"server.bolt.advertised_address=127.0.0.1:{port}",
            "server.http.enabled=false",
            "server.https.enabled=false",
            f"server.memory.heap.initial_size={self.settings.local_neo4j_heap}",
            f"server.memory.heap.max_size={self.settings.local_neo4j_heap}",
            f"server.memory.pagecache.size={self.settings.local_neo4j_pagecache}",
            f"server.directories.data={self.data_dir}",
            f"server.directories.logs={self.logs_dir}",
            f"server.directories.run={self.pid_file.parent}",
            "dbms.security.auth_enabled=true",
            "dbms.usage_report.enabled=false",
            "db.transaction.timeout=60s",
            # Bolt's network threads otherwise wait out Netty's quiet period, once or twice,
            # after the databases have already stopped, and `stop` waits with them.
            # An internal setting of the pinned 5.26 (an unknown one would stop the start).
            "internal.dbms.bolt.netty_server_shutdown_quiet_period=0",
        ]
        (self.conf_dir / "neo4j.conf").write_text("\n".join(lines) + "\n")

    def _set_initial_password(self) -> None:
        env = {**os.environ, "NEO4J_HOME": str(self.home), "NEO4J_CONF": str(self.conf_dir)}
        result = subprocess.run(
            [
                _java(),
                "-cp",
                f"{self.lib}/*",
                ADMIN_TOOL,
                "dbms",
                "set-initial-password",
                self.settings.neo4j_password,
            ],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        if result.returncode != 0:
            raise LocalNeo4jError(
                "neo4j-admin could not set the initial password: "
                f"{(result.stdout + result.stderr).strip()[-500:]}"
            )

    def _wait_for_bolt(self, pid: int) -> LocalNeo4jStatus:
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if not _alive(pid):
                self.pid_file.unlink(missing_ok=True)
                raise LocalNeo4jError(f"Neo4j exited during start-up.\n{self.log_tail()}")
            try:
                if self._bolt_answers(raise_auth=True):
                    return LocalNeo4jStatus(True, self.uri, pid, self.home, "up, Bolt answers")
            except AuthError as error:
                raise LocalNeo4jError(
                    f"Neo4j is up but refuses the password from settings ({error.message}). "
                    f"The password is set on the first start only: remove {self.data_dir} to "
                    "start afresh, or set NEO4J_PASSWORD to the one it was created with."
                ) from error
            time.sleep(0.5)
        os.kill(pid, signal.SIGKILL)
        self.pid_file.unlink(missing_ok=True)
        raise LocalNeo4jError(
            f"Neo4j did not answer on {self.uri} within {START_TIMEOUT_S:.0f} s.\n{self.log_tail()}"
        )

    def _bolt_answers(self, raise_auth: bool = False) -> bool:
        auth = (self.settings.neo4j_user, self.settings.neo4j_password)
        try:
            with (
                GraphDatabase.driver(self.uri, auth=auth, connection_timeout=2) as driver,
                driver.session(database=self.settings.neo4j_database) as session,
            ):
                session.run("RETURN 1").consume()  # one try: no managed-transaction retries
            return True
        except AuthError:
            if raise_auth:
                raise
            return False
        except (ServiceUnavailable, Neo4jError, OSError):
            return False

    def _live_pid(self) -> int | None:
        try:
            pid = int(self.pid_file.read_text().strip())
        except (FileNotFoundError, ValueError):
            return None
        return pid if _alive(pid) else None

    def log_tail(self, lines: int = 30) -> str:
        parts = []
        for name in ("neo4j.log", "console.log"):
            path = self.logs_dir / name
            if path.exists():
                tail = path.read_text(errors="replace").splitlines()[-lines:]
                parts.append(f"--- last lines of {path} ---\n" + "\n".join(tail))
        return "\n".join(parts) or f"(no log in {self.logs_dir})"


def _java() -> str:
    java_home = os.environ.get("JAVA_HOME")
    if java_home and (Path(java_home) / "bin" / "java").exists():
        return str(Path(java_home) / "bin" / "java")
    return shutil.which("java") or "java"


def _java_major_version() -> int | None:
    try:
        result = subprocess.run([_java(), "-version"], capture_output=True, text=True, check=False)
    except FileNotFoundError:
        return None
    match = re.search(r'version "(\d+)(?:\.(\d+))?', result.stderr + result.stdout)
    if not match:
        return None
    major = int(match.group(1))
    return int(match.group(2) or 0) if major == 1 else major


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a zombie child of ours counts as gone
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split()[2] != "Z"
    except OSError:
        return True


def _port_in_use(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.settimeout(0.5)
        return probe.connect_ex(("127.0.0.1", port)) == 0
