"""CORS: which other origins' pages may call the API from a browser (`CORS_ORIGINS`).

Off by default: without it a browser lets only the API's own pages (the explorer, GraphiQL)
read its answers. Each listed origin may send `Authorization` and `Content-Type`, with GET and
POST, to any route (preflight answered for /graphql and /api/v1/* alike), and may read `ETag`
so that its cache revalidates. A request from an origin not listed gets no CORS header at
all, so the browser withholds the answer from that page; a preflight from one is refused.
No cookies are used, so no credentials mode is offered.

With `*` (allowed only with anonymous reads, see app/settings.py) any page may read, but may
not send `Authorization`: keys never travel from a page the operator has not listed.
"""

from __future__ import annotations

from fastapi import FastAPI
from starlette.datastructures import Headers, MutableHeaders
from starlette.middleware.cors import CORSMiddleware
from starlette.types import Message, Send

EXPOSED = ["ETag", "Retry-After", "WWW-Authenticate"]


class ListedOriginsOnly(CORSMiddleware):
    """Starlette's, except that an answer to an origin not listed carries no CORS header at
    all (Starlette still sent `Access-Control-Expose-Headers`); it keeps `Vary: Origin`, so a
    shared cache does not hand one origin's answer to another."""

    async def send(self, message: Message, send: Send, request_headers: Headers) -> None:
        origin = request_headers.get("Origin")
        if (
            message["type"] == "http.response.start"
            and origin is not None
            and not self.allow_all_origins
            and not self.is_allowed_origin(origin=origin)
        ):
            headers = MutableHeaders(scope=message)
            headers.add_vary_header("Origin")
            await send(message)
            return
        await super().send(message, send, request_headers)


def install_cors(app: FastAPI, origins: list[str]) -> None:
    """Add the CORS middleware for `origins`; add it last, so that it is outermost and its
    headers reach every answer, the body limit's 413 included."""
    if not origins:
        return
    headers = ["Content-Type"] if origins == ["*"] else ["Authorization", "Content-Type"]
    app.add_middleware(
        ListedOriginsOnly,
        allow_origins=origins,
        allow_methods=["GET", "POST"],
        allow_headers=headers,
        expose_headers=EXPOSED,
        allow_credentials=False,
        max_age=600,
    )
