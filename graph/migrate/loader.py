"""Apply versioned Cypher files to Neo4j, all of a file or none of it, and remember what ran.

The model is neo4j-migrations and Flyway: files named `V<version>__<name>.cypher` apply in
version order, each recorded in a ledger in the graph,
`(:__Migration {version, name, checksum, appliedAt, durationMs})`, so a second run skips
what is applied and refuses a file that was edited after it was applied.

- A data file runs in one write transaction together with its ledger entry: either every
  statement and the entry commit, or nothing does.
- A schema file (constraints, indexes) runs one statement per transaction, as Neo4j will not
  mix schema and data changes; its statements use IF NOT EXISTS, so a rerun is harmless.
- Every data transaction first takes a write lock on the `(:__MigrationLock)` node and only
  then reads the ledger, so two loads at once never apply the same file twice.
- A file with a CSV or JSON file of the same name beside it holds one statement that UNWINDs
  `$rows`: the rows are sent in batches, still inside the file's single transaction.
- Neo4j going away mid-load (after the driver's retries) is a `LoadError` that names the file
  under way and what of it can be in the graph, never a driver traceback.
- Before a data file's transaction commits, the checks of `commitgraph check` run against the
  graph it leaves (graph/migrate/verify.py): a file the API could not serve, or with a
  statement that changed nothing the first time it ran, is rolled back whole and refused,
  naming the file, the line and the value. Then each initiative the file touched takes the
  status of its latest dated step.
- A dry run applies the pending data files in one transaction that is rolled back, so the
  checks see each file on top of the ones before it; schema files are only EXPLAINed.
"""

from __future__ import annotations

import csv
import json
import logging
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from neo4j import Driver, ManagedTransaction
from neo4j.exceptions import IncompleteCommit, Neo4jError, ServiceUnavailable, SessionExpired

from graph.migrate.cypher_files import CypherFile, Statement
from graph.migrate.verify import FileFacts, Tx, before_file, recompute_statuses, verify_file
from graph.queries.degree import REFRESH_DRIFTED
from graph.store.errors import one_line

log = logging.getLogger(__name__)

DEFAULT_BATCH_SIZE = 1000
COUNTER_NAMES = (
    "nodes_created", "nodes_deleted", "relationships_created", "relationships_deleted",
    "properties_set", "labels_added", "labels_removed", "indexes_added", "constraints_added",
)  # fmt: skip
_POSITION = re.compile(r"line (\d+), column (\d+)")


class LoadError(RuntimeError):
    """A load that stopped; nothing of the failing file was written. Names file and line."""


@dataclass
class FileOutcome:
    file: CypherFile
    status: str  # applied, skipped, repaired, checked, pending, refused
    duration_ms: int = 0
    counters: Counter[str] = field(default_factory=Counter)
    detail: str = ""


@dataclass
class LoadReport:
    outcomes: list[FileOutcome]

    @property
    def totals(self) -> Counter[str]:
        total: Counter[str] = Counter()
        for outcome in self.outcomes:
            total.update(outcome.counters)
        return total


@dataclass(frozen=True)
class LedgerEntry:
    version: int
    name: str
    checksum: str


#: (what is running, statements just done; negative when a retried file starts over)
ProgressHook = Callable[[str, int], None]


#: At most this many problems of one file are listed in its refusal.
MAX_PROBLEMS_SHOWN = 25


