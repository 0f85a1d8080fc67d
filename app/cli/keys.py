"""`commitgraph keys ...`: the API keys, in the keys file or in Neo4j."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.console import Console

from app.cli.output import console, fail
from graph.store.settings import get_graph_settings

if TYPE_CHECKING:
    from app.auth import KeyStore
    from app.keys_neo4j import Neo4jKeyStore

keys_cli = typer.Typer(
    help="Manage API keys (stored hashed in API_KEYS_FILE).", no_args_is_help=True
)


def _key_store() -> KeyStore | Neo4jKeyStore:
    """The keys file, or the keys in Neo4j with API_KEYS_STORE=neo4j."""
    from app.auth import key_store
    from app.settings import get_api_settings

    settings = get_api_settings()
    if settings.api_keys_store == "neo4j":
        from app.keys_neo4j import Neo4jKeyStore

        return Neo4jKeyStore(get_graph_settings())
    return key_store(settings.api_keys_file)


@keys_cli.command("create")
def keys_create(
    role: str = typer.Option(..., "--role", help="reader, editor or admin."),
    name: str = typer.Option(
        None, "--name", help='Who or what holds the key (default: "ROLE key", as "editor key").'
    ),
) -> None:
    """Make a key and print it once, alone on stdout; only its hash is stored."""
    from app.auth import KeyStoreError, parse_role

    try:
        checked = parse_role(role)
        key, record = _key_store().create(checked, name)
    except (ValueError, KeyStoreError) as error:
        fail(str(error), code=2)
    console.print(
        f"[green]created[/] key {record.id} ({record.name}, {record.role}) in "
        f"{_key_store().path}; it is shown only now, so keep it safe"
    )
    print(key)


@keys_cli.command("list")
def keys_list() -> None:
    """The keys: id, name, role, creation and revocation (never the key itself)."""
    from rich.table import Table

    from app.auth import KeyStoreError

    store = _key_store()
    try:
        records = store.entries()
    except KeyStoreError as error:
        fail(str(error))
    table = Table(title=str(store.path))
    for column in ("id", "name", "role", "created", "revoked"):
        table.add_column(column)
    when = "%Y-%m-%d %H:%M UTC"
    for r in records:
        revoked = r.revoked_at.strftime(when) if r.revoked_at else ("yes" if r.revoked else "no")
        table.add_row(r.id, r.name, r.role, r.created_at.strftime(when), revoked)
    Console().print(table)
    if not records:
        console.print("no keys yet: commitgraph keys create --role reader|editor|admin")


@keys_cli.command("revoke")
def keys_revoke(key_id: str = typer.Argument(..., help="The id `keys list` shows.")) -> None:
    """Revoke a key; a running server refuses it from its next request on."""
    from app.auth import KeyStoreError

    try:
        record, was_live = _key_store().revoke(key_id)
    except KeyStoreError as error:
        fail(str(error))
    if was_live:
        console.print(f"[green]revoked[/] key {record.id} ({record.name}, {record.role})")
    else:
        console.print(f"key {record.id} ({record.name}) was already revoked")


@keys_cli.command("import")
def keys_import(
    file: Path = typer.Argument(..., help="A keys file, as API_KEYS_FILE (hashes only)."),
) -> None:
    """Copy a keys file's keys (hashed, with their ids, roles and revocations) into Neo4j,
    for API_KEYS_STORE=neo4j; keys already there are left as they are."""
    from app.auth import KeyStoreError
    from app.keys_neo4j import Neo4jKeyStore

    store = Neo4jKeyStore(get_graph_settings())
    try:
        found, made, clashes = store.import_file(file)
    except KeyStoreError as error:
        fail(str(error))
    console.print(
        f"[green]imported[/] {made} of the {found} keys in {file} into {store.path}; "
        f"{found - made} were there already",
        soft_wrap=True,
    )
    if clashes:
        fail(
            f"the keys {', '.join(clashes)} are in Neo4j with another hash and were left as "
            "they are: revoke one of them, or give it up"
        )
