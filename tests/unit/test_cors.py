"""CORS: only the listed origins' pages may call the API from a browser, with a key.

These check the headers a browser acts on; tests/system/test_cors_browser.py shows Chromium
acting on them. No Neo4j is needed: preflights and headers are answered before any query.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from httpx import Response
from pydantic import ValidationError

from app.main import create_app
from app.settings import ApiSettings
from graph.store.settings import GraphSettings

LISTED = "http://localhost:5173"
OTHER = "http://127.0.0.1:5174"


def preflight(client: TestClient, path: str, origin: str, method: str = "POST") -> Response:
    answer: Response = client.options(
        path,
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": method,
            "Access-Control-Request-Headers": "authorization, content-type",
        },
    )
    return answer


@pytest.fixture(autouse=True)
def no_env_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings from the environment the test sets, not a developer's `.env`."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CORS_ORIGINS", raising=False)


@pytest.fixture
def cors_client(graph_settings: GraphSettings) -> Iterator[TestClient]:
    with TestClient(create_app(graph_settings, cors_origins=[LISTED])) as client:
        yield client


@pytest.mark.parametrize(
    ("path", "method"),
    [
        ("/graphql", "POST"),
        ("/graphql", "GET"),
        ("/api/v1/network", "GET"),
        ("/api/v1/search", "GET"),
    ],
)
def test_a_listed_origin_may_send_a_key_and_json_to_graphql_and_rest(
    cors_client: TestClient, path: str, method: str
) -> None:
    response = preflight(cors_client, path, LISTED, method)
    assert response.status_code == 200, response.text
    assert response.headers["access-control-allow-origin"] == LISTED
    allowed = response.headers["access-control-allow-headers"].lower()
    assert "authorization" in allowed and "content-type" in allowed
    assert method in response.headers["access-control-allow-methods"]
    assert "access-control-allow-credentials" not in response.headers


def test_a_listed_origin_reads_the_etag_of_an_answer(cors_client: TestClient) -> None:
    response = cors_client.get("/healthz", headers={"Origin": LISTED})
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == LISTED
    assert "etag" in response.headers["access-control-expose-headers"].lower()
    assert "origin" in response.headers["vary"].lower()  # shared caches keep answers apart


def test_an_origin_not_listed_gets_no_cors_header_and_its_preflight_is_refused(
    cors_client: TestClient,
) -> None:
    response = cors_client.get("/healthz", headers={"Origin": OTHER})
    assert response.status_code == 200
    assert not [name for name in response.headers if name.startswith("access-control-")]
    assert "origin" in response.headers["vary"].lower()
    refused = preflight(cors_client, "/graphql", OTHER)
    assert refused.status_code == 400
    assert "access-control-allow-origin" not in refused.headers


def test_cors_is_off_by_default(graph_settings: GraphSettings) -> None:
    assert ApiSettings().cors_origins == []
    with TestClient(create_app(graph_settings, cors_origins=[])) as client:
        response = client.get("/healthz", headers={"Origin": LISTED})
        assert "access-control-allow-origin" not in response.headers
        assert preflight(client, "/graphql", LISTED).status_code == 405


def test_a_page_on_a_listed_origin_can_read_a_413(cors_client: TestClient) -> None:
    response = cors_client.post(
        "/graphql",
        content=b"{" + b" " * 70_000 + b"}",
        headers={"Origin": LISTED, "Content-Type": "application/json"},
    )
    assert response.status_code == 413
    assert response.headers["access-control-allow-origin"] == LISTED


def test_the_wildcard_lets_any_page_read_without_a_key_but_never_send_one(
    graph_settings: GraphSettings,
) -> None:
    with TestClient(create_app(graph_settings, cors_origins=["*"])) as client:
        response = preflight(client, "/graphql", OTHER)
        assert response.status_code == 400  # it asked to send Authorization
        plain = client.options(
            "/graphql",
            headers={
                "Origin": OTHER,
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "content-type",
            },
        )
        assert plain.status_code == 200
        assert plain.headers["access-control-allow-origin"] == "*"


@pytest.mark.parametrize(
    ("value", "named"),
    [
        ("*", "ANONYMOUS_READS"),
        ("*,http://localhost:5173", "stands alone"),
        ("http://localhost:5173/", "no path or trailing slash"),
        ("http://LOCALHOST:5173", "lower case"),
        ("localhost:5173", "scheme://host"),
        ("ftp://files.example", "scheme://host"),
    ],
)
def test_an_origin_a_browser_never_sends_is_refused_naming_the_fix(
    monkeypatch: pytest.MonkeyPatch, value: str, named: str
) -> None:
    monkeypatch.setenv("CORS_ORIGINS", value)
    monkeypatch.setenv("ANONYMOUS_READS", "false")
    with pytest.raises(ValidationError, match=named):
        ApiSettings()


def test_origins_are_read_comma_separated_and_the_wildcard_with_anonymous_reads(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CORS_ORIGINS", " http://localhost:5173, https://app.example.org ")
    assert ApiSettings().cors_origins == [LISTED, "https://app.example.org"]
    monkeypatch.setenv("CORS_ORIGINS", "*")
    monkeypatch.setenv("ANONYMOUS_READS", "true")
    assert ApiSettings().cors_origins == ["*"]


def test_the_sdl_is_served_as_text_for_code_generators(graph_settings: GraphSettings) -> None:
    with TestClient(create_app(graph_settings)) as client:
        response = client.get("/graphql/schema.graphql")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    assert "type Query {" in response.text
    assert "initiatives(" in response.text
