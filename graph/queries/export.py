"""Exports of the partnership graph for analysts: GraphML, JSON, CSV in a zip, and NDJSON.

An export is the whole partnership graph, or the network around a focus with exactly the
semantics of `graph.queries.network.network_in_full` (same reach, same exclusions).
Provenance travels with it, since analysts check facts: an edge is one link (ends, type, role)
however many sources state it, with its stored properties and `citations`, the source and
quote of each (or the reference that gives it), and every node carries its `citations` (the
EVIDENCED_BY quotes and the source titles), because the Source node itself is not part of the
partnership graph.

Formats:
- GraphML: one `<key>` per attribute name and element kind, typed (boolean, long, double,
  string); lists and maps are written as JSON strings. Gephi, yEd, Cytoscape desktop and
  networkx read it.
- JSON: `{"nodes": [...], "edges": [...]}` with nested `properties` and `citations`.
- CSV: `nodes.csv` and `edges.csv` in one zip, one column per property.
- NDJSON: the JSON export's node objects, then its edge objects, one per line, then an end
  line with the counts.

The first three are built in memory, which suits corpora of press releases (thousands of
nodes); for a graph a hundred times larger they take most of the server's memory, and ten
times more runs out of time. NDJSON (`stream_export`) is read and written batch by batch from
one transaction, so its memory stays flat for graphs beyond that. docs/BENCHMARKS.md has the
figures.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import re
import zipfile
from collections.abc import AsyncIterator
from typing import Any

import orjson

from graph.compile.as_of import node_cited_by, node_undated, rel_cited_by
from graph.compile.drawing import node_map, source_citation, type_rank
from graph.models import (
    PARTNERSHIP_TYPES,
    ExportGraph,
    ExportNode,
    GraphEdge,
    edge_from_row,
    node_from_row,
)
from graph.queries.network import (
    DEFAULT_NODES,
    DOCUMENTS_FIRST,
    EDGES_AMONG,
    EDGES_AMONG_AS_OF,
    LABELS,
    PROVENANCE,
    REACH,
    REACH_AS_OF,
    UNKNOWN_FOCUS,
    check_depth,
    check_focus,
    check_limit,
    check_types,
    merged_edge_map,
    of_types,
    refuse_unknown_focus,
)
from graph.store.driver import Graph
from graph.store.errors import BadInput

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
GRAPHML_SCHEMA = "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"

# Fixed attributes of GraphML; a stored property of the same name is written with this
# prefix instead (an edge's `source` property is the Source document, not the start node).
NODE_FIELDS = ("id", "label", "type", "citations")
COLLISION_PREFIX = "property_"


def _node_with_citations(as_of: bool = False) -> str:
    """Node `n` as an `ExportNode`: drawn, with its citations (with `as_of`, only those of
    sources published by `$asOf`)."""
    published = " WHERE s.publishedOn <= $asOf" if as_of else ""
    citations = (
        f"citations: [(n)-[e:{PROVENANCE}]->(s:Source){published} | {source_citation('e', 's')}]"
    )
    return node_map("n", extra=citations)


_NODE_WITH_CITATIONS = _node_with_citations()
_NODE_WITH_CITATIONS_AS_OF = _node_with_citations(as_of=True)
#: Conditions that keep, as of `$asOf`, a node `n` and a relationship `r` from `a` to `b`.
_NODE_AS_OF = node_cited_by("n", "$asOf")
_EDGE_AS_OF = (
    f"{rel_cited_by('r', '$asOf')} AND {node_cited_by('a', '$asOf')} "
    f"AND {node_cited_by('b', '$asOf')}"
)

#: The most nodes and relationships together that a whole-graph export builds in memory,
#: about what a server can hold and answer in seconds (docs/BENCHMARKS.md); past this, the
#: question is refused at once with the way that works (NDJSON, or a focus) instead of
#: running for the whole transaction timeout and answering that Neo4j did not answer in time.
MAX_BUFFERED = 150_000

#: The whole partnership graph, kept to `$types`: its nodes `n`, its edges `r` from `a` to `b`.
_NODES = f"MATCH (n:{LABELS}) WHERE {of_types('n')}"
_EDGES = (
    f"MATCH (a:{LABELS})-[r:!{PROVENANCE}]->(b:{LABELS}) WHERE {of_types('a')} AND {of_types('b')}"
)
#: After `_EDGES`: one edge per link (ends, type, role) with the citation of every source
#: that states it, as the network and the focused export give it.
_ONE_EDGE_PER_LINK = f"""WITH a, b, r ORDER BY {DOCUMENTS_FIRST}
    WITH a, b, type(r) AS type, r.role AS role, collect(r) AS rs
    WITH rs, rs[0] AS first
    RETURN {merged_edge_map("first", "rs")} AS edge"""
#: How many edges `_ONE_EDGE_PER_LINK` gives for the relationships `r` from `a` to `b`.
_LINK_COUNT = "count(DISTINCT [elementId(a), type(r), r.role, elementId(b)])"

WHOLE_GRAPH = f"""
CALL () {{ {_NODES} RETURN count(n) AS nodeCount }}
CALL () {{ {_EDGES} RETURN {_LINK_COUNT} AS edgeCount }}
OPTIONAL CALL (nodeCount, edgeCount) {{
  WITH nodeCount, edgeCount WHERE nodeCount + edgeCount <= $most
  {_NODES}
  // grouped by the counts, so that no row (not an empty one) goes on when they were too many
  WITH nodeCount, collect(n) AS ns
  RETURN [n IN ns | {_NODE_WITH_CITATIONS}] AS nodes,
    COLLECT {{ {_EDGES} {_ONE_EDGE_PER_LINK} }} AS edges
}}
RETURN nodeCount, edgeCount, nodes, edges
"""

FOCUS_GRAPH = f"""{REACH}
RETURN [n IN ns | {_NODE_WITH_CITATIONS}] AS nodes, {EDGES_AMONG} AS edges, truncated,
  {UNKNOWN_FOCUS}
