"""Give every GraphQL error a machine-readable `extensions.code`.

Resolvers already label what they refuse (`BAD_USER_INPUT`, `SERVICE_UNAVAILABLE`,
`TIMEOUT`, `UNAUTHENTICATED`, `FORBIDDEN`). Errors raised before any resolver runs come from
graphql-core and strawberry without a code; this extension labels them with the codes
clients and tools (Apollo, schemathesis) already understand, so a client can always tell
"my request was wrong" from "the server failed":

- `GRAPHQL_PARSE_FAILED`: the document is not GraphQL.
- `BAD_USER_INPUT`: a variable does not fit its declared type (a `Date` that is not a date).
- `GRAPHQL_VALIDATION_FAILED`: the document does not fit the schema, or is beyond the depth,
  alias or token limits.
- `OPERATION_RESOLUTION_FAILURE` (labelled where it is raised, `document_cache`): the request
  does not say which of the document's operations to run, or names none of them.
- `UNSERVABLE_VALUE`: the graph holds a value the API cannot serve (a role, status, kind,
  date basis or completeness outside its vocabulary, written by a tool that skipped
  `commitgraph load`'s checks): a field error that names the node (or relationship) by label
  and id, the property and the value, so the data can be corrected. Only what holds the value
  is lost (app/graphql/executor.py).
- `INTERNAL_SERVER_ERROR`: anything else, i.e. a resolver failed in a way nobody foresaw;
  the message is replaced, so internals (Cypher, driver messages) never reach the client.

Each error is logged once, at the level its code deserves (`LevelledErrorsSchema`):
strawberry's own `process_errors` logs every error at ERROR, with a traceback for an argument
a client got wrong, so one analyst's typo read like a failure of the service.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from typing import Any

import strawberry
from graphql import (
    DocumentNode,
    FieldNode,
    GraphQLError,
    OperationDefinitionNode,
    VariableNode,
    print_ast,
)
from strawberry.extensions import SchemaExtension
from strawberry.types import ExecutionContext

from graph.compile.unservable import Unservable
from graph.store.driver import GraphUnavailable

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


#: graphql-core's words when an enum field gets a value that is none of the enum's.
_NOT_IN_ENUM = re.compile(r"^Enum '(?P<enum>\w+)' cannot represent value: (?P<value>.+)$")


UNSERVABLE = "UNSERVABLE_VALUE"


def unservable_value(mark: dict[str, Any]) -> GraphQLError:
    """The field error for a value the query marked as outside its vocabulary
    (graph/compile/unservable.py); graphql-core adds where it is in the response."""
    value = Unservable.of(mark)
    return GraphQLError(
        f"{value.problem()} (docs/DATA-MODEL.md); it was "
        "written without the checks of `commitgraph load` and needs correcting. The answer "
        "is given without it.",
        extensions={"code": UNSERVABLE, **value.as_dict()},
    )


def is_unservable(error: GraphQLError) -> bool:
    """Whether `error` is about a stored value the API cannot serve, rather than a failure."""
    if (error.extensions or {}).get("code") == UNSERVABLE:
        return True
    return _NOT_IN_ENUM.match(error.message) is not None


def unservable(
    error: GraphQLError, document: DocumentNode | None, variables: dict[str, Any] | None
) -> GraphQLError | None:
    """A stored value outside an enum that reached graphql-core unmarked (every enum field
    compiled from the graph is marked first, `unservable_value`), as a field error naming it
    and the root field's node; None for any other error."""
    match = _NOT_IN_ENUM.match(error.message)
    if match is None or not error.path:
        return None
    node = _root_call(document, str(error.path[0]), variables or {})
    path = ".".join(str(step) for step in error.path)
    return GraphQLError(
        f"{path}: the graph holds {match['value']}, which is not a {match['enum']} this API "
        f"serves, under {node}; it was written without the checks of `commitgraph load`, "
        "so the data needs correcting",
        nodes=error.nodes,
        source=error.source,
        positions=error.positions,
        path=error.path,
        original_error=None,
        extensions={"code": "UNSERVABLE_VALUE", "value": match["value"], "node": node},
    )


def _root_call(document: DocumentNode | None, response_key: str, variables: dict[str, Any]) -> str:
    """`initiative(id: "kri-digital-deterrence-campaign")`: the root field an error is under,
    with its arguments, which name the node it asked for."""
    for definition in document.definitions if document is not None else ():
        if not isinstance(definition, OperationDefinitionNode):
            continue
        for selection in definition.selection_set.selections:
            if not isinstance(selection, FieldNode):
                continue
            if (selection.alias or selection.name).value != response_key:
                continue
            arguments = ", ".join(
                f"{a.name.value}: "
                + (
                    repr(variables.get(a.value.name.value))
                    if isinstance(a.value, VariableNode)
                    else print_ast(a.value)
                )
                for a in selection.arguments or ()
            )
            return f"{selection.name.value}({arguments})" if arguments else selection.name.value
    return response_key


def labelled(
    error: GraphQLError,
    document: DocumentNode | None = None,
    variables: dict[str, Any] | None = None,
) -> GraphQLError:
    if (error.extensions or {}).get("code"):
        return error
    served = unservable(error, document, variables)
    if served is not None:
        log.warning("GraphQL: %s", served.message)
        return served
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
            context = self.execution_context
            document = getattr(context, "graphql_document", None)
            variables = getattr(context, "variables", None)
            result.errors = [labelled(error, document, variables) for error in errors]


def log_error(error: GraphQLError) -> None:
    """Neo4j's absence, or a query it ended at the timeout, at WARNING with the driver's
    reason; a value the API cannot serve at WARNING, for an operator to correct the data; a
    client's mistake (parse, validation, variables, arguments, roles) at DEBUG; and
    nothing for an unexpected error, which `labelled` logs at ERROR with its traceback once
    the operation ends."""
    code = (error.extensions or {}).get("code") or code_for(error)
    if code == UNSERVABLE:
        log.warning("GraphQL: %s", error.message)
    elif code in ("SERVICE_UNAVAILABLE", "TIMEOUT"):
        cause = _unavailable(error)
        field = ".".join(str(step) for step in error.path or []) or "?"
        reason = cause.for_operators if cause is not None else error.message
        log.warning("GraphQL field %s answered %s: %s", field, code, reason)
    elif code != "INTERNAL_SERVER_ERROR":
        log.debug("GraphQL %s: %s", code, error.message)


def _unavailable(error: BaseException | None) -> GraphUnavailable | None:
    """The GraphUnavailable behind a GraphQL error: graphql-core wraps what the resolver
    raised, which `app.graphql.resolving.answering` raised from the GraphUnavailable."""
    seen = 0
    while error is not None and seen < 5:
        if isinstance(error, GraphUnavailable):
            return error
        error = getattr(error, "original_error", None) or error.__cause__
        seen += 1
    return None


class LevelledErrorsSchema(strawberry.Schema):
    """strawberry's Schema, logging each error at the level `log_error` gives it."""

    def process_errors(
        self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None
    ) -> None:
        for error in errors:
            log_error(error)
