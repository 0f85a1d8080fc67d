"""What a request that could not be served answers over HTTP: one table for REST and GraphQL.

Each kind of failure past the transport (an argument a person got wrong, Neo4j away or out of
time, a missing or too weak key) has one `Outcome` here: its HTTP status, its name in a REST
body (`error`), its GraphQL `extensions.code`, and the headers its status calls for. The
REST error handlers (app/api/errors.py, and app/auth.py's for keys) and the GraphQL
resolvers (`app.graphql.resolving.answering`) read it from here and decide none of it.

GraphQL sets the status of the whole response only where the request as a whole could not be
served (`graphql_status`): a wrong argument is one field's error, answered in a 200 with the
rest of the data, as GraphQL over HTTP has it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from graph.store.driver import GraphUnavailable, QueryTimedOut
from graph.store.errors import BadInput


@dataclass(frozen=True)
class Outcome:
    status: int
    error: str  # the REST body's `error`
    code: str  # GraphQL's `extensions.code`
    headers: Mapping[str, str] = field(default_factory=dict)

    @property
    def graphql_status(self) -> int | None:
        """The status of a GraphQL response with this error; None: 200, as for any field error."""
        return None if self.status == BAD_INPUT.status else self.status


BAD_INPUT = Outcome(400, "bad_input", "BAD_USER_INPUT")
NOT_FOUND = Outcome(404, "not_found", "NOT_FOUND")
#: Neo4j down, not answering in time, or refusing the service's settings: clients and load
#: balancers retry instead of treating the request as broken.
UNAVAILABLE = Outcome(503, "unavailable", "SERVICE_UNAVAILABLE", {"Retry-After": "5"})
#: Neo4j ended the query at the transaction timeout. No `Retry-After`: the same request would
#: take as long again, so the reason says to ask for less.
TIMED_OUT = Outcome(504, "timeout", "TIMEOUT")
#: A key is missing, unknown or revoked (HTTP wants a challenge with every 401), or too weak.
UNAUTHENTICATED = Outcome(
    401, "unauthenticated", "UNAUTHENTICATED", {"WWW-Authenticate": 'Bearer realm="commitgraph"'}
)
FORBIDDEN = Outcome(403, "forbidden", "FORBIDDEN")


def outcome_of(error: BaseException) -> Outcome | None:
    """The outcome of a failure raised while serving a request; None for one nobody foresaw,
    which the callers answer as an internal error."""
    if isinstance(error, BadInput):
        return BAD_INPUT
    if isinstance(error, QueryTimedOut):  # a GraphUnavailable, with its own answer
        return TIMED_OUT
    if isinstance(error, GraphUnavailable):
        return UNAVAILABLE
    refused = getattr(error, "outcome", None)  # app.auth.AuthError carries its own
    return refused if isinstance(refused, Outcome) else None