class Loader:
    def __init__(
        self,
        driver: Driver,
        database: str,
        batch_size: int = DEFAULT_BATCH_SIZE,
        checks: bool = True,
    ) -> None:
        """`checks=False` applies files without the model's checks: for files that are not
        the graph's data (the loader's own tests); `commitgraph load` always checks."""
        self.driver = driver
        self.database = database
        self.batch_size = batch_size
        self.checks = checks
        self._facts: dict[Path, FileFacts] = {}

    def facts(self, file: CypherFile) -> FileFacts:
        if file.path not in self._facts:
            self._facts[file.path] = FileFacts.of(file)
        return self._facts[file.path]

    # -- the ledger -------------------------------------------------------------------

    def ensure_ledger(self) -> None:
        # Without the lock constraint, two loads that start on a graph with no lock node yet
        # each MERGE (create) a lock node of their own, neither waits, and both apply the file.
        with self.driver.session(database=self.database) as session:
            for constraint in (
                "CREATE CONSTRAINT migration_version IF NOT EXISTS "
                "FOR (m:__Migration) REQUIRE m.version IS UNIQUE",
                "CREATE CONSTRAINT migration_lock_id IF NOT EXISTS "
                "FOR (l:__MigrationLock) REQUIRE l.id IS UNIQUE",
            ):
                session.execute_write(lambda tx, c=constraint: tx.run(c).consume())  # type: ignore[misc]

    def ledger(self) -> dict[int, LedgerEntry]:
        def work(tx: ManagedTransaction) -> list[dict[str, Any]]:
            result = tx.run(
                "MATCH (m:__Migration) RETURN m.version AS version, m.name AS name, "
                "m.checksum AS checksum ORDER BY m.version"
            )
            return [r.data() for r in result]

        with self.driver.session(database=self.database) as session:
            rows = session.execute_read(work)
        return {r["version"]: LedgerEntry(r["version"], r["name"], r["checksum"]) for r in rows}

    # -- loading ----------------------------------------------------------------------

    def plan(self, files: Sequence[CypherFile], repair: bool = False) -> list[FileOutcome]:
        """What a load would do with each file, judged against the ledger."""
        applied = self.ledger()
        outcomes = []
        for file in files:
            entry = applied.get(file.version)
            if entry is None:
                outcomes.append(FileOutcome(file, "pending"))
            elif entry.checksum == file.checksum:
                outcomes.append(FileOutcome(file, "skipped", detail="already applied"))
            elif repair:
                outcomes.append(
                    FileOutcome(file, "pending", detail="changed; repair re-applies it")
                )
            else:
                outcomes.append(FileOutcome(file, "refused", detail=_changed_message(file, entry)))
        return outcomes

    def load(
        self,
        files: Sequence[CypherFile],
        *,
        dry_run: bool = False,
        repair: bool = False,
        progress: ProgressHook | None = None,
    ) -> LoadReport:
        """Apply pending files in version order; stop at the first file that fails."""
        try:
            if not dry_run:  # a dry run writes nothing, not even the ledger's constraints
                self.ensure_ledger()
            outcomes = self.plan(files, repair)
        except (ServiceUnavailable, SessionExpired) as error:
            raise LoadError(
                f"Neo4j stopped answering before any file was applied ({one_line(error)}); "
                "nothing was written. Run the same load again once Neo4j answers."
            ) from error
        refused = [o for o in outcomes if o.status == "refused"]
        if refused and not dry_run:
            raise LoadError(refused[0].detail)
        if dry_run:
            self._dry_run([o for o in outcomes if o.status == "pending"], progress)
            return LoadReport(outcomes)
        for outcome in outcomes:
            if outcome.status != "pending":
                continue
            started = time.perf_counter()
            try:
                repaired = bool(outcome.detail)
                outcome.counters, outcome.status = self._apply(outcome.file, repair, progress)
                if repaired and outcome.status == "applied":
                    outcome.status = "repaired"
            except (ServiceUnavailable, SessionExpired) as error:
                done = sum(o.status in ("applied", "repaired") for o in outcomes)
                raise LoadError(_lost_during(outcome.file, error, False, done)) from error
            outcome.duration_ms = round((time.perf_counter() - started) * 1000)
            log.info(
                "cypher file %s: %s", outcome.file.label, outcome.status,
                extra={"file": str(outcome.file.path), "ms": outcome.duration_ms,
                       **{k: v for k, v in outcome.counters.items() if v}},
            )  # fmt: skip
        return LoadReport(outcomes)

    def _apply(
        self, file: CypherFile, repair: bool, progress: ProgressHook | None
    ) -> tuple[Counter[str], str]:
        if file.is_schema:
            return self._apply_schema(file, repair, progress), "applied"
        return self._apply_data(file, repair, progress)

    def _apply_schema(
        self, file: CypherFile, repair: bool, progress: ProgressHook | None
    ) -> Counter[str]:
        counters: Counter[str] = Counter()
        started = time.perf_counter()  # durationMs covers the statements, not only the record
        with self.driver.session(database=self.database) as session:
            for statement in file.statements:
                counters.update(
                    session.execute_write(lambda tx, s=statement: _run(tx, file, s))  # type: ignore[misc]
                )
                if progress:
                    progress(file.label, 1)
            session.execute_write(
                lambda tx: _record(tx, file, round((time.perf_counter() - started) * 1000))
            )
        return counters

    def _apply_data(
        self, file: CypherFile, repair: bool, progress: ProgressHook | None
    ) -> tuple[Counter[str], str]:
        reported = 0  # statements this file's attempts have reported done

        def report(done: int) -> None:
            nonlocal reported
            reported += done
            if progress:
                progress(file.label, done)

        def work(tx: ManagedTransaction) -> tuple[Counter[str], str]:
            if reported:  # the driver is retrying: the bar goes back to this file's start
                report(-reported)
            started = time.perf_counter()
            tx.run(
                "MERGE (lock:__MigrationLock {id: 'ledger'}) SET lock.heldAt = datetime()"
            ).consume()
            current = tx.run(
                "MATCH (m:__Migration {version: $version}) RETURN m.checksum AS checksum",
                version=file.version,
            ).single()
            if current is not None:
                if current["checksum"] == file.checksum:
                    return Counter(), "skipped"  # another load applied it meanwhile
                if not repair:
                    raise LoadError(
                        _changed_message(
                            file, LedgerEntry(file.version, file.name, current["checksum"])
                        )
                    )
            counters = self._run_checked(tx, file, current is None, report)
            if any(counters[k] for k in ("nodes_created", "nodes_deleted", "relationships_created",
                                         "relationships_deleted")):  # fmt: skip
                tx.run(REFRESH_DRIFTED).consume()  # the stored degrees, with the file's links
            _record(tx, file, round((time.perf_counter() - started) * 1000))
            return counters, "applied"

        with self.driver.session(database=self.database) as session:
            return session.execute_write(work)

    def _run_checked(
        self,
        tx: Tx,
        file: CypherFile,
        first_time: bool,
        report: Callable[[int], None],
    ) -> Counter[str]:
        """Run a data file's statements in `tx`, then its checks; a LoadError refuses it."""
        facts = self.facts(file) if self.checks else None
        before = before_file(tx, facts) if facts is not None else set()
        counters: Counter[str] = Counter()
        per_statement: list[Counter[str]] = []
        if file.rows_path is not None:
            statement = file.statements[0]
            for batch in _batches(read_rows(file.rows_path), self.batch_size):
                counters.update(_run(tx, file, statement, {"rows": batch}))
                report(0)
            report(1)
        else:
            for statement in file.statements:
                done = _run(tx, file, statement)
                per_statement.append(done)
                counters.update(done)
                report(1)
        if facts is not None:
            problems = verify_file(tx, file, facts, before, per_statement, first_time)
            if problems:
                raise LoadError(_refusal(file, problems))
            recompute_statuses(tx, facts)
        return counters

    def _dry_run(self, outcomes: list[FileOutcome], progress: ProgressHook | None) -> None:
        """Schema files are EXPLAINed; the data files run, each checked on top of the ones
        before it, in one transaction that is rolled back."""
        for outcome in outcomes:
            if outcome.file.is_schema:
                started = time.perf_counter()
                try:
                    self._explain(outcome.file, progress)
                except (ServiceUnavailable, SessionExpired) as error:
                    raise LoadError(_lost_during(outcome.file, error, True, 0)) from error
                outcome.status = "checked"
                outcome.duration_ms = round((time.perf_counter() - started) * 1000)
        data = [o for o in outcomes if not o.file.is_schema]
        if not data:
            return
        with self.driver.session(database=self.database) as session:
            tx = session.begin_transaction()
            try:
                for outcome in data:
                    started = time.perf_counter()
                    try:
                        outcome.counters = self._run_checked(
                            tx, outcome.file, True, _reporter(outcome.file, progress)
                        )
                    except (ServiceUnavailable, SessionExpired) as error:
                        done = sum(o.status == "checked" for o in outcomes)
                        raise LoadError(_lost_during(outcome.file, error, True, done)) from error
                    outcome.status = "checked"
                    outcome.duration_ms = round((time.perf_counter() - started) * 1000)
            finally:
                tx.rollback()

    def _explain(self, file: CypherFile, progress: ProgressHook | None) -> None:
        """Plan every statement with EXPLAIN inside a transaction that is rolled back."""
        with self.driver.session(database=self.database) as session:
            tx = session.begin_transaction()
            try:
                for statement in file.statements:
                    _run(
                        tx,
                        file,
                        Statement("EXPLAIN " + statement.text, statement.line),
                        {"rows": []},
                    )
                    if progress:
                        progress(file.label, 1)
            finally:
                tx.rollback()


