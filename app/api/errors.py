"""How the REST API answers when a request cannot be served: JSON, never a bare 500.

- `graph.store.errors.BadInput` (an argument a person supplied is wrong) -> 400, naming it.
- FastAPI's `RequestValidationError` (a parameter of the wrong type, or missing) -> the same
  400 body, not FastAPI's 422 with pydantic's `detail` list: a client handles one shape.
- `graph.store.driver.GraphUnavailable` (Neo4j down, not answering in time, or refusing the
  service's settings) -> 503, so clients and load balancers retry instead of treating the
  request as broken; what an operator must fix goes to the log, not to the client.
- `graph.store.driver.QueryTimedOut` (Neo4j ended the query at the transaction timeout) -> 504,
  without `Retry-After`: the same request would take as long again, so the reason says to
  ask for less.

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

from graph.store.driver import GraphUnavailable, QueryTimedOut
from graph.store.errors import BadInput

log = logging.getLogger("commitgraph.api")


class ErrorBody(BaseModel):
    """The body of every REST error this module renders."""

    error: str
    reason: str
    argument: str | None = None


def bad_input_response(error: BadInput) -> JSONResponse:
    body = ErrorBody(error="bad_input", reason=error.message, argument=error.argument)
    return JSONResponse(body.model_dump(), status_code=400)


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
    return JSONResponse(ErrorBody(error="not_found", reason=reason).model_dump(), status_code=404)


#: For `responses=` on routes, so /docs shows the error bodies.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "A parameter is wrong; `argument` names it"},
    401: {"description": "No API key (with anonymous reads off), or an unknown or revoked key"},
    503: {"model": ErrorBody, "description": "Neo4j is unavailable; retry later"},
    504: {
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
        assert isinstance(error, GraphUnavailable)
        # The client learns that Neo4j is away; where it was looked for, and why it did not
        # answer, are the operators' to read.
        log.warning("%s %s answered 503: %s", request.method, request.url.path, error.for_operators)
        body = ErrorBody(error="unavailable", reason=str(error))
        return JSONResponse(body.model_dump(), status_code=503, headers={"Retry-After": "5"})

    async def timed_out(request: Request, error: Exception) -> JSONResponse:
        assert isinstance(error, QueryTimedOut)
        log.warning("%s %s answered 504: %s", request.method, request.url.path, error.for_operators)
        return JSONResponse(
            ErrorBody(error="timeout", reason=str(error)).model_dump(), status_code=504
        )

    app.add_exception_handler(BadInput, bad_input)
    app.add_exception_handler(RequestValidationError, invalid)
    _document_400_not_422(app)
    app.add_exception_handler(GraphUnavailable, unavailable)
    app.add_exception_handler(QueryTimedOut, timed_out)  # found first: handlers go by the MRO


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
