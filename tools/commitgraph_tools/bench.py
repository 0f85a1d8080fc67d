"""`commitgraph-dev bench`: what the API costs on top of Neo4j, measured on a synthetic corpus.

One run, side by side, at each corpus scale (tools/commitgraph_tools/synth.py):

1. five canonical analyst questions asked over HTTP GraphQL of a real `commitgraph serve`
   subprocess, and the same answers fetched with the raw `neo4j` driver and hand-written
   Cypher (the floor); p50, p95 and their ratio, and whether both answers are the same;
   likewise, beside them, more networks, and the REST network the explorer page draws;
2. Cypher round trips per GraphQL request, from the server's own
   `commitgraph_cypher_queries_total` counter before and after each request;
3. (at the headline scale) bulk load: `graph.migrate.loader.apply_rows` batches against one
   statement per row in its own transaction, same rows;
4. (at the headline scale) throughput of the network question (and of the same at depth 1)
   at 1, 8 and 32 concurrent clients, against the server with one and with two workers;
5. growth: the same questions at every scale asked for.

Requests and latencies are timed in this process with `time.perf_counter`; the driver side
includes turning records into dicts, the GraphQL side includes the HTTP round trip and JSON
decoding, so each side pays for handing a caller plain Python data. Everything is on
loopback. Performance is measured here, never asserted in a test.

The Cypher below is the hand-written floor: each query answers its question the way a person
who knows the graph would write it, with the semantics of the API (graph/compile/schema_map.py,
graph/queries/funding.py, graph/queries/network.py, graph/queries/paths.py). Parameters only;
labels and types are constants.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import math
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httptools
import orjson
from neo4j import Driver, RoutingControl
from neo4j.exceptions import ClientError, ServiceUnavailable, SessionExpired, TransientError

from app.api.routes.network import cytoscape
from commitgraph_tools import peer as library
from commitgraph_tools import synth as synthetic
from commitgraph_tools.involvement import COUNTRIES_OF_INITIATIVE, INITIATIVES_OF_COUNTRY
from commitgraph_tools.memory import cpu_seconds, rss_mib
from graph.compile.schema_map import PARTICIPANT_ORDER
from graph.local.server import LocalNeo4j
from graph.migrate.loader import apply_rows
from graph.models import PARTNERSHIP_TYPES
from graph.models import to_json as answer_json
from graph.queries.network import (
    DEFAULT_NODES,
    MAX_NODES,
    NETWORK_ELEMENTS,
    NETWORK_OUTLINE,
    OFF_GRAPH,
    network_from_columns,
)
from graph.store.errors import one_line
from graph.store.settings import PROJECT_ROOT, GraphSettings

HEADLINE_SCALE = 10.0
CONCURRENCY = (1, 8, 32)
WORKER_COUNTS = (1, 2)
SYNTH_BUDGET_S = 600.0  # a scale whose synth is predicted to take longer is skipped, with why
LABELS = "|".join(PARTNERSHIP_TYPES)
BULK_PREFIX = "synth-bulk-"

Say = Callable[[str], None]


class BenchError(RuntimeError):
    """The benchmark cannot run as asked (a server that will not start, a missing tool)."""


@dataclass(frozen=True)
class Plan:
    """How much to measure: a full run, or `--quick` for a smoke test of the harness."""

    warmup: int = 5
    reps: int = 40
    query_budget_s: float = 30.0  # per query and side; slow queries get fewer repetitions
    min_reps: int = 5
    bulk_rows: int = 5000
    per_level_requests: int = 300
    level_budget_s: float = 30.0
    roundtrip_samples: int = 3

    @classmethod
    def quick(cls) -> Plan:
        return cls(
            warmup=1, reps=8, query_budget_s=5.0, min_reps=3, bulk_rows=100,
            per_level_requests=20, level_budget_s=2.0, roundtrip_samples=1,
        )  # fmt: skip


# -- the five questions ---------------------------------------------------------------------


def _any_by_id(var: str, param: str) -> str:
    """A node by id through each label's unique index, one seek per label. (Neo4j 5.26
    plans the API's `(a:Country|Region|… ) WHERE a.id = $id` as the same seeks.)"""
    branches = " UNION ".join(
        f"MATCH ({var}:{label} {{id: ${param}}}) RETURN {var}" for label in PARTNERSHIP_TYPES
    )
    return f"CALL () {{ {branches} }}"


DRIVER_INITIATIVES = f"""
UNWIND $codes AS code
MATCH (c:Country {{id: code}})
CALL (c) {{ {INITIATIVES_OF_COUNTRY} }}
WITH i, count(DISTINCT code) AS hits WHERE hits = size($codes)
WITH i ORDER BY i.name, i.id
WITH collect(i) AS matched
RETURN size(matched) AS total, [i IN matched[0..$first] | {{
  id: i.id, name: i.name,
  participants: COLLECT {{
    MATCH (i)<-[r:PARTICIPATES_IN]-(a) WITH r, a ORDER BY {PARTICIPANT_ORDER}
    RETURN {{role: r.role, id: a.id, name: a.name}}
  }},
  countries: COLLECT {{
    CALL (i) {{ {COUNTRIES_OF_INITIATIVE} }} WITH p ORDER BY p.id RETURN p.id
  }}
}}] AS nodes
"""

# One row holding the list: a thousand records cost the driver (the async one most of all)
# far more than one record with a thousand maps. A link several sources state (one
# relationship per source) counts once, as in the API.
DRIVER_FUNDING_BY_REGION = """
MATCH (f:FundingStream)-[:ALLOCATED_TO]->(g)
WITH DISTINCT f, g
WITH f, g, COUNT { MATCH (f)-[:ALLOCATED_TO]->(x) RETURN DISTINCT x } AS ways
WITH g.id AS key, coalesce(g.name, g.title, g.id) AS label, f.currency AS currency,
     toFloat(sum(f.amount)) AS amount, count(DISTINCT f) AS streams, max(ways) > 1 AS shared
ORDER BY key, currency
RETURN collect({key: key, label: label, currency: currency, amount: amount, streams: streams,
                shared: shared}) AS totals
"""

# Partners: countries involved in an initiative this country is involved in, or attending an
# event it attends; strongest first; lists capped at 200 as the API caps nested lists.
DRIVER_PARTNERS = f"""
MATCH (x:Country {{id: $id}})
CALL (x) {{
  WITH x AS c CALL (c) {{ {INITIATIVES_OF_COUNTRY} }} RETURN collect(DISTINCT i) AS mine
}}
CALL (x, mine) {{
  UNWIND mine AS i
  CALL (i) {{ {COUNTRIES_OF_INITIATIVE} }}
  WITH i, p WHERE p <> x
  RETURN p, i
  UNION
  MATCH (x)-[:ATTENDED]->(:Event)<-[:ATTENDED]-(p:Country) WHERE p <> x
  RETURN p, null AS i
}}
WITH x, p, collect(DISTINCT i) AS shared
WITH x, p, shared,
     size(COLLECT {{
       MATCH (x)-[:ATTENDED]->(e:Event)<-[:ATTENDED]-(p) RETURN DISTINCT e
     }}) AS events
ORDER BY size(shared) + events DESC, p.name
WITH x, collect({{
  id: p.id, name: p.name,
  shared: COLLECT {{ UNWIND shared AS s WITH s ORDER BY s.name, s.id RETURN s.id }}[..200]
}}) AS partners
RETURN x.name AS name, partners[..200] AS partners
"""

# The network's floor is the API's own Cypher: which nodes a capped network keeps (nearest,
# then most linked) is part of the question, and a hand-written copy would only repeat it.
DRIVER_NETWORK = NETWORK_OUTLINE
DRIVER_NETWORK_ELEMENTS = NETWORK_ELEMENTS  # the same, with every property (REST)

# A path never goes through provenance, progress or change records (graph/queries/paths.py).
DRIVER_SHORTEST_PATH = f"""
{_any_by_id("a", "from")}
{_any_by_id("b", "to")}
MATCH p = shortestPath((a)-[*0..10]-(b))
WHERE all(r IN relationships(p) WHERE NOT type(r) IN {list(OFF_GRAPH)!r})
WITH p WHERE length(p) <= $max_hops
RETURN length(p) AS length, [x IN nodes(p) | x.id] AS nodes
"""


@dataclass(frozen=True)
class Picks:
    """The ids the questions ask about, chosen from the corpus by rule, so runs are alike."""

    a: str  # the country taking part in most initiatives
    b: str  # the country sharing most initiatives with a
    x: str  # a typical country: the median by initiatives taken part in
    path_from: str  # the organisation with fewest partnership links
    hub: str  # the same as a: the network of the busiest country, a worst case