def apply_rows(
    driver: Driver, database: str, cypher: str, rows: Iterable[dict[str, Any]],
    batch_size: int = DEFAULT_BATCH_SIZE, on_batch: Callable[[int], None] | None = None,
) -> Counter[str]:  # fmt: skip
    """The batched path for bulk data: `UNWIND $rows AS row ...`, one transaction per batch.

    For loads too large for one transaction (the synthetic corpus, imports); a versioned
    file with rows beside it keeps all its batches in one transaction instead.
    """
    counters: Counter[str] = Counter()
    with driver.session(database=database) as session:
        for batch in _batches(rows, batch_size):
            counters.update(
                session.execute_write(
                    lambda tx, b=batch: _counters(tx.run(cypher, rows=b).consume())  # type: ignore[misc]
                )
            )
            if on_batch:
                on_batch(len(batch))
    return counters


def read_rows(path: Path) -> Iterator[dict[str, Any]]:
    """Rows of a CSV file (a header line, values as text) or a JSON file (a list of objects)."""
    if path.suffix == ".csv":
        with path.open(newline="", encoding="utf-8") as handle:
            yield from csv.DictReader(handle)
        return
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, list) or not all(isinstance(row, dict) for row in data):
        raise LoadError(f"{path}: a JSON rows file must hold a list of objects")
    yield from data


