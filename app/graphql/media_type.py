"""`application/graphql-response+json` for clients that ask for it (GraphQL over HTTP).

Strawberry answers `application/json` only. When the client's Accept names the newer media
type, this middleware relabels the response and applies that media type's status rule:
a request error (no `data` in the body: unparsable or invalid document) is 400, not 200.
"""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send

GRAPHQL_RESPONSE = "application/graphql-response+json"


class GraphQLResponseMediaType:
    def __init__(self, app: ASGIApp, path: str = "/graphql") -> None:
        self.app = app
        self.path = path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] != self.path or not _wants(scope):
            await self.app(scope, receive, send)
            return
        start: Message | None = None
        body = bytearray()

        async def relabel(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
                return
            if message["type"] == "http.response.body" and start is not None:
                body.extend(message.get("body", b""))
                if message.get("more_body"):
                    return
                headers = list(start["headers"])
                status = start["status"]
                content_type = dict(headers).get(b"content-type", b"")
                if content_type.startswith(b"application/json"):
                    headers = [
                        (k, v) for k, v in headers if k not in (b"content-type", b"content-length")
                    ]
                    headers += [
                        (b"content-type", f"{GRAPHQL_RESPONSE}; charset=utf-8".encode()),
                        (b"content-length", str(len(body)).encode()),
                    ]
                    if status == 200 and _is_request_error(bytes(body)):
                        status = 400
                await send({**start, "status": status, "headers": headers})
                await send({"type": "http.response.body", "body": bytes(body)})
                return
            await send(message)

        await self.app(scope, receive, relabel)


def _wants(scope: Scope) -> bool:
    accept = dict(scope.get("headers") or []).get(b"accept", b"").decode("latin-1")
    return GRAPHQL_RESPONSE in accept


def _is_request_error(body: bytes) -> bool:
    try:
        document = json.loads(body)
    except ValueError:
        return False
    return isinstance(document, dict) and "data" not in document
