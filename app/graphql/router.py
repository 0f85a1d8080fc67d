"""GraphQL over HTTP at /graphql: POST and GET, GraphiQL for browsers.

Reading needs a reader key, or anonymous reads switched on; the context getter refuses
others with 401/403 before any resolver runs. Resolvers that write check for an editor.
"""

from __future__ import annotations

from typing import Any

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


def graphql_router() -> GraphQLRouter[Any, Any]:
    return GraphQLRouter(
        schema, path="/graphql", context_getter=get_context, graphql_ide="graphiql"
    )