def _batches(rows: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _run(
    tx: Any, file: CypherFile, statement: Statement, params: dict[str, Any] | None = None
) -> Counter[str]:
    try:
        summary = tx.run(statement.text, params or {}).consume()
    except Neo4jError as error:
        raise LoadError(_located(file, statement, error)) from error
    return _counters(summary)


def _counters(summary: Any) -> Counter[str]:
    counters = summary.counters
    return Counter(
        {name: getattr(counters, name) for name in COUNTER_NAMES if getattr(counters, name)}
    )


def _record(tx: Any, file: CypherFile, duration_ms: int) -> None:
    tx.run(
        "MERGE (m:__Migration {version: $version}) "
        "SET m.name = $name, m.checksum = $checksum, m.appliedAt = datetime(), "
        "m.durationMs = $duration_ms",
        version=file.version, name=file.name, checksum=file.checksum, duration_ms=duration_ms,
    ).consume()  # fmt: skip


def _lost_during(file: CypherFile, error: Exception, dry_run: bool, done: int) -> str:
    """What a person needs after the connection dropped: what of `file` can be in the graph,
    what came before it, and that running the same load again is the way on."""
    if dry_run:
        state = "This was a dry run: nothing was written"
    elif file.is_schema:
        state = (
            "A schema file runs one statement per transaction, so some of its constraints or "
            "indexes may exist; they use IF NOT EXISTS, so applying the file again is harmless"
        )
    elif isinstance(error, IncompleteCommit):
        state = (
            "The connection dropped while its transaction was committing, so Neo4j may or may "
            "not have applied it; the ledger knows, and the next load skips the file if it did"
        )
    else:
        state = "Its transaction did not commit, so nothing of this file is in the graph"
    before = f"{done} file{'s' if done != 1 else ''} before it in this load"
    return (
        f"{file.path}: Neo4j stopped answering while this file was being "
        f"{'checked' if dry_run else 'applied'} ({one_line(error)}). {state}. "
        f"{before} {'was' if done == 1 else 'were'} {'checked' if dry_run else 'applied'}. "
        "Run the same load again once Neo4j answers: applied files are skipped."
    )


def _located(file: CypherFile, statement: Statement, error: Neo4jError) -> str:
    message = error.message or str(error)
    first_line = message.splitlines()[0] if message else type(error).__name__
    line = statement.line
    match = _POSITION.search(message)
    if match:
        line = statement.line + int(match.group(1)) - 1
    return (
        f"{file.path}:{line}: {first_line} [{error.code}]\n"
        f"  in the statement starting at line {statement.line}; nothing of {file.path.name} "
        "was written"
    )


def _reporter(file: CypherFile, progress: ProgressHook | None) -> Callable[[int], None]:
    def report(done: int) -> None:
        if progress:
            progress(file.label, done)

    return report


def _refusal(file: CypherFile, problems: Sequence[Any]) -> str:
    shown = [str(p) for p in problems[:MAX_PROBLEMS_SHOWN]]
    more = len(problems) - len(shown)
    return "\n".join(
        [
            *shown,
            *([f"… and {more} more"] if more else []),
            f"{len(problems)} problem{'s' if len(problems) != 1 else ''}: {file.path.name} was "
            "refused and nothing of it was written (run `commitgraph check` to see them all)",
        ]
    )


def _changed_message(file: CypherFile, entry: LedgerEntry) -> str:
    return (
        f"{file.path}: V{file.version:03d} was applied with checksum {entry.checksum[:12]}… but "
        f"the file now has {file.checksum[:12]}…. Applied files must not change: put corrections "
        "in a new versioned file, or run `commitgraph load --repair` to re-apply this one "
        "(safe when it MERGEs on ids)."
    )
