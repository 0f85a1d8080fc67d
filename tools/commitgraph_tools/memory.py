"""Resident memory (and CPU time) of the processes a load test loads, read from /proc.

A soak must show whether memory settles after warm-up or keeps climbing, so the API's and
Neo4j's resident set sizes are read at the start, every few seconds, and at the end. A
process is counted with its descendants: Neo4j 5's launcher starts the server as a child JVM,
and `commitgraph serve --workers N` forks its workers. Linux only (it reads /proc); elsewhere
nothing is recorded and the report says so.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

PROC = Path("/proc")
PAGE_BYTES = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


@dataclass(frozen=True)
class Sample:
    """Seconds since the run started, and MiB of resident memory by process name."""

    at: float
    mib: dict[str, float]


@dataclass
class MemoryLog:
    """Samples of the watched processes' memory over one run."""

    pids: dict[str, int]
    samples: list[Sample] = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)

    def sample(self) -> Sample | None:
        """Read every watched process now; None (and nothing kept) when none can be read."""
        read = {name: rss_mib(pid) for name, pid in self.pids.items()}
        mib = {name: value for name, value in read.items() if value is not None}
        if not mib:
            return None
        taken = Sample(round(time.monotonic() - self.started, 1), mib)
        self.samples.append(taken)
        return taken

    def names(self) -> list[str]:
        return list(dict.fromkeys(n for s in self.samples for n in s.mib))

    def series(self, name: str) -> list[tuple[float, float]]:
        return [(s.at, s.mib[name]) for s in self.samples if name in s.mib]

    def csv(self) -> str:
        """The samples as CSV: `seconds`, then one column of MiB per process."""
        names = self.names()
        rows = [",".join(["seconds", *names])]
        for s in self.samples:
            rows.append(",".join([f"{s.at}", *(f"{s.mib.get(n, '')}" for n in names)]))
        return "\n".join(rows) + "\n"


def _parents() -> dict[int, list[int]]:
    """Every process's children, from each one's parent in /proc/PID/stat."""
    children: dict[int, list[int]] = {}
    for stat in PROC.glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue  # the process ended between the listing and the read
        # the command name, in parentheses, may hold spaces: the parent follows its ")"
        parent = int(text[text.rindex(")") + 2 :].split()[1])
        children.setdefault(parent, []).append(int(stat.parent.name))
    return children


def _over_tree(pid: int, read: Callable[[int], int]) -> int | None:
    """`read` summed over `pid` and all its descendants; None when `pid` itself cannot be read
    (gone, or no /proc). A descendant that ends meanwhile is left out."""
    children = _parents()
    total, seen, todo = 0, set(), [pid]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        try:
            total += read(current)
        except OSError:
            if current == pid:
                return None
            continue
        todo += children.get(current, [])
    return total


def rss_mib(pid: int) -> float | None:
    """Resident memory of `pid` and all its descendants in MiB; None when `pid` is gone or
    /proc cannot be read."""
    pages = _over_tree(pid, lambda p: int((PROC / str(p) / "statm").read_text().split()[1]))
    return None if pages is None else round(pages * PAGE_BYTES / 2**20, 1)


def slope_per_minute(points: list[tuple[float, float]]) -> float | None:
    """Least-squares slope of (seconds, MiB) points in MiB per minute; None below 3 points."""
    if len(points) < 3:
        return None
    n = len(points)
    mean_t = sum(t for t, _ in points) / n
    mean_m = sum(m for _, m in points) / n
    spread = sum((t - mean_t) ** 2 for t, _ in points)
    if spread == 0:
        return None
    return 60 * sum((t - mean_t) * (m - mean_m) for t, m in points) / spread


def after_warm_up(points: list[tuple[float, float]], warm_up: float) -> list[tuple[float, float]]:
    return [(t, m) for t, m in points if t >= warm_up]


def _cpu_ticks(pid: int) -> int:
    text = (PROC / str(pid) / "stat").read_text()
    fields = text[text.rindex(")") + 2 :].split()
    return int(fields[11]) + int(fields[12])  # utime and stime, the 14th and 15th fields


def cpu_seconds(pid: int) -> float | None:
    """CPU time (user + system) `pid` and its descendants have used so far, in seconds; None
    when `pid` is gone or /proc cannot be read."""
    ticks = _over_tree(pid, _cpu_ticks)
    return None if ticks is None else ticks / CLOCK_TICKS
