"""`application/graphql-response+json` for clients that ask for it (GraphQL over HTTP).

Strawberry answers `application/json` only. When the client's Accept names the newer media
type, this middleware relabels the response and applies that media type's status rules:

- A request error (the document does not parse or validate, the operation cannot be told,
  a variable does not fit its type: an error raised before execution, so no error has a
  `path`) has no `data` entry and is 400. Strawberry writes `"data": null` for these too,
  so the entry is taken out here, as the GraphQL spec has it for request errors.
- A field error that nulls `data` during execution (a non-null root field failed; its error
  has a `path`) keeps `"data": null` and stays 200 (or the 503/504 its resolver set): the
  operation ran, and GraphQL over HTTP counts that as a partial response, not a 4xx.

Under plain `application/json` both stay 200 with `"data": null`, as strawberry answers.
"""

from __future__ import annotations

import orjson
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
                    if status == 200 and (without_data := _request_error(bytes(body))):
                        status = 400
                        body[:] = without_data
                    headers = [
                        (k, v) for k, v in headers if k not in (b"content-type", b"content-length")
                    ]
                    headers += [
                        (b"content-type", f"{GRAPHQL_RESPONSE}; charset=utf-8".encode()),
                        (b"content-length", str(len(body)).encode()),
                    ]
                await send({**start, "status": status, "headers": headers})
                await send({"type": "http.response.body", "body": bytes(body)})
                return
            await send(message)

        await self.app(scope, receive, relabel)


def _wants(scope: Scope) -> bool:
    accept = dict(scope.get("headers") or []).get(b"accept", b"").decode("latin-1")
    return GRAPHQL_RESPONSE in accept


def _request_error(body: bytes) -> bytes | None:
    """The body without its `data` entry when it answers a request error, else None.

    strawberry writes `data` first, so an answer with data (all the large ones) is told
    from its first bytes without reading the rest.
    """
    if not body.startswith(b'{"data":null'):
        return None
    try:
        document = orjson.loads(body)
    except orjson.JSONDecodeError:
        return None
    if not isinstance(document, dict) or document.get("data") is not None:
        return None
    errors = document.get("errors")
    if not isinstance(errors, list) or not errors:
        return None
    if any(isinstance(error, dict) and error.get("path") for error in errors):
        return None  # a field error during execution: a partial response
    del document["data"]
    return orjson.dumps(document)
