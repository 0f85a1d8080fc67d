"""The drawable graph: one node type and one edge type for every answer that draws it.

`GraphNode` and `GraphEdge` are the shapes frontends draw, flat and generic (a node has a
display label and a type, an edge its ends' ids) rather than the typed domain objects of the
GraphQL schema. REST's network, node details and exports, and GraphQL's network and paths
all give these; Cypher builds them (graph/compile/drawing.py), with or without their
properties (and an edge's id) as the answer needs, and the HTTP edge puts them in its wire
format (Cytoscape.js elements for the REST network, app/api/routes/network.py). They are
TypedDicts, so that a network of thousands stays plain maps; the pydantic models below take
them as they are. `node_from_row` and `edge_from_row` turn driver values (dates, points)
into JSON-safe ones, so no driver object leaves graph/.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, NotRequired

import orjson
from pydantic import BaseModel, Field
from typing_extensions import TypedDict  # pydantic reads typing's only from Python 3.12

#: The labels of the partnership graph, in the order that decides a node's `type` when it
#: has several. Provenance (`Source`) and the loader's ledger are deliberately not here.
PARTNERSHIP_TYPES: tuple[str, ...] = (
    "Country", "Region", "Organisation", "Official", "Event", "Initiative",
    "FundingStream", "Topic", "Statement", "Figure",
)  # fmt: skip


#: Properties a node keeps for the service's own bookkeeping, never served as the node's:
#: its stored partnership degree (graph.queries.degree).
STORED_ONLY = frozenset({"partnerDegree"})


def served(properties: dict[str, Any]) -> dict[str, Any]:
    """A node's stored properties as they are served: without the bookkeeping ones."""
    if STORED_ONLY.isdisjoint(properties):
        return properties
    return {k: v for k, v in properties.items() if k not in STORED_ONLY}


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


class GraphNode(TypedDict):
    """A node as a frontend draws it."""

    id: str
    label: Annotated[str, Field(description="name, else title, else id")]
    type: Annotated[
        str, Field(description="the node's primary label: " + ", ".join(PARTNERSHIP_TYPES))
    ]
    properties: NotRequired[Annotated[dict[str, Any], Field(description="every stored property")]]


class GraphEdge(TypedDict):
    """A relationship between two drawn nodes."""

    id: NotRequired[
        Annotated[
            str,
            Field(
                description="source|TYPE|role|target: the same link has the same id in every "
                "copy of the graph"
            ),
        ]
    ]
    source: Annotated[str, Field(description="id of the start node")]
    target: Annotated[str, Field(description="id of the end node")]
    type: Annotated[str, Field(description="relationship type, e.g. PARTICIPATES_IN")]
    role: Annotated[str | None, Field(description="the role property, where there is one")]
    properties: NotRequired[
        Annotated[
            dict[str, Any],
            Field(description="every stored property, with the provenance: quote, source"),
        ]
    ]


class Network(TypedDict):
    """Nodes and the edges among them, as a network or a path is drawn."""

    nodes: list[GraphNode]
    edges: list[GraphEdge]
    truncated: bool
    undatedFactsLeftOut: NotRequired[int]


def node_from_row(row: dict[str, Any]) -> GraphNode:
    """A node as `drawing.node_map` projects it, its properties JSON-safe and sorted."""
    node: GraphNode = {"id": row["id"], "label": row["label"], "type": row["type"]}
    if "properties" in row:
        node["properties"] = dict(sorted(plain(served(row["properties"] or {})).items()))
    return node


def edge_from_row(row: dict[str, Any]) -> GraphEdge:
    """An edge as `drawing.edge_map` projects it, its properties JSON-safe and sorted."""
    role = row["role"]
    return {
        "id": str(row["id"]),
        "source": str(row["source"]),
        "target": str(row["target"]),
        "type": str(row["type"]),
        "role": None if role is None else str(role),
        "properties": dict(sorted(plain(row["properties"] or {}).items())),
    }


class SearchHit(BaseModel):
    id: str
    type: str
    label: str
    score: float
    exact: bool
    snippet: str | None = None
    field: str | None = None


class Citation(TypedDict):
    """Where a fact is written: an exact quote of a source document.

    `source` and `sourceTitle` spell it as an edge's citations and GraphQL do (camelCase, the
    source's id as `source`); `source_id` and `source_title` say the same for the clients
    written before."""

    source: str
    sourceTitle: str | None
    quote: str
    source_id: str
    source_title: str | None


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

    citations: list[Citation]


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
