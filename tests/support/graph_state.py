"""What the graph holds, read in one round trip, to compare before and after something ran.

Every node and relationship is keyed by its element id, with its labels or type and all its
properties, so a comparison can say what was added, removed or changed, and not only that
something was. The suite checks each test with it (tests/conftest.py, through `WriteWatch`),
and the hostile-input tests check each injected string.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from neo4j import Driver, RoutingControl

SNAPSHOT = (
    "RETURN COLLECT { MATCH (n) RETURN [elementId(n), labels(n), n.id, properties(n)] } AS nodes, "
    "COLLECT { MATCH (a)-[r]->(b) "
    "RETURN [elementId(r), type(r), elementId(a), elementId(b), properties(r)] } AS rels"
)


def _props(properties: dict[str, Any]) -> str:
    return repr(sorted((key, repr(value)) for key, value in properties.items()))


@dataclass(frozen=True)
class Snapshot:
    """Every node (labels, properties) and relationship (type, start, end, properties)."""

    nodes: dict[str, tuple[tuple[str, ...], str]]
    rels: dict[str, tuple[str, str, str, str]]
    ids: dict[str, Any]  # element id -> the node's `id` property, to name it in a message

    @property
    def digest(self) -> str:
        lines = sorted(f"n {k} {v}" for k, v in self.nodes.items())
        lines += sorted(f"r {k} {v}" for k, v in self.rels.items())
        return hashlib.sha256("\n".join(lines).encode("utf-8", "surrogatepass")).hexdigest()

    def counts(self) -> Counter[str]:
        """Nodes per label set and relationships per type."""
        counted: Counter[str] = Counter(":".join(labels) for labels, _ in self.nodes.values())
        counted.update(f"[:{rel[0]}]" for rel in self.rels.values())
        return counted

    def name(self, element_id: str) -> str:
        labels = ":".join(self.nodes[element_id][0]) if element_id in self.nodes else "?"
        return f"(:{labels} {self.ids.get(element_id)!r})"


def snapshot(driver: Driver, database: str | None = None) -> Snapshot:
    records, _, _ = driver.execute_query(SNAPSHOT, routing_=RoutingControl.READ, database_=database)
    [row] = records
    return Snapshot(
        nodes={n[0]: (tuple(sorted(n[1])), _props(n[3])) for n in row["nodes"]},
        rels={r[0]: (r[1], r[2], r[3], _props(r[4])) for r in row["rels"]},
        ids={n[0]: n[2] for n in row["nodes"]},
    )


FINGERPRINT = (
    "RETURN COLLECT { MATCH (n) RETURN [labels(n)[0], n.id] } AS nodes, "
    "COLLECT { MATCH (a)-[r]->(b) RETURN [a.id, type(r), coalesce(r.role, ''), b.id, "
    "coalesce(r.source, ''), coalesce(r.quote, '')] } AS rels"
)


def fingerprint_of(driver: Driver, database: str | None = None) -> tuple[list[Any], list[Any]]:
    """Every node (label, id) and relationship (ends, type, role and the citation it carries),
    sorted; the ledger's nodes are left out, since they say when each file was applied."""
    records, _, _ = driver.execute_query(
        FINGERPRINT, routing_=RoutingControl.READ, database_=database
    )
    [row] = records
    return (
        sorted(tuple(n) for n in row["nodes"] if not n[0].startswith("__")),
        sorted(tuple(r) for r in row["rels"]),
    )


@dataclass
class Diff:
    added_nodes: list[tuple[str, ...]]
    removed_nodes: int
    changed_nodes: list[str]
    added_rels: list[str]
    removed_rels: int
    changed_rels: int


def diff(before: Snapshot, after: Snapshot) -> Diff:
    return Diff(
        added_nodes=sorted(after.nodes[k][0] for k in after.nodes.keys() - before.nodes.keys()),
        removed_nodes=len(before.nodes.keys() - after.nodes.keys()),
        changed_nodes=sorted(
            k for k in before.nodes.keys() & after.nodes.keys() if before.nodes[k] != after.nodes[k]
        ),
        added_rels=sorted(after.rels[k][0] for k in after.rels.keys() - before.rels.keys()),
        removed_rels=len(before.rels.keys() - after.rels.keys()),
        changed_rels=sum(
            1 for k in before.rels.keys() & after.rels.keys() if before.rels[k] != after.rels[k]
        ),
    )


def what_changed(before: Snapshot, after: Snapshot, most: int = 12) -> list[str]:
    """The changes from `before` to `after` in words, nodes named by label and id; empty when
    the graph is as it was."""
    was, now = before.counts(), after.counts()
    lines = [
        f"{key}: {was[key]} -> {now[key]}" for key in sorted(was | now) if was[key] != now[key]
    ]
    lines += [f"added {after.name(k)}" for k in sorted(after.nodes.keys() - before.nodes.keys())]
    lines += [f"removed {before.name(k)}" for k in sorted(before.nodes.keys() - after.nodes.keys())]
    lines += [
        f"changed the properties of {after.name(k)}"
        for k in sorted(before.nodes.keys() & after.nodes.keys())
        if before.nodes[k] != after.nodes[k]
    ]
    for verb, snap, keys in (
        ("added", after, after.rels.keys() - before.rels.keys()),
        ("removed", before, before.rels.keys() - after.rels.keys()),
        ("changed", after, {k for k in before.rels.keys() & after.rels.keys()
                            if before.rels[k] != after.rels[k]}),
    ):  # fmt: skip
        for k in sorted(keys):
            kind, start, end, _ = snap.rels[k]
            lines.append(f"{verb} {snap.name(start)}-[:{kind}]->{snap.name(end)}")
    if len(lines) > most:
        lines[most:] = [f"and {len(lines) - most} more"]
    return lines


class WriteWatch:
    """Whether a test wrote to the graph, with a full snapshot read only when it may have.

    Neo4j appends every committed write to its transaction log before the commit returns, so
    while the log files of a local Neo4j keep their sizes and times, nothing was written: the
    snapshot taken after the last write still stands, and a test that wrote nothing costs two
    `stat` calls instead of two reads of the whole graph. A log that moved (a write, a rotation)
    means a read after the test and a comparison, as before. Without the log's folder (a Neo4j
    named by NEO4J_URI) every check reads the graph.
    """

    def __init__(self, read: Callable[[], Snapshot], log_dir: Path | None) -> None:
        self.read = read
        self.log_dir = log_dir
        self.known: tuple[object, Snapshot] | None = None  # a log token and the graph then

    def token(self) -> object:
        if self.log_dir is None:
            return None
        found = []
        for path in self.log_dir.glob("*.transaction.db*"):
            with contextlib.suppress(FileNotFoundError):  # rotated away between glob and stat
                status = path.stat()
                found.append((path.name, status.st_size, status.st_mtime_ns))
        return tuple(sorted(found)) or None

    def before(self) -> tuple[object, Snapshot]:
        token = self.token()
        if token is not None and self.known is not None and self.known[0] == token:
            return self.known
        self.known = (token, self.read())
        return self.known

    def changes_since(self, before: tuple[object, Snapshot]) -> list[str]:
        token = self.token()
        if token is not None and token == before[0]:
            return []
        after = self.read()
        self.known = (token, after)
        return what_changed(before[1], after)
