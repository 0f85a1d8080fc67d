"""What the load test sends: a request, and the read mix every profile starts from.

The read mix is the questions the API exists for: the initiatives France and Iraq share,
funding totals by region, France's partners, the network around France, the shortest path
from Vietnam to Iraq and a full-text search, over GraphQL; and the network and search over
REST. The mixed profile adds curation writes (soak.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Call:
    """One request; `key`, when given, is sent instead of the run's key (an editor's write)."""

    name: str
    method: str
    path: str
    json: dict[str, Any] | None = None
    params: dict[str, Any] | None = None
    key: str | None = None


def gql(name: str, query: str, key: str | None = None) -> Call:
    return Call(name, "POST", "/graphql", json={"query": query}, key=key)


MIX: tuple[Call, ...] = (
    gql(
        "gql initiatives FR+IQ",
        '{ initiatives(filter: {countries: ["FR", "IQ"]}) '
        "{ totalCount nodes { id name participants { role actor { id name } } } } }",
    ),
    gql(
        "gql fundingTotals",
        "{ fundingTotals(groupBy: REGION) { key label currency amount streamCount shared } }",
    ),
    gql(
        "gql country partners",
        '{ country(id: "FR") { name partners { country { id name } '
        "sharedInitiatives { id } sharedEvents { id } } } }",
    ),
    gql(
        "gql network",
        '{ network(focus: ["FR"], depth: 2) { nodes { id label type } '
        "edges { source target type role } } }",
    ),
    gql(
        "gql shortestPath",
        '{ shortestPath(from: "VN", to: "IQ") { length nodes { id label } edges { type } } }',
    ),
    gql("gql search", '{ search(text: "border security") { score node { id } } }'),
    Call("rest network", "GET", "/api/v1/network", params={"focus": "FR", "depth": 1}),
    Call("rest search", "GET", "/api/v1/search", params={"q": "border security"}),
)
