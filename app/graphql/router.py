"""GraphQL over HTTP at /graphql: POST and GET, GraphiQL for browsers, the SDL for tooling.

GraphiQL is this app's own page (app/static/graphiql.html), whose React, GraphiQL and explorer
plugin are vendored into app/static/vendor: strawberry's page loads them from a CDN, and is
blank without internet. `GET /graphql/schema.graphql` serves the schema as SDL, public like
/openapi.json, so that frontend tooling can generate types from it.

Reading needs a reader key, or anonymous reads switched on; the context getter refuses
others with 401/403 before any resolver runs. Resolvers that write check for an editor.

The endpoint is strawberry's plain ASGI view on a Starlette route, not its FastAPI router:
the router builds each request's context through FastAPI's dependency injection and
answers from a FastAPI route, a cost on every request (docs/BENCHMARKS.md) for nothing the
view does not do itself. The app's middleware (body limit, gzip, media type) and its
AuthError handler still apply.

What the view changes in strawberry's transport:

- A request it cannot read (a body that is not UTF-8 or not JSON, nests too deeply, or holds
  a lone UTF-16 surrogate; a GET `variables` or `extensions` parameter likewise; a wrong
  `operationName`) is a 4xx whose JSON body is a GraphQL response without `data`, its one
  error naming what was wrong, with `extensions.code` the HTTP status's name (`BAD_REQUEST`).
  Strawberry answered some of these with a 500 and the rest in plain text.
- A lone surrogate (`"\\ud800"` in JSON) is refused here, once, for the whole body: it is not
  a Unicode character, so it could not be stored or searched, and the Neo4j driver failed on
  it inside whichever resolver received it. (GraphQL string literals cannot carry one:
  graphql-core refuses a surrogate escape, or character, as a syntax error.)
- A mutation over GET is 405 with `Allow: POST` (GraphQL over HTTP), not 400.
- A POST whose body is not declared JSON (no Content-Type, `text/plain`) is 415 Unsupported
  Media Type naming what came, not strawberry's 400 "Unsupported content type".
"""

from __future__ import annotations

import json
import re
from collections import deque
from http import HTTPStatus
from typing import Any

import orjson
from cross_web import AsyncHTTPRequestAdapter, HTTPException
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.http import GraphQLRequestData
from strawberry.http.parse_content_type import parse_content_type
from strawberry.http.types import QueryParams
from strawberry.schema.exceptions import InvalidOperationTypeError
from strawberry.types import ExecutionResult
from strawberry.types.graphql import OperationType

from app.api.routes.explorer import STATIC
from app.auth import check_role, effective_principal
from app.graphql.schema import schema

PATH = "/graphql"
SDL_PATH = "/graphql/schema.graphql"
GRAPHIQL_HTML = (STATIC / "graphiql.html").read_text(encoding="utf-8")

#: A JSON text can only carry a lone surrogate as a `\u` escape in D800-DFFF (raw surrogates
#: are not UTF-8), so a body without one needs no search through its values.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")


class Refused(HTTPException):
    """A request the transport refuses, with the headers its status calls for."""

    def __init__(self, status_code: int, reason: str, headers: dict[str, str] | None = None):
        super().__init__(status_code, reason)
        self.headers = headers or {}


def refusal(error: HTTPException) -> Response:
    """A GraphQL response without `data`: clients read `errors` whatever the status."""
    try:
        code = HTTPStatus(error.status_code).name
    except ValueError:
        code = "BAD_REQUEST"
    body = {"errors": [{"message": error.reason, "extensions": {"code": code}}]}
    headers = error.headers if isinstance(error, Refused) else None
    return Response(orjson.dumps(body), error.status_code, headers, media_type="application/json")


def decode(data: str | bytes, where: str, root: str = "") -> object:
    """JSON in UTF-8, or a `Refused` 400 that says what is wrong with it and where.

    `where` names the text at the start of a message ("The request body"); `root` prefixes
    the paths of the values inside it ("variables" for the GET parameter), so a message
    names the variable as a client wrote it.
    """
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8-sig")  # a byte order mark is harmless; json takes none
        except UnicodeDecodeError as error:
            raise Refused(
                400,
                f"{where} is not UTF-8: {error.reason} 0x{data[error.start]:02x} at byte "
                f"{error.start}; send JSON encoded in UTF-8",
            ) from error
    else:
        text = data
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        raise Refused(
            400,
            f"{where} is not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}",
        ) from error
    except RecursionError as error:
        raise Refused(400, f"{where} nests JSON arrays or objects too deeply to be read") from error
    except ValueError as error:  # what else json raises: an integer of over 4,300 digits
        raise Refused(400, f"{where} holds a number with too many digits to read") from error
    if _SURROGATE_ESCAPE.search(text):
        found = _lone_surrogate(value, root)
        if found is not None:
            path, surrogate = found
            raise Refused(
                400,
                f"{path or where} holds a lone UTF-16 surrogate (\\u{ord(surrogate):04x}), "
                "which is not a Unicode character: escape a character beyond U+FFFF as a "
                "high and a low surrogate together, or send it as UTF-8",
            )
    return value


