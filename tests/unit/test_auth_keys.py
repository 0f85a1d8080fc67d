"""API keys and roles without the app's Neo4j: who gets in, who is turned away, with which status.

The routes here are a small app built from the same auth dependencies the REST and GraphQL
layers attach; the real app's /metrics is in tests/integration/test_auth.py.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.testclient import TestClient

from app.auth import (
    AuthError,
    Principal,
    check_role,
    install_auth,
    key_store,
    reader_access,
    require_role,
    role_at_least,
)
from tests.support.auth import assert_unauthenticated, bearer


def small_app(**overrides: object) -> FastAPI:
    """A test-only app built from the auth dependencies the REST and GraphQL layers attach."""
    app = FastAPI()
    install_auth(app, **overrides)  # type: ignore[arg-type]
    reads = APIRouter(dependencies=[reader_access])

    @reads.get("/things")
    async def things(request: Request) -> dict[str, str]:
        who: Principal = request.state.principal
        return {"as": who.name, "role": who.role}

    @reads.post("/things")
    async def add_thing(who: Principal = Depends(require_role("editor"))) -> dict[str, str]:
        return {"by": who.name}

    app.include_router(reads)
    return app


def test_roles_are_ordered_reader_editor_admin() -> None:
    reader = Principal("r", "reader", "00000001")
    editor = Principal("e", "editor", "00000002")
    admin = Principal("a", "admin", "00000003")
    assert [role_at_least(p, "editor") for p in (None, reader, editor, admin)] == [
        False,
        False,
        True,
        True,
    ]
    assert role_at_least(reader, "reader")
    assert not role_at_least(editor, "admin")
    assert role_at_least(admin, "admin")


def test_a_principal_is_labelled_for_audit_records_by_name_and_key_id() -> None:
    assert Principal("curation team", "editor", "3f9a1c2b").label == "curation team (3f9a1c2b)"
    assert Principal("anonymous", "reader").label == "anonymous"


def test_an_unknown_role_name_is_refused_with_the_roles_there_are() -> None:
    with pytest.raises(ValueError, match="reader, editor, admin"):
        role_at_least(Principal("a", "admin", "00000003"), "owner")


def test_check_role_says_401_without_a_key_and_403_for_a_small_one() -> None:
    with pytest.raises(AuthError) as no_key:
        check_role(None, "reader")
    assert no_key.value.status == 401
    anonymous = Principal("anonymous", "reader")
    assert check_role(anonymous, "reader") is anonymous
    with pytest.raises(AuthError) as anonymous_writes:
        check_role(anonymous, "editor")
    assert anonymous_writes.value.status == 401
    with pytest.raises(AuthError) as small:
        check_role(Principal("r", "reader", "00000001"), "editor")
    assert small.value.status == 403
    assert small.value.required == "editor"


def test_the_keys_file_holds_hashes_and_never_a_key(
    keys_file: Path, admin_key: str, reader_key: str
) -> None:
    text = keys_file.read_text()
    assert admin_key not in text
    assert reader_key not in text
    assert admin_key.split("_", 2)[2] not in text  # not even the secret part
    stored = json.loads(text)["keys"]
    assert {entry["role"] for entry in stored} == {"admin", "reader"}
    assert all(len(entry["sha256"]) == 64 for entry in stored)
    assert oct(keys_file.stat().st_mode & 0o777) == "0o600"


def test_a_keys_file_behind_a_symlink_follows_the_link_when_it_is_swapped(tmp_path: Path) -> None:
    """As Kubernetes updates a mounted secret: the link moves to another file in one step, and
    the next request is checked against that file."""
    old_key, _ = key_store(tmp_path / "v1" / "keys.json").create("reader")
    new_key, _ = key_store(tmp_path / "v2" / "keys.json").create("reader")
    link = tmp_path / "keys.json"
    link.symlink_to(tmp_path / "v1" / "keys.json")
    client = TestClient(small_app(keys_file=link, anonymous_reads=False))
    assert client.get("/things", headers=bearer(old_key)).status_code == 200
    assert_unauthenticated(client.get("/things", headers=bearer(new_key)), "unknown")

    swapped = tmp_path / "keys.json.next"
    swapped.symlink_to(tmp_path / "v2" / "keys.json")
    os.replace(swapped, link)
    assert client.get("/things", headers=bearer(new_key)).status_code == 200
    assert_unauthenticated(client.get("/things", headers=bearer(old_key)), "unknown")


def test_a_key_made_through_a_symlinked_keys_file_is_written_where_the_link_points(
    tmp_path: Path,
) -> None:
    target = tmp_path / "real" / "keys.json"
    first, _ = key_store(target).create("reader")
    link = tmp_path / "keys.json"
    link.symlink_to(target)
    second, _ = key_store(link).create("editor")
    assert link.is_symlink() and link.resolve() == target.resolve()
    client = TestClient(small_app(keys_file=target, anonymous_reads=False))
    assert client.get("/things", headers=bearer(first)).json()["role"] == "reader"
    assert client.get("/things", headers=bearer(second)).json()["role"] == "editor"


def test_reader_access_without_anonymous_reads_needs_a_key(
    keys_file: Path, reader_key: str, editor_key: str
) -> None:
    with TestClient(small_app(anonymous_reads=False)) as test_client:
        assert_unauthenticated(test_client.get("/things"), "Bearer KEY")
        assert test_client.get("/things", headers=bearer(reader_key)).json() == {
            "as": "test reader",
            "role": "reader",
        }
        assert test_client.post("/things", headers=bearer(reader_key)).status_code == 403
        assert test_client.post("/things", headers=bearer(editor_key)).json() == {
            "by": "test editor"
        }


def test_anonymous_reads_let_keyless_requests_read_but_not_write(keys_file: Path) -> None:
    with TestClient(small_app(anonymous_reads=True)) as test_client:
        response = test_client.get("/things")
        assert response.status_code == 200
        assert response.json() == {"as": "anonymous", "role": "reader"}
        assert_unauthenticated(test_client.post("/things"), "editor")


def test_anonymous_reads_still_refuse_a_bad_key(keys_file: Path, reader_key: str) -> None:
    with TestClient(small_app(anonymous_reads=True)) as test_client:
        response = test_client.get("/things", headers=bearer(reader_key + "tampered"))
        assert_unauthenticated(response, "unknown or invalid")


def test_anonymous_reads_follow_the_setting_when_the_app_does_not_pin_them(
    keys_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.settings import get_api_settings

    with TestClient(small_app()) as test_client:
        assert test_client.get("/things").status_code == 401
        monkeypatch.setattr(get_api_settings(), "anonymous_reads", True)
        assert test_client.get("/things").status_code == 200


def test_the_anonymous_reads_setting_is_off_unless_set(monkeypatch: pytest.MonkeyPatch) -> None:
    from app.settings import ApiSettings

    monkeypatch.delenv("ANONYMOUS_READS", raising=False)
    assert ApiSettings(_env_file=None).anonymous_reads is False  # type: ignore[call-arg]
    monkeypatch.setenv("ANONYMOUS_READS", "true")
    assert ApiSettings(_env_file=None).anonymous_reads is True  # type: ignore[call-arg]
