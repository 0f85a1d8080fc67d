"""`commitgraph-dev loadtest`: concurrent clients against a running server, on loopback only.

An asyncio httpx client: `clients` tasks share one connection pool, each sending the next
request of a fixed schedule as soon as its last answer arrived (a closed loop, so the offered
load adapts to the server instead of piling up). Two caps end a run, whichever comes first: the
time (`--seconds`) and the number of requests (`--max-requests`). The URL must be a
loopback address: this is a tool for measuring one's own machine, never for sending load
to someone else's.

Two profiles: `reads`, the read mix of load_mix.py; and `mixed`, the soak, which adds
curation writes from editor keys (soak.py). Given the API's and Neo4j's process ids, a run
also samples their resident memory (memory.py), so a soak shows whether it settles.
"""

from __future__ import annotations

import asyncio
import ipaddress
import math
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from commitgraph_tools.load_mix import MIX, Call
from commitgraph_tools.memory import MemoryLog, after_warm_up, slope_per_minute
from commitgraph_tools.soak import mixed_schedule, preparation

console = Console(stderr=True)

MAX_CLIENTS = 500
MAX_SECONDS = 600.0
DEFAULT_MAX_REQUESTS = 200_000
PROFILES = ("reads", "mixed")
#: The share of a run, from its start, whose memory samples a trend leaves out: the JVM and
#: the caches grow into their working size first.
WARM_UP_SHARE = 0.25

__all__ = ["MIX", "Call", "run_load"]


class NotLoopback(ValueError):
    """The URL names a host other than this machine's loopback interface."""


