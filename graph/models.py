"""Drawable records shared by REST and GraphQL: what a network, a path or a search returns.

These are the shapes frontends draw, so they are flat and generic (a node has a display
label and a type, an edge its endpoints' ids) rather than the typed domain objects of the
GraphQL schema. Queries in graph/ build them from plain row maps with `from_row`, which also
turns driver values (dates, points) into JSON-safe ones, so no driver object leaves graph/.
"""

from __future__ import annotations

from typing import Any, Literal, Self

import orjson
from pydantic import BaseModel, Field

#: The labels of the partnership graph, in the order that decides a node's `type` when it
#: has several. Provenance (`Source`) and the loader's ledger are deliberately not here.
PARTNERSHIP_TYPES: tuple[str, ...] = (
    "Country", "Region", "Organisation", "Official", "Event", "Initiative",
    "FundingStream", "Topic", "Statement",
)  # fmt: skip


def plain(value: Any) -> Any:
    """A JSON-safe copy of a property value: temporal and spatial values become strings."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in value.items()}
    iso = getattr(value, "iso_format", None)  # neo4j.time Date, DateTime, Time, Duration
    if callable(iso):
        return iso()
    return str(value)


def to_json(value: Any) -> bytes:
    """JSON of an answer whose property values are as the driver gives them: what JSON has
    no type for (dates, points) is written as `plain` writes it, at no cost to the rest.
    Keys are sorted, so the same graph always gives the same bytes and the same ETag."""
    return orjson.dumps(value, default=plain, option=orjson.OPT_SORT_KEYS)


def primary_type(labels: list[str]) -> str:
    for label in PARTNERSHIP_TYPES:
        if label in labels:
            return label
    return labels[0] if labels else "Node"


class GraphNode(BaseModel):
    """A node as a frontend draws it; `properties` holds every stored property."""

    id: str
    label: str = Field(description="name, else title, else id")
    type: str = Field(description="the node's primary label, e.g. Country")
    properties: dict[str, Any] = Field(default_factory=dict)

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Self:
        """From `{id, labels, properties}` as the Cypher in graph/queries/network.py projects it."""
        properties = dict(sorted(plain(row.get("properties") or {}).items()))
        node_id = str(row["id"])
        label = properties.get("name") or properties.get("title") or node_id
        return cls(
            id=node_id,
            label=str(label),
            type=primary_type(list(row.get("labels") or [])),
            properties=properties,
        )


class GraphEdge(BaseModel):
    """A relationship between two drawn nodes; `properties` keeps its quote and source."""

    id: str = Field(description="Neo4j element id of the relationship")
    source: str = Field(description="id of the start node")
    target: str = Field(description="id of the end node")
    type: str = Field(description="relationship type, e.g. PARTICIPATES_IN")
    role: str | None = Field(default=None, description="the role property, where there is one")
    properties: dict[str, Any] = Field(default_factory=dict)

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Self:
        """From `{id, source, target, type, properties}` as graph/queries/network.py projects it."""
        return cls(**edge_fields(row))


def edge_fields(row: dict[str, Any]) -> dict[str, Any]:
    """A `GraphEdge`'s fields, JSON-safe, from its row: what a streamed export writes without
    building the model, which was most of a large stream's time (docs/BENCHMARKS.md)."""
    properties = dict(sorted(plain(row.get("properties") or {}).items()))
    role = properties.get("role")
    return {
        "id": str(row["id"]),
        "source": str(row["source"]),
        "target": str(row["target"]),
        "type": str(row["type"]),
        "role": None if role is None else str(role),
        "properties": properties,
    }


class SearchHit(BaseModel):
    id: str
    type: str
    label: str
    score: float


class Citation(BaseModel):
    """Where a fact is written: an exact quote of a source document."""

    source_id: str
    source_title: str | None = None
    quote: str


class Neighbour(BaseModel):
    """One relationship of a node, seen from that node."""

    node: GraphNode
    type: str = Field(description="relationship type")
    direction: Literal["out", "in"] = Field(description="out: the node is the start")
    role: str | None = None
    edge: GraphEdge


class NodeDetails(BaseModel):
    node: GraphNode
    neighbours: list[Neighbour]
    citations: list[Citation]


class ExportNode(GraphNode):
    """A node in an export: its own citations travel with it, since Source is left out."""

    citations: list[Citation] = Field(default_factory=list)


class ExportGraph(BaseModel):
    nodes: list[ExportNode]
    edges: list[GraphEdge]
    truncated: bool = Field(
        default=False, description="a focused export left out nodes beyond its limit"
    )
    undated: int | None = Field(
        default=None,
        exclude=True,  # said in a header or the end line, so the files stay as they were
        description="with asOf: the nodes left out because only undated sources cite them",
    )