"""

#: The whole graph and the focused one as the record stood on `$asOf` (graph.compile.as_of),
#: each with `undated`, the nodes left out because only undated sources cite them.
WHOLE_GRAPH_AS_OF = f"""
CALL () {{ {_NODES} AND {_NODE_AS_OF} RETURN count(n) AS nodeCount }}
CALL () {{ {_EDGES} AND {_EDGE_AS_OF} RETURN {_LINK_COUNT} AS edgeCount }}
CALL () {{ {_NODES} AND {node_undated("n")} RETURN count(n) AS undated }}
OPTIONAL CALL (nodeCount, edgeCount) {{
  WITH nodeCount, edgeCount WHERE nodeCount + edgeCount <= $most
  {_NODES} AND {_NODE_AS_OF}
  WITH nodeCount, collect(n) AS ns
  RETURN [n IN ns | {_NODE_WITH_CITATIONS_AS_OF}] AS nodes,
    COLLECT {{ {_EDGES} AND {_EDGE_AS_OF} {_ONE_EDGE_PER_LINK} }} AS edges
}}
RETURN nodeCount, edgeCount, nodes, edges, undated
"""

FOCUS_GRAPH_AS_OF = f"""{REACH_AS_OF}
RETURN [n IN ns | {_NODE_WITH_CITATIONS_AS_OF}] AS nodes, {EDGES_AMONG_AS_OF} AS edges,
  truncated, undated, {UNKNOWN_FOCUS}
