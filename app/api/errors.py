"""How the REST API answers when a request cannot be served: JSON, never a bare 500.

- `graph.errors.BadInput` (an argument a person supplied is wrong) -> 400, naming it.
- `graph.driver.GraphUnavailable` (Neo4j down, not answering in time, or refusing the
  service's settings) -> 503, so clients and load balancers retry instead of treating the
  request as broken; what an operator must fix goes to the log, not to the client.
- `graph.driver.QueryTimedOut` (Neo4j ended the query at the transaction timeout) -> 504,
  without `Retry-After`: the same request would take as long again, so the reason says to
  ask for less.

GraphQL reports its own errors in the response body; these handlers only see what escapes
a REST route.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from graph.driver import GraphUnavailable, QueryTimedOut
from graph.errors import BadInput

log = logging.getLogger("commitgraph.api")


class ErrorBody(BaseModel):
    """The body of every REST error this module renders."""

    error: str
    reason: str
    argument: str | None = None


def bad_input_response(error: BadInput) -> JSONResponse:
    body = ErrorBody(error="bad_input", reason=error.message, argument=error.argument)
    return JSONResponse(body.model_dump(), status_code=400)


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
    app.add_exception_handler(GraphUnavailable, unavailable)
    app.add_exception_handler(QueryTimedOut, timed_out)  # found first: handlers go by the MRO
