"""The peer in `commitgraph-dev bench --peer`: `@neo4j/graphql` 7, the official Neo4j GraphQL
library for Node, which users would pick instead of this service.

The bench serves it itself (tools/peer/: a pinned npm project, `npm ci`, Apollo Server's
standalone server as the library's getting-started guide sets it up) over the bench's own
Neo4j, and asks it the five questions through the same client. Its type definitions map the
graph's labels, relationship types and properties; where the library has no built-in for a
question (the countries an initiative involves, a country's partners, the capped network,
the shortest path) they carry a `@cypher` field with the floor's own Cypher, as the library's
users write them. Where the library's answer is not yet the service's (participants in the
service's order, totals summed by region and currency, the network's columns paired into
nodes and edges), `Ask.finish` does that work on the client, and the bench times it.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from commitgraph_tools.involvement import COUNTRIES_OF_INITIATIVE, INITIATIVES_OF_COUNTRY
from graph.models import PARTNERSHIP_TYPES
from graph.queries.network import NETWORK_OUTLINE, OFF_GRAPH
from graph.store.settings import PROJECT_ROOT, GraphSettings

PEER_DIR = PROJECT_ROOT / "tools" / "peer"
#: The library's version, as tools/peer/package.json pins it (read from there for the record).
PACKAGE = "@neo4j/graphql"


class PeerUnavailable(RuntimeError):
    """The peer cannot be served here (no node or npm, or its install failed); says why."""


# -- type definitions ---------------------------------------------------------------------


#: a: the initiatives that involve every country in `$codes` (by name), and how many.
_INVOLVING = f"""
UNWIND $codes AS code
MATCH (c:Country {{id: code}})
CALL (c) {{ {INITIATIVES_OF_COUNTRY} }}
WITH i, count(DISTINCT code) AS hits WHERE hits = size($codes)
"""
_INITIATIVES = _INVOLVING + "WITH i ORDER BY i.name, i.id LIMIT $first RETURN i"
_INITIATIVE_COUNT = _INVOLVING + "RETURN count(i) AS total"
_COUNTRIES = (
    f"WITH this AS i CALL (i) {{ {COUNTRIES_OF_INITIATIVE} }} "
    "WITH DISTINCT p ORDER BY p.id RETURN p"
)

#: c: the countries `this` shares an initiative or an event with, strongest first.
_PARTNERS = f"""
WITH this AS x
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
WITH collect({{
  id: p.id, name: p.name,
  shared: COLLECT {{ UNWIND shared AS s WITH s ORDER BY s.name, s.id RETURN s.id }}[..200]
}}) AS partners
UNWIND partners[..200] AS partner
RETURN partner
"""

_STRING_COLUMNS = ("node_ids", "node_labels", "node_types", "sources", "targets", "edge_types",
                   "roles")  # fmt: skip

#: d: the service's own network Cypher (which nodes a capped network keeps is part of the
#: question), its columns as one map; the service's empty-map placeholder for a missing value
#: becomes null, which a GraphQL list of strings can hold.
_NETWORK = (
    f"CALL () {{ {NETWORK_OUTLINE} }}\n"
    "RETURN {truncated: truncated, "
    + ", ".join(f"{c}: [v IN {c} | CASE WHEN v IS :: STRING THEN v END]" for c in _STRING_COLUMNS)
    + "} AS network"
)

#: e: the path's nodes in order, one row each; provenance and records are not walked.
_SHORTEST_PATH = f"""
MATCH (a:{"|".join(PARTNERSHIP_TYPES)} {{id: $from}})
MATCH (b:{"|".join(PARTNERSHIP_TYPES)} {{id: $to}})
MATCH p = shortestPath((a)-[*0..10]-(b))
WHERE all(r IN relationships(p) WHERE NOT type(r) IN {list(OFF_GRAPH)!r})
WITH p WHERE length(p) <= $maxHops
UNWIND nodes(p) AS n
RETURN n
"""


def _block(cypher: str) -> str:
    """A GraphQL block string holding `cypher`."""
    if '"""' in cypher:
        raise ValueError("Cypher with a triple quote cannot go into a block string")
    return '"""\n' + cypher.strip() + '\n"""'