def choose_picks(driver: Driver, database: str) -> Picks:
    def work(tx: Any) -> Picks:
        by_degree = [
            r["id"]
            for r in tx.run(
                "MATCH (c:Country) WITH c, COUNT { (c)-[:PARTICIPATES_IN]->() } AS n "
                "WHERE n > 0 RETURN c.id AS id ORDER BY n DESC, id"
            )
        ]
        if len(by_degree) < 2:
            raise BenchError("the corpus has fewer than two countries taking part in anything")
        a = by_degree[0]
        b = tx.run(
            "MATCH (:Country {id: $a})-[:PARTICIPATES_IN]->(i)<-[:PARTICIPATES_IN]-(b:Country) "
            "RETURN b.id AS id, count(DISTINCT i) AS n ORDER BY n DESC, id LIMIT 1",
            a=a,
        ).single()
        lonely = tx.run(
            "MATCH (o:Organisation) WITH o, COUNT { (o)-[:!EVIDENCED_BY]-() } AS n "
            "RETURN o.id AS id ORDER BY n, id LIMIT 1"
        ).single()
        x = by_degree[len(by_degree) // 2]
        return Picks(
            a=a, b=b["id"] if b else by_degree[1], x=x,
            path_from=lonely["id"] if lonely else a, hub=a,
        )  # fmt: skip

    with driver.session(database=database) as session:
        return session.execute_read(work)


@dataclass
class Question:
    """One question: the GraphQL request, the driver's Cypher, and how to compare answers."""

    name: str
    graphql: str
    variables: Callable[[Picks], dict[str, Any]]
    cypher: str
    params: Callable[[Picks], dict[str, Any]]
    from_graphql: Callable[[dict[str, Any]], Any]
    from_driver: Callable[[list[dict[str, Any]]], Any]
    size: Callable[[Any], int]  # how many items the answer has, for the table
    #: A REST question instead: the path and query string to GET (`graphql` is then unused,
    #: and `from_graphql` reads the JSON body).
    rest: Callable[[Picks], str] | None = None

    @property
    def over(self) -> str:
        """The key of the API side's timings: "rest" or "graphql"."""
        return "rest" if self.rest else "graphql"


def _initiatives_gql(data: dict[str, Any]) -> Any:
    page = data["initiatives"]
    return (
        page["totalCount"],
        [
            (
                n["id"], n["name"],
                [(p["role"].lower(), p["actor"]["id"], p["actor"]["name"])
                 for p in n["participants"]],
                [c["id"] for c in n["countries"]],
            )
            for n in page["nodes"]
        ],
    )  # fmt: skip


def _initiatives_driver(rows: list[dict[str, Any]]) -> Any:
    row = rows[0]
    return (
        row["total"],
        [
            (
                n["id"], n["name"],
                [(p["role"], p["id"], p["name"]) for p in n["participants"]],
                n["countries"],
            )
            for n in row["nodes"]
        ],
    )  # fmt: skip


def _funding_gql(data: dict[str, Any]) -> Any:
    return [
        (t["key"], t["label"], t["currency"], t["amount"], t["streamCount"], t["shared"])
        for t in data["fundingTotals"]
    ]


def _funding_driver(rows: list[dict[str, Any]]) -> Any:
    return [
        (r["key"], r["label"], r["currency"], r["amount"], r["streams"], r["shared"])
        for r in rows[0]["totals"]
    ]


def _partners_gql(data: dict[str, Any]) -> Any:
    country = data["country"]
    if country is None:
        return None
    return (
        country["name"],
        [
            (p["country"]["id"], p["country"]["name"], [i["id"] for i in p["sharedInitiatives"]])
            for p in country["partners"]
        ],
    )


def _partners_driver(rows: list[dict[str, Any]]) -> Any:
    if not rows:
        return None
    row = rows[0]
    return (row["name"], [(p["id"], p["name"], p["shared"]) for p in row["partners"]])


def _network_gql(data: dict[str, Any]) -> Any:
    network = data["network"]
    return (
        sorted((n["id"], n["label"], n["type"]) for n in network["nodes"]),
        sorted((e["source"], e["target"], e["type"], e["role"] or "") for e in network["edges"]),
    )


def _network_driver(rows: list[dict[str, Any]]) -> Any:
    return _network_gql({"network": network_from_columns(rows[0])})


def _path_gql(data: dict[str, Any]) -> Any:
    path = data["shortestPath"]
    if path is None:
        return None
    ids = [n["id"] for n in path["nodes"]]
    return (path["length"], ids[0], ids[-1])  # equally short paths may differ in between


def _path_driver(rows: list[dict[str, Any]]) -> Any:
    if not rows:
        return None
    return (rows[0]["length"], rows[0]["nodes"][0], rows[0]["nodes"][-1])


def _network_question(
    name: str, focus: Callable[[Picks], str], depth: int = 2, limit: int | None = None
) -> Question:
    """The network question; without `limit` the API's default (DEFAULT_NODES) applies."""
    limit_argument = "" if limit is None else f", limit: {limit}"
    return Question(
        name=name,
        graphql=(
            f"query Network($focus: [ID!]!) {{ network(focus: $focus, depth: {depth}"
            f"{limit_argument}) "
            "{ nodes { id label type } edges { source target type role } } }"
        ),
        variables=lambda p: {"focus": [focus(p)]},
        cypher=DRIVER_NETWORK,
        params=lambda p: {
            "focus": [focus(p)],
            "depth": depth,
            "types": None,
            "limit": limit or DEFAULT_NODES,
        },
        from_graphql=_network_gql,
        from_driver=_network_driver,
        size=lambda answer: len(answer[0]) + len(answer[1]),
    )


def _without_focus(body: dict[str, Any]) -> Any:
    """A Cytoscape network to compare: everything but the focus flags, which name the
    request's ids rather than anything Neo4j answered."""
    elements = body["elements"]
    nodes = [{k: v for k, v in n["data"].items() if k != "focus"} for n in elements["nodes"]]
    return (nodes, [e["data"] for e in elements["edges"]], body["truncated"])


def _rest_network_question(
    name: str, focus: Callable[[Picks], str], depth: int = 2, limit: int | None = None
) -> Question:
    """GET /api/v1/network, what the explorer page draws, with every property: the floor
    fetches the same columns, and the check compares whole documents as JSON."""
    return Question(
        name=name,
        graphql="",
        variables=lambda p: {},
        rest=lambda p: "/api/v1/network?" + urllib.parse.urlencode(
            {"focus": focus(p), "depth": depth, "limit": limit or DEFAULT_NODES}
        ),
        cypher=DRIVER_NETWORK_ELEMENTS,
        params=lambda p: {
            "focus": [focus(p)], "depth": depth, "types": None, "limit": limit or DEFAULT_NODES,
        },
        from_graphql=_without_focus,
        from_driver=lambda rows: _without_focus(
            orjson.loads(answer_json(cytoscape(network_from_columns(rows[0]), [])))
        ),
        size=lambda answer: len(answer[0]) + len(answer[1]),
    )  # fmt: skip


QUESTIONS: tuple[Question, ...] = (
    Question(
        name="a. initiatives(countries: [A, B])",
        graphql=(
            "query Initiatives($codes: [ID!]) { initiatives(filter: {countries: $codes}, "
            "first: 20) { totalCount nodes { id name participants { role actor { id name } } "
            "countries { id } } } }"
        ),
        variables=lambda p: {"codes": [p.a, p.b]},
        cypher=DRIVER_INITIATIVES,
        params=lambda p: {"codes": sorted({p.a, p.b}), "first": 20},
        from_graphql=_initiatives_gql,
        from_driver=_initiatives_driver,
        size=lambda answer: answer[0],
    ),
    Question(
        name="b. fundingTotals(groupBy: REGION)",
        graphql=(
            "{ fundingTotals(groupBy: REGION) { key label currency amount streamCount shared } }"
        ),
        variables=lambda p: {},
        cypher=DRIVER_FUNDING_BY_REGION,
        params=lambda p: {},
        from_graphql=_funding_gql,
        from_driver=_funding_driver,
        size=len,
    ),
    Question(
        name="c. country(X).partners",
        graphql=(
            "query Partners($id: ID!) { country(id: $id) { name partners { country { id name } "
            "sharedInitiatives { id } } } }"
        ),
        variables=lambda p: {"id": p.x},
        cypher=DRIVER_PARTNERS,
        params=lambda p: {"id": p.x},
        from_graphql=_partners_gql,
        from_driver=_partners_driver,
        size=lambda answer: 0 if answer is None else len(answer[1]),
    ),
    _network_question("d. network([X], depth: 2)", lambda p: p.x),
    Question(
        name="e. shortestPath(from, to: X)",
        graphql=(
            "query Path($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) "
            "{ length nodes { id } } }"
        ),
        variables=lambda p: {"from": p.path_from, "to": p.x},
        cypher=DRIVER_SHORTEST_PATH,
        params=lambda p: {"from": p.path_from, "to": p.x, "max_hops": 6},
        from_graphql=_path_gql,
        from_driver=_path_driver,
        size=lambda answer: 0 if answer is None else answer[0],
    ),
)
#: Not one of the five: the network around the busiest country, the worst case a frontend meets.
HUB_NETWORK = _network_question("d'. network([hub], depth: 2)", lambda p: p.hub)
#: Not one of the five either: the same country at depth 1, a network a frontend can draw.
NEAR_NETWORK = _network_question("d1. network([X], depth: 1)", lambda p: p.x, depth=1)
#: And the largest network the API serves: the same question with the highest limit.
LARGE_NETWORK = _network_question(
    f"d2. network([X], depth: 2, limit: {MAX_NODES})", lambda p: p.x, limit=MAX_NODES
)
#: What frontends fetch: the REST network, as the explorer asks for it, and at the highest limit.
REST_NETWORK = _rest_network_question("r. GET /api/v1/network (X, depth 2)", lambda p: p.x)
LARGE_REST_NETWORK = _rest_network_question(
    f"r2. GET /api/v1/network (X, depth 2, limit {MAX_NODES})", lambda p: p.x, limit=MAX_NODES
)
EXTRA_QUESTIONS = (NEAR_NETWORK, LARGE_NETWORK, HUB_NETWORK, REST_NETWORK, LARGE_REST_NETWORK)
#: Under concurrent clients: the network question, and at depth 1 for a lighter answer.
THROUGHPUT_QUESTIONS = (QUESTIONS[3], NEAR_NETWORK)


# -- measuring ------------------------------------------------------------------------------


def percentile(samples: list[float], q: float) -> float:
    """Nearest-rank percentile: a value that was actually measured."""
    ordered = sorted(samples)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def summary(samples_s: list[float]) -> dict[str, Any]:
    ms = [s * 1000 for s in samples_s]
    return {
        "n": len(ms),
        "p50_ms": round(statistics.median(ms), 3),
        "p95_ms": round(percentile(ms, 95), 3),
        "mean_ms": round(statistics.fmean(ms), 3),
        "samples_ms": [round(x, 3) for x in ms],
    }


class Server:
    """`commitgraph serve` as a subprocess on a free loopback port, pointed at the bench graph.

    The server reads everything from its environment, as in production; LOG_LEVEL=WARNING
    because an access-log line per request is not what is being measured.
    """

    def __init__(
        self,
        settings: GraphSettings,
        workers: int,
        workdir: Path,
        profile_to: Path | None = None,
    ) -> None:
        self.settings = settings
        self.workers = workers
        self.workdir = workdir
        self.profile_to = profile_to
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.headers: dict[str, str] = {}
        self.auth = "none"
        self.process: subprocess.Popen[bytes] | None = None
        self.log_path = workdir / f"server-{self.port}.log"

    def env(self) -> dict[str, str]:
        s = self.settings
        return {
            **os.environ,
            "NEO4J_URI": s.uri,
            "NEO4J_USER": s.neo4j_user,
            "NEO4J_PASSWORD": s.neo4j_password,
            "NEO4J_DATABASE": s.neo4j_database,
            "API_KEYS_FILE": str(self.workdir / "keys.json"),
            "LOG_LEVEL": "WARNING",
        }

    def _admin_key(self, env: dict[str, str]) -> str | None:
        """An admin key for /metrics from `commitgraph keys create`, where that command exists."""
        result = subprocess.run(
            [sys.executable, "-m", "app.cli", "keys", "create", "--role", "admin",
             "--name", "bench"],
            env=env, capture_output=True, text=True, cwd=PROJECT_ROOT, check=False,
        )  # fmt: skip
        key = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else ""
        return key if result.returncode == 0 and key else None

    def __enter__(self) -> Server:
        import httpx

        env = self.env()
        key = self._admin_key(env)
        if key:
            self.headers = {"Authorization": f"Bearer {key}"}
            self.auth = "admin key (commitgraph keys create)"
            env["ANONYMOUS_READS"] = "false"
        else:
            self.auth = "anonymous (no `commitgraph keys`)"
            env["ANONYMOUS_READS"] = "true"
        command = [sys.executable]
        if self.profile_to is not None:
            command += ["-m", "pyinstrument", "-r", "html", "-o", str(self.profile_to)]
        command += ["-m", "app.cli", "serve", "--host", "127.0.0.1", "--port", str(self.port),
                    "--workers", str(self.workers)]  # fmt: skip
        log = self.log_path.open("wb")
        self.process = subprocess.Popen(
            command, env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            cwd=PROJECT_ROOT, start_new_session=True,
        )  # fmt: skip
        log.close()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise BenchError(f"the server exited at start-up:\n{self.log_tail()}")
            try:
                if httpx.get(f"{self.url}/readyz", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.25)
        self.__exit__(None, None, None)
        raise BenchError(f"the server did not become ready in 60 s:\n{self.log_tail()}")

    def __exit__(self, *exc: object) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        # SIGINT, as Ctrl-C: uvicorn shuts down cleanly and pyinstrument writes its report.
        os.killpg(self.process.pid, signal.SIGINT)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()

    def log_tail(self) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-30:])
        except OSError:
            return "(no server log)"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class LeanResponse:
    def __init__(self, status_code: int, content: bytes) -> None:
        self.status_code = status_code
        self.content = content

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", "replace")

    def json(self) -> Any:
        return orjson.loads(self.content)


