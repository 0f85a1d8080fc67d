"""`commitgraph neo4j ...` runs the managed local Neo4j and dumps it with neo4j-admin;
`commitgraph backup` and `restore` copy any database over Bolt."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import typer

from app.cli.bolt import over_bolt
from app.cli.output import console, fail, say
from graph.local.server import LocalNeo4j, LocalNeo4jError
from graph.store.settings import get_graph_settings

neo4j_cli = typer.Typer(
    help="Manage the local Neo4j (used when NEO4J_URI is unset).", no_args_is_help=True
)


def _local() -> LocalNeo4j:
    return LocalNeo4j(get_graph_settings())


@neo4j_cli.command("start")
def neo4j_start() -> None:
    """Fetch Neo4j on first use, start it, and return once Bolt answers (idempotent)."""
    try:
        status = _local().start(on_step=say)
    except LocalNeo4jError as error:
        fail(str(error))
    else:
        say(f"up at {status.uri} (pid {status.pid}, home {status.home})")


@neo4j_cli.command("stop")
def neo4j_stop() -> None:
    """Shut the local Neo4j down cleanly."""
    _local().stop(on_step=say)


@neo4j_cli.command("status")
def neo4j_status() -> None:
    """Say whether the local Neo4j is up, and where; exit 3 when it is down."""
    status = _local().status()
    state = "[green]up[/]" if status.running else "[yellow]down[/]"
    console.print(f"{state} {status.uri} — {status.detail} (home {status.home})")
    if not status.running:
        raise typer.Exit(3)


def _physical(file: Path, stop: bool, what: str, act: Callable[[LocalNeo4j], None]) -> None:
    """Run a neo4j-admin step on the stopped local Neo4j; with `stop`, stop it first and start
    it again after, whatever happened."""
    settings = get_graph_settings()
    if not settings.uses_local_neo4j:
        fail(
            f"`commitgraph neo4j {what}` works on the managed local Neo4j; with NEO4J_URI set, "
            "use `commitgraph backup` and `commitgraph restore` (or the server's own tools)",
            code=2,
        )
    local = _local()
    running = local.status().pid is not None
    if running and stop:
        local.stop(on_step=say)
    try:
        act(local)
    except LocalNeo4jError as error:
        fail(str(error))
    finally:
        if running and stop:
            local.start(on_step=say)


@neo4j_cli.command("dump")
def neo4j_dump(
    file: Path = typer.Argument(..., help="Where to write the dump."),
    stop: bool = typer.Option(
        False, "--stop", help="Stop Neo4j for the dump and start it again after."
    ),
) -> None:
    """Dump the local database with neo4j-admin: Neo4j Community must be stopped for it."""
    started = time.perf_counter()
    _physical(file, stop, "dump", lambda local: local.dump(file))
    size = file.stat().st_size
    say(f"dumped to {file} ({size / 1e6:.1f} MB) in {time.perf_counter() - started:.1f} s")


@neo4j_cli.command("restore")
def neo4j_restore(
    file: Path = typer.Argument(..., help="A dump from `commitgraph neo4j dump`."),
    stop: bool = typer.Option(
        False, "--stop", help="Stop Neo4j for the restore and start it again after."
    ),
) -> None:
    """Replace the local database with a dump (neo4j-admin database load): everything in it
    now is lost. Neo4j Community must be stopped for it."""
    started = time.perf_counter()
    _physical(file, stop, "restore", lambda local: local.load_dump(file))
    say(f"restored {file} in {time.perf_counter() - started:.1f} s")


def backup(file: Path = typer.Argument(..., help="The file to write (gzip JSON lines).")) -> None:
    """Copy the whole database over Bolt into FILE: every node, relationship and property,
    the ledger and the audit records, with a manifest (counts and a content fingerprint)."""
    from graph.store.backup import BackupError, write_backup

    started = time.perf_counter()
    manifest = over_bolt(
        "reading",
        "the backup stopped, and no file was left: {reason}",
        lambda driver, database, progress: write_backup(driver, database, file, progress),
        told=(BackupError, OSError),
    )
    console.print(
        f"backed up {manifest.nodes} nodes and {manifest.relationships} relationships of "
        f"{get_graph_settings().uri} ({manifest.neo4j}) to {file} "
        f"({file.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - started:.1f} s; "
        f"fingerprint {manifest.fingerprint}",
        soft_wrap=True,
    )


def restore(
    file: Path = typer.Argument(..., help="A file from `commitgraph backup`."),
    force: bool = typer.Option(
        False, "--force", help="Delete everything in the database first (data and schema)."
    ),
) -> None:
    """Load a backup into an empty database (the schema first, then the data in batches),
    then check that the fingerprint read back is the backup's."""
    from graph.store.backup import BackupError, restore_backup

    started = time.perf_counter()
    expected, restored = over_bolt(
        "reading the backup",
        "the restore stopped part way: {reason}; run it again with --force once Neo4j answers",
        lambda driver, database, progress: restore_backup(
            driver, database, file, force=force, report=progress
        ),
        told=(BackupError, OSError),
    )
    if restored.fingerprint != expected.fingerprint:
        fail(
            f"the restored database differs from the backup: {restored.nodes} nodes and "
            f"{restored.relationships} relationships against {expected.nodes} and "
            f"{expected.relationships}; fingerprint {restored.fingerprint} against "
            f"{expected.fingerprint}"
        )
    console.print(
        f"restored {expected.nodes} nodes and {expected.relationships} relationships from "
        f"{file} (backed up {expected.created} from {expected.neo4j}) in "
        f"{time.perf_counter() - started:.1f} s; fingerprint {expected.fingerprint} matches",
        soft_wrap=True,
    )
