"""How the REST API answers when a request cannot be served: JSON, never a bare 500.

The status, the body's `error` and the headers of each kind of failure are app/outcomes.py's;
this module renders them as an `ErrorBody`:

- `graph.store.errors.BadInput` (an argument a person supplied is wrong), naming it.
- FastAPI's `RequestValidationError` (a parameter of the wrong type, or missing) as the same
  bad input, not FastAPI's 422 with pydantic's `detail` list: a client handles one shape.
- `graph.store.driver.GraphUnavailable` and `QueryTimedOut`: what an operator must fix goes
  to the log, not to the client.

GraphQL reports its own errors in the response body; these handlers only see what escapes
a REST route.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from app.outcomes import (
    BAD_INPUT,
    NOT_FOUND,
    TIMED_OUT,
    UNAUTHENTICATED,
    UNAVAILABLE,
    Outcome,
    outcome_of,
)
from graph.store.driver import GraphUnavailable
from graph.store.errors import BadInput

log = logging.getLogger("commitgraph.api")


class ErrorBody(BaseModel):
    """The body of every REST error this module renders."""

    error: str
    reason: str
    argument: str | None = None


def error_response(outcome: Outcome, reason: str, argument: str | None = None) -> JSONResponse:
    body = ErrorBody(error=outcome.error, reason=reason, argument=argument)
    headers = dict(outcome.headers) or None
    return JSONResponse(body.model_dump(), status_code=outcome.status, headers=headers)


def bad_input_response(error: BadInput) -> JSONResponse:
    return error_response(BAD_INPUT, error.message, error.argument)


def _invalid_parameter(error: RequestValidationError) -> BadInput:
    """The first of pydantic's complaints, as a BadInput naming the parameter."""
    problems = error.errors()
    first = problems[0] if problems else {}
    location = [str(part) for part in first.get("loc", ())]
    argument = location[-1] if location else "request"
    if first.get("type") == "missing":
        reason = "is required"
    else:
        shown = repr(first.get("input"))
        shown = shown if len(shown) <= 60 else shown[:57] + "..."
        reason = f"{first.get('msg', 'is not valid')}, got {shown}"
    if len(problems) > 1:
        reason += f" (and {len(problems) - 1} more problem{'s' if len(problems) > 2 else ''})"
    return BadInput(argument, reason)


def not_found_response(reason: str) -> JSONResponse:
    return error_response(NOT_FOUND, reason)


#: For `responses=` on routes, so /docs shows the error bodies.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    BAD_INPUT.status: {
        "model": ErrorBody,
        "description": "A parameter is wrong; `argument` names it",
    },
    UNAUTHENTICATED.status: {
        "description": "No API key (with anonymous reads off), or an unknown or revoked key"
    },
    UNAVAILABLE.status: {"model": ErrorBody, "description": "Neo4j is unavailable; retry later"},
    TIMED_OUT.status: {
        "model": ErrorBody,
        "description": "The query ran past the time one request may take; ask for less",
    },
}


def install_error_handlers(app: FastAPI) -> None:
    async def bad_input(request: Request, error: Exception) -> JSONResponse:
        assert isinstance(error, BadInput)
        return bad_input_response(error)

    async def invalid(request: Request, error: Exception) -> JSONResponse:
        assert isinstance(error, RequestValidationError)
        return bad_input_response(_invalid_parameter(error))

    async def unavailable(request: Request, error: Exception) -> JSONResponse:
        assert isinstance(error, GraphUnavailable)  # QueryTimedOut included
        outcome = outcome_of(error) or UNAVAILABLE
        # The client learns that Neo4j is away; where it was looked for, and why it did not
        # answer, are the operators' to read.
        log.warning(
            "%s %s answered %d: %s",
            request.method, request.url.path, outcome.status, error.for_operators,
        )  # fmt: skip
        return error_response(outcome, str(error))

    app.add_exception_handler(BadInput, bad_input)
    app.add_exception_handler(RequestValidationError, invalid)
    _document_400_not_422(app)
    app.add_exception_handler(GraphUnavailable, unavailable)


def _document_400_not_422(app: FastAPI) -> None:
    """FastAPI documents a 422 for every route with parameters; this API answers those as 400
    (listed in ERROR_RESPONSES), so /openapi.json should not promise a 422 it never sends."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = generate()
            for path in schema.get("paths", {}).values():
                for operation in path.values():
                    operation.get("responses", {}).pop("422", None)
            for name in ("HTTPValidationError", "ValidationError"):
                schema.get("components", {}).get("schemas", {}).pop(name, None)
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
