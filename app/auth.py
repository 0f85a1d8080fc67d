"""API keys and roles: who is calling, and may they do this.

A key looks like `cg_<id>_<secret>`. The id (8 hex characters) is public: it is what
`commitgraph keys list` shows and what `revoke` takes, and the server uses it to find the
one stored record to compare against. The secret is 32 random bytes (`secrets`), so the
whole key carries 256 bits of entropy.

Only `sha256(key)` is stored. A slow password hash (scrypt, bcrypt, PBKDF2) exists to make
guessing a *low-entropy* human password expensive; a 256-bit random key cannot be guessed
whatever the hash costs, so a fast hash loses nothing, and it keeps every authenticated
request at microseconds rather than the tens of milliseconds a KDF would add. The stored hash
is compared with `hmac.compare_digest`, so the time taken does not reveal how much of it
matched.

The key store is a JSON file (settings: `API_KEYS_FILE`), written atomically by the CLI and
re-read by the server whenever it changes on disk, so `commitgraph keys revoke` takes effect
in a running server without a restart.

Roles are ordered reader < editor < admin. With `ANONYMOUS_READS` on, a request without a
key acts as an anonymous reader; a request *with* a bad key is refused all the same, so a
typo in a key never silently downgrades a client to anonymous.

This module is HTTP only: it knows requests, headers and status codes, and no Cypher.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import logging
import os
import secrets
import tempfile
import threading
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse
from fastapi.security import HTTPBearer
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from app.outcomes import FORBIDDEN, UNAUTHENTICATED
from app.settings import get_api_settings

log = logging.getLogger("commitgraph.auth")

Role = Literal["reader", "editor", "admin"]
ROLES: tuple[Role, ...] = ("reader", "editor", "admin")
_RANK = {role: rank for rank, role in enumerate(ROLES)}

KEY_PREFIX = "cg"
ANONYMOUS = "anonymous"

# Shows the "Authorize" button in /docs and declares the scheme in /openapi.json; the header
# itself is parsed below, so that a malformed one gets our 401 and not FastAPI's 403.
bearer_scheme = HTTPBearer(
    auto_error=False,
    scheme_name="ApiKey",
    description="An API key from `commitgraph keys create`: `Authorization: Bearer KEY`.",
)


# --------------------------------------------------------------------------- principals


@dataclass(frozen=True)
class Principal:
    """Who a request acts as; `key_id` is None for the anonymous reader."""

    name: str
    role: Role
    key_id: str | None = None

    @property
    def anonymous(self) -> bool:
        return self.key_id is None

    @property
    def label(self) -> str:
        """Who, for audit records: the key's name and its id, which `keys list` shows."""
        return self.name if self.key_id is None else f"{self.name} ({self.key_id})"


class AuthError(HTTPException):
    """Refusal of a request: 401 (who are you?) or 403 (you may not).

    A subclass of HTTPException so that raising it from any FastAPI dependency already gives
    the right status and `WWW-Authenticate` header; `install_auth` adds a handler that renders
    the body as `{"error", "reason", "requiredRole"}`. Its `outcome` (app/outcomes.py) says
    what both APIs answer.
    """

    def __init__(self, status: Literal[401, 403], reason: str, required: Role | None = None):
        self.outcome = UNAUTHENTICATED if status == 401 else FORBIDDEN
        super().__init__(status_code=status, detail=reason, headers=dict(self.outcome.headers))
        self.status: Literal[401, 403] = status
        self.reason = reason
        self.required = required

    def body(self) -> dict[str, Any]:
        content: dict[str, Any] = {"error": self.outcome.error, "reason": self.reason}
        if self.required is not None:
            content["requiredRole"] = self.required
        return content


def parse_role(value: str) -> Role:
    """The role named by `value`, or a ValueError that lists the roles there are."""
    for role in ROLES:
        if value == role:
            return role
    raise ValueError(f"unknown role {value!r}: choose one of {', '.join(ROLES)}")


def role_at_least(principal: Principal | None, role: str) -> bool:
    """True when `principal` holds `role` or a larger one (None holds nothing)."""
    needed = parse_role(role)
    return principal is not None and _RANK[principal.role] >= _RANK[needed]


def check_role(principal: Principal | None, role: str) -> Principal:
    """Return `principal` if it may act as `role`; otherwise raise the right AuthError.

    No key at all — including the anonymous reader asking for more than reading — is 401,
    since the remedy is to send a key; a key whose role is too small is 403.
    """
    needed = parse_role(role)
    if principal is None or (principal.anonymous and not role_at_least(principal, needed)):
        reason = f"an API key with role {needed} is required: send Authorization: Bearer KEY"
        raise AuthError(401, reason, needed)
    if not role_at_least(principal, needed):
        reason = (
            f"this needs role {needed} or above; "
            f"the key {principal.key_id} has role {principal.role}"
        )
        raise AuthError(403, reason, needed)
    return principal


# --------------------------------------------------------------------------- key store