"""


async def export_graph(
    graph: Graph,
    focus: list[str] | None = None,
    depth: int = 1,
    types: list[str] | None = None,
    limit: int = DEFAULT_NODES,
    as_of: datetime.date | None = None,
) -> ExportGraph:
    """The whole partnership graph (no focus), or the network around `focus`.

    Nodes come sorted by type and id, edges by source, type, target: the same graph always
    exports to the same bytes, so HTTP caches can compare them. One Cypher round trip.
    With `as_of`, the graph as the record stood that day, and `undated` counts the nodes
    left out because only undated sources cite them.
    """
    if focus:
        params = check_focus(focus, depth, types, limit)
        cypher = FOCUS_GRAPH if as_of is None else FOCUS_GRAPH_AS_OF
        rows = await graph.read("export_focus", cypher, {**params, "asOf": as_of})
        refuse_unknown_focus(rows[0])
    else:
        _check_unused(depth, limit)
        params = {"types": check_types(types), "most": MAX_BUFFERED, "asOf": as_of}
        cypher = WHOLE_GRAPH if as_of is None else WHOLE_GRAPH_AS_OF
        rows = await graph.read("export_all", cypher, params)
        if rows[0]["nodeCount"] + rows[0]["edgeCount"] > MAX_BUFFERED:
            raise BadInput(
                "focus",
                f"the whole graph holds {rows[0]['nodeCount']:,} nodes and "
                f"{rows[0]['edgeCount']:,} relationships, more than the {MAX_BUFFERED:,} a "
                "GraphML, JSON or CSV export builds in memory: stream it from "
                "/api/v1/export.ndjson, or give a focus (or types)",
            )
    row = rows[0] if rows and rows[0]["nodes"] is not None else {"nodes": [], "edges": []}
    nodes = [_export_node(item) for item in row["nodes"]]
    order = {label: rank for rank, label in enumerate(PARTNERSHIP_TYPES)}
    nodes.sort(key=lambda n: (order.get(n["type"], len(order)), n["id"]))
    edges = sorted(
        (edge_from_row(e) for e in row["edges"]),
        key=lambda e: (e["source"], e["type"], e["target"], e["role"] or "", e["id"]),
    )
    undated = None if as_of is None else int(rows[0]["undated"] or 0)
    return ExportGraph(
        nodes=nodes, edges=edges, truncated=bool(row.get("truncated")), undated=undated
    )


def _check_unused(depth: int, limit: int) -> None:
    """Depth and limit shape a focus only; without one a wrong value is still a mistake."""
    check_depth(depth)
    check_limit(limit)


def _export_node(item: dict[str, Any]) -> ExportNode:
    node = node_from_row(item)
    citations = sorted(
        (c for c in item["citations"] if c["quote"]), key=lambda c: (c["source"], c["quote"])
    )
    return {
        "id": node["id"],
        "label": node["label"],
        "type": node["type"],
        "properties": node.get("properties", {}),
        "citations": citations,
    }


# --------------------------------------------------------------------------- streamed

# The whole graph as two streams of rows, in the order `export_graph` sorts them, so that a
# streamed export lists the same nodes and edges in the same order as the JSON one.
STREAM_NODES = f"""
{_NODES}
WITH n ORDER BY {type_rank("n")}, n.id
RETURN {_NODE_WITH_CITATIONS} AS node
"""

# A start node's edges a row, in slices of at most EDGES_PER_ROW: a row costs the async
# driver far more than an item in a row's list, and the slices keep a batch small when a
# country starts thousands of edges.
EDGES_PER_ROW = 100
#: After a match of `a`'s relationships `r` to `b`: one edge per link, as in
#: `_ONE_EDGE_PER_LINK`, in the order `export_graph` sorts them.
_LINKS_OF_A = f"""WITH b, r ORDER BY {DOCUMENTS_FIRST}
  WITH b, type(r) AS type, r.role AS role, collect(r) AS rs
  WITH b, type, role, rs, rs[0] AS first
  ORDER BY type, b.id, coalesce(role, ''), elementId(first)
  RETURN {merged_edge_map("first", "rs")}"""
STREAM_EDGES = f"""
MATCH (a:{LABELS}) WHERE {of_types("a")}
WITH a ORDER BY a.id
WITH COLLECT {{
  MATCH (a)-[r:!{PROVENANCE}]->(b:{LABELS}) WHERE {of_types("b")}
  {_LINKS_OF_A}
}} AS edges
UNWIND range(0, size(edges) - 1, {EDGES_PER_ROW}) AS start
RETURN edges[start..start + {EDGES_PER_ROW}] AS edges
"""


STREAM_NODES_AS_OF = f"""
{_NODES} AND {_NODE_AS_OF}
WITH n ORDER BY {type_rank("n")}, n.id
RETURN {_NODE_WITH_CITATIONS_AS_OF} AS node
"""
STREAM_EDGES_AS_OF = f"""
MATCH (a:{LABELS}) WHERE {of_types("a")} AND {node_cited_by("a", "$asOf")}
WITH a ORDER BY a.id
WITH COLLECT {{
  MATCH (a)-[r:!{PROVENANCE}]->(b:{LABELS}) WHERE {of_types("b")} AND {_EDGE_AS_OF}
  {_LINKS_OF_A}
}} AS edges
UNWIND range(0, size(edges) - 1, {EDGES_PER_ROW}) AS start
RETURN edges[start..start + {EDGES_PER_ROW}] AS edges
"""
STREAM_UNDATED = f"{_NODES} AND {node_undated('n')} RETURN count(n) AS undated"


def _node_line(node: ExportNode) -> bytes:
    return orjson.dumps({"node": node}) + b"\n"


def _edge_line(edge: GraphEdge) -> bytes:
    return orjson.dumps({"edge": edge}) + b"\n"


def _end_line(nodes: int, edges: int, truncated: bool, undated: int | None = None) -> bytes:
    end: dict[str, Any] = {"nodes": nodes, "edges": edges, "truncated": truncated}
    if undated is not None:
        end["undatedFactsLeftOut"] = undated
    return orjson.dumps({"end": end}) + b"\n"


async def stream_export(
    graph: Graph,
    types: list[str] | None = None,
    batch: int = 200,
    as_of: datetime.date | None = None,
) -> AsyncIterator[bytes]:
    """The whole partnership graph as NDJSON: a `{"node": ...}` line per node, then an
    `{"edge": ...}` line per edge, as in the JSON export, then `{"end": {nodes, edges}}`.

    Read batch by batch from one read transaction and written as it comes, so memory stays
    flat whatever the graph's size; the end line tells a reader it has everything. With
    `as_of`, the graph as the record stood that day, and the end line says how many nodes
    were left out because only undated sources cite them (`undatedFactsLeftOut`).
    """
    params = {"types": check_types(types), "asOf": as_of}
    counts = [0, 0]
    statements = [(STREAM_NODES, params), (STREAM_EDGES, params)]
    if as_of is not None:
        statements = [
            (STREAM_NODES_AS_OF, params), (STREAM_EDGES_AS_OF, params), (STREAM_UNDATED, params)
        ]  # fmt: skip
    undated = None
    async for index, rows in graph.stream("export_stream", statements, batch):
        if index == 0:
            counts[0] += len(rows)
            yield b"".join(_node_line(_export_node(r["node"])) for r in rows)
        elif index == 1:
            edges = [edge_from_row(e) for r in rows for e in r["edges"]]
            counts[1] += len(edges)
            yield b"".join(map(_edge_line, edges))
        else:
            undated = rows[0]["undated"]
    yield _end_line(counts[0], counts[1], truncated=False, undated=undated)


async def _lines_of(export: ExportGraph) -> AsyncIterator[bytes]:
    """An export already in memory (a focused one) in the streamed export's lines."""
    edges = (_edge_line(edge) for edge in export.edges)
    yield b"".join(map(_node_line, export.nodes)) + b"".join(edges)
    yield _end_line(len(export.nodes), len(export.edges), export.truncated, export.undated)


