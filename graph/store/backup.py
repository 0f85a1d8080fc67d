"""Logical backups over Bolt: the whole database as gzip-compressed JSON lines, and back.

`write_backup` reads every node (labels, properties) and every relationship (type,
properties, ends) in one read transaction, so it works against any Neo4j the service can
reach: the managed one, a server named by NEO4J_URI, Aura. The file holds, line by line:

- a header: the format, the date, the Neo4j version and edition, the database;
- the schema: each constraint's and index's `createStatement`, as SHOW gives it;
- the nodes, each with a key local to the file (0, 1, 2, ...), never Neo4j's internal id;
- the relationships, by those keys;
- the manifest: counts by label and by type, and a content fingerprint.

Values keep their Neo4j types: a temporal value, a duration, a point or a byte array is a
tagged JSON object (`{"$": "date", "v": [2025, 3, 31]}`), and properties are never maps,
so a JSON object in a property is always such a tag.

The fingerprint is a SHA-256 over the sorted digests of every node (its labels and
properties) and every relationship (its type, properties and the digests of its ends), so it
depends on the content only: the same graph restored elsewhere, with other internal ids, has
the same fingerprint, and any changed property, label or link changes it.

Consistency: a Neo4j read transaction reads committed data but is not a snapshot. The counts
of nodes, relationships, ledger entries and audit records (each write the service makes adds
one of those) are read before and after the transaction; when they differ, a write happened
while it ran and the backup is read again (three times at most, then refused with a message).
A write that only sets properties and leaves no audit record (Cypher typed by hand) is not
seen: stop such writers for the backup, or use `commitgraph neo4j dump` on a stopped Neo4j.

`restore_backup` loads a file into an empty database: the schema first (the backup's own
statements, so that it matches the ledger in the file), then the nodes and relationships in
batches with UNWIND, then it reads the fingerprint back and compares.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from neo4j import Driver, ManagedTransaction, Query, Transaction

from graph.store.backup_values import BackupError as BackupError
from graph.store.backup_values import canonical, content_digest, decode, encode

FORMAT = "commitgraph-backup/1"
BATCH = 2000
#: The backup's read transaction may run this long: it reads the whole database, far past a
#: request's timeout (and, on a large graph, past the `db.transaction.timeout` that
#: graph/local/server.py writes into the managed Neo4j's configuration).
READ_TIMEOUT_S = 3600.0
RESTORE_LABEL = "__Restoring"
RESTORE_KEY = "__restoreKey"
RESTORE_INDEX = "__restoring_key"
#: Labels whose count changes with every write the service makes: the ledger, audit records.
WRITE_MARKERS = ("__Migration", "Change", "ProgressUpdate")

Progress = Callable[[str, int, int | None], None]
"""`(phase, done so far in it, its total or None)`."""


# --------------------------------------------------------------------------- reading


@dataclass
class Manifest:
    """What a backup holds, to print and to check a restore against."""

    nodes: int = 0
    relationships: int = 0
    labels: dict[str, int] = field(default_factory=dict)
    types: dict[str, int] = field(default_factory=dict)
    fingerprint: str = ""
    neo4j: str = ""
    database: str = ""
    created: str = ""

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": "manifest",
            "nodes": self.nodes,
            "relationships": self.relationships,
            "labels": dict(sorted(self.labels.items())),
            "types": dict(sorted(self.types.items())),
            "fingerprint": self.fingerprint,
            "neo4j": self.neo4j,
            "database": self.database,
            "created": self.created,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Manifest:
        fields = {k: v for k, v in data.items() if k != "kind"}
        return cls(**fields)


class _Fingerprint:
    """Node and relationship digests, folded into one content fingerprint at the end."""

    def __init__(self) -> None:
        self.nodes: list[str] = []
        self.relationships: list[str] = []

    def node(self, labels: list[str], props: dict[str, Any]) -> str:
        digest = content_digest(sorted(labels), props)
        self.nodes.append(digest)
        return digest

    def relationship(self, kind: str, props: dict[str, Any], start: str, end: str) -> None:
        self.relationships.append(content_digest(kind, props, start, end))

    def value(self) -> str:
        whole = hashlib.sha256()
        for digest in sorted(self.nodes):
            whole.update(digest.encode("ascii"))
        whole.update(b"|")
        for digest in sorted(self.relationships):
            whole.update(digest.encode("ascii"))
        return whole.hexdigest()


def _write_markers(driver: Driver, database: str) -> tuple[int, ...]:
    """Counts that change with any write the service makes (read from Neo4j's count store)."""
    records, _, _ = driver.execute_query(
        "CALL () { MATCH (n) RETURN count(n) AS nodes } "
        "CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } "
        "RETURN nodes, rels, [label IN $markers | COUNT { MATCH (m) WHERE label IN labels(m) }] "
        "AS marked",
        markers=list(WRITE_MARKERS),
        database_=database,
        routing_="r",
    )
    [row] = records
    return (row["nodes"], row["rels"], *row["marked"])


def _server(driver: Driver, database: str) -> str:
    records, _, _ = driver.execute_query(
        "CALL dbms.components() YIELD name, versions, edition "
        "RETURN name + ' ' + versions[0] + ' ' + edition AS server",
        database_=database,
        routing_="r",
    )
    return str(records[0]["server"]) if records else "unknown"


def _schema(tx: Transaction) -> list[str]:
    """Create statements of the constraints, then of the indexes no constraint owns (the
    token lookup indexes every database has are left to the new database)."""
    constraints = [r["createStatement"] for r in tx.run("SHOW CONSTRAINTS YIELD createStatement")]
    indexes = [
        r["createStatement"]
        for r in tx.run(
            "SHOW INDEXES YIELD type, owningConstraint, createStatement "
            "WHERE owningConstraint IS NULL AND type <> 'LOOKUP' RETURN createStatement"
        )
    ]
    return sorted(constraints) + sorted(indexes)


def _scan(
    tx: Transaction, out: IO[str], manifest: Manifest, report: Progress, totals: tuple[int, ...]
) -> None:
    fingerprint = _Fingerprint()
    labels: Counter[str] = Counter()
    types: Counter[str] = Counter()
    keys: dict[str, tuple[int, str]] = {}
    for statement in _schema(tx):
        out.write(canonical({"kind": "schema", "statement": statement}) + "\n")
    result = tx.run("MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS p")
    for record in result:
        props = {name: encode(value) for name, value in record["p"].items()}
        node_labels = sorted(record["labels"])
        key = len(keys)
        keys[record["id"]] = (key, fingerprint.node(node_labels, props))
        labels.update(node_labels)
        out.write(canonical({"kind": "node", "k": key, "labels": node_labels, "p": props}))
        out.write("\n")
        if key % BATCH == 0:
            report("reading nodes", key, totals[0])
    result = tx.run(
        "MATCH (a)-[r]->(b) RETURN elementId(a) AS a, elementId(b) AS b, type(r) AS t, "
        "properties(r) AS p"
    )
    count = 0
    for record in result:
        start, end = keys.get(record["a"]), keys.get(record["b"])
        if start is None or end is None:
            raise _Torn()
        props = {name: encode(value) for name, value in record["p"].items()}
        fingerprint.relationship(record["t"], props, start[1], end[1])
        types[record["t"]] += 1
        line = {"kind": "rel", "t": record["t"], "s": start[0], "e": end[0], "p": props}
        out.write(canonical(line) + "\n")
        count += 1
        if count % BATCH == 0:
            report("reading relationships", count, totals[1])
    manifest.nodes, manifest.relationships = len(keys), count
    manifest.labels, manifest.types = dict(labels), dict(types)
    manifest.fingerprint = fingerprint.value()


class _Torn(Exception):
    """A relationship's end was not among the nodes read: a write ran during the backup."""


def write_backup(
    driver: Driver,
    database: str,
    path: Path,
    report: Progress | None = None,
    attempts: int = 3,
    timeout: float = READ_TIMEOUT_S,
) -> Manifest:
    """Write the whole database to `path` (gzip JSON lines); return its manifest.

    The file is written beside `path` and renamed into place only when complete, so a failed
    or interrupted backup never leaves a file that looks whole.
    """
    say: Progress = report or (lambda phase, done, total: None)
    server = _server(driver, database)
    partial = path.with_name(path.name + ".partial")
    for _ in range(attempts):
        before = _write_markers(driver, database)
        manifest = Manifest(
            neo4j=server,
            database=database,
            created=datetime.now(UTC).replace(microsecond=0).isoformat(),
        )
        try:
            with (
                gzip.open(partial, "wt", encoding="utf-8", compresslevel=6) as out,
                driver.session(database=database, default_access_mode="READ") as session,
                session.begin_transaction(timeout=timeout) as tx,
            ):
                header = {"kind": "header", "format": FORMAT, "created": manifest.created}
                out.write(canonical({**header, "neo4j": server, "database": database}) + "\n")
                _scan(tx, out, manifest, say, before)
                out.write(canonical(manifest.as_json()) + "\n")
        except _Torn:
            continue
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        if _write_markers(driver, database) == before:
            partial.replace(path)
            return manifest
    partial.unlink(missing_ok=True)
    raise BackupError(
        f"the database was written to during each of {attempts} attempts, so no consistent "
        "copy could be read: pause curation and loads (or stop the API) and run the backup "
        "again"
    )


# --------------------------------------------------------------------------- reading back


def fingerprint_of(driver: Driver, database: str) -> Manifest:
    """The manifest (counts and fingerprint) of what the database holds now."""
    manifest = Manifest(database=database)
    with (
        driver.session(database=database, default_access_mode="READ") as session,
        session.begin_transaction(timeout=READ_TIMEOUT_S) as tx,
    ):
        _scan(tx, io.StringIO(), manifest, lambda phase, done, total: None, (0, 0))
    return manifest


def read_manifest(path: Path) -> Manifest:
    """The manifest at the end of a backup file (reading it whole: it is compressed)."""
    last = None
    for line in _lines(path):
        last = line
    if not last or last.get("kind") != "manifest":
        raise BackupError(f"{path} ends without a manifest: it is not a whole backup")
    return Manifest.from_json(last)


def _lines(path: Path) -> Iterator[dict[str, Any]]:
    try:
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as error:
                    raise BackupError(f"{path}:{number} is not JSON: {error.msg}") from error
    except (OSError, EOFError) as error:
        raise BackupError(f"cannot read {path} as a gzip backup: {error}") from error


# --------------------------------------------------------------------------- restoring


def is_empty(driver: Driver, database: str) -> bool:
    records, _, _ = driver.execute_query(
        "RETURN NOT EXISTS { MATCH (n) } AS empty", database_=database, routing_="r"
    )
    return bool(records[0]["empty"])


def wipe(driver: Driver, database: str) -> None:
    """Delete every node and relationship, then every constraint and index (bar the token
    lookup indexes), so that the backup's schema is the one restored."""
    with driver.session(database=database) as session:  # IN TRANSACTIONS needs auto-commit
        # relationships first, in bounded batches: detaching a hub with a hundred thousand
        # links in one batch of nodes runs out of Neo4j's transaction memory
        for each in ("()-[r]->() CALL (r) { DELETE r }", "(n) CALL (n) { DELETE n }"):
            session.run(_long(f"MATCH {each} IN TRANSACTIONS OF 10000 ROWS")).consume()
        for record in list(session.run("SHOW CONSTRAINTS YIELD name")):
            session.run("DROP CONSTRAINT $name IF EXISTS", name=record["name"]).consume()
        indexes = session.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name")
        for record in list(indexes):
            session.run("DROP INDEX $name IF EXISTS", name=record["name"]).consume()


def _long(text: str) -> Query:
    """A batched statement whose outer transaction spans the whole run: past a server's
    default transaction timeout (60 s on the managed Neo4j) on a large graph."""
    return Query(text, timeout=READ_TIMEOUT_S)


def _if_not_exists(statement: str) -> str:
    """`CREATE CONSTRAINT name FOR ...` as `CREATE CONSTRAINT name IF NOT EXISTS FOR ...`, so
    that a schema the database already has is left as it is."""
    head, separator, rest = statement.partition(" FOR ")
    if not separator or "IF NOT EXISTS" in head:
        return statement
    return f"{head} IF NOT EXISTS FOR {rest}"


def restore_backup(
    driver: Driver,
    database: str,
    path: Path,
    force: bool = False,
    report: Progress | None = None,
) -> tuple[Manifest, Manifest]:
    """Load `path` into the database; return the backup's manifest and the restored one's.

    Refuses a database that holds any node unless `force`, which wipes it first. Nodes are
    created with a temporary label and key (indexed) to link the relationships, then those
    are taken off; the fingerprint is then read back and compared by the caller.
    """
    say: Progress = report or (lambda phase, done, total: None)
    expected = read_manifest(path)
    if not is_empty(driver, database):
        if not force:
            raise BackupError(
                f"the database {database!r} is not empty: restore only into an empty one, or "
                "pass --force to delete everything in it first"
            )
        say("wiping", 0, None)
        wipe(driver, database)
    with driver.session(database=database) as session:
        for line in _lines(path):
            if line.get("kind") == "schema":
                session.run(_if_not_exists(line["statement"])).consume()
        session.run(
            f"CREATE RANGE INDEX {RESTORE_INDEX} IF NOT EXISTS "
            f"FOR (n:{RESTORE_LABEL}) ON (n.{RESTORE_KEY})"
        ).consume()
        session.run("CALL db.awaitIndexes(300)").consume()
        nodes: list[dict[str, Any]] = []
        rels: list[dict[str, Any]] = []
        done = [0, 0]

        def flush_nodes() -> None:
            session.execute_write(_create_nodes, nodes)
            done[0] += len(nodes)
            say("restoring nodes", done[0], expected.nodes)
            nodes.clear()

        def flush_rels() -> None:
            session.execute_write(_create_relationships, rels)
            done[1] += len(rels)
            say("restoring relationships", done[1], expected.relationships)
            rels.clear()

        for line in _lines(path):
            kind = line.get("kind")
            if kind == "node":
                props = {name: decode(value) for name, value in line["p"].items()}
                nodes.append({"k": line["k"], "labels": line["labels"], "p": props})
                if len(nodes) >= BATCH:
                    flush_nodes()
            elif kind == "rel":
                if nodes:
                    flush_nodes()
                props = {name: decode(value) for name, value in line["p"].items()}
                rels.append({"t": line["t"], "s": line["s"], "e": line["e"], "p": props})
                if len(rels) >= BATCH:
                    flush_rels()
        if nodes:
            flush_nodes()
        if rels:
            flush_rels()
        say("tidying", 0, None)
        session.run(
            _long(
                f"MATCH (n:{RESTORE_LABEL}) CALL (n) {{ REMOVE n:{RESTORE_LABEL}, "
                f"n.{RESTORE_KEY} }} IN TRANSACTIONS OF 10000 ROWS"
            )
        ).consume()
        session.run(f"DROP INDEX {RESTORE_INDEX} IF EXISTS").consume()
        session.run("CALL db.awaitIndexes(300)").consume()
    say("checking", 0, None)
    return expected, fingerprint_of(driver, database)


def _create_nodes(tx: ManagedTransaction, rows: list[dict[str, Any]]) -> None:
    tx.run(
        f"UNWIND $rows AS row CREATE (n:$(row.labels + '{RESTORE_LABEL}')) "
        f"SET n = row.p, n.{RESTORE_KEY} = row.k",
        rows=rows,
    ).consume()


def _create_relationships(tx: ManagedTransaction, rows: list[dict[str, Any]]) -> None:
    tx.run(
        f"UNWIND $rows AS row "
        f"MATCH (a:{RESTORE_LABEL} {{{RESTORE_KEY}: row.s}}) "
        f"MATCH (b:{RESTORE_LABEL} {{{RESTORE_KEY}: row.e}}) "
        "CREATE (a)-[r:$(row.t)]->(b) SET r = row.p",
        rows=rows,
    ).consume()