class KeyRecord(BaseModel):
    """One stored key: everything about it except the key itself."""

    model_config = ConfigDict(populate_by_name=True)

    id: str = Field(pattern="^[0-9a-f]{8}$")
    name: str
    role: Role
    sha256: str = Field(pattern="^[0-9a-f]{64}$")
    created_at: datetime = Field(alias="createdAt")
    revoked: bool = False
    revoked_at: datetime | None = Field(default=None, alias="revokedAt")


class KeyFile(BaseModel):
    version: Literal[1] = 1
    keys: list[KeyRecord] = []


class KeyStoreError(RuntimeError):
    """The keys file cannot be read or changed; the message says which file and why."""


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def split_key(key: str) -> str | None:
    """The id part of a well-formed key, or None."""
    prefix, _, rest = key.partition("_")
    key_id, _, secret = rest.partition("_")
    if prefix != KEY_PREFIX or len(key_id) != 8 or not secret:
        return None
    if any(c not in "0123456789abcdef" for c in key_id):
        return None
    return key_id


_DUMMY_HASH = hash_key("cg_00000000_no-such-key")


def check_key(records: dict[str, KeyRecord], key: str) -> Principal:
    """The principal `key` stands for among `records` (by id), or AuthError(401)."""
    key_id = split_key(key)
    record = records.get(key_id) if key_id else None
    presented = hash_key(key)
    # compare even when the id is unknown, so both paths cost the same
    matches = hmac.compare_digest(presented, record.sha256 if record else _DUMMY_HASH)
    if record is None or not matches:
        raise AuthError(401, "unknown or invalid API key")
    if record.revoked:
        raise AuthError(401, f"the API key {record.id} was revoked")
    return Principal(name=record.name, role=record.role, key_id=record.id)


def new_key(role: str, name: str | None, taken: set[str]) -> tuple[str, KeyRecord]:
    """A fresh key (the only time it exists in plain text) and its record, with an id not in
    `taken`."""
    checked = parse_role(role)
    key_id = secrets.token_hex(4)
    while key_id in taken:
        key_id = secrets.token_hex(4)
    key = f"{KEY_PREFIX}_{key_id}_{secrets.token_urlsafe(32)}"
    record = KeyRecord(
        id=key_id,
        name=name or f"{checked} key",
        role=checked,
        sha256=hash_key(key),
        createdAt=datetime.now(UTC).replace(microsecond=0),
    )
    return key, record


