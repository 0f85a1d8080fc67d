"""API keys kept in Neo4j, as `__ApiKey` nodes that every API instance reads.

Each node holds what the keys file holds for a key: its public id, name, role, the SHA-256
of the key (never the key), when it was made and whether, and when, it was revoked. The
HTTP side (app/auth.py) decides what a key may do; this module only stores and reads them.
The label starts with `__`, like the ledger's, so no query, export or count of the graph's
content ever sees it.
"""

from __future__ import annotations

from typing import Any

from neo4j import Driver, ManagedTransaction, RoutingControl

from graph.store.driver import Graph

LABEL = "__ApiKey"
FIELDS = ("id", "name", "role", "sha256", "createdAt", "revoked", "revokedAt")

_ALL = f"MATCH (k:{LABEL}) RETURN k {{.*}} AS k ORDER BY k.createdAt, k.id"


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    """A node's properties with driver temporals as ISO strings, for pydantic to read."""
    return {
        name: value.iso_format() if hasattr(value, "iso_format") else value
        for name, value in row.items()
    }


async def read_all(graph: Graph) -> list[dict[str, Any]]:
    """Every key record (one read, for the server's short-lived cache)."""
    rows = await graph.read("api keys", _ALL)
    return [_plain(row["k"]) for row in rows]


def all_keys(driver: Driver, database: str) -> list[dict[str, Any]]:
    records, _, _ = driver.execute_query(_ALL, database_=database, routing_=RoutingControl.READ)
    return [_plain(record["k"]) for record in records]


def create_key(driver: Driver, database: str, record: dict[str, Any]) -> bool:
    """Store a new key; False when its id is taken (the caller draws another)."""

    def work(tx: ManagedTransaction) -> bool:
        taken = tx.run(f"MATCH (k:{LABEL} {{id: $id}}) RETURN k.id", id=record["id"]).single()
        if taken is not None:
            return False
        tx.run(
            f"CREATE (k:{LABEL}) SET k = $record, k.createdAt = datetime($record.createdAt)",
            record=record,
        ).consume()
        return True

    with driver.session(database=database) as session:
        return session.execute_write(work)


def revoke_key(driver: Driver, database: str, key_id: str, at: str) -> dict[str, Any] | None:
    """Mark the key revoked (once: a second revoke keeps the first date); None if unknown.
    The answer's `wasLive` says whether it was live until now."""
    records, _, _ = driver.execute_query(
        f"MATCH (k:{LABEL} {{id: $id}}) WITH k, NOT coalesce(k.revoked, false) AS wasLive "
        "SET k.revoked = true, k.revokedAt = coalesce(k.revokedAt, datetime($at)) "
        "RETURN k {.*, wasLive: wasLive} AS k",
        id=key_id,
        at=at,
        database_=database,
    )
    return _plain(records[0]["k"]) if records else None


def import_keys(
    driver: Driver, database: str, records: list[dict[str, Any]]
) -> tuple[int, list[str]]:
    """Add the keys of a keys file in one transaction: (how many were new, the ids already
    stored with another hash, which are left as they are)."""

    def work(tx: ManagedTransaction) -> tuple[int, list[str]]:
        result = tx.run(
            f"UNWIND $rows AS row "
            f"OPTIONAL MATCH (old:{LABEL} {{id: row.id}}) "
            "WITH row, old "
            "CALL (row, old) { "
            f"  WITH row, old WHERE old IS NULL CREATE (k:{LABEL}) "
            "  SET k = row, k.createdAt = datetime(row.createdAt), "
            "      k.revokedAt = CASE WHEN row.revokedAt IS NULL THEN null "
            "                    ELSE datetime(row.revokedAt) END "
            "  RETURN count(*) AS made } "
            "RETURN sum(made) AS made, "
            "collect(CASE WHEN old IS NOT NULL AND old.sha256 <> row.sha256 THEN row.id END) "
            "AS clashes",
            rows=records,
        ).single()
        assert result is not None
        return int(result["made"]), list(result["clashes"])

    with driver.session(database=database) as session:
        return session.execute_write(work)
