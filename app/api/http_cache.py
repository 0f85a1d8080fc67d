"""Conditional GETs for /api/v1: an ETag that hashes the body, and Cache-Control.

The graph changes only when the data team loads a file, so most answers repeat: a client
that sends back the ETag gets 304 Not Modified instead of the network again, and browsers
may reuse an answer for a minute without asking. The ETag is weak (`W/`) because the gzip
middleware may re-encode the body; the content, which is what it hashes, is the same.
"""

from __future__ import annotations

import hashlib

from fastapi import Request, Response
from pydantic import BaseModel

MAX_AGE = 60


def etag_of(body: bytes) -> str:
    return f'W/"{hashlib.sha256(body).hexdigest()[:32]}"'


def _matches(if_none_match: str | None, etag: str) -> bool:
    if not if_none_match:
        return False
    if if_none_match.strip() == "*":
        return True
    opaque = etag.removeprefix("W/")
    return any(tag.strip().removeprefix("W/") == opaque for tag in if_none_match.split(","))


def cached(
    request: Request,
    body: bytes,
    media_type: str,
    headers: dict[str, str] | None = None,
) -> Response:
    """`body` with ETag and Cache-Control, or an empty 304 when the client already has it.

    An answer to a request that carried credentials is `private`: a shared cache must not
    hand it to someone without them.
    """
    etag = etag_of(body)
    scope = "private" if "authorization" in request.headers else "public"
    common = {"ETag": etag, "Cache-Control": f"{scope}, max-age={MAX_AGE}", **(headers or {})}
    if _matches(request.headers.get("if-none-match"), etag):
        return Response(status_code=304, headers=common)
    return Response(content=body, media_type=media_type, headers=common)


def cached_json(request: Request, model: BaseModel) -> Response:
    return cached(request, model.model_dump_json().encode("utf-8"), "application/json")