def type_defs() -> str:
    """The library's type definitions for the graph: one `@node` type per partnership label
    with its properties and relationships, and `@cypher` fields where the library has none."""
    cited = "source: String\n  quote: String"
    return f"""
interface Actor {{
  id: ID!
  name: String
}}

interface PartnershipNode {{
  id: ID!
}}

union Place = Country | Region

type Country implements Actor & PartnershipNode @node {{
  id: ID!
  name: String!
  aliases: [String!]
  participatesIn: [Initiative!]!
    @relationship(type: "PARTICIPATES_IN", direction: OUT, properties: "Participation")
  attended: [Event!]! @relationship(type: "ATTENDED", direction: OUT, properties: "Attendance")
  partOf: [Region!]! @relationship(type: "PART_OF", direction: OUT, properties: "Cited")
  partners: [Partner!]! @cypher(statement: {_block(_PARTNERS)}, columnName: "partner")
}}

type Region implements PartnershipNode @node {{
  id: ID!
  name: String!
  kind: String!
  m49: String
  partOf: [Place!]! @relationship(type: "PART_OF", direction: OUT, properties: "Cited")
}}

type Organisation implements Actor & PartnershipNode @node {{
  id: ID!
  name: String!
  kind: String!
  acronym: String
  basedIn: [Country!]! @relationship(type: "BASED_IN", direction: OUT, properties: "Cited")
  participatesIn: [Initiative!]!
    @relationship(type: "PARTICIPATES_IN", direction: OUT, properties: "Participation")
}}

type Official implements Actor & PartnershipNode @node {{
  id: ID!
  title: String!
  name: String
  represents: [Country!]! @relationship(type: "REPRESENTS", direction: OUT, properties: "Cited")
  holdsPost: [Organisation!]! @relationship(type: "HOLDS_POST", direction: OUT, properties: "Post")
}}

type Event implements PartnershipNode @node {{
  id: ID!
  name: String!
  kind: String!
  location: String
  startDate: Date
  attendees: [Actor!]! @relationship(type: "ATTENDED", direction: IN, properties: "Attendance")
}}

type Initiative implements PartnershipNode @node {{
  id: ID!
  name: String!
  kind: String!
  status: String!
  summary: String
  participants: [Actor!]!
    @relationship(type: "PARTICIPATES_IN", direction: IN, properties: "Participation")
  targets: [Place!]! @relationship(type: "TARGETS", direction: OUT, properties: "Cited")
  announcedAt: [Event!]! @relationship(type: "ANNOUNCED_AT", direction: OUT, properties: "Cited")
  buildsOn: [Initiative!]! @relationship(type: "BUILDS_ON", direction: OUT, properties: "Cited")
  fundedBy: [FundingStream!]! @relationship(type: "FUNDS", direction: IN, properties: "Cited")
  addresses: [Topic!]! @relationship(type: "ADDRESSES", direction: OUT, properties: "Cited")
  countries: [Country!]! @cypher(statement: {_block(_COUNTRIES)}, columnName: "p")
}}

type FundingStream implements PartnershipNode @node {{
  id: ID!
  name: String!
  amount: Float!
  currency: String!
  qualifier: String
  stage: String
  funds: [Initiative!]! @relationship(type: "FUNDS", direction: OUT, properties: "Cited")
  allocatedTo: [Place!]! @relationship(type: "ALLOCATED_TO", direction: OUT, properties: "Cited")
  providedBy: [Actor!]! @relationship(type: "PROVIDES", direction: IN, properties: "Cited")
}}

type Topic implements PartnershipNode @node {{
  id: ID!
  name: String!
}}

type Statement implements PartnershipNode @node {{
  id: ID!
  text: String!
}}

type Participation @relationshipProperties {{
  role: String!
  {cited}
}}

type Attendance @relationshipProperties {{
  role: String!
  {cited}
}}

type Post @relationshipProperties {{
  title: String
  {cited}
}}

type Cited @relationshipProperties {{
  {cited}
  basis: String
  reference: String
}}

type Partner {{
  id: ID!
  name: String!
  shared: [ID!]!
}}

type NetworkColumns {{
  truncated: Boolean!
  {" ".join(f"{c}: [String]!" for c in _STRING_COLUMNS)}
}}

type Query {{
  initiativesInvolving(codes: [ID!]!, first: Int!): [Initiative!]!
    @cypher(statement: {_block(_INITIATIVES)}, columnName: "i")
  initiativesInvolvingCount(codes: [ID!]!): Int!
    @cypher(statement: {_block(_INITIATIVE_COUNT)}, columnName: "total")
  network(focus: [ID!]!, depth: Int!, limit: Int!, types: [String!]): NetworkColumns
    @cypher(statement: {_block(_NETWORK)}, columnName: "network")
  shortestPath(from: ID!, to: ID!, maxHops: Int! = 6): [PartnershipNode!]!
    @cypher(statement: {_block(_SHORTEST_PATH)}, columnName: "n")
}}
"""


