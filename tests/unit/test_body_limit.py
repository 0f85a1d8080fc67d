"""The body-size limit, driven with the ASGI messages a server would send: a body that goes
over the limit midway never reaches the app."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import anyio
from starlette.types import Message

from app.api.body_limit import BodySizeLimit


async def _call(
    middleware: BodySizeLimit,
    messages: Sequence[Mapping[str, Any]],
    headers: Sequence[tuple[bytes, bytes]],
) -> list[Message]:
    """Drive the middleware directly with the ASGI messages a server would send it."""
    sent: list[Message] = []
    pending = [dict(message) for message in messages]

    async def receive() -> Message:
        return pending.pop(0) if pending else {"type": "http.disconnect"}

    async def send(message: Message) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": "/graphql", "headers": list(headers)}
    await middleware(scope, receive, send)
    return sent


def test_the_app_never_sees_a_body_that_goes_over_the_limit_midway() -> None:
    reached: list[bytes] = []

    async def app(scope: Any, receive: Any, send: Any) -> None:
        reached.append((await receive())["body"])
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})

    limit = BodySizeLimit(app, max_bytes=1024)
    over = [{"type": "http.request", "body": b"x" * 600, "more_body": True}] * 2
    sent = anyio.run(_call, limit, over, [])
    assert sent[0]["status"] == 413 and reached == []

    under = [
        {"type": "http.request", "body": b"x" * 500, "more_body": True},
        {"type": "http.request", "body": b"y" * 500, "more_body": False},
    ]
    sent = anyio.run(_call, limit, under, [])
    assert sent[0]["status"] == 200 and reached == [b"x" * 500 + b"y" * 500]

    bad_length = [(b"content-length", b"lots")]
    sent = anyio.run(_call, limit, [{"type": "http.request", "body": b""}], bad_length)
    assert sent[0]["status"] == 400 and len(reached) == 1
