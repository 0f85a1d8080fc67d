"""Prometheus metrics that stay true when `commitgraph serve --workers N` runs N processes.

prometheus-client keeps a metric in the memory of the process that counts it, so with several
uvicorn workers a scrape of /metrics would see the numbers of whichever worker answered it. In
its multiprocess mode every process writes its values to files in PROMETHEUS_MULTIPROC_DIR and
a scrape sums the files. The library picks the mode when a metric module is imported, so the
directory must be in the environment before a worker imports `graph.store.driver`: `serve`
sets it in the parent, before uvicorn spawns the workers, which inherit it.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from prometheus_client import REGISTRY, CollectorRegistry
from prometheus_client.multiprocess import MultiProcessCollector, mark_process_dead

log = logging.getLogger(__name__)

ENV = "PROMETHEUS_MULTIPROC_DIR"
#: How often the serving parent looks for workers that died (uvicorn has no hook for it).
SWEEP_SECONDS = 1.0


def configured_dir() -> Path | None:
    """The directory the processes share, or None when metrics are per process (the default)."""
    value = os.environ.get(ENV)
    return Path(value) if value else None


def scrape_registry() -> CollectorRegistry:
    """What /metrics exposes: the sum over every process's files in multiprocess mode.

    A fresh registry per scrape, as prometheus-client asks: the default one also holds this
    process's own collectors (process_*, python_gc_*), which mean nothing summed over workers.
    """
    directory = configured_dir()
    if directory is None:
        return REGISTRY
    registry = CollectorRegistry()
    MultiProcessCollector(registry, path=str(directory))
    return registry


def clean_stale(directory: Path) -> None:
    """Delete the value files a previous run left, so its counts are not added to this run's.

    Only `*.db` files, the ones prometheus-client writes; anything else in a directory the
    user chose is theirs.
    """
    for stale in directory.glob("*.db"):
        stale.unlink(missing_ok=True)


def _pid_of(file: Path) -> int | None:
    """The process a value file belongs to: prometheus-client names them `<kind>_<pid>.db`."""
    tail = file.stem.rsplit("_", 1)[-1]
    return int(tail) if tail.isdigit() else None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, under another user
        return True
    return True


def mark_dead_processes(directory: Path, also: set[int] | None = None) -> set[int]:
    """`mark_process_dead` for every process with files here that is gone (and for `also`).

    That drops a dead process's live gauges (the `livesum`, `liveall`, ... modes); its counters
    stay, so a total never goes down when a worker dies and uvicorn starts another.
    """
    pids = {pid for file in directory.glob("*.db") if (pid := _pid_of(file)) is not None}
    dead = {pid for pid in pids if not _alive(pid)} | (also or set())
    for pid in dead:
        mark_process_dead(pid, str(directory))
    return dead


def _sweep_until(stop: threading.Event, directory: Path) -> None:
    while not stop.wait(SWEEP_SECONDS):
        try:
            mark_dead_processes(directory)
        except OSError as error:  # a file went while we looked: the next sweep sees the rest
            log.warning("could not mark dead workers", extra={"error": str(error)})


@contextmanager
def shared_metrics(workers: int) -> Iterator[Path | None]:
    """Around `uvicorn.run`: the directory the workers count into, or None when not needed.

    With PROMETHEUS_MULTIPROC_DIR set, that directory (created if missing); else, with more
    than one worker, a fresh private one (mode 0700) that is removed when the server stops;
    else None and metrics stay in the one process, as without this module. Stale files are
    cleaned first, and while the server runs a thread marks workers that died as dead.
    """
    chosen = configured_dir()
    if chosen is None and workers <= 1:
        yield None
        return
    if chosen is not None:
        directory = chosen
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    else:
        directory = Path(tempfile.mkdtemp(prefix="commitgraph-metrics-"))
        os.environ[ENV] = str(directory)
    clean_stale(directory)
    stop = threading.Event()
    sweeper = threading.Thread(
        target=_sweep_until, args=(stop, directory), name="metrics-sweeper", daemon=True
    )
    sweeper.start()
    try:
        yield directory
    finally:
        stop.set()
        sweeper.join()
        if chosen is None:
            shutil.rmtree(directory, ignore_errors=True)
            os.environ.pop(ENV, None)
        else:
            # every worker has been joined by now; with one worker this process served
            mark_dead_processes(directory, also={os.getpid()})