async def ndjson_export(
    graph: Graph,
    focus: list[str],
    depth: int,
    types: list[str] | None,
    limit: int,
    as_of: datetime.date | None = None,
) -> tuple[AsyncIterator[bytes], bool]:
    """The NDJSON lines of the whole graph (streamed) or of the network around `focus` (at
    most `limit` nodes, so built at once), and whether the focus left nodes out."""
    if focus:
        export = await export_graph(graph, focus, depth, types, limit, as_of)
        return _lines_of(export), export.truncated
    _check_unused(depth, limit)
    return stream_export(graph, types, as_of=as_of), False


# --------------------------------------------------------------------------- writers


def to_json(export: ExportGraph) -> bytes:
    return export.model_dump_json(indent=1).encode("utf-8")


# Characters XML 1.0 cannot carry at all, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(value: Any) -> str:
    """A property value as text: JSON for lists and maps, lower-case booleans."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _column(name: str, fixed: tuple[str, ...]) -> str:
    return f"{COLLISION_PREFIX}{name}" if name in fixed else name


def _node_attributes(node: ExportNode) -> dict[str, Any]:
    attributes: dict[str, Any] = {"label": node["label"], "type": node["type"]}
    for name, value in sorted(node["properties"].items()):
        if name != "id" and value is not None:
            attributes[_column(name, NODE_FIELDS)] = value
    attributes["citations"] = node["citations"]
    return attributes


def _edge_attributes(edge: GraphEdge) -> dict[str, Any]:
    attributes: dict[str, Any] = {"type": edge["type"]}
    for name, value in sorted(edge.get("properties", {}).items()):
        if value is not None:
            # In GraphML the endpoints are XML attributes, so only `type` can collide.
            attributes[_column(name, ("type",))] = value
    return attributes


def _graphml_type(values: list[Any]) -> str:
    if all(isinstance(v, bool) for v in values):
        return "boolean"
    if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return "long"
    if all(isinstance(v, int | float) and not isinstance(v, bool) for v in values):
        return "double"
    return "string"


def _declare_keys(
    lines: list[str], domain: str, prefix: str, rows: list[dict[str, Any]]
) -> dict[str, str]:
    """Declare one typed key per attribute name; return name -> key id."""
    seen: dict[str, list[Any]] = {}
    for row in rows:
        for name, value in row.items():
            seen.setdefault(name, []).append(value)
    keys = {}
    for index, (name, values) in enumerate(seen.items()):
        key_id = f"{prefix}{index}"
        lines.append(
            f' <key id="{key_id}" for="{domain}" attr.name="{_attribute(name)}" '
            f'attr.type="{_graphml_type(values)}" />'
        )
        keys[name] = key_id
    return keys


_ATTRIBUTE_ESCAPES = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;", "\n": "&#10;",
     "\t": "&#09;"}
)  # fmt: skip
_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def _attribute(value: str) -> str:
    return _NOT_XML.sub("", value).translate(_ATTRIBUTE_ESCAPES)


def _add_data(lines: list[str], keys: dict[str, str], row: dict[str, Any]) -> None:
    for name, value in row.items():
        text = _NOT_XML.sub("", _text(value)).translate(_TEXT_ESCAPES)
        key = keys[name]
        lines.append(f'   <data key="{key}">{text}</data>' if text else f'   <data key="{key}" />')


def to_graphml(export: ExportGraph) -> bytes:
    """Written line by line, in the layout ElementTree's `indent` gives: building and
    serialising an element tree took seconds for a large corpus."""
    lines = [
        "<?xml version='1.0' encoding='utf-8'?>",
        f'<graphml xmlns:xsi="{XSI_NS}" xmlns="{GRAPHML_NS}" '
        f'xsi:schemaLocation="{GRAPHML_NS} {GRAPHML_SCHEMA}">',
    ]
    node_rows = [_node_attributes(n) for n in export.nodes]
    edge_rows = [_edge_attributes(e) for e in export.edges]
    node_keys = _declare_keys(lines, "node", "n", node_rows)
    edge_keys = _declare_keys(lines, "edge", "e", edge_rows)
    lines.append(' <graph id="commitgraph" edgedefault="directed">')
    for node, row in zip(export.nodes, node_rows, strict=True):
        lines.append(f'  <node id="{_attribute(node["id"])}">')
        _add_data(lines, node_keys, row)
        lines.append("  </node>")
    for edge, row in zip(export.edges, edge_rows, strict=True):
        lines.append(
            f'  <edge id="{_attribute(edge["id"])}" source="{_attribute(edge["source"])}" '
            f'target="{_attribute(edge["target"])}">'
        )
        _add_data(lines, edge_keys, row)
        lines.append("  </edge>")
    lines += [" </graph>", "</graphml>"]
    return "\n".join(lines).encode("utf-8")


def csv_text(header: list[str], rows: list[dict[str, Any]]) -> str:
    """Rows as CSV (RFC 4180: CRLF, fields quoted when they need it), None as an empty cell,
    lists and maps as JSON."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=header, lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: "" if v is None else _text(v) for k, v in row.items()})
    return buffer.getvalue()


