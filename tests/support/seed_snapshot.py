"""The seeded graph kept in memory after its first real load, to give it back in one transaction.

Loading the schema and the corpus through the loader runs every file's checks and takes many
seconds; a test that writes leaves the graph to be seeded again for the next one. So the
suite loads through the real `Loader` once, reads what that left (every node with its labels
and properties, every relationship with its type and properties, the ledger included), and
afterwards gives the seed back, once the data is wiped, by recreating exactly that in a few
UNWIND batches inside one write transaction. The schema is not restored: when a test has changed the
constraints or indexes since, `restore` declines and the caller loads for real again.

Under pytest-xdist the first worker to need the seed loads it for real and writes the snapshot
to a file the run's workers share (`save`); the others apply the schema files, then restore
from that file (`read`) instead of loading the corpus once each.
"""

from __future__ import annotations

import pickle
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from neo4j import Driver, ManagedTransaction

BATCH = 2000

_NODES = "MATCH (n) RETURN elementId(n) AS key, labels(n) AS labels, properties(n) AS props"
_RELS = (
    "MATCH (a)-[r]->(b) "
    "RETURN elementId(a) AS start, elementId(b) AS end, type(r) AS type, properties(r) AS props"
)
_CREATE_NODES = (
    "UNWIND $rows AS row CREATE (n:$(row.labels)) SET n = row.props "
    "RETURN row.key AS key, elementId(n) AS id"
)
_CREATE_RELS = (
    "UNWIND $rows AS row "
    "MATCH (a) WHERE elementId(a) = row.start MATCH (b) WHERE elementId(b) = row.end "
    "CREATE (a)-[r:$(row.type)]->(b) SET r = row.props RETURN count(r) AS created"
)


@dataclass(frozen=True)
class SeedSnapshot:
    nodes: list[dict[str, Any]]
    rels: list[dict[str, Any]]
    schema: frozenset[str]


def schema_names(driver: Driver, database: str) -> frozenset[str]:
    """The names of the constraints and indexes the database has."""
    names: set[str] = set()
    for kind in ("CONSTRAINTS", "INDEXES"):
        records, _, _ = driver.execute_query(
            f"SHOW {kind} YIELD name RETURN name", database_=database
        )
        names.update(f"{kind} {record['name']}" for record in records)
    return frozenset(names)


def take(driver: Driver, database: str) -> SeedSnapshot:
    """Everything the database holds now, to be given back by `restore`."""
    with driver.session(database=database, default_access_mode="READ") as session:

        def read(tx: ManagedTransaction) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
            return [r.data() for r in tx.run(_NODES)], [r.data() for r in tx.run(_RELS)]

        nodes, rels = session.execute_read(read)
    return SeedSnapshot(nodes, rels, schema_names(driver, database))


def save(seed: SeedSnapshot, path: Path) -> None:
    """Write the snapshot for the other workers of this run; whole or not at all."""
    partial = path.with_suffix(".partial")
    partial.write_bytes(pickle.dumps(seed))
    partial.replace(path)


def read(path: Path) -> SeedSnapshot | None:
    """The snapshot another worker of this run saved, or None when there is none yet."""
    if not path.exists():
        return None
    seed = pickle.loads(path.read_bytes())
    assert isinstance(seed, SeedSnapshot)
    return seed


def _batches(rows: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    return [rows[start : start + BATCH] for start in range(0, len(rows), BATCH)]


def restore(driver: Driver, database: str, seed: SeedSnapshot) -> bool:
    """Recreate the snapshot, in one transaction, in a database wiped of data; False (nothing
    done) when the schema is no longer the one the snapshot was taken under."""
    if schema_names(driver, database) != seed.schema:
        return False

    def write(tx: ManagedTransaction) -> None:
        new_ids: dict[str, str] = {}
        for batch in _batches(seed.nodes):
            new_ids.update((r["key"], r["id"]) for r in tx.run(_CREATE_NODES, rows=batch))
        created = 0
        for batch in _batches(seed.rels):
            rows = [{**r, "start": new_ids[r["start"]], "end": new_ids[r["end"]]} for r in batch]
            created += tx.run(_CREATE_RELS, rows=rows).single(strict=True)["created"]
        if len(new_ids) != len(seed.nodes) or created != len(seed.rels):
            raise AssertionError(
                f"restored {len(new_ids)} of {len(seed.nodes)} nodes and {created} of "
                f"{len(seed.rels)} relationships of the seed"
            )

    with driver.session(database=database) as session:
        session.execute_write(write)
    return True
