"""One async Neo4j driver per process, and the only two ways to run Cypher: read and write.

Every query goes through `Graph.read` or `Graph.write`, so each one is a managed transaction
(retried by the driver on transient errors, routed to a reader or the leader on a cluster),
bounded by a timeout, and counted in `commitgraph_cypher_queries_total`. The exceptions are
`Graph.ping`, the readiness check, which asks once and never retries, and `Graph.stream`,
which reads an answer too large to hold in batches from one read transaction, unretried.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from typing import Any, NoReturn, TypeVar

from neo4j import (
    READ_ACCESS,
    AsyncDriver,
    AsyncGraphDatabase,
    AsyncManagedTransaction,
    AsyncResult,
    Driver,
    GraphDatabase,
    Query,
    RoutingControl,
    unit_of_work,
)
from neo4j.exceptions import (
    ClientError,
    ConnectionAcquisitionTimeoutError,
    Forbidden,
    IncompleteCommit,
    ServiceUnavailable,
    SessionExpired,
    TransientError,
)
from prometheus_client import Counter

from graph.store.errors import one_line
from graph.store.settings import GraphSettings

log = logging.getLogger(__name__)
T = TypeVar("T")

CYPHER_QUERIES = Counter(
    "commitgraph_cypher_queries",
    "Cypher round trips to Neo4j, by the operation that made them.",
    ["operation"],
)


#: The server ended a transaction that ran past its timeout (a ClientError, not transient).
TIMED_OUT = "Neo.ClientError.Transaction.TransactionTimedOut"
#: The server ended a transaction while it waited for a lock: at its timeout, or because an
#: operator terminated it or the database is stopping (measured: all three give this code).
LOCK_CLIENT_STOPPED = "Neo.ClientError.Transaction.LockClientStopped"
#: An operator ended the transaction (`TERMINATE TRANSACTIONS`), or the database is stopping.
TERMINATED = "Neo.ClientError.Transaction.Terminated"
#: Neo4j turned the service's user away: wrong credentials (`AuthError`), too many of them
#: in a row (`AuthenticationRateLimit`, a plain ClientError), or missing rights (`Forbidden`).
SECURITY = "Neo.ClientError.Security."
#: NEO4J_DATABASE names a database this Neo4j does not have.
NO_SUCH_DATABASE = "Neo.ClientError.Database.DatabaseNotFound"


def _refuses_us(error: BaseException) -> bool:
    """Neo4j turned the service's user away (any `SECURITY` code)."""
    return isinstance(error, ClientError) and (error.code or "").startswith(SECURITY)


def _no_database(settings: GraphSettings) -> str:
    return (
        f"Neo4j at {settings.uri} has no database {settings.neo4j_database!r}: check NEO4J_DATABASE"
    )


def request_deadline(settings: GraphSettings) -> float:
    """The longest one `Graph.read`/`write` may take, retries included, before it gives up.

    One attempt may use the whole transaction timeout, and the driver retries for up to
    the retry time; the two seconds on top leave the server room to report its own timeout.
    """
    return settings.neo4j_transaction_timeout + settings.neo4j_max_retry_time + 2.0


def blocking_driver(settings: GraphSettings) -> Driver:
    """The sync driver of the command-line tools (`load`, `synth`, `bench`).

    It shares the service's connection timeout and retry budget, so a Neo4j that goes away in
    the middle of a load ends it within seconds with a clear error, as it ends a request,
    instead of after the driver's default 30 s of retries. There is no transaction timeout:
    one data file may legitimately take longer than any request.
    """
    return GraphDatabase.driver(
        settings.uri,
        auth=(settings.neo4j_user, settings.neo4j_password),
        connection_timeout=settings.neo4j_connection_timeout,
        max_transaction_retry_time=settings.neo4j_max_retry_time,
        notifications_min_severity="OFF",
    )


class Unreachable(RuntimeError):
    """Neo4j did not answer, or refused the credentials: a person has to start it or fix the
    settings, and the message says which and how."""