class LeanClient:
    """The timed requests' client: one kept-alive HTTP/1.1 connection, parsed by httptools.

    What is measured is the API, so the client should cost as little as it can, as the
    driver does with its Rust extension: httpx spent about 1.5 ms of Python per request here
    and the standard library's `http.client` about 0.6 ms (it parses headers with the email
    package), which the GraphQL side would carry and the driver side would not. httptools is
    the C parser uvicorn itself uses; orjson decodes (the stdlib takes 1.3 ms for a 94 KB
    network). It asks for gzip as browsers do, so the server does the work it does for them,
    and decompresses what comes back.
    """

    def __init__(self, base_url: str, timeout: float) -> None:
        address = urllib.parse.urlsplit(base_url)
        self.host, self.port, self.timeout = address.hostname or "", address.port or 80, timeout
        self._socket: socket.socket | None = None

    def close(self) -> None:
        if self._socket is not None:
            self._socket.close()
            self._socket = None

    def __enter__(self) -> LeanClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def connect(self) -> None:
        if self._socket is None:
            self._socket = socket.create_connection((self.host, self.port), self.timeout)
            self._socket.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def get(self, url: str, headers: dict[str, str] | None = None) -> LeanResponse:
        return self._request("GET", url, b"", headers or {})

    def post(self, url: str, json: Any, headers: dict[str, str] | None = None) -> LeanResponse:
        body = orjson.dumps(json)
        return self._request(
            "POST", url, body, {**(headers or {}), "Content-Type": "application/json"}
        )

    def _request(self, method: str, url: str, body: bytes, headers: dict[str, str]) -> LeanResponse:
        address = urllib.parse.urlsplit(url)
        target = (address.path or "/") + (f"?{address.query}" if address.query else "")
        lines = [f"{method} {target} HTTP/1.1", f"Host: {self.host}:{self.port}"]
        lines += [f"{name}: {value}" for name, value in headers.items()]
        lines += ["Accept-Encoding: gzip", f"Content-Length: {len(body)}", "", ""]
        request = "\r\n".join(lines).encode("latin-1") + body
        for attempt in (1, 2):  # the server may have closed an idle kept-alive connection
            try:
                self.connect()
                assert self._socket is not None
                self._socket.sendall(request)
                response = _Response()
                parser = response.parser = httptools.HttpResponseParser(response)
                while not response.complete:
                    data = self._socket.recv(262144)
                    if not data:
                        raise ConnectionError("the server closed the connection")
                    parser.feed_data(data)
            except (OSError, httptools.HttpParserError):
                self.close()
                if attempt == 2:
                    raise
                continue
            if not response.keep_alive:
                self.close()
            content = b"".join(response.body)
            if response.gzipped:
                content = gzip.decompress(content)
            return LeanResponse(parser.get_status_code(), content)
        raise AssertionError("unreachable")


class _Response:
    """httptools' callbacks for one response: its body, whether it is gzipped, whether the
    connection stays open after it, and its end."""

    parser: httptools.HttpResponseParser

    def __init__(self) -> None:
        self.body: list[bytes] = []
        self.gzipped = False
        self.keep_alive = False
        self.complete = False

    def on_headers_complete(self) -> None:
        # known from the headers; httptools no longer says once the message is complete
        self.keep_alive = self.parser.should_keep_alive()

    def on_header(self, name: bytes, value: bytes) -> None:
        if name.lower() == b"content-encoding" and value.strip().lower() == b"gzip":
            self.gzipped = True

    def on_body(self, chunk: bytes) -> None:
        self.body.append(chunk)

    def on_message_complete(self) -> None:
        self.complete = True


_COUNTER_LINE = re.compile(r"^commitgraph_cypher_queries_total\{[^}]*\}\s+([0-9.eE+-]+)$", re.M)


def cypher_count(client: Any, server: Server) -> float | None:
    """The server's total of Cypher round trips so far, or None when /metrics is unreadable."""
    response = client.get(f"{server.url}/metrics", headers=server.headers)
    if response.status_code != 200:
        return None
    return sum(float(v) for v in _COUNTER_LINE.findall(response.text))


def ask_api(client: LeanClient, server: Server, question: Question, picks: Picks) -> Any:
    """The API's answer to `question`: GraphQL's `data`, or a REST route's JSON body."""
    if question.rest is None:
        return ask_graphql(client, server, question, picks)
    try:
        response = client.get(f"{server.url}{question.rest(picks)}", headers=server.headers)
    except (OSError, httptools.HttpParserError) as error:
        raise BenchError(f"no answer over HTTP: {type(error).__name__}: {error}") from error
    if response.status_code != 200:
        raise BenchError(f"HTTP {response.status_code}: {response.text[:300]}")
    return response.json()


