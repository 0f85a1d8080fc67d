"""Give every GraphQL error a machine-readable `extensions.code`.

Resolvers already label what they refuse (`BAD_USER_INPUT`, `SERVICE_UNAVAILABLE`,
`UNAUTHENTICATED`, `FORBIDDEN`). Errors raised before any resolver runs come from
graphql-core and strawberry without a code; this extension labels them with the codes
clients and tools (Apollo, schemathesis) already understand, so a client can always tell
"my request was wrong" from "the server failed":

- `GRAPHQL_PARSE_FAILED`: the document is not GraphQL.
- `BAD_USER_INPUT`: a variable does not fit its declared type (a `Date` that is not a date).
- `GRAPHQL_VALIDATION_FAILED`: the document does not fit the schema, or is beyond the depth,
  alias or token limits.
- `INTERNAL_SERVER_ERROR`: anything else, i.e. a resolver failed in a way nobody foresaw;
  the message is replaced, so internals (Cypher, driver messages) never reach the client.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

from graphql import GraphQLError
from strawberry.extensions import SchemaExtension

log = logging.getLogger("commitgraph.graphql")

UNEXPECTED = "Unexpected error while answering; it has been logged."


def code_for(error: GraphQLError) -> str:
    if error.path is not None:
        return "INTERNAL_SERVER_ERROR"
    if error.message.startswith("Syntax Error"):
        return "GRAPHQL_PARSE_FAILED"
    if error.message.startswith("Variable '$"):
        return "BAD_USER_INPUT"
    return "GRAPHQL_VALIDATION_FAILED"


def labelled(error: GraphQLError) -> GraphQLError:
    if (error.extensions or {}).get("code"):
        return error
    code = code_for(error)
    if code == "INTERNAL_SERVER_ERROR":
        log.error("unexpected error in a resolver", exc_info=error.original_error or error)
        return GraphQLError(
            UNEXPECTED,
            nodes=error.nodes,
            source=error.source,
            positions=error.positions,
            path=error.path,
            original_error=None,
            extensions={"code": code},
        )
    error.extensions = {**(error.extensions or {}), "code": code}
    return error


class ErrorCodes(SchemaExtension):
    def on_operation(self) -> Iterator[None]:
        yield
        result: Any = self.execution_context.result
        errors = getattr(result, "errors", None)
        if errors:
            result.errors = [labelled(error) for error in errors]
