"""Helpers for the API-key tests of every tier."""

from __future__ import annotations

from httpx import Response


def bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def assert_unauthenticated(response: object, reason_part: str) -> None:
    assert isinstance(response, Response)
    assert response.status_code == 401, response.text
    assert response.headers["www-authenticate"].startswith("Bearer")
    body = response.json()
    assert body["error"] == "unauthenticated"
    assert reason_part in body["reason"]