def ask_graphql(
    client: LeanClient, server: Server, question: Question, picks: Picks
) -> dict[str, Any]:
    try:
        response = client.post(
            f"{server.url}/graphql",
            json={"query": question.graphql, "variables": question.variables(picks)},
            headers=server.headers,
        )
    except (OSError, httptools.HttpParserError) as error:
        raise BenchError(f"no answer over HTTP: {type(error).__name__}: {error}") from error
    body = response.json()
    if response.status_code != 200 or body.get("errors"):
        first = (body.get("errors") or [{}])[0]
        code = first.get("extensions", {}).get("code", "")
        raise BenchError(
            f"HTTP {response.status_code} {code}: {first.get('message') or json.dumps(body)[:300]}"
        )
    data: dict[str, Any] = body["data"]
    return data


def ask_driver(
    driver: Driver, database: str, question: Question, picks: Picks
) -> list[dict[str, Any]]:
    """The floor: the driver's own one-call API, a managed read transaction that sends BEGIN
    with the query, as the API's `Graph.read` does, and the records taken as it takes them.

    Not `Record.data()`: it walks every nested value looking for nodes and relationships,
    which these answers (maps, lists and scalars) do not hold, and that cost the floor 3 ms
    for a, 7–9 ms for d and 14–24 ms for b at scale 10, which the API does not pay.
    """
    records, _, _ = driver.execute_query(
        question.cypher,
        question.params(picks),
        routing_=RoutingControl.READ,
        database_=database,
        bookmark_manager_=None,
    )
    return [dict(record.items()) for record in records]


@dataclass
class PeerSide:
    """The library in a run with `--peer`: its server, the timed client's connection to it."""

    server: library.PeerServer
    client: LeanClient


def ask_peer(peer: PeerSide, ask: library.Ask, picks: Picks) -> tuple[dict[str, Any], float]:
    """The library's answer in the service's shape, and how long the client-side work that
    shapes it took (s)."""
    try:
        response = peer.client.post(
            peer.server.url + "/", json={"query": ask.query, "variables": ask.variables(picks)}
        )
    except (OSError, httptools.HttpParserError) as error:
        raise BenchError(f"no answer from the library: {type(error).__name__}: {error}") from error
    body = response.json()
    if response.status_code != 200 or body.get("errors"):
        first = (body.get("errors") or [{}])[0]
        raise BenchError(
            f"the library: HTTP {response.status_code}: "
            f"{first.get('message') or json.dumps(body)[:300]}"
        )
    started = time.perf_counter()
    shaped = ask.finish(body["data"])
    return shaped, time.perf_counter() - started


def measure_question(
    client: Any, server: Server, driver: Driver, database: str, question: Question,
    picks: Picks, plan: Plan, peer: PeerSide | None = None,
) -> dict[str, Any]:  # fmt: skip
    """Alternate driver and GraphQL calls (and, with `peer`, the library's), so drift in the
    machine hits every side alike.

    A GraphQL error (a timeout answered 503, say) or a query Neo4j refuses on the driver's side
    (over its transaction memory limit at a large scale, say) ends this question with the
    error and the tail of the server's log, and the run goes on with the next one.
    """
    ask = library.ask_for(question.name) if peer is not None and not question.rest else None
    try:
        from_api = question.from_graphql(ask_api(client, server, question, picks))
        from_driver = question.from_driver(ask_driver(driver, database, question, picks))
        from_peer = None
        if peer is not None and ask is not None:
            from_peer = question.from_graphql(ask_peer(peer, ask, picks)[0])
        for _ in range(plan.warmup):
            ask_driver(driver, database, question, picks)
            ask_api(client, server, question, picks)
            if peer is not None and ask is not None:
                ask_peer(peer, ask, picks)
        api: list[float] = []
        raw: list[float] = []
        by_peer: list[float] = []
        peer_work: list[float] = []
        deadline = time.perf_counter() + (3 if ask else 2) * plan.query_budget_s
        while len(api) < plan.reps and (len(api) < plan.min_reps or time.perf_counter() < deadline):
            started = time.perf_counter()
            ask_driver(driver, database, question, picks)
            raw.append(time.perf_counter() - started)
            started = time.perf_counter()
            ask_api(client, server, question, picks)
            api.append(time.perf_counter() - started)
            if peer is not None and ask is not None:
                started = time.perf_counter()
                work = ask_peer(peer, ask, picks)[1]
                by_peer.append(time.perf_counter() - started)
                peer_work.append(work)
        trips = measure_roundtrips(client, server, question, picks, plan.roundtrip_samples)
    except (BenchError, ClientError, TransientError) as error:
        tail = server.log_tail() + ("\n" + peer.server.log_tail() if peer is not None else "")
        return {"error": one_line(error), "server_log_tail": tail}
    result = {
        "answer_size": question.size(from_driver),
        "same_answer": from_api == from_driver,
        "driver": summary(raw),
        question.over: summary(api),
        "roundtrips": trips,
    }
    if ask is not None:
        result.update(_peer_figures(result, raw, api, by_peer, peer_work, from_peer == from_driver))
        result["peer_client_work"] = ask.client_work
    result["p50_ratio"] = round(result[question.over]["p50_ms"] / result["driver"]["p50_ms"], 3)
    result["p95_ratio"] = round(result[question.over]["p95_ms"] / result["driver"]["p95_ms"], 3)
    # What the API adds to the same answer, in ms: the median of each API request minus
    # the driver call just before it. The pairs share the machine's pace of that moment, so
    # this moves less with it than either p50, and it does not shrink as the Cypher grows.
    result["overhead_p50_ms"] = round(
        statistics.median(a - r for a, r in zip(api, raw, strict=True)) * 1000, 3
    )
    return result


def _peer_figures(
    result: dict[str, Any], raw: list[float], api: list[float], by_peer: list[float],
    peer_work: list[float], same: bool,
) -> dict[str, Any]:  # fmt: skip
    """The side-by-side figures of one question: the library's time includes the client-side
    work that gives its answer the service's shape."""
    peer = summary(by_peer)
    service_p50 = result["graphql"]["p50_ms"]
    return {
        "peer": peer,
        "peer_client_work_p50_ms": round(statistics.median(peer_work) * 1000, 3),
        "peer_same_answer": same,
        "peer_p50_ms": peer["p50_ms"],
        "service_p50_ms": service_p50,
        "driver_p50_ms": result["driver"]["p50_ms"],
        "service_vs_peer_p50_ratio": round(service_p50 / peer["p50_ms"], 3),
        "service_overhead_ms": round(
            statistics.median(a - r for a, r in zip(api, raw, strict=True)) * 1000, 3
        ),
        "peer_overhead_ms": round(
            statistics.median(p - r for p, r in zip(by_peer, raw, strict=True)) * 1000, 3
        ),
    }


def measure_roundtrips(
    client: Any, server: Server, question: Question, picks: Picks, samples: int
) -> float | None:
    """Cypher round trips one request of this question costs (one root field each)."""
    counts = []
    for _ in range(samples):
        before = cypher_count(client, server)
        ask_api(client, server, question, picks)
        after = cypher_count(client, server)
        if before is None or after is None:
            return None
        counts.append(after - before)
    return max(counts)


def _closed_loop(calls: list[Callable[[], str]], total: int, budget_s: float) -> dict[str, Any]:
    """One thread per call, each asking back to back until `total` requests or the budget.
    A call returns "" when answered well, else what went wrong (counted as an error)."""
    latencies: list[float] = []
    errors: dict[str, int] = {}
    lock = threading.Lock()
    issued = 0
    deadline = math.inf

    def next_turn() -> bool:
        nonlocal issued
        with lock:
            if issued >= total or time.perf_counter() >= deadline:
                return False
            issued += 1
            return True

    def one_client(call: Callable[[], str]) -> None:
        while next_turn():
            started = time.perf_counter()
            key = call()
            elapsed = time.perf_counter() - started
            with lock:
                latencies.append(elapsed)
                if key:
                    errors[key] = errors.get(key, 0) + 1

    threads = [threading.Thread(target=one_client, args=(call,)) for call in calls]
    deadline = time.perf_counter() + budget_s
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    stats = summary(latencies)
    return {
        "clients": len(calls),
        "requests": len(latencies),
        "errors": errors,
        "seconds": round(wall, 3),
        "requests_per_s": round(len(latencies) / wall, 1),
        "ok_requests_per_s": round((len(latencies) - sum(errors.values())) / wall, 1),
        "p50_ms": stats["p50_ms"],
        "p95_ms": stats["p95_ms"],
    }


def _http_level(
    url: str, payload: dict[str, Any], headers: dict[str, str], clients: int, total: int,
    budget_s: float,
) -> dict[str, Any]:  # fmt: skip
    """`clients` threads, each on its own kept-alive connection (the `LeanClient` of the timed
    requests), posting the same GraphQL request.

    The clients share the server's two cores, so they should cost as little as the timed
    client does: with httpx's async client, one client's p95 was 4–6 ms above the sequential
    measurement of the same question.
    """

    def caller(client: LeanClient) -> Callable[[], str]:
        def call() -> str:
            try:
                response = client.post(url, json=payload, headers=headers)
                body = response.json()
            except (OSError, httptools.HttpParserError, ValueError) as error:  # counted
                return type(error).__name__
            if response.status_code != 200 or body.get("errors"):
                first = (body.get("errors") or [{}])[0]
                code = first.get("extensions", {}).get("code", "")
                return f"{response.status_code} {code}".strip()
            return ""

        return call

    connections = [LeanClient(url, timeout=60) for _ in range(clients)]
    try:
        for connection in connections:  # every connection open before the clock starts
            connection.connect()
        return _closed_loop([caller(c) for c in connections], total, budget_s)
    finally:
        for connection in connections:
            connection.close()


