"""GraphQL over HTTP at /graphql: POST and GET, GraphiQL for browsers.

Reading needs a reader key, or anonymous reads switched on; the context getter refuses
others with 401/403 before any resolver runs. Resolvers that write check for an editor.

The endpoint is strawberry's plain ASGI view on a Starlette route, not its FastAPI router:
the router builds each request's context through FastAPI's dependency injection and
answers from a FastAPI route, and that cost 0.4-0.5 ms per request here (shortestPath at
scale 10, p50, docs/BENCHMARKS.md) for nothing the view does not do itself. The app's
middleware (body limit, gzip, media type) and its AuthError handler still apply.
"""

from __future__ import annotations

import json
from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL

from app.auth import check_role, effective_principal
from app.graphql.schema import schema

PATH = "/graphql"


class _View(GraphQL[dict[str, Any], None]):
    async def get_context(
        self, request: Request | WebSocket, response: Response | WebSocket
    ) -> dict[str, Any]:
        assert isinstance(request, Request)  # no subscriptions, so no websocket requests
        principal = check_role(await effective_principal(request), "reader")
        return {
            "graph": request.app.state.graph,
            "request": request,
            "response": response,
            "principal": principal,
        }

    def decode_json(self, data: str | bytes) -> object:
        """JSON that is not an object (nor a batch list) is a 400, not strawberry's 500.

        Strawberry answers a JSONDecodeError with 400 "Unable to parse request body as JSON";
        a bare number or string would otherwise reach `.get` and fail with a 500.
        """
        decoded = super().decode_json(data)
        if not isinstance(decoded, dict | list):
            text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
            raise json.JSONDecodeError("the request body must be a JSON object", text, 0)
        return decoded

    def encode_json(self, data: object) -> bytes:
        """orjson: a drawn network is thousands of maps, and the stdlib encoder is ~5× slower."""
        return orjson.dumps(data)


def graphql_route() -> Route:
    return Route(PATH, endpoint=_View(schema, graphql_ide="graphiql"), methods=["GET", "POST"])