def check_loopback(url: str) -> str:
    """The URL, if its host is `localhost` or a loopback address; NotLoopback otherwise.

    Host names other than `localhost` are refused without resolving them: a name can point
    anywhere, and a load test must not depend on what DNS says today.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise NotLoopback(f"{url!r} is not an http(s) URL with a host")
    host = parts.hostname
    if host == "localhost":
        return url.rstrip("/")
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        raise NotLoopback(
            f"{host!r} is not a loopback address: use 127.0.0.1, ::1 or localhost"
        ) from None
    if not address.is_loopback:
        raise NotLoopback(f"{host} is not a loopback address: the load test runs on this machine")
    return url.rstrip("/")


@dataclass
class Stats:
    latencies: list[float] = field(default_factory=list)
    statuses: Counter[int] = field(default_factory=Counter)
    graphql_errors: int = 0
    transport_errors: Counter[str] = field(default_factory=Counter)


@dataclass
class LoadReport:
    url: str
    clients: int
    seconds: float
    max_requests: int
    elapsed: float
    by_call: dict[str, Stats]
    memory: MemoryLog | None = None

    @property
    def total(self) -> Stats:
        merged = Stats()
        for stats in self.by_call.values():
            merged.latencies += stats.latencies
            merged.statuses.update(stats.statuses)
            merged.graphql_errors += stats.graphql_errors
            merged.transport_errors.update(stats.transport_errors)
        return merged

    @property
    def requests(self) -> int:
        return sum(
            len(s.latencies) + sum(s.transport_errors.values()) for s in self.by_call.values()
        )

    @property
    def server_errors(self) -> int:
        return sum(n for status, n in self.total.statuses.items() if status >= 500)

    @property
    def failures(self) -> int:
        """Requests that went wrong in any way: no answer, an HTTP error or GraphQL errors."""
        total = self.total
        refused = sum(n for status, n in total.statuses.items() if status >= 400)
        return refused + total.graphql_errors + sum(total.transport_errors.values())

    @property
    def rate(self) -> float:
        return self.requests / self.elapsed if self.elapsed else 0.0


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100) of unsorted values; 0 for none."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


class PreparationFailed(RuntimeError):
    """A request a run needs before it starts (a soak initiative's upsert) was not answered."""


async def run_load(
    url: str,
    clients: int = 50,
    seconds: float = 60.0,
    max_requests: int = DEFAULT_MAX_REQUESTS,
    api_key: str | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    profile: str = "reads",
    editor_keys: Sequence[str] = (),
    memory_pids: dict[str, int] | None = None,
    sample_every: float = 10.0,
) -> LoadReport:
    """Run the profile's schedule with `clients` concurrent loops until the time or the
    request cap is hit; with `memory_pids`, sample those processes' memory every
    `sample_every` seconds, and at the start and the end."""
    base = check_loopback(url)
    if not 1 <= clients <= MAX_CLIENTS:
        raise ValueError(f"clients must be from 1 to {MAX_CLIENTS}, got {clients}")
    if not 0 < seconds <= MAX_SECONDS:
        raise ValueError(f"seconds must be more than 0 and at most {MAX_SECONDS:.0f}")
    if max_requests < 1:
        raise ValueError("max_requests must be at least 1")
    if profile not in PROFILES:
        raise ValueError(f"profile must be one of {', '.join(PROFILES)}, got {profile!r}")
    if sample_every <= 0:
        raise ValueError("sample_every must be more than 0")
    schedule = MIX if profile == "reads" else mixed_schedule(MIX, editor_keys)
    reader = api_key or (editor_keys[0] if profile == "mixed" else None)
    headers = {"Authorization": f"Bearer {reader}"} if reader else {}
    by_call = {call.name: Stats() for call in schedule}
    issued = 0
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async with httpx.AsyncClient(
        base_url=base, headers=headers, limits=limits, timeout=30.0, transport=transport
    ) as http:

        async def send(call: Call) -> httpx.Response:
            own = {"Authorization": f"Bearer {call.key}"} if call.key else None
            return await http.request(
                call.method, call.path, json=call.json, params=call.params, headers=own
            )

        if profile == "mixed":
            for call in preparation(editor_keys):
                answer = await send(call)
                if answer.status_code != 200 or answer.json().get("errors"):
                    raise PreparationFailed(
                        f"{call.name} before the run answered {answer.status_code}: "
                        f"{answer.text[:300]}"
                    )
        memory = MemoryLog(memory_pids) if memory_pids else None
        started = time.monotonic()
        deadline = started + seconds
        if memory is not None:
            memory.started = started
            memory.sample()

        async def one_client(offset: int) -> None:
            nonlocal issued
            turn = offset
            while time.monotonic() < deadline and issued < max_requests:
                issued += 1  # one event loop: no lock needed between the check and this
                call = schedule[turn % len(schedule)]
                turn += 1
                stats = by_call[call.name]
                sent = time.perf_counter()
                try:
                    response = await send(call)
                except httpx.HTTPError as error:
                    stats.transport_errors[type(error).__name__] += 1
                    continue
                stats.latencies.append(time.perf_counter() - sent)
                stats.statuses[response.status_code] += 1
                graphql = call.json is not None and response.status_code == 200
                if graphql and response.json().get("errors"):
                    stats.graphql_errors += 1

        async def watch() -> None:
            assert memory is not None
            while True:
                await asyncio.sleep(sample_every)
                memory.sample()

        watcher = asyncio.create_task(watch()) if memory is not None else None
        offsets = (n * len(schedule) // clients for n in range(clients))
        await asyncio.gather(*(one_client(offset) for offset in offsets))
        if watcher is not None:
            watcher.cancel()
        if memory is not None:
            memory.sample()
    return LoadReport(
        url=base,
        clients=clients,
        seconds=seconds,
        max_requests=max_requests,
        elapsed=time.monotonic() - started,
        by_call=by_call,
        memory=memory,
    )


def _ms(value: float) -> str:
    return f"{value * 1000:.1f}"


def report_table(report: LoadReport) -> Table:
    table = Table(
        title=f"{report.requests} requests in {report.elapsed:.1f} s "
        f"({report.rate:.0f} req/s), {report.clients} clients, {report.url}"
    )
    for column in ("request", "n", "statuses", "p50 ms", "p95 ms", "p99 ms", "max ms"):
        table.add_column(column, justify="left" if column in ("request", "statuses") else "right")

    def row(name: str, stats: Stats) -> list[str]:
        statuses = ", ".join(f"{s}: {n}" for s, n in sorted(stats.statuses.items()))
        extra = [f"{k}: {n}" for k, n in stats.transport_errors.items()]
        if stats.graphql_errors:
            extra.append(f"GraphQL errors: {stats.graphql_errors}")
        lat = stats.latencies
        return [
            name,
            str(len(lat) + sum(stats.transport_errors.values())),
            "; ".join([statuses, *extra]),
            _ms(percentile(lat, 50)),
            _ms(percentile(lat, 95)),
            _ms(percentile(lat, 99)),
            _ms(max(lat, default=0.0)),
        ]

    for name, stats in report.by_call.items():
        table.add_row(*row(name, stats))
    table.add_section()
    table.add_row(*row("all", report.total))
    return table


@dataclass(frozen=True)
class MemoryTrend:
    """One watched process over a run: MiB at the start, at the end and at most, and the
    least-squares slope after warm-up in MiB per minute (None with too few samples)."""

    name: str
    start: float
    end: float
    peak: float
    samples: int
    slope: float | None


def memory_trends(report: LoadReport) -> list[MemoryTrend]:
    memory = report.memory
    if memory is None:
        return []
    trends = []
    for name in memory.names():
        series = memory.series(name)
        settled = after_warm_up(series, report.elapsed * WARM_UP_SHARE)
        values = [m for _, m in series]
        trends.append(
            MemoryTrend(
                name, values[0], values[-1], max(values), len(values), slope_per_minute(settled)
            )
        )
    return trends


def _slope(trend: MemoryTrend) -> str:
    return "too few samples" if trend.slope is None else f"{trend.slope:+.1f}"


def memory_table(report: LoadReport) -> Table:
    table = Table(title=f"resident memory (MiB); trend after the first {WARM_UP_SHARE:.0%}")
    for column in ("process", "start", "end", "peak", "samples", "MiB/min after warm-up"):
        table.add_column(column, justify="left" if column == "process" else "right")
    for t in memory_trends(report):
        table.add_row(t.name, f"{t.start:.0f}", f"{t.end:.0f}", f"{t.peak:.0f}", str(t.samples),
                      _slope(t))  # fmt: skip
    return table


def memory_markdown(report: LoadReport) -> str:
    lines = [
        "| process | RSS at start MiB | at end MiB | peak MiB | samples | MiB/min after warm-up |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for t in memory_trends(report):
        lines.append(
            f"| {t.name} | {t.start:.0f} | {t.end:.0f} | {t.peak:.0f} | {t.samples} | {_slope(t)} |"
        )
    return "\n".join(lines)


def markdown(report: LoadReport) -> str:
    """The same table as Markdown, for docs/BENCHMARKS.md."""
    lines = [
        "| request | n | statuses | p50 ms | p95 ms | p99 ms | max ms |",
        "| --- | ---: | --- | ---: | ---: | ---: | ---: |",
    ]
    rows = [*report.by_call.items(), ("**all**", report.total)]
    for name, stats in rows:
        statuses = ", ".join(f"{s}: {n}" for s, n in sorted(stats.statuses.items()))
        if stats.transport_errors:
            statuses += "; " + ", ".join(f"{k}: {n}" for k, n in stats.transport_errors.items())
        if stats.graphql_errors:
            statuses += f"; GraphQL errors: {stats.graphql_errors}"
        lat = stats.latencies
        lines.append(
            f"| {name} | {len(lat) + sum(stats.transport_errors.values())} | {statuses} | "
            f"{_ms(percentile(lat, 50))} | {_ms(percentile(lat, 95))} | "
            f"{_ms(percentile(lat, 99))} | {_ms(max(lat, default=0.0))} |"
        )
    return "\n".join(lines)


def _memory_pids(api_pid: int | None, neo4j_pid: int | None) -> dict[str, int]:
    """The processes to watch: those named, and the managed local Neo4j when it runs and no
    Neo4j process was named."""
    pids = {"API": api_pid} if api_pid else {}
    if neo4j_pid is None:
        from graph.local.server import LocalNeo4j
        from graph.store.settings import GraphSettings

        settings = GraphSettings()
        if settings.uses_local_neo4j:
            neo4j_pid = LocalNeo4j(settings).status().pid
    if neo4j_pid:
        pids["Neo4j"] = neo4j_pid
    return pids


def loadtest(
    clients: int = typer.Option(50, min=1, max=MAX_CLIENTS, help="Concurrent client loops."),
    seconds: float = typer.Option(60.0, min=0.1, max=MAX_SECONDS, help="Time cap of the run."),
    url: str = typer.Option(
        None, help="Server to load, loopback only (default http://API_HOST:API_PORT)."
    ),
    max_requests: int = typer.Option(
        DEFAULT_MAX_REQUESTS, min=1, help="Request cap of the run, whichever cap comes first."
    ),
    api_key: str = typer.Option(
        None, envvar="COMMITGRAPH_API_KEY", help="A reader key, unless anonymous reads are on."
    ),
    profile: str = typer.Option(
        "reads",
        help="reads: the read mix; mixed: the soak, reads with curation writes among them "
        "(it writes: point it at a server on a Neo4j of its own).",
    ),
    editor_key: list[str] = typer.Option(
        [], help="An editor key for the mixed profile's writes; repeat it for several editors."
    ),
    api_pid: int = typer.Option(None, help="The API's process id, to sample its memory."),
    neo4j_pid: int = typer.Option(
        None, help="Neo4j's process id (default: the managed local Neo4j's, when it runs)."
    ),
    sample_every: float = typer.Option(10.0, min=0.1, help="Seconds between memory samples."),
    memory_out: Path = typer.Option(
        None, help="Write every memory sample there as CSV (seconds, then MiB per process)."
    ),
    as_markdown: bool = typer.Option(
        False, "--markdown", help="Also print the tables as Markdown on stdout."
    ),
) -> None:
    """Load a running server with a mix of GraphQL and REST requests (and, in the mixed
    profile, curation writes); exit 1 on any 5xx or request without an answer."""
    from app.settings import get_api_settings

    settings = get_api_settings()
    target = url or f"http://{settings.api_host}:{settings.api_port}"
    pids = _memory_pids(api_pid, neo4j_pid)
    try:
        report = asyncio.run(
            run_load(target, clients, seconds, max_requests, api_key, None, profile,
                     editor_key, pids, sample_every)
        )  # fmt: skip
    except (NotLoopback, ValueError, PreparationFailed) as error:
        console.print(f"[red]error[/] {escape(str(error))}", soft_wrap=True)
        raise typer.Exit(2) from None
    console.print(report_table(report))
    if report.memory is not None:
        console.print(memory_table(report))
        if memory_out is not None:
            memory_out.write_text(report.memory.csv(), encoding="utf-8")
    if as_markdown:
        print(markdown(report))
        if report.memory is not None:
            print()
            print(memory_markdown(report))
    total = report.total
    failed = report.server_errors + sum(total.transport_errors.values())
    if failed:
        console.print(f"[red]{failed} requests failed[/] (5xx or no answer)")
        raise typer.Exit(1)
    refused = sum(n for status, n in total.statuses.items() if 400 <= status < 500)
    if refused:
        console.print(f"[yellow]{refused} requests refused (4xx)[/]: check the key or the URL")
    if total.graphql_errors:
        console.print(f"[yellow]{total.graphql_errors} GraphQL answers carried errors[/]")
