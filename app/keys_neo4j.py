"""API keys shared by every API instance: kept in Neo4j (`API_KEYS_STORE=neo4j`).

Two API hosts behind a load balancer must accept the same keys, and a revoke on one must
reach the other; a keys file on each host's disk cannot do that. Here the keys are
`__ApiKey` nodes (graph/store/keys.py), hashed exactly as in the file.

Each server process keeps every key record in memory and reads them all again (one small
read) when its copy is older than `REFRESH_S`, so a key created or revoked anywhere is
accepted or refused everywhere within that time, at the cost of one read per instance per
`REFRESH_S` under load, not one per request. A record that cannot be read is left out (its
key is refused) and logged. The CLI (`commitgraph keys ...`) writes the nodes directly.
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from pydantic import ValidationError

from app.auth import KeyFile, KeyRecord, KeyStoreError, Principal, check_key, new_key
from graph.store.driver import Graph
from graph.store.keys import all_keys, create_key, import_keys, read_all, revoke_key
from graph.store.settings import GraphSettings

log = logging.getLogger("commitgraph.auth")

#: How old a server's copy of the keys may be: the most a create or revoke takes to apply.
REFRESH_S = 0.5


def _records(rows: list[dict[str, Any]]) -> dict[str, KeyRecord]:
    records: dict[str, KeyRecord] = {}
    for row in rows:
        try:
            record = KeyRecord.model_validate(row)
        except ValidationError as error:
            log.error("an API key node cannot be read, so its key is refused: %s", error)
            continue
        records[record.id] = record
    return records


class SharedKeys:
    """One server process's copy of the keys in Neo4j, re-read every `REFRESH_S` at most."""

    def __init__(self) -> None:
        self._records: dict[str, KeyRecord] = {}
        self._read_at = float("-inf")
        self._lock = asyncio.Lock()

    async def records(self, graph: Graph) -> dict[str, KeyRecord]:
        if time.monotonic() - self._read_at < REFRESH_S:
            return self._records
        async with self._lock:  # one read for all the requests that found the copy old
            if time.monotonic() - self._read_at >= REFRESH_S:
                self._records = _records(await read_all(graph))
                self._read_at = time.monotonic()
        return self._records

    async def authenticate(self, graph: Graph, key: str) -> Principal:
        return check_key(await self.records(graph), key)


def shared_keys(app: FastAPI) -> SharedKeys:
    keys = getattr(app.state, "shared_keys", None)
    if keys is None:
        keys = app.state.shared_keys = SharedKeys()
    return keys


def _create(driver: Any, database: str, row: dict[str, Any]) -> bool:
    return create_key(driver, database, row)


class Neo4jKeyStore:
    """The CLI's side: create, list, revoke and import keys as nodes in Neo4j."""

    def __init__(self, settings: GraphSettings) -> None:
        self.settings = settings
        self.path = f"Neo4j at {settings.uri} (database {settings.neo4j_database})"

    def _run(self, work: Any) -> Any:
        from neo4j.exceptions import Neo4jError, ServiceUnavailable

        from graph.store.driver import blocking_driver
        from graph.store.errors import one_line

        try:
            with blocking_driver(self.settings) as driver:
                return work(driver, self.settings.neo4j_database)
        except (Neo4jError, ServiceUnavailable, OSError) as error:
            raise KeyStoreError(
                f"cannot reach the keys in {self.path}: {one_line(error)}"
            ) from error

    def entries(self) -> list[KeyRecord]:
        return list(_records(self._run(all_keys)).values())

    def create(self, role: str, name: str | None = None) -> tuple[str, KeyRecord]:
        while True:
            taken = {record.id for record in self.entries()}
            key, record = new_key(role, name, taken)
            row = record.model_dump(mode="json", by_alias=True, exclude_none=True)
            if self._run(functools.partial(_create, row=row)):
                return key, record

    def revoke(self, key_id: str) -> tuple[KeyRecord, bool]:
        at = datetime.now(UTC).replace(microsecond=0).isoformat()
        row = self._run(lambda driver, database: revoke_key(driver, database, key_id, at))
        if row is None:
            known = ", ".join(r.id for r in self.entries()) or "none"
            raise KeyStoreError(f"no key with id {key_id!r} in {self.path} (ids: {known})")
        was_live = bool(row.pop("wasLive"))
        return KeyRecord.model_validate(row), was_live

    def import_file(self, path: Path) -> tuple[int, int, list[str]]:
        """Copy a keys file's records into Neo4j: (keys in the file, keys added, ids that
        Neo4j already holds with another hash, which are left alone)."""
        try:
            content = KeyFile.model_validate(json.loads(path.read_bytes()))
        except FileNotFoundError as error:
            raise KeyStoreError(f"no keys file at {path}") from error
        except (OSError, ValueError, ValidationError) as error:
            raise KeyStoreError(f"the keys file {path} is not valid: {error}") from error
        rows = [r.model_dump(mode="json", by_alias=True) for r in content.keys]
        made, clashes = self._run(lambda driver, database: import_keys(driver, database, rows))
        return len(rows), made, clashes