# -- the five questions, as the library is asked them ------------------------------------


@dataclass(frozen=True)
class Ask:
    """One question put to the library: its request, and the client-side work that turns the
    library's answer into the service's (`finish`), which the bench times as part of it."""

    query: str
    variables: Callable[[Any], dict[str, Any]]  # from the bench's Picks
    finish: Callable[[dict[str, Any]], dict[str, Any]]
    client_work: str  # what `finish` does beyond reshaping, for the report


_ROLE_RANK = {"lead": 0, "funder": 1, "partner": 2, "implementer": 3}


def _finish_initiatives(data: dict[str, Any]) -> dict[str, Any]:
    nodes = []
    for n in data["initiativesInvolving"]:
        links: dict[tuple[str, str], dict[str, Any]] = {}
        for edge in n["participantsConnection"]["edges"]:
            role, actor = edge["properties"]["role"], edge["node"]
            links[(role, actor["id"])] = {"role": role, "actor": actor}  # one per source
        participants = sorted(
            links.values(),
            key=lambda p: (
                _ROLE_RANK.get(p["role"], 4), p["actor"]["name"] is None,
                p["actor"]["name"] or "", p["actor"]["id"],
            ),
        )  # fmt: skip
        nodes.append(
            {"id": n["id"], "name": n["name"], "participants": participants,
             "countries": n["countries"]}
        )  # fmt: skip
    return {"initiatives": {"totalCount": data["initiativesInvolvingCount"], "nodes": nodes}}


def _finish_totals(data: dict[str, Any]) -> dict[str, Any]:
    totals: dict[tuple[str, str], dict[str, Any]] = {}
    for stream in data["fundingStreams"]:
        places = {place["id"]: place for place in stream["allocatedTo"]}  # one per source
        for place in places.values():
            total = totals.setdefault(
                (place["id"], stream["currency"]),
                {"key": place["id"], "label": place["name"], "currency": stream["currency"],
                 "amount": 0.0, "streamCount": 0, "shared": False},
            )  # fmt: skip
            total["amount"] += stream["amount"]
            total["streamCount"] += 1
            total["shared"] = total["shared"] or len(places) > 1
    return {"fundingTotals": [totals[key] for key in sorted(totals)]}


def _finish_partners(data: dict[str, Any]) -> dict[str, Any]:
    if not data["countries"]:
        return {"country": None}
    (country,) = data["countries"]
    partners = [
        {"country": {"id": p["id"], "name": p["name"]},
         "sharedInitiatives": [{"id": s} for s in p["shared"]]}
        for p in country["partners"]
    ]  # fmt: skip
    return {"country": {"name": country["name"], "partners": partners}}


def _finish_network(data: dict[str, Any]) -> dict[str, Any]:
    columns = data["network"]
    nodes = [
        {"id": i, "label": label, "type": type_}
        for i, label, type_ in zip(
            columns["node_ids"], columns["node_labels"], columns["node_types"], strict=True
        )
    ]
    edges = [
        {"source": s, "target": t, "type": type_, "role": role}
        for s, t, type_, role in zip(
            columns["sources"], columns["targets"], columns["edge_types"], columns["roles"],
            strict=True,
        )
    ]  # fmt: skip
    return {"network": {"nodes": nodes, "edges": edges, "truncated": columns["truncated"]}}


def _finish_path(data: dict[str, Any]) -> dict[str, Any]:
    nodes = data["shortestPath"]
    if not nodes:
        return {"shortestPath": None}
    return {"shortestPath": {"length": len(nodes) - 1, "nodes": nodes}}


_NETWORK_QUERY = (
    "query Network($focus: [ID!]!, $limit: Int!) { network(focus: $focus, depth: 2, "
    "limit: $limit) { truncated " + " ".join(_STRING_COLUMNS) + " } }"
)