def _driver_level(
    driver: Driver, database: str, question: Question, picks: Picks, clients: int, total: int,
    budget_s: float,
) -> dict[str, Any]:  # fmt: skip
    """The floor under the same load: `clients` threads sharing the driver's pool, each
    asking the question's Cypher as the timed floor does."""

    def call() -> str:
        try:
            ask_driver(driver, database, question, picks)
        except Exception as error:  # counted, as an HTTP error is
            return type(error).__name__
        return ""

    return _closed_loop([call] * clients, total, budget_s)


def pids(**processes: subprocess.Popen[bytes] | None) -> dict[str, int]:
    """The pids of the processes that are running, by name: what `_levels` and
    `where_memory_goes` read from /proc."""
    return {name: p.pid for name, p in processes.items() if p is not None}


def neo4j_pid(local: LocalNeo4j | None) -> dict[str, int]:
    """The managed Neo4j's pid by name, or nothing for a Neo4j named by NEO4J_URI."""
    pid = local.status().pid if local is not None else None
    return {"neo4j": pid} if pid is not None else {}


def _levels(
    run_level: Callable[[int, int], dict[str, Any]], plan: Plan, cpu_of: dict[str, int]
) -> list[dict[str, Any]]:
    """Each concurrency level, with the CPU time each process spent per request on it: the
    processes in `cpu_of` (Neo4j, the API or the library) and this one, the clients (for the
    raw driver, the driver's work itself). On a machine they share, requests per second can
    reach at most its cores' seconds over the sum of these."""
    levels = []
    for clients in CONCURRENCY:
        before = {name: cpu_seconds(pid) for name, pid in cpu_of.items()}
        mine = os.times()
        level = run_level(clients, max(plan.per_level_requests, 4 * clients))
        spent = os.times()
        used = {"client": spent.user + spent.system - mine.user - mine.system}
        for name, pid in cpu_of.items():
            now, was = cpu_seconds(pid), before[name]
            if now is not None and was is not None:
                used[name] = now - was
        if level["requests"]:
            level["cpu_ms_per_request"] = {
                name: round(1000 * seconds / level["requests"], 3) for name, seconds in used.items()
            }
        levels.append(level)
    return levels


def measure_throughput(
    server: Server, question: Question, picks: Picks, plan: Plan, neo4j: dict[str, int]
) -> list[dict[str, Any]]:
    payload = {"query": question.graphql, "variables": question.variables(picks)}
    return _levels(
        lambda clients, total: _http_level(
            f"{server.url}/graphql", payload, server.headers, clients, total, plan.level_budget_s
        ),
        plan,
        {**neo4j, **pids(api=server.process)},
    )


def measure_peer_throughput(
    peer: library.PeerServer, ask: library.Ask, picks: Picks, plan: Plan, neo4j: dict[str, int]
) -> list[dict[str, Any]]:
    """The library under the same load, its answers as it gives them (no client-side work)."""
    payload = {"query": ask.query, "variables": ask.variables(picks)}
    return _levels(
        lambda clients, total: _http_level(
            peer.url + "/", payload, {}, clients, total, plan.level_budget_s
        ),
        plan,
        {**neo4j, **pids(library=peer.process)},
    )


def measure_driver_throughput(
    driver: Driver, database: str, question: Question, picks: Picks, plan: Plan,
    neo4j: dict[str, int],
) -> list[dict[str, Any]]:  # fmt: skip
    return _levels(
        lambda clients, total: _driver_level(
            driver, database, question, picks, clients, total, plan.level_budget_s
        ),
        plan,
        neo4j,
    )


# -- bulk load --------------------------------------------------------------------------------

BULK_CYPHER = """
UNWIND $rows AS row
MERGE (i:Initiative {id: row.id}) SET i += row.props
WITH i, row
MATCH (s:Source {id: row.source})
MERGE (i)-[:EVIDENCED_BY {quote: row.quote}]->(s)
WITH i, row
UNWIND row.participants AS p
MATCH (a:Organisation {id: p.id})
MERGE (a)-[r:PARTICIPATES_IN {role: p.role}]->(i)
SET r.source = row.source, r.quote = p.quote
"""


def bulk_rows(driver: Driver, database: str, count: int, tag: str) -> list[dict[str, Any]]:
    """Initiatives with two participants each, citing the corpus's synthetic sources."""
    with driver.session(database=database) as session:
        orgs = session.execute_read(
            lambda tx: [
                r["id"] for r in tx.run("MATCH (o:Organisation) RETURN o.id AS id ORDER BY id")
            ]
        )
        sources = session.execute_read(
            lambda tx: [
                r["id"]
                for r in tx.run(
                    "MATCH (s:Source) WHERE s.id STARTS WITH $prefix RETURN s.id AS id ORDER BY id",
                    prefix=synthetic.SOURCE_PREFIX,
                )
            ]
        )
    if len(orgs) < 2 or not sources:
        raise BenchError("bulk load needs the synthetic corpus in place (organisations, sources)")
    rows = []
    for n in range(count):
        iid = f"{BULK_PREFIX}{tag}-{n:06d}"
        lead, partner = orgs[n % len(orgs)], orgs[(n * 7 + 1) % len(orgs)]
        rows.append(
            {
                "id": iid,
                "source": sources[n % len(sources)],
                "quote": f"{synthetic.QUOTE_TAG}bulk initiative {n}",
                "props": {
                    "name": f"Bulk initiative {n}", "summary": f"Bulk-loaded initiative {n}.",
                    "kind": "programme", "status": "announced", "synthetic": True,
                },
                "participants": [
                    {"id": lead, "role": "lead", "quote": f"{synthetic.QUOTE_TAG}{lead} leads"},
                    {"id": partner, "role": "partner",
                     "quote": f"{synthetic.QUOTE_TAG}{partner} partners"},
                ],
            }
        )  # fmt: skip
    return rows


def _drop_bulk(driver: Driver, database: str) -> None:
    with driver.session(database=database) as session:
        session.run(
            "MATCH (i:Initiative) WHERE i.id STARTS WITH $prefix "
            "CALL (i) { DETACH DELETE i } IN TRANSACTIONS OF 5000 ROWS",
            prefix=BULK_PREFIX,
        ).consume()


def measure_bulk(driver: Driver, database: str, count: int) -> dict[str, Any]:
    """The same rows twice: through apply_rows (1,000 a batch, a transaction each), then one
    statement per row, each in its own transaction, as a naive import loop would send them."""
    _drop_bulk(driver, database)
    warm = bulk_rows(driver, database, 2, "warm")
    apply_rows(driver, database, BULK_CYPHER, warm[:1])  # plans compiled before timing
    with driver.session(database=database) as session:
        session.execute_write(lambda tx: tx.run(BULK_CYPHER, rows=warm[1:]).consume())

    batched_rows = bulk_rows(driver, database, count, "batched")
    started = time.perf_counter()
    counters = apply_rows(driver, database, BULK_CYPHER, batched_rows)
    batched_s = time.perf_counter() - started

    per_row_rows = bulk_rows(driver, database, count, "per-row")
    started = time.perf_counter()
    with driver.session(database=database) as session:
        for row in per_row_rows:
            session.execute_write(lambda tx, r=row: tx.run(BULK_CYPHER, rows=[r]).consume())  # type: ignore[misc]
    per_row_s = time.perf_counter() - started
    _drop_bulk(driver, database)
    batched_rate = count / batched_s
    per_row_rate = count / per_row_s
    return {
        "rows": count,
        "row": "an initiative, its EVIDENCED_BY and two PARTICIPATES_IN",
        "batch_size": 1000,
        "batched_seconds": round(batched_s, 3),
        "batched_rows_per_s": round(batched_rate, 1),
        "per_row_seconds": round(per_row_s, 3),
        "per_row_rows_per_s": round(per_row_rate, 1),
        "ratio": round(batched_rate / per_row_rate, 2),
        "batched_counters": dict(counters),
    }


# -- one run ---------------------------------------------------------------------------------


@dataclass
class Results:
    meta: dict[str, Any]
    scales: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[dict[str, Any]] = field(default_factory=list)
    # question -> server workers -> one entry per number of concurrent clients
    throughput: dict[str, dict[str, list[dict[str, Any]]]] = field(default_factory=dict)
    bulk: dict[str, Any] | None = None
    headline_scale: float | None = None


def _machine() -> dict[str, Any]:
    memory_gib = None
    try:
        with open("/proc/meminfo") as meminfo:
            kib = int(meminfo.readline().split()[1])
            memory_gib = round(kib / 1024 / 1024, 1)
    except (OSError, ValueError, IndexError):
        pass
    return {
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        "cpus": os.cpu_count(),
        "memory_gib": memory_gib,
        "platform": platform.platform(),
        "python": platform.python_version(),
    }


