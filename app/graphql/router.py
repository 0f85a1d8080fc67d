"""GraphQL over HTTP at /graphql: POST and GET, GraphiQL for browsers.

Reading needs a reader key, or anonymous reads switched on; the context getter refuses
others with 401/403 before any resolver runs. Resolvers that write check for an editor.
"""

from __future__ import annotations

import json
from typing import Any

import orjson
from fastapi import Request, Response
from strawberry.fastapi import GraphQLRouter

from app.auth import check_role, effective_principal
from app.graphql.schema import schema


async def get_context(request: Request, response: Response) -> dict[str, Any]:
    principal = check_role(await effective_principal(request), "reader")
    return {
        "graph": request.app.state.graph,
        "request": request,
        "response": response,
        "principal": principal,
    }


class _Router(GraphQLRouter[Any, Any]):
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


def graphql_router() -> GraphQLRouter[Any, Any]:
    return _Router(schema, path="/graphql", context_getter=get_context, graphql_ide="graphiql")