class KeyStore:
    """The keys file: read (cached until the file changes) and written (atomically, locked)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._signature: tuple[int, int, int] | None = None
        self._records: dict[str, KeyRecord] = {}

    # reading ------------------------------------------------------------------------------

    def _read(self) -> KeyFile:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return KeyFile()
        except OSError as error:
            raise KeyStoreError(f"cannot read the keys file {self.path}: {error}") from error
        try:
            return KeyFile.model_validate(json.loads(raw))
        except (ValueError, ValidationError) as error:
            raise KeyStoreError(f"the keys file {self.path} is not valid: {error}") from error

    def records(self) -> dict[str, KeyRecord]:
        """The keys by id, re-read only when the file's inode, mtime or size changed.

        The CLI replaces the file (new inode) on every change, so even two changes within one
        mtime tick are seen. A file that cannot be parsed fails closed: no key is accepted,
        and the error is logged, rather than serving with a stale list that may still hold a
        revoked key.
        """
        try:
            stat = self.path.stat()
            signature: tuple[int, int, int] | None = (stat.st_ino, stat.st_mtime_ns, stat.st_size)
        except FileNotFoundError:
            signature = None
        with self._lock:
            if signature != self._signature or signature is None:
                try:
                    loaded = self._read()
                except KeyStoreError as error:
                    log.error("no API key is accepted: %s", error)
                    loaded = KeyFile()
                self._records = {record.id: record for record in loaded.keys}
                self._signature = signature
            return self._records

    def authenticate(self, key: str) -> Principal:
        """The principal a presented key stands for, or AuthError(401)."""
        return check_key(self.records(), key)

    # writing (the CLI) --------------------------------------------------------------------

    @contextlib.contextmanager
    def _editing(self) -> Iterator[KeyFile]:
        """Hold an exclusive lock, hand out the current file, then replace it atomically.

        A keys file behind a symlink is replaced where the link points, so the link stays.
        """
        import fcntl

        target = self.path.resolve()
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        lock_path = target.with_name(target.name + ".lock")
        with open(lock_path, "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            content = self._read()
            yield content
            data = content.model_dump(mode="json", by_alias=True)
            descriptor, temporary = tempfile.mkstemp(dir=target.parent, prefix=".keys-")
            try:
                with os.fdopen(descriptor, "w", encoding="utf-8") as out:
                    json.dump(data, out, indent=2)
                    out.write("\n")
                    out.flush()
                    os.fsync(out.fileno())
                os.chmod(temporary, 0o600)
                os.replace(temporary, target)
            except BaseException:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(temporary)
                raise

    def create(self, role: str, name: str | None = None) -> tuple[str, KeyRecord]:
        """Make a new key; return it (the only time it exists in plain text) and its record."""
        parse_role(role)
        with self._editing() as content:
            key, record = new_key(role, name, {record.id for record in content.keys})
            content.keys.append(record)
        return key, record

    def entries(self) -> list[KeyRecord]:
        return self._read().keys

    def revoke(self, key_id: str) -> tuple[KeyRecord, bool]:
        """Mark the key revoked; the flag says whether it was live until now."""
        with self._editing() as content:
            for record in content.keys:
                if record.id == key_id:
                    was_live = not record.revoked
                    if was_live:
                        record.revoked = True
                        record.revoked_at = datetime.now(UTC).replace(microsecond=0)
                    return record, was_live
            known = ", ".join(r.id for r in content.keys) or "none"
            raise KeyStoreError(f"no key with id {key_id!r} in {self.path} (ids: {known})")


_stores: dict[Path, KeyStore] = {}
_stores_lock = threading.Lock()


def key_store(path: Path) -> KeyStore:
    """One KeyStore per configured path per process, so its cache is shared by all requests.

    Keyed by the path as configured, not resolved: resolving asks the file system about every
    component of the path, on every authenticated request. The store keeps it
    absolute, as of its creation, but with its symlinks: its `stat` follows them, so a link
    swapped to another file (as Kubernetes updates a mounted secret) is seen as a changed
    file and read again.
    """
    store = _stores.get(path)
    if store is None:
        with _stores_lock:
            store = _stores.setdefault(path, KeyStore(path.expanduser().absolute()))
    return store


# --------------------------------------------------------------------------- requests


@dataclass(frozen=True)
class AuthConfig:
    """Per-app overrides; None means "ask the settings on every request"."""

    keys_file: Path | None = None
    anonymous_reads: bool | None = None


def install_auth(
    app: FastAPI, *, keys_file: Path | None = None, anonymous_reads: bool | None = None
) -> None:
    """Give `app` its key source and the handler that renders AuthError as JSON.

    Without overrides every request reads `API_KEYS_FILE` and `ANONYMOUS_READS` from the
    (cached) settings, which is what tests patch.
    """
    app.state.auth = AuthConfig(keys_file=keys_file, anonymous_reads=anonymous_reads)

    async def render(request: Request, error: Exception) -> JSONResponse:
        assert isinstance(error, AuthError)
        headers = dict(error.outcome.headers)
        return JSONResponse(error.body(), status_code=error.outcome.status, headers=headers)

    app.add_exception_handler(AuthError, render)


def _config(request: Request) -> tuple[Path, bool]:
    config: AuthConfig = getattr(request.app.state, "auth", None) or AuthConfig()
    settings = get_api_settings()
    keys_file = config.keys_file if config.keys_file is not None else settings.api_keys_file
    anonymous = (
        config.anonymous_reads if config.anonymous_reads is not None else settings.anonymous_reads
    )
    return keys_file, anonymous


def _presented_key(request: Request) -> str | None:
    header = request.headers.get("authorization")
    if header is None:
        return None
    scheme, _, key = header.strip().partition(" ")
    key = key.strip()
    if scheme.lower() != "bearer" or not key:
        raise AuthError(401, "the Authorization header must be 'Bearer KEY'")
    return key


async def principal(request: Request) -> Principal | None:
    """Who sent the request: the key's principal, None without a key; AuthError for a bad one."""
    key = _presented_key(request)
    if key is None:
        return None
    if get_api_settings().api_keys_store == "neo4j":
        from app.keys_neo4j import shared_keys

        found = await shared_keys(request.app).authenticate(request.app.state.graph, key)
    else:
        keys_file, _ = _config(request)
        found = key_store(keys_file).authenticate(key)
    request.state.principal = found
    return found


async def effective_principal(request: Request) -> Principal | None:
    """As `principal`, but a keyless request is the anonymous reader when ANONYMOUS_READS is on."""
    found = await principal(request)
    if found is None and _config(request)[1]:
        found = Principal(name=ANONYMOUS, role="reader")
        request.state.principal = found
    return found


def require_role(role: str) -> Callable[..., Awaitable[Principal]]:
    """A FastAPI dependency admitting `role` and above; it returns the Principal.

    Use as `dependencies=[Depends(require_role("admin"))]` on a route or router, or as a
    parameter `who: Principal = Depends(require_role("editor"))` to know the caller.
    """
    needed = parse_role(role)

    async def dependency(request: Request, _: Any = Depends(bearer_scheme)) -> Principal:
        return check_role(await effective_principal(request), needed)

    dependency.__name__ = f"require_{needed}"
    return dependency


reader_access = Depends(require_role("reader"))
"""Attach to a read-only router: `APIRouter(dependencies=[reader_access])`."""
editor_access = Depends(require_role("editor"))
admin_access = Depends(require_role("admin"))