#: By the letter that starts the bench's question name.
ASKS: dict[str, Ask] = {
    "a": Ask(
        query=(
            "query Initiatives($codes: [ID!]!) { "
            "initiativesInvolving(codes: $codes, first: 20) { id name "
            "participantsConnection { edges { properties { role } node { id name } } } "
            "countries { id } } initiativesInvolvingCount(codes: $codes) }"
        ),
        variables=lambda p: {"codes": sorted({p.a, p.b})},
        finish=_finish_initiatives,
        client_work="participants put in the service's order (lead first, then by role and "
        "name), a link several sources state kept once",
    ),
    "b": Ask(
        query=(
            "{ fundingStreams { id amount currency allocatedTo { "
            "... on Country { id name } ... on Region { id name } } } }"
        ),
        variables=lambda p: {},
        finish=_finish_totals,
        client_work="every stream fetched with its places, then summed by place and currency",
    ),
    "c": Ask(
        query=(
            "query Partners($id: ID!) { countries(where: {id: {eq: $id}}) { name "
            "partners { id name shared } } }"
        ),
        variables=lambda p: {"id": p.x},
        finish=_finish_partners,
        client_work="none (reshaped only)",
    ),
    "d": Ask(
        query=_NETWORK_QUERY,
        variables=lambda p: {"focus": [p.x], "limit": 300},
        finish=_finish_network,
        client_work="the network's columns paired into nodes and edges",
    ),
    "e": Ask(
        query=("query Path($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { id } }"),
        variables=lambda p: {"from": p.path_from, "to": p.x},
        finish=_finish_path,
        client_work="none (the length counted from the nodes)",
    ),
}


def ask_for(question_name: str) -> Ask | None:
    return ASKS.get(question_name.split(".", 1)[0])


# -- serving it ---------------------------------------------------------------------------


def install(say: Callable[[str], None]) -> None:
    """`npm ci` in tools/peer when its node_modules is missing or older than its lock file."""
    missing = [tool for tool in ("node", "npm") if shutil.which(tool) is None]
    if missing:
        raise PeerUnavailable(
            f"{' and '.join(missing)} not found: the peer runs on Node 20 or later "
            "(Debian: apt-get install nodejs npm)"
        )
    installed = PEER_DIR / "node_modules" / ".package-lock.json"
    lock = PEER_DIR / "package-lock.json"
    if installed.exists() and installed.stat().st_mtime >= lock.stat().st_mtime:
        return
    say("peer: npm ci in tools/peer")
    result = subprocess.run(
        ["npm", "ci", "--no-audit", "--no-fund"], cwd=PEER_DIR, capture_output=True, text=True,
        check=False, timeout=600,
    )  # fmt: skip
    if result.returncode != 0:
        raise PeerUnavailable(f"npm ci in tools/peer failed: {result.stderr.strip()[-600:]}")


def versions() -> dict[str, str]:
    """The library's and Node's versions, for the record."""
    import json

    found: dict[str, str] = {}
    for package in (PACKAGE, "@apollo/server", "neo4j-driver"):
        manifest = PEER_DIR / "node_modules" / package / "package.json"
        try:
            found[package] = json.loads(manifest.read_text())["version"]
        except (OSError, ValueError, KeyError):
            found[package] = "?"
    node = subprocess.run(["node", "--version"], capture_output=True, text=True, check=False)
    found["node"] = node.stdout.strip()
    return found


class PeerServer:
    """tools/peer/server.mjs on a free loopback port, over the bench's Neo4j, started with
    NODE_ENV=production as Apollo Server asks of a deployment."""

    def __init__(self, settings: GraphSettings, workdir: Path) -> None:
        self.settings = settings
        self.workdir = workdir
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = int(probe.getsockname()[1])
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = workdir / f"peer-{self.port}.log"
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> PeerServer:
        typedefs = self.workdir / "peer-typedefs.graphql"
        typedefs.write_text(type_defs())
        s = self.settings
        env = {
            **os.environ,
            "PEER_TYPEDEFS": str(typedefs),
            "PEER_PORT": str(self.port),
            "NEO4J_URI": s.uri,
            "NEO4J_USER": s.neo4j_user,
            "NEO4J_PASSWORD": s.neo4j_password,
            "NEO4J_DATABASE": s.neo4j_database,
            "NODE_ENV": "production",
        }
        log = self.log_path.open("wb")
        self.process = subprocess.Popen(
            ["node", "server.mjs"], env=env, stdout=log, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, cwd=PEER_DIR, start_new_session=True,
        )  # fmt: skip
        log.close()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise PeerUnavailable(f"the peer exited at start-up:\n{self.log_tail()}")
            if "ready " in self.log_tail():
                return self
            time.sleep(0.2)
        self.__exit__()
        raise PeerUnavailable(f"the peer did not start in 60 s:\n{self.log_tail()}")

    def __exit__(self, *exc: object) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()

    def log_tail(self) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-30:])
        except OSError:
            return "(no peer log)"