def verify_reachable(driver: Driver, settings: GraphSettings, or_else: str = "") -> None:
    """One connection attempt, no retries, before a command starts its work: a Neo4j that is
    down is one line that names it, not seconds of retry warnings and a driver traceback.
    `or_else` adds a way out of the command's own."""
    try:
        driver.verify_connectivity()
        # Connecting does not open the database; this does, so a NEO4J_DATABASE that Neo4j
        # does not have is named here rather than by the command's first query.
        driver.execute_query(
            "RETURN 1", database_=settings.neo4j_database, routing_=RoutingControl.READ
        )
    except (ServiceUnavailable, ClientError) as error:
        if getattr(error, "code", None) == NO_SUCH_DATABASE:
            raise Unreachable(f"{_no_database(settings)}{or_else}.") from error
        refused = _refuses_us(error)
        if isinstance(error, ClientError) and not refused:
            raise
        if settings.uses_local_neo4j:
            where = f"The local Neo4j at {settings.uri}"
            fix = "Start it with `commitgraph neo4j start`"
        else:
            where = f"Neo4j at {settings.uri} (NEO4J_URI)"
            fix = "Start it, or check NEO4J_URI"
        if refused:
            fix = "Check NEO4J_USER and NEO4J_PASSWORD"
        what = "did not let us in" if refused else "is not answering"
        raise Unreachable(f"{where} {what}: {one_line(error)}. {fix}{or_else}.") from error


class GraphUnavailable(RuntimeError):
    """Neo4j could not serve: down, not answering in time, or refusing the service's settings
    (user, password, database). The caller should answer 503, not 500.

    The message is fit for any client; `detail` is the driver's own account (addresses, the
    socket error), for the log and the operators' `/readyz`, not for API clients.
    """

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.detail = detail

    @property
    def for_operators(self) -> str:
        return f"{self}: {self.detail}" if self.detail else str(self)


class QueryTimedOut(GraphUnavailable):
    """Neo4j is up, but ended the transaction at the timeout every request has.

    Not "try again shortly": the same question sent again costs Neo4j the same time and ends
    the same way, so a read is told to ask for less. A write was rolled back whole and may
    have waited on data another write held, so it is told that nothing changed.
    """

    def __init__(self, operation: str, limit_s: float, write: bool, detail: str) -> None:
        if write:
            message = (
                f"The change took longer than {limit_s:g} s, the most one request may take, "
                "and was not applied; try again (another write may have held the data it "
                "changes)."
            )
        else:
            message = (
                f"The question took longer than {limit_s:g} s, the most one request may take; "
                "ask for less (a focus, a smaller depth, limit or page), or try again when "
                "the service is less busy."
            )
        super().__init__(message, detail)
        self.operation = operation
        self.limit_s = limit_s

    @property
    def for_operators(self) -> str:
        return (
            f"{self.operation} ran past the {self.limit_s:g} s transaction timeout: {self.detail}"
        )


class WriteOutcomeUnknown(GraphUnavailable):
    """Neo4j was lost after a write's commit was sent and before its answer came back.

    Neo4j may have committed the change or not, and nobody can tell from here: the client is
    told so, to read the change back before sending it again, instead of being told it failed.
    """

    def __init__(self, operation: str, detail: str) -> None:
        super().__init__(
            "Neo4j was lost while the change was being committed, so it may or may not have "
            "been applied; read it back before sending it again.",
            detail,
        )
        self.operation = operation

    @property
    def for_operators(self) -> str:
        return f"{self.operation} lost its commit's answer, applied or not: {self.detail}"


