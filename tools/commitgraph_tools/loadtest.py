"""`commitgraph-dev loadtest`: concurrent clients against a running server, on loopback only.

An asyncio httpx client: `clients` tasks share one connection pool, each sending the next
request of a fixed mix as soon as its last answer arrived (a closed loop, so the offered load
adapts to the server instead of piling up). Two caps end a run, whichever comes first: the
time (`--seconds`) and the number of requests (`--max-requests`). The URL must be a
loopback address: this is a tool for measuring one's own machine, never for sending load
to someone else's.

The mix is the questions the API exists for: the initiatives France and Iraq share, funding
totals by region, France's partners, the network around France, the shortest path from
Vietnam to Iraq and a full-text search, over GraphQL; and the network and search over REST.
"""

from __future__ import annotations

import asyncio
import ipaddress
import math
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx
import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

console = Console(stderr=True)

MAX_CLIENTS = 500
MAX_SECONDS = 600.0
DEFAULT_MAX_REQUESTS = 200_000


@dataclass(frozen=True)
class Call:
    name: str
    method: str
    path: str
    json: dict[str, Any] | None = None
    params: dict[str, Any] | None = None


def _gql(name: str, query: str) -> Call:
    return Call(name, "POST", "/graphql", json={"query": query})


MIX: tuple[Call, ...] = (
    _gql(
        "gql initiatives FR+IQ",
        '{ initiatives(filter: {countries: ["FR", "IQ"]}) '
        "{ totalCount nodes { id name participants { role actor { id name } } } } }",
    ),
    _gql(
        "gql fundingTotals",
        "{ fundingTotals(groupBy: REGION) { key label currency amount streamCount shared } }",
    ),
    _gql(
        "gql country partners",
        '{ country(id: "FR") { name partners { country { id name } '
        "sharedInitiatives { id } sharedEvents { id } } } }",
    ),
    _gql(
        "gql network",
        '{ network(focus: ["FR"], depth: 2) { nodes { id label type } '
        "edges { source target type role } } }",
    ),
    _gql(
        "gql shortestPath",
        '{ shortestPath(from: "VN", to: "IQ") { length nodes { id label } edges { type } } }',
    ),
    _gql("gql search", '{ search(text: "border security") { score node { id } } }'),
    Call("rest network", "GET", "/api/v1/network", params={"focus": "FR", "depth": 1}),
    Call("rest search", "GET", "/api/v1/search", params={"q": "border security"}),
)


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
    def rate(self) -> float:
        return self.requests / self.elapsed if self.elapsed else 0.0


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100) of unsorted values; 0 for none."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


async def run_load(
    url: str,
    clients: int = 50,
    seconds: float = 60.0,
    max_requests: int = DEFAULT_MAX_REQUESTS,
    api_key: str | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> LoadReport:
    """Run the mix with `clients` concurrent loops until the time or the request cap is hit."""
    base = check_loopback(url)
    if not 1 <= clients <= MAX_CLIENTS:
        raise ValueError(f"clients must be from 1 to {MAX_CLIENTS}, got {clients}")
    if not 0 < seconds <= MAX_SECONDS:
        raise ValueError(f"seconds must be more than 0 and at most {MAX_SECONDS:.0f}")
    if max_requests < 1:
        raise ValueError("max_requests must be at least 1")
    headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
    by_call = {call.name: Stats() for call in MIX}
    issued = 0
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    started = time.monotonic()
    deadline = started + seconds

    async with httpx.AsyncClient(
        base_url=base, headers=headers, limits=limits, timeout=30.0, transport=transport
    ) as http:

        async def one_client(offset: int) -> None:
            nonlocal issued
            turn = offset
            while time.monotonic() < deadline and issued < max_requests:
                issued += 1  # one event loop: no lock needed between the check and this
                call = MIX[turn % len(MIX)]
                turn += 1
                stats = by_call[call.name]
                sent = time.perf_counter()
                try:
                    response = await http.request(
                        call.method, call.path, json=call.json, params=call.params
                    )
                except httpx.HTTPError as error:
                    stats.transport_errors[type(error).__name__] += 1
                    continue
                stats.latencies.append(time.perf_counter() - sent)
                stats.statuses[response.status_code] += 1
                graphql = call.json is not None and response.status_code == 200
                if graphql and response.json().get("errors"):
                    stats.graphql_errors += 1

        await asyncio.gather(*(one_client(n) for n in range(clients)))
    return LoadReport(
        url=base,
        clients=clients,
        seconds=seconds,
        max_requests=max_requests,
        elapsed=time.monotonic() - started,
        by_call=by_call,
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
        lat = stats.latencies
        lines.append(
            f"| {name} | {len(lat) + sum(stats.transport_errors.values())} | {statuses} | "
            f"{_ms(percentile(lat, 50))} | {_ms(percentile(lat, 95))} | "
            f"{_ms(percentile(lat, 99))} | {_ms(max(lat, default=0.0))} |"
        )
    return "\n".join(lines)


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
    as_markdown: bool = typer.Option(
        False, "--markdown", help="Also print the table as Markdown on stdout."
    ),
) -> None:
    """Load a running server with a mix of GraphQL and REST reads; exit 1 on any 5xx."""
    from app.settings import get_api_settings

    settings = get_api_settings()
    target = url or f"http://{settings.api_host}:{settings.api_port}"
    try:
        report = asyncio.run(run_load(target, clients, seconds, max_requests, api_key))
    except (NotLoopback, ValueError) as error:
        console.print(f"[red]error[/] {escape(str(error))}", soft_wrap=True)
        raise typer.Exit(2) from None
    console.print(report_table(report))
    if as_markdown:
        print(markdown(report))
    total = report.total
    failed = report.server_errors + sum(total.transport_errors.values())
    if failed:
        console.print(f"[red]{failed} requests failed[/] (5xx or no answer)")
        raise typer.Exit(1)
    refused = sum(n for status, n in total.statuses.items() if 400 <= status < 500)
    if refused:
        console.print(f"[yellow]{refused} requests refused (4xx)[/]: check the key or the URL")