def _lone_surrogate(value: object, root: str) -> tuple[str, str] | None:
    """The path of the first string (or key) holding a surrogate, and the surrogate.

    json pairs a high and a low surrogate escape into one character, so any surrogate left
    in a decoded string stood alone. Iterative: the value may nest as deep as json reads.
    """
    pending: deque[tuple[object, str]] = deque([(value, root)])
    while pending:
        item, path = pending.popleft()
        if isinstance(item, str):
            if match := _SURROGATE.search(item):
                return path, match.group()
        elif isinstance(item, dict):
            for key, child in item.items():
                if match := _SURROGATE.search(key):
                    return f"A key in {path or 'the request body'}", match.group()
                pending.append((child, f"{path}.{key}" if path else key))
        elif isinstance(item, list):
            pending.extend((child, f"{path}[{index}]") for index, child in enumerate(item))
    return None


class _View(GraphQL[dict[str, Any], None]):
    @property
    def graphql_ide_html(self) -> str:
        return GRAPHIQL_HTML

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """strawberry's, with its refusals (HTTPException) answered in JSON, not plain text.

        A browser's GET gets the GraphiQL page before any key is asked for (strawberry builds
        the context, and so checks the key, first): a browser cannot send a key when it opens
        a page, and the page sends the user's key with every query it makes.
        """
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        request = Request(scope, receive=receive)
        if self.should_render_graphql_ide(self.request_adapter_class(request)):
            await (await self.render_graphql_ide(request))(scope, receive, send)
            return
        try:
            response = await self.run(request)
        except HTTPException as error:
            response = refusal(error)
        await response(scope, receive, send)

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

    def parse_json(self, data: str | bytes) -> Any:
        """The body: a JSON object (or a list, which strawberry refuses as a batch).

        A bare number or string would otherwise reach `.get` and fail with a 500.
        """
        decoded = decode(data, "The request body")
        if not isinstance(decoded, dict | list):
            raise Refused(400, 'The request body must be a JSON object such as {"query": "..."}')
        return decoded

    def decode_json(self, data: str | bytes) -> object:
        return decode(data, "The message")

    def parse_query_params(self, params: QueryParams) -> dict[str, Any]:
        """GET: a `variables` or `extensions` parameter that is not JSON is named as such."""
        parsed: dict[str, Any] = dict(params)
        for name in ("variables", "extensions"):
            if parsed.get(name):
                parsed[name] = decode(parsed[name], f"The {name} query parameter", root=name)
        return parsed

    async def parse_http_body(
        self, request: AsyncHTTPRequestAdapter
    ) -> GraphQLRequestData | list[GraphQLRequestData]:
        """A POST body that is not JSON is 415 naming the type sent; `operationName` must be
        a string (strawberry took any JSON value as a name)."""
        if request.method == "POST":
            content_type, _ = parse_content_type(request.content_type or "")
            if "application/json" not in content_type:
                sent = f"Content-Type {content_type}" if content_type else "no Content-Type"
                raise Refused(
                    415, f"The request came with {sent}: send the body as application/json"
                )
        data = await super().parse_http_body(request)
        if isinstance(data, GraphQLRequestData):
            name: object = data.operation_name
            if name == "":
                data.operation_name = None  # GraphQL over HTTP: the same as leaving it out
            elif name is not None and not isinstance(name, str):
                raise Refused(400, "operationName must be a string or null, if provided")
        return data

    async def execute_single(
        self,
        request: Request,
        request_adapter: AsyncHTTPRequestAdapter,
        sub_response: Response,
        context: dict[str, Any],
        root_value: None,
        request_data: GraphQLRequestData,
    ) -> ExecutionResult:
        try:
            return await super().execute_single(
                request, request_adapter, sub_response, context, root_value, request_data
            )
        except HTTPException as error:
            cause = error.__cause__
            if (
                isinstance(cause, InvalidOperationTypeError)
                and cause.operation_type == OperationType.MUTATION
                and request_adapter.method == "GET"
            ):
                raise Refused(
                    405, "A mutation cannot run over GET: send it with POST", {"Allow": "POST"}
                ) from error
            raise

    def encode_json(self, data: object) -> bytes:
        """orjson: a drawn network is thousands of maps, and the stdlib encoder is ~5× slower."""
        return orjson.dumps(data)


async def sdl(request: Request) -> Response:
    return PlainTextResponse(_SDL, headers={"Cache-Control": "no-cache"})


_SDL = schema.as_str() + "\n"


def graphql_routes() -> list[Route]:
    return [
        Route(PATH, endpoint=_View(schema, graphql_ide="graphiql"), methods=["GET", "POST"]),
        Route(SDL_PATH, endpoint=sdl, methods=["GET"]),
    ]