def _git(*args: str) -> str:
    return subprocess.run(
        ["git", *args], capture_output=True, text=True, cwd=PROJECT_ROOT, check=True
    ).stdout.strip()


def _code_version() -> str | None:
    """The commit measured (with `+changes` when the tree differs from it), for the record."""
    try:
        head = _git("rev-parse", "--short", "HEAD")
        dirty = _git("status", "--porcelain", "--untracked-files=no")
    except (OSError, subprocess.CalledProcessError):
        return None
    return head + ("+changes" if dirty else "")


def _neo4j_version(driver: Driver, database: str) -> str:
    with driver.session(database=database) as session:
        record = session.run(
            "CALL dbms.components() YIELD versions RETURN versions[0] AS v"
        ).single()
    return str(record["v"]) if record else "unknown"


def run(
    scales: list[float], *, seed: int = 42, quick: bool = False, say: Say = print,
    profile: bool = False, peer: bool = False,
    after_each_scale: Callable[[Results], None] | None = None,
) -> Results:  # fmt: skip
    """The whole benchmark; the headline figures come from scale 10 (or the nearest asked).

    With `profile`, the one-worker server runs under pyinstrument and its report is kept in
    artifacts/; its latencies are then the profiler's, not the service's. With `peer`, the
    Neo4j GraphQL library is served too and asked the five questions in the same rounds.
    """
    try:
        import httpx  # noqa: F401
    except ImportError as error:  # pragma: no cover - a dev dependency
        raise BenchError("the benchmark needs httpx: pip install -e '.[dev]'") from error
    plan = Plan.quick() if quick else Plan()
    if peer:
        library.install(say)
    headline = min(scales, key=lambda s: (abs(math.log(s / HEADLINE_SCALE)), -s))
    target = synthetic.bench_target(on_step=lambda m: say(f"neo4j: {m}"))
    database = target.settings.neo4j_database
    results = Results(
        meta={
            "date": datetime.now(UTC).isoformat(timespec="seconds"),
            "code": _code_version(),
            "machine": _machine(),
            "seed": seed,
            "quick": quick,
            "profiled": profile,
            "plan": plan.__dict__,
            "target": target.settings.uri,
            "target_shared": target.shared,
            "peer": library.versions() if peer else None,
        },
        headline_scale=headline,
    )
    workdir = Path(tempfile.mkdtemp(prefix="commitgraph-bench-"))  # server logs, admin key
    finished = False
    try:
        with target.driver() as driver:
            results.meta["neo4j"] = _neo4j_version(driver, database)
            synth_rate: float | None = None
            for scale in scales:
                expected_rows = 12_800 * scale
                if synth_rate and expected_rows / synth_rate > SYNTH_BUDGET_S:
                    reason = (
                        f"synth at scale {scale:g} (~{expected_rows:,.0f} rows at the measured "
                        f"{synth_rate:,.0f} rows/s) would take "
                        f"~{expected_rows / synth_rate / 60:.0f} min, over the "
                        f"{SYNTH_BUDGET_S / 60:.0f}-minute budget"
                    )
                    say(f"skipping scale {scale:g}: {reason}")
                    results.skipped.append({"scale": scale, "reason": reason})
                    continue
                entry, picks = _one_scale(
                    target.settings, driver, scale, seed, plan, workdir, profile, say, peer,
                    target.local,
                )  # fmt: skip
                synth_rate = entry["synth"]["rows_per_s"]
                results.scales.append(entry)
                if after_each_scale is not None:  # a long run keeps what it measured so far
                    after_each_scale(results)
                if scale == headline:
                    neo4j = neo4j_pid(target.local)
                    for workers in WORKER_COUNTS:
                        with Server(target.settings, workers, workdir) as server:
                            for question in THROUGHPUT_QUESTIONS:
                                say(f"scale {scale:g}: {question.name}, {workers} worker(s)")
                                results.throughput.setdefault(question.name, {})[str(workers)] = (
                                    measure_throughput(server, question, picks, plan, neo4j)
                                )
                    for question in THROUGHPUT_QUESTIONS:
                        say(f"scale {scale:g}: {question.name}, the raw driver")
                        results.throughput[question.name]["driver"] = measure_driver_throughput(
                            driver, database, question, picks, plan, neo4j
                        )
                    ask = library.ask_for(THROUGHPUT_QUESTIONS[0].name)
                    if peer and ask is not None:
                        with library.PeerServer(target.settings, workdir) as peer_server:
                            say(f"scale {scale:g}: {THROUGHPUT_QUESTIONS[0].name}, the library")
                            results.throughput[THROUGHPUT_QUESTIONS[0].name]["library"] = (
                                measure_peer_throughput(peer_server, ask, picks, plan, neo4j)
                            )
                    say(f"scale {scale:g}: bulk load, batched against per row")
                    results.bulk = measure_bulk(driver, database, plan.bulk_rows)
        finished = True
    finally:
        try:
            if target.shared:  # someone else's database: leave it as it was, even after a failure
                _clean_shared(target, database, say, after_failure=not finished)
        finally:
            target.stop_if_started()
            shutil.rmtree(workdir, ignore_errors=True)
    results.meta["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    return results


def _clean_shared(
    target: synthetic.Target, database: str, say: Say, *, after_failure: bool
) -> None:
    """Take the synthetic corpus out of NEO4J_URI's database. When that database does not
    answer, say how to do it later; after a failure, without hiding why the bench stopped."""
    say("cleaning the synthetic corpus out of NEO4J_URI's database")
    try:
        with target.driver() as driver:
            synthetic.clean(driver, database)
    except (ServiceUnavailable, SessionExpired) as error:
        message = (
            f"could not clean the synthetic corpus out of {target.settings.uri}: "
            f"{one_line(error)}; "
            "once it answers, run `commitgraph-dev synth --clean` with the same NEO4J_URI"
        )
        if not after_failure:
            raise BenchError(message) from error
        say(message)


def _bytes_under(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())


def where_memory_goes(
    driver: Driver, database: str, local: LocalNeo4j | None, processes: dict[str, int]
) -> dict[str, Any]:
    """Memory after a scale's questions: Neo4j's heap (JMX) and configured page cache, the
    store's size on disk (which the page cache would hold whole), and each process's resident
    set (/proc, with descendants). The transaction logs sit on disk beside the store and are
    never in the page cache. A figure that cannot be read here is None."""
    heap_records, _, _ = driver.execute_query(
        "CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes "
        "RETURN attributes.HeapMemoryUsage.value.properties AS heap",
        database_=database, routing_=RoutingControl.READ,
    )  # fmt: skip
    heap = heap_records[0]["heap"]
    setting_records, _, _ = driver.execute_query(
        "SHOW SETTINGS YIELD name, value "
        "WHERE name IN ['server.memory.pagecache.size', 'server.memory.heap.max_size'] "
        "RETURN name, value",
        database_=database, routing_=RoutingControl.READ,
    )  # fmt: skip
    settings = {record["name"]: record["value"] for record in setting_records}
    store = logs = None
    resident = {name: rss_mib(pid) for name, pid in {**neo4j_pid(local), **processes}.items()}
    if local is not None:
        store = _bytes_under(local.data_dir / "databases" / database)
        logs = _bytes_under(local.data_dir / "transactions" / database)
    mib = 2**20
    return {
        "neo4j_heap_used_mib": round(heap["used"] / mib, 1),
        "neo4j_heap_committed_mib": round(heap["committed"] / mib, 1),
        "neo4j_heap_max": settings.get("server.memory.heap.max_size"),
        "neo4j_pagecache_size": settings.get("server.memory.pagecache.size"),
        "store_on_disk_mib": round(store / mib, 1) if store is not None else None,
        "transaction_logs_mib": round(logs / mib, 1) if logs is not None else None,
        "rss_mib": resident,
    }


def _one_scale(
    settings: GraphSettings, driver: Driver, scale: float, seed: int, plan: Plan,
    workdir: Path, profile: bool, say: Say, peer: bool = False, local: LocalNeo4j | None = None,
) -> tuple[dict[str, Any], Picks]:  # fmt: skip
    """A fresh corpus at this scale, then the questions on both sides and their round trips."""

    database = settings.neo4j_database
    say(f"scale {scale:g}: cleaning, then writing the synthetic corpus")
    _, written = synthetic.replace_corpus(
        driver, database, synthetic.build_corpus(synthetic.SynthSpec(scale=scale, seed=seed))
    )
    say(f"scale {scale:g}: {written.rows:,} rows in {written.seconds:.1f} s")
    picks = choose_picks(driver, database)
    entry: dict[str, Any] = {
        "scale": scale,
        "synth": {
            "rows": written.rows,
            "seconds": round(written.seconds, 2),
            "rows_per_s": round(written.rows_per_second, 1),
            "nodes": sum(written.nodes_by_label.values()),
            "relationships": sum(written.relationships_by_type.values()),
            "nodes_by_label": written.nodes_by_label,
            "relationships_by_type": written.relationships_by_type,
        },
        "picks": picks.__dict__,
        "queries": {},
    }
    profile_to = workdir / f"profile-scale-{scale:g}.html" if profile else None
    with contextlib.ExitStack() as stack:
        server = stack.enter_context(Server(settings, 1, workdir, profile_to))
        client = stack.enter_context(LeanClient(server.url, 120))
        side = None
        if peer:
            peer_server = stack.enter_context(library.PeerServer(settings, workdir))
            side = PeerSide(peer_server, stack.enter_context(LeanClient(peer_server.url, 120)))
        entry["server"] = {"workers": 1, "auth": server.auth}
        for question in (*QUESTIONS, *EXTRA_QUESTIONS):
            say(f"scale {scale:g}: {question.name}")
            entry["queries"][question.name] = measure_question(
                client, server, driver, database, question, picks, plan, side
            )
        served = pids(api=server.process, library=side.server.process if side else None)
        entry["memory"] = where_memory_goes(driver, database, local, served)
    if profile_to is not None and profile_to.exists():
        kept = PROJECT_ROOT / "artifacts" / profile_to.name
        kept.parent.mkdir(exist_ok=True)
        shutil.copyfile(profile_to, kept)
        entry["profile"] = str(kept.relative_to(PROJECT_ROOT))
    return entry, picks


# -- reporting --------------------------------------------------------------------------------


def headline_figures(results: Results) -> dict[str, Any]:
    """The four figures the issue's targets are about, at the headline scale."""
    entry = next((e for e in results.scales if e["scale"] == results.headline_scale), None)
    figures: dict[str, Any] = {
        "graphql_vs_driver_p50_ratio": None,
        "roundtrips_per_root_field": None,
        "batched_vs_per_row_ratio": results.bulk["ratio"] if results.bulk else None,
        "network_p95_ms": None,
    }
    if entry is None:
        return figures
    five = [entry["queries"][q.name] for q in QUESTIONS if q.name in entry["queries"]]
    ok = [q for q in five if "error" not in q]
    if ok:
        figures["graphql_vs_driver_p50_ratio"] = max(q["p50_ratio"] for q in ok)
        figures["graphql_vs_driver_p50_ratio_geomean"] = round(
            math.exp(statistics.fmean(math.log(q["p50_ratio"]) for q in ok)), 3
        )
        figures["graphql_overhead_p50_ms"] = max(q["overhead_p50_ms"] for q in ok)
        trips = [q["roundtrips"] for q in ok if q.get("roundtrips") is not None]
        figures["roundtrips_per_root_field"] = max(trips) if trips else None
        network = entry["queries"].get(QUESTIONS[3].name, {})
        figures["network_p95_ms"] = network.get("graphql", {}).get("p95_ms")
    side_by_side = {
        q.name: {key: entry["queries"][q.name][key] for key in SIDE_BY_SIDE_KEYS}
        for q in QUESTIONS
        if "peer_p50_ms" in entry["queries"].get(q.name, {})
    }
    if side_by_side:
        figures["side_by_side"] = side_by_side
    figures.update(_throughput_ratios(results))
    figures["hub_vs_median_network_p95_ratio"] = hub_vs_median(results)
    return figures


#: Per question, with --peer: the service, the library and the raw driver side by side.
SIDE_BY_SIDE_KEYS = (
    "peer_p50_ms", "service_p50_ms", "driver_p50_ms", "service_vs_peer_p50_ratio",
    "service_overhead_ms", "peer_overhead_ms", "peer_client_work_p50_ms", "same_answer",
    "peer_same_answer",
)  # fmt: skip


def _throughput_ratios(results: Results) -> dict[str, Any]:
    """The network's requests per second under 8 and 32 clients, each side against the raw
    driver's: `service_vs_driver_rps_8` and so on (the service with one worker)."""
    by_side = results.throughput.get(THROUGHPUT_QUESTIONS[0].name, {})
    driver = {level["clients"]: level["requests_per_s"] for level in by_side.get("driver", [])}
    figures: dict[str, Any] = {}
    for side, key in (("1", "service"), ("library", "peer")):
        for level in by_side.get(side, []):
            clients = level["clients"]
            if clients in (8, 32) and driver.get(clients):
                figures[f"{key}_vs_driver_rps_{clients}"] = round(
                    level["requests_per_s"] / driver[clients], 3
                )
    return figures


def hub_vs_median(results: Results, scale: float = 100.0) -> float | None:
    """At scale 100, the busiest country's depth-2 network p95 over the median country's."""
    entry = next((e for e in results.scales if e["scale"] == scale), None)
    if entry is None:
        return None
    hub = entry["queries"].get(HUB_NETWORK.name, {}).get("graphql")
    median = entry["queries"].get(QUESTIONS[3].name, {}).get("graphql")
    if not hub or not median:
        return None
    return round(float(hub["p95_ms"]) / float(median["p95_ms"]), 3)


TARGETS = (
    ("graphql_vs_driver_p50_ratio", "GraphQL p50 ≤ 1.5× raw driver (worst of the five)", 1.5, "≤"),
    ("roundtrips_per_root_field", "≤ 1 Cypher round trip per root field", 1, "≤"),
    ("batched_vs_per_row_ratio", "batched load ≥ 20× per-row", 20, "≥"),
    ("network_p95_ms", "network query p95 ≤ 50 ms", 50, "≤"),
)


#: Below this driver p50 an answer is "small": the service is held to what it adds to the
#: driver against what the library adds; above it, to a ratio to the driver.
SMALL_CYPHER_MS = 5.0


def peer_verdicts(results: Results) -> list[tuple[str, str, str]]:
    """The targets of the side-by-side run, at the headline scale: (target, measured, verdict).

    Empty without --peer. Each of a–d at most half the library's p50; an answer whose Cypher
    takes under 5 ms: what the service adds to the driver at most half what the library adds;
    5 ms or more: p50 at most 1.3× the driver; the network under 8 and 32 clients at least
    0.85× the driver's requests per second; at scale 100, the busiest country's network p95 at
    most 2× the median country's."""
    figures = headline_figures(results)
    side = figures.get("side_by_side") or {}
    if not side:
        return []

    def verdict(ok: bool) -> str:
        return "met" if ok else "missed"

    out: list[tuple[str, str, str]] = []
    for name, q in side.items():
        letter = name.split(".", 1)[0]
        if letter in "abcd":
            ratio = q["service_vs_peer_p50_ratio"]
            out.append(
                (f"{letter}: p50 ≤ 0.5× the library's", f"{ratio:.2f}×", verdict(ratio <= 0.5))
            )
        if q["driver_p50_ms"] < SMALL_CYPHER_MS:
            added, theirs = q["service_overhead_ms"], q["peer_overhead_ms"]
            out.append((
                f"{letter} (Cypher under {SMALL_CYPHER_MS:g} ms): added ≤ half the library's",
                f"{added:.2f} against {theirs:.2f} ms", verdict(added <= theirs / 2),
            ))  # fmt: skip
        else:
            ratio = q["service_p50_ms"] / q["driver_p50_ms"]
            out.append((
                f"{letter} (Cypher {SMALL_CYPHER_MS:g} ms or more): p50 ≤ 1.3× the driver",
                f"{ratio:.2f}×", verdict(ratio <= 1.3),
            ))  # fmt: skip
    for clients in (8, 32):
        value = figures.get(f"service_vs_driver_rps_{clients}")
        if value is not None:
            out.append((
                f"d with {clients} clients: ≥ 0.85× the driver's requests/s",
                f"{value:.2f}×", verdict(value >= 0.85),
            ))  # fmt: skip
    hub = figures.get("hub_vs_median_network_p95_ratio")
    out.append((
        "scale 100: busiest country's depth-2 network p95 ≤ 2× the median country's",
        "not measured (no scale 100)" if hub is None else f"{hub:.2f}×",
        "not measured" if hub is None else verdict(hub <= 2),
    ))  # fmt: skip
    return out


def verdicts(figures: dict[str, Any]) -> list[tuple[str, Any, str]]:
    out = []
    for key, text, bound, op in TARGETS:
        value = figures.get(key)
        if value is None:
            out.append((text, None, "not measured"))
            continue
        met = value <= bound if op == "≤" else value >= bound
        out.append((text, value, "met" if met else "missed"))
    return out


def to_json(results: Results) -> str:
    figures = headline_figures(results)
    document = {
        **figures,
        "headline_scale": results.headline_scale,
        "targets": [{"target": t, "value": v, "verdict": s} for t, v, s in verdicts(figures)],
        "side_by_side_targets": [
            {"target": t, "value": v, "verdict": s} for t, v, s in peer_verdicts(results)
        ],
        "meta": results.meta,
        "scales": results.scales,
        "skipped_scales": results.skipped,
        "throughput": results.throughput,
        "bulk_load": results.bulk,
    }
    return json.dumps(document, indent=2, default=str)


def memory_table(results: Results) -> list[str]:
    """Where memory went after each scale's questions (`where_memory_goes`), in MiB."""
    measured = [e for e in results.scales if "memory" in e]
    if not measured:
        return []

    def mib(value: float | None) -> str:
        return "" if value is None else f"{value:,.0f}"

    lines = [
        "",
        "| scale | store on disk | transaction logs | page cache (set) "
        "| heap used / committed (max) | Neo4j RSS | API RSS | library RSS |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for entry in measured:
        m = entry["memory"]
        rss = m["rss_mib"]
        lines.append(
            f"| {entry['scale']:g} | {mib(m['store_on_disk_mib'])} "
            f"| {mib(m.get('transaction_logs_mib'))} | {m['neo4j_pagecache_size']} "
            f"| {mib(m['neo4j_heap_used_mib'])} / {mib(m['neo4j_heap_committed_mib'])} "
            f"({m['neo4j_heap_max']}) | {mib(rss.get('neo4j'))} | {mib(rss.get('api'))} "
            f"| {mib(rss.get('library'))} |"
        )
    return lines


def markdown(results: Results) -> str:
    lines: list[str] = []
    meta = results.meta
    machine = meta["machine"]
    # the machine's pace moves every figure (docs/BENCHMARKS.md): say how busy it was
    start, end = machine.get("load_average_at_start"), meta.get("load_average_at_end")
    pace = f"; 1-minute load average {start[0]:.2f} at the start" if start else ""
    pace += f", {end[0]:.2f} at the end" if start and end else ""
    lines.append(
        f"Run {meta['date']} on {machine['cpus']} CPUs, {machine['memory_gib']} GiB, "
        f"Neo4j {meta.get('neo4j', '?')}, Python {machine['python']}, code {meta.get('code')}"
        + pace
        + (" (--quick: smoke run, not a measurement)" if meta["quick"] else "")
    )
    lines.append("")
    lines += side_by_side_table(results)
    lines.append(
        "| scale | query | answer | driver p50 | driver p95 | API p50 | API p95 "
        "| p50 ratio | API on top, p50 | round trips | same answer |"
    )
    lines.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|:---:|")
    for entry in results.scales:
        for name, q in entry["queries"].items():
            if "error" in q:
                lines.append(f"| {entry['scale']:g} | {name} | {q['error'][:90]} |||||||||")
                continue
            api = q.get("graphql") or q["rest"]
            lines.append(
                f"| {entry['scale']:g} | {name} | {q['answer_size']} "
                f"| {q['driver']['p50_ms']:.1f} | {q['driver']['p95_ms']:.1f} "
                f"| {api['p50_ms']:.1f} | {api['p95_ms']:.1f} "
                f"| {q['p50_ratio']:.2f} | {q['overhead_p50_ms']:.1f} "
                f"| {_fmt(q.get('roundtrips'))} "
                f"| {'yes' if q['same_answer'] else 'NO'} |"
            )
    lines.append("")
    lines.append("| scale | synth rows | seconds | rows/s | nodes | relationships |")
    lines.append("|---:|---:|---:|---:|---:|---:|")
    for entry in results.scales:
        s = entry["synth"]
        lines.append(
            f"| {entry['scale']:g} | {s['rows']:,} | {s['seconds']:.1f} | {s['rows_per_s']:,.0f} "
            f"| {s['nodes']:,} | {s['relationships']:,} |"
        )
    for skipped in results.skipped:
        lines.append(f"| {skipped['scale']:g} | skipped: {skipped['reason']} |||||")
    lines += memory_table(results)
    if results.throughput:
        lines.append("")
        lines += throughput_table(results)
    if results.bulk:
        b = results.bulk
        lines.append("")
        lines.append("| bulk load | rows | seconds | rows/s |")
        lines.append("|---|---:|---:|---:|")
        lines.append(
            f"| batched (apply_rows, 1,000 a batch) | {b['rows']:,} | {b['batched_seconds']:.2f} "
            f"| {b['batched_rows_per_s']:,.0f} |"
        )
        lines.append(
            f"| one statement per row | {b['rows']:,} | {b['per_row_seconds']:.2f} "
            f"| {b['per_row_rows_per_s']:,.0f} |"
        )
        lines.append(f"| ratio | | | {b['ratio']:.1f}× |")
    figures = headline_figures(results)
    side_by_side = peer_verdicts(results)
    if side_by_side:
        lines.append("")
        lines.append(f"Side-by-side targets at scale {results.headline_scale:g}:")
        lines.append("")
        lines.append("| target | measured | verdict |")
        lines.append("|---|---:|---|")
        lines += [f"| {text} | {value} | {verdict} |" for text, value, verdict in side_by_side]
    lines.append("")
    lines.append(f"Targets at scale {results.headline_scale:g} (the first benchmark's):")
    lines.append("")
    lines.append("| target | measured | verdict |")
    lines.append("|---|---:|---|")
    for text, value, verdict in verdicts(figures):
        lines.append(f"| {text} | {_fmt(value)} | {verdict} |")
    if figures.get("graphql_overhead_p50_ms") is not None:
        lines.append("")
        lines.append(
            "What the API adds to the driver's answer (median of paired differences, worst of "
            f"the five): {figures['graphql_overhead_p50_ms']:.1f} ms"
        )
    return "\n".join(lines)


def side_by_side_table(results: Results) -> list[str]:
    """With --peer: each of the five questions at every scale, service, library and driver."""
    rows = [
        (entry["scale"], name, q)
        for entry in results.scales
        for name, q in entry["queries"].items()
        if "peer_p50_ms" in q
    ]
    if not rows:
        return []
    versions = results.meta.get("peer") or {}
    lines = [
        f"Side by side: the service, `{library.PACKAGE}` {versions.get(library.PACKAGE, '?')} "
        f"(Apollo Server {versions.get('@apollo/server', '?')}, Node {versions.get('node', '?')}) "
        "and the raw driver; p50 in ms. The library's time includes the client-side work that "
        "gives its answer the service's shape (its own column).",
        "",
        "| scale | question | driver | service | library | library's client work "
        "| service ÷ library | service on top | library on top | same facts |",
        "|---:|---|---:|---:|---:|---:|---:|---:|---:|:---:|",
    ]
    for scale, name, q in rows:
        same = "yes" if q["same_answer"] and q["peer_same_answer"] else "NO"
        lines.append(
            f"| {scale:g} | {name} | {q['driver_p50_ms']:.1f} | {q['service_p50_ms']:.1f} "
            f"| {q['peer_p50_ms']:.1f} | {q['peer_client_work_p50_ms']:.2f} "
            f"| {q['service_vs_peer_p50_ratio']:.2f} | {q['service_overhead_ms']:.1f} "
            f"| {q['peer_overhead_ms']:.1f} | {same} |"
        )
    lines.append("")
    return lines


def throughput_table(results: Results) -> list[str]:
    """Requests per second under concurrent clients: the service with one and two workers,
    the library (with --peer) and the raw driver, side by side."""
    sides = (("1", "service, 1 worker"), ("2", "service, 2 workers"), ("library", "library"),
             ("driver", "raw driver"))  # fmt: skip
    present = [
        (key, title)
        for key, title in sides
        if any(key in by_side for by_side in results.throughput.values())
    ]
    lines = [
        f"Concurrent clients at scale {results.headline_scale:g}: requests per second "
        "(p95 ms, errors):",
        "",
        "| question | clients | " + " | ".join(title for _, title in present) + " |",
        "|---|---:|" + "---:|" * len(present),
    ]
    for name, by_side in results.throughput.items():
        for index, clients in enumerate(CONCURRENCY):
            cells = []
            for key, _ in present:
                levels = by_side.get(key) or []
                level = levels[index] if index < len(levels) else None
                cells.append(
                    "" if level is None
                    else f"{level['requests_per_s']:.1f} ({level['p95_ms']:.1f}, "
                    f"{_errors(level['errors'])})"
                )  # fmt: skip
            lines.append(f"| {name} | {clients} | " + " | ".join(cells) + " |")
    return lines + cpu_table(results, sides)


def cpu_table(results: Results, sides: tuple[tuple[str, str], ...]) -> list[str]:
    """CPU milliseconds each process spent per request of the first throughput question at the
    highest concurrency, and the rate that CPU allows on this machine's cores: the ceiling
    each side meets when the processes share the cores."""
    by_side = results.throughput.get(THROUGHPUT_QUESTIONS[0].name, {})
    cores = os.cpu_count() or 1
    rows = []
    for key, title in sides:
        levels = by_side.get(key) or []
        used = levels[-1].get("cpu_ms_per_request") if levels else None
        if not used:
            continue
        total = sum(used.values())
        served_by = used.get("api", used.get("library"))
        rows.append(
            f"| {title} | {used.get('neo4j', 0):.2f} | "
            f"{'' if served_by is None else f'{served_by:.2f}'} | {used['client']:.2f} "
            f"| {total:.2f} | {cores * 1000 / total:.0f} | {levels[-1]['requests_per_s']:.1f} |"
        )
    if not rows:
        return []
    return [
        "",
        f"CPU per request of {THROUGHPUT_QUESTIONS[0].name} with {CONCURRENCY[-1]} clients, in "
        f"ms (the bench's own process is the client; for the raw driver it does the driver's "
        f"work), and the requests per second {cores} cores allow at that cost:",
        "",
        "| side | Neo4j | API or library | client | total | ceiling | measured |",
        "|---|---:|---:|---:|---:|---:|---:|",
        *rows,
    ]


def _errors(errors: dict[str, int]) -> str:
    return ", ".join(f"{n}× {kind}" for kind, n in errors.items()) or "0"


def _fmt(value: Any) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, float):
        return f"{value:g}" if value == int(value) else f"{value:.2f}"
    return str(value)