class Graph:
    """The process's connection to Neo4j."""

    def __init__(self, settings: GraphSettings) -> None:
        self.settings = settings
        self.database = settings.neo4j_database
        self.driver: AsyncDriver = AsyncGraphDatabase.driver(
            settings.uri,
            auth=(settings.neo4j_user, settings.neo4j_password),
            connection_timeout=settings.neo4j_connection_timeout,
            connection_acquisition_timeout=settings.neo4j_acquisition_timeout,
            max_transaction_retry_time=settings.neo4j_max_retry_time,
            max_connection_lifetime=300,
            liveness_check_timeout=30,
            notifications_min_severity="OFF",
        )

    async def close(self) -> None:
        await self.driver.close()

    async def verify(self, attempts: int = 5, first_delay: float = 0.5) -> bool:
        """Check connectivity with exponential back-off; False, logged at ERROR with why, when
        Neo4j never let us in.

        Refused credentials end the look at once: trying the same password again only brings
        Neo4j's lock-out of repeated failed logins nearer.
        """
        delay = first_delay
        for attempt in range(1, attempts + 1):
            try:
                await self.driver.verify_connectivity()
                log.info("neo4j reachable", extra={"uri": self.settings.uri, "attempt": attempt})
                return True
            except Exception as error:
                if _refuses_us(error):
                    log.error(
                        "%s; /readyz answers 503 while Neo4j refuses them",
                        self._refused(error),
                        extra={"uri": self.settings.uri},
                    )
                    return False
                log.warning(
                    "neo4j not reachable yet",
                    extra={"uri": self.settings.uri, "attempt": attempt, "error": str(error)},
                )
                if attempt < attempts:
                    await asyncio.sleep(delay)
                    delay = min(delay * 2, 8.0)
        log.error(
            "no Neo4j after %d attempts; /readyz answers 503 until it is reachable",
            attempts,
            extra={"uri": self.settings.uri},
        )
        return False

    def _refused(self, error: BaseException) -> str:
        """What an operator reads when Neo4j turns the service's user away."""
        user = self.settings.neo4j_user
        if isinstance(error, Forbidden):  # the user is known, its rights fall short
            return (
                f"Neo4j at {self.settings.uri} does not allow NEO4J_USER {user!r} to do this: "
                f"grant it the access it needs ({one_line(error)})"
            )
        return (
            f"Neo4j at {self.settings.uri} refused the credentials of NEO4J_USER {user!r}: "
            f"check NEO4J_USER and NEO4J_PASSWORD ({one_line(error)})"
        )

    async def ping(self) -> None:
        """Raise GraphUnavailable unless the database answers a query now.

        One attempt, in a read session, without the managed transaction's retries, and
        bounded by the connection timeout: a readiness probe must hear "down" at once, not
        after the retry budget, which outlasts the second a Kubernetes probe waits by default.
        """

        async def once() -> None:
            async with self.driver.session(
                database=self.database, default_access_mode=READ_ACCESS
            ) as session:
                result = await session.run(
                    Query("RETURN 1 AS ok", timeout=self.settings.neo4j_connection_timeout)
                )
                await result.consume()
            CYPHER_QUERIES.labels("ping").inc()

        await self._guarded(
            "ping", once, write=False, deadline=self.settings.neo4j_connection_timeout
        )

    async def read(
        self, operation: str, cypher: str, params: Mapping[str, Any] | None = None
    ) -> list[dict[str, Any]]:
        """Run one read query in a read transaction and return its rows as plain dicts."""
        return await self._run(operation, cypher, params, write=False)

    async def write(
        self, operation: str, cypher: str, params: Mapping[str, Any] | None = None
    ) -> list[dict[str, Any]]:
        """Run one write query in a write transaction and return its rows as plain dicts."""
        return await self._run(operation, cypher, params, write=True)

    async def read_work(
        self, operation: str, work: Callable[[AsyncManagedTransaction], Awaitable[T]]
    ) -> T:
        return await self._execute(operation, work, write=False)

    async def write_work(
        self, operation: str, work: Callable[[AsyncManagedTransaction], Awaitable[T]]
    ) -> T:
        """Run several statements in one write transaction: all apply or none do."""
        return await self._execute(operation, work, write=True)

    async def _run(
        self, operation: str, cypher: str, params: Mapping[str, Any] | None, write: bool
    ) -> list[dict[str, Any]]:
        async def rows(result: AsyncResult) -> list[dict[str, Any]]:
            CYPHER_QUERIES.labels(operation).inc()
            # Our queries return maps, lists and scalars, never nodes or relationships, so the
            # records are taken as they are: `Record.data()` would walk every nested value
            # looking for graph entities, which costs more than the decoding itself.
            return [dict(record.items()) async for record in result]

        # `execute_query` is a managed transaction too (retried on transient errors), but it
        # sends BEGIN together with the query instead of waiting for BEGIN's answer first:
        # one network round trip fewer per query than `session.execute_read`.
        return await self._guarded(
            operation,
            write=write,
            call=lambda: self.driver.execute_query(
                Query(cypher, timeout=self.settings.neo4j_transaction_timeout),
                dict(params or {}),
                routing_=RoutingControl.WRITE if write else RoutingControl.READ,
                database_=self.database,
                bookmark_manager_=None,
                result_transformer_=rows,
            ),
        )

    async def _execute(
        self, operation: str, work: Callable[[AsyncManagedTransaction], Awaitable[T]], write: bool
    ) -> T:
        bounded = unit_of_work(timeout=self.settings.neo4j_transaction_timeout)(work)

        async def in_session() -> T:
            async with self.driver.session(database=self.database) as session:
                if write:
                    return await session.execute_write(bounded)
                return await session.execute_read(bounded)

        return await self._guarded(operation, in_session, write=write)

    async def _guarded(
        self,
        operation: str,
        call: Callable[[], Awaitable[T]],
        write: bool,
        deadline: float | None = None,
    ) -> T:
        """`call()`, with Neo4j's unavailability raised as GraphUnavailable, and the server's
        transaction timeout as QueryTimedOut."""
        started = time.monotonic()
        try:
            # The transaction timeout is enforced by the server; a server that is frozen (or a
            # network that drops packets) enforces nothing, and a query sent on a pooled
            # connection would wait forever. This client-side deadline ends that wait.
            async with asyncio.timeout(deadline or request_deadline(self.settings)):
                return await call()
        except Exception as error:
            limit = self.settings.neo4j_transaction_timeout
            self._raise_translated(error, operation, write, started, limit)

    def _raise_translated(
        self, error: Exception, operation: str, write: bool, started: float, limit: float
    ) -> NoReturn:
        """Raise what `error` means to our callers (GraphUnavailable, QueryTimedOut), from
        it; anything else goes on as it is."""
        translated = self._translated(error, operation, write, started, limit)
        if translated is error:
            raise error
        raise translated from error

    def _translated(
        self, error: Exception, operation: str, write: bool, started: float, limit: float
    ) -> Exception:
        """What a driver error means to our callers: GraphUnavailable, QueryTimedOut,
        WriteOutcomeUnknown, or (for anything else) the error itself."""
        if write and isinstance(error, IncompleteCommit | TimeoutError):
            # The commit was sent (IncompleteCommit), or may have been when our own deadline
            # ended the wait (TimeoutError): whether it applied is not known.
            return WriteOutcomeUnknown(operation, one_line(error) or "no answer in time")
        if isinstance(
            error,
            ServiceUnavailable
            | SessionExpired
            | ConnectionAcquisitionTimeoutError
            | TransientError,  # still failing once the retries ran out: a database shutting down
        ):
            return GraphUnavailable("Neo4j is unavailable", one_line(error))
        if isinstance(error, TimeoutError):
            return GraphUnavailable(f"Neo4j did not answer in time during {operation}")
        if not isinstance(error, ClientError):
            return error
        code = error.code or ""
        # Refused credentials or rights, or a database that is not there: the service
        # cannot serve until a person fixes its settings. To a client that is an
        # unavailable database; the operators (log, /readyz) read what to fix.
        if _refuses_us(error):
            return GraphUnavailable("Neo4j is unavailable", self._refused(error))
        if code == NO_SUCH_DATABASE:
            return GraphUnavailable(
                "Neo4j is unavailable", f"{_no_database(self.settings)} ({one_line(error)})"
            )
        ran_out = time.monotonic() - started >= limit
        if code.startswith(TIMED_OUT) or (code == LOCK_CLIENT_STOPPED and ran_out):
            return QueryTimedOut(operation, limit, write, one_line(error))
        if code in (LOCK_CLIENT_STOPPED, TERMINATED):
            ended = "Neo4j ended the transaction before it finished"
            message = f"{ended}; nothing was applied" if write else ended
            return GraphUnavailable(message, one_line(error))
        return error

    async def stream(
        self,
        operation: str,
        statements: Sequence[tuple[str, Mapping[str, Any]]],
        batch: int = 1000,
    ) -> AsyncIterator[tuple[int, list[dict[str, Any]]]]:
        """The rows of several read statements, `batch` at a time, from one read transaction:
        (statement index, rows).

        For answers too large to hold at once (a whole-graph export). Nothing is retried, as
        rows already handed on cannot be taken back; the transaction is bounded by
        NEO4J_EXPORT_TIMEOUT instead of the per-request timeout, and every round trip by the
        client-side deadline. Errors come out as for `read`.
        """
        limit = self.settings.neo4j_export_timeout
        started = time.monotonic()

        async def step(awaitable: Awaitable[T]) -> T:
            try:
                async with asyncio.timeout(request_deadline(self.settings)):
                    return await awaitable
            except Exception as error:
                self._raise_translated(error, operation, False, started, limit)

        session = self.driver.session(
            database=self.database, default_access_mode=READ_ACCESS, fetch_size=batch
        )
        try:
            transaction = await step(session.begin_transaction(timeout=limit))
            for index, (cypher, params) in enumerate(statements):
                result = await step(transaction.run(cypher, dict(params)))
                CYPHER_QUERIES.labels(operation).inc()
                while records := await step(result.fetch(batch)):
                    yield index, [dict(record.items()) for record in records]
            await step(transaction.commit())
        finally:
            await session.close()  # rolls back a transaction the consumer left unfinished