#: The fixed columns of the CSV export, named as Gephi's spreadsheet import reads them: a
#: node's `Id` and `Label`; an edge's `Id`, `Source`, `Target`, `Type` (Gephi's word for
#: Directed or Undirected) and `Label`. A relationship's type is `Relationship`, its role
#: `Role`. A stored property whose name is one of them in any case (Gephi does not tell
#: `source` from `Source`) is written as `property_NAME`.
CSV_NODE_FIELDS = ("Id", "Label", "Type")
CSV_EDGE_FIELDS = ("Id", "Source", "Target", "Type", "Label", "Relationship", "Role")


def _csv_column(name: str, fixed: tuple[str, ...]) -> str:
    taken = {f.lower() for f in fixed}
    return f"{COLLISION_PREFIX}{name}" if name.lower() in taken else name


def to_csv_zip(export: ExportGraph) -> bytes:
    """`nodes.csv` and `edges.csv` in a zip, for Gephi and spreadsheets: fixed columns first
    (`CSV_NODE_FIELDS`, `CSV_EDGE_FIELDS`), then one per property."""
    node_rows: list[dict[str, Any]] = []
    node_props: set[str] = set()
    for node in export.nodes:
        row: dict[str, Any] = {"Id": node["id"], "Label": node["label"], "Type": node["type"]}
        for name, value in node["properties"].items():
            if name != "id":
                row[_csv_column(name, (*CSV_NODE_FIELDS, "citations"))] = value
        node_props.update(k for k in row if k not in CSV_NODE_FIELDS)
        row["citations"] = node["citations"]
        node_rows.append(row)
    edge_rows: list[dict[str, Any]] = []
    edge_props: set[str] = set()
    for edge in export.edges:
        row = {
            "Id": edge["id"],
            "Source": edge["source"],
            "Target": edge["target"],
            "Type": "Directed",
            "Label": edge["role"] or edge["type"].replace("_", " ").lower(),
            "Relationship": edge["type"],
            "Role": edge["role"],
        }
        for name, value in edge.get("properties", {}).items():
            if name != "role":
                row[_csv_column(name, CSV_EDGE_FIELDS)] = value
        edge_props.update(k for k in row if k not in CSV_EDGE_FIELDS)
        edge_rows.append(row)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, header, rows in (
            ("nodes.csv", [*CSV_NODE_FIELDS, *sorted(node_props), "citations"], node_rows),
            ("edges.csv", [*CSV_EDGE_FIELDS, *sorted(edge_props)], edge_rows),
        ):
            # A fixed timestamp: the same graph gives the same bytes (and the same ETag).
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, csv_text(header, rows).encode("utf-8"))
    return buffer.getvalue()
