"""Refuse request bodies larger than `MAX_BODY_BYTES` with 413, before any route sees them.

Every body this API accepts is small (a GraphQL document with its variables, a mutation's
input), so a large one is either a mistake or an attempt to make the server buffer and parse
megabytes. The check sits outermost, in front of authentication, GraphQL parsing and Cypher:

- A `Content-Length` above the limit is refused at once, without reading the body.
- A body without a length (chunked) is read here up to the limit and refused the moment it
  goes over; a body within the limit is handed on unchanged. Buffering at most
  `MAX_BODY_BYTES` per request is what makes the streamed case exact: the route never starts
  on a body that will turn out to be too large, so a refusal can never follow a partial answer.

Pure ASGI (no BaseHTTPMiddleware), so streaming responses and disconnect detection behave as
without it.
"""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send


class BodyTooLarge(Exception):
    """The client sent more than the limit; raised only inside this module."""


class BodySizeLimit:
    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared == "invalid":
            await _refuse(send, 400, "bad_request", "the Content-Length header is not a number")
            return
        if isinstance(declared, int) and declared > self.max_bytes:
            await _refuse(send, 413, "payload_too_large", self._reason(declared))
            return
        try:
            body = await self._read(receive)
        except _Disconnected:
            return
        except BodyTooLarge:
            await _refuse(send, 413, "payload_too_large", self._reason(None))
            return
        await self.app(scope, _replay(body, receive), send)

    def _reason(self, declared: int | None) -> str:
        sent = f" ({declared} bytes were declared)" if declared is not None else ""
        return f"the request body is larger than the limit of {self.max_bytes} bytes{sent}"

    async def _read(self, receive: Receive) -> bytes:
        """The whole body, or BodyTooLarge as soon as it passes the limit."""
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":  # the client went away: nothing to serve
                raise _Disconnected(message)
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                raise BodyTooLarge
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)


class _Disconnected(Exception):
    """The client left before its body was complete: there is no one to answer."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.get("type"))


def _content_length(scope: Scope) -> int | str | None:
    for name, value in scope.get("headers") or []:
        if name == b"content-length":
            try:
                length = int(value)
            except ValueError:
                return "invalid"
            return length if length >= 0 else "invalid"
    return None


def _replay(body: bytes, receive: Receive) -> Receive:
    """A receive that hands out the buffered body once, then listens to the client again."""
    sent = False

    async def replayed() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replayed


async def _refuse(send: Send, status: int, error: str, reason: str) -> None:
    payload = json.dumps({"error": error, "reason": reason}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(payload)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": payload})
