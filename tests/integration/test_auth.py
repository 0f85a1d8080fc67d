"""API keys on the real app: /metrics turns away a missing, bad, revoked or small key.

Roles and the keys file by themselves are in tests/unit/test_auth_keys.py, the `keys` command
in tests/system/test_keys_cli.py.
"""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from app.auth import key_store
from app.main import create_app
from graph.store.settings import GraphSettings
from tests.support.auth import assert_unauthenticated, bearer

# --- /metrics on the real app --------------------------------------------------------------


def test_metrics_without_a_key_is_401_with_a_bearer_challenge(
    client: TestClient, keys_file: Path
) -> None:
    assert_unauthenticated(client.get("/metrics"), "Bearer KEY")


def test_metrics_with_a_bad_key_is_401(client: TestClient, admin_key: str) -> None:
    key_id = admin_key.split("_")[1]
    wrong_secret = f"cg_{key_id}_{'x' * 43}"
    for key in ("cg_ffffffff_nothing-like-it", wrong_secret, "not-even-shaped-like-a-key"):
        assert_unauthenticated(client.get("/metrics", headers=bearer(key)), "unknown or invalid")
    for header in (f"Basic {admin_key}", "Bearer", admin_key):
        response = client.get("/metrics", headers={"Authorization": header})
        assert_unauthenticated(response, "Bearer KEY")


def test_a_revoked_key_is_401(client: TestClient, keys_file: Path, admin_key: str) -> None:
    assert client.get("/metrics", headers=bearer(admin_key)).status_code == 200
    key_store(keys_file).revoke(admin_key.split("_")[1])
    assert_unauthenticated(client.get("/metrics", headers=bearer(admin_key)), "revoked")


def test_reader_and_editor_keys_are_403_on_metrics_naming_admin(
    client: TestClient, reader_key: str, editor_key: str
) -> None:
    for key in (reader_key, editor_key):
        response = client.get("/metrics", headers=bearer(key))
        assert response.status_code == 403
        assert response.json()["error"] == "forbidden"
        assert response.json()["requiredRole"] == "admin"
        assert "admin" in response.json()["reason"]
        assert "www-authenticate" not in response.headers


def test_an_admin_key_reads_metrics_with_the_cypher_query_counter(
    client: TestClient, admin_key: str
) -> None:
    assert client.get("/readyz").status_code == 200  # one "ping" round trip to Neo4j
    response = client.get("/metrics", headers=bearer(admin_key))
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    assert 'commitgraph_cypher_queries_total{operation="ping"}' in response.text


def test_an_unreadable_keys_file_refuses_every_key_rather_than_failing(
    client: TestClient, keys_file: Path, admin_key: str
) -> None:
    keys_file.write_text("{ this is not json")
    assert_unauthenticated(client.get("/metrics", headers=bearer(admin_key)), "unknown")


def test_create_app_can_pin_its_own_keys_file(
    graph_settings: GraphSettings, keys_file: Path, admin_key: str, tmp_path: Path
) -> None:
    other = tmp_path / "other-keys.json"
    other_admin, _ = key_store(other).create("admin", name="pinned")
    pinned = create_app(graph_settings, api_keys_file=other, anonymous_reads=True)
    with TestClient(pinned) as pinned_client:
        assert pinned_client.get("/metrics", headers=bearer(other_admin)).status_code == 200
        assert pinned_client.get("/metrics", headers=bearer(admin_key)).status_code == 401
        # anonymous reads make a reader, never an admin
        assert_unauthenticated(pinned_client.get("/metrics"), "admin")


# --- the CLI, against a running app ----------------------------------------------------------


# --- router dependencies: reader_access and require_role -------------------------------------
