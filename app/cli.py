"""`commitgraph`: run the local Neo4j, load Cypher files, serve the API."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from pydantic import ValidationError
from pydantic_settings import BaseSettings
from rich.console import Console
from rich.markup import escape

from app.logging_setup import configure_cli_logging
from graph.local.server import LocalNeo4j, LocalNeo4jError
from graph.store.settings import get_graph_settings

if TYPE_CHECKING:
    from app.auth import KeyStore
    from app.keys_neo4j import Neo4jKeyStore

console = Console(stderr=True)
cli = typer.Typer(help="The commitment graph service.", no_args_is_help=True, add_completion=False)
neo4j_cli = typer.Typer(
    help="Manage the local Neo4j (used when NEO4J_URI is unset).", no_args_is_help=True
)
cli.add_typer(neo4j_cli, name="neo4j")
keys_cli = typer.Typer(
    help="Manage API keys (stored hashed in API_KEYS_FILE).", no_args_is_help=True
)
cli.add_typer(keys_cli, name="keys")
sources_cli = typer.Typer(
    help="Turn corpus files into the versioned Cypher files of their Source nodes.",
    no_args_is_help=True,
)
cli.add_typer(sources_cli, name="sources")


def _local() -> LocalNeo4j:
    return LocalNeo4j(get_graph_settings())


def _say(message: str) -> None:
    console.print(f"[cyan]neo4j[/] {message}")


def _fail(message: str, code: int = 1) -> None:
    # soft_wrap: a long path must stay whole on its line (file:line is what people grep and
    # click); escape: Neo4j messages and paths may hold [brackets] that rich reads as markup.
    console.print(f"[red]error[/] {escape(message)}", soft_wrap=True)
    raise typer.Exit(code)


@neo4j_cli.command("start")
def neo4j_start() -> None:
    """Fetch Neo4j on first use, start it, and return once Bolt answers (idempotent)."""
    try:
        status = _local().start(on_step=_say)
    except LocalNeo4jError as error:
        _fail(str(error))
    else:
        _say(f"up at {status.uri} (pid {status.pid}, home {status.home})")


@neo4j_cli.command("stop")
def neo4j_stop() -> None:
    """Shut the local Neo4j down cleanly."""
    _local().stop(on_step=_say)


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
        _fail(
            f"`commitgraph neo4j {what}` works on the managed local Neo4j; with NEO4J_URI set, "
            "use `commitgraph backup` and `commitgraph restore` (or the server's own tools)",
            code=2,
        )
    local = _local()
    running = local.status().pid is not None
    if running and stop:
        local.stop(on_step=_say)
    try:
        act(local)
    except LocalNeo4jError as error:
        _fail(str(error))
    finally:
        if running and stop:
            local.start(on_step=_say)


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
    _say(f"dumped to {file} ({size / 1e6:.1f} MB) in {time.perf_counter() - started:.1f} s")


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
    _say(f"restored {file} in {time.perf_counter() - started:.1f} s")


def _phase_bar() -> Any:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
    return Progress(*columns, TimeElapsedColumn(), console=console, transient=True)


@cli.command("backup")
def backup(file: Path = typer.Argument(..., help="The file to write (gzip JSON lines).")) -> None:
    """Copy the whole database over Bolt into FILE: every node, relationship and property,
    the ledger and the audit records, with a manifest (counts and a content fingerprint)."""
    from neo4j.exceptions import Neo4jError, ServiceUnavailable

    from graph.store.backup import BackupError, write_backup
    from graph.store.driver import Unreachable, blocking_driver, verify_reachable
    from graph.store.errors import one_line

    settings = get_graph_settings()
    started = time.perf_counter()
    with blocking_driver(settings) as driver:
        try:
            verify_reachable(driver, settings)
        except Unreachable as error:
            _fail(str(error))
        with _phase_bar() as bar:
            task = bar.add_task("reading", total=None)
            hook = lambda phase, done, total: bar.update(  # noqa: E731
                task, description=phase, completed=done, total=total
            )
            try:
                manifest = write_backup(driver, settings.neo4j_database, file, hook)
            except (BackupError, OSError) as error:
                _fail(str(error))
            except (Neo4jError, ServiceUnavailable) as error:
                _fail(f"the backup stopped, and no file was left: {one_line(error)}")
    console.print(
        f"backed up {manifest.nodes} nodes and {manifest.relationships} relationships of "
        f"{settings.uri} ({manifest.neo4j}) to {file} ({file.stat().st_size / 1e6:.1f} MB) "
        f"in {time.perf_counter() - started:.1f} s; fingerprint {manifest.fingerprint}",
        soft_wrap=True,
    )


@cli.command("restore")
def restore(
    file: Path = typer.Argument(..., help="A file from `commitgraph backup`."),
    force: bool = typer.Option(
        False, "--force", help="Delete everything in the database first (data and schema)."
    ),
) -> None:
    """Load a backup into an empty database (the schema first, then the data in batches),
    then check that the fingerprint read back is the backup's."""
    from neo4j.exceptions import Neo4jError, ServiceUnavailable

    from graph.store.backup import BackupError, restore_backup
    from graph.store.driver import Unreachable, blocking_driver, verify_reachable
    from graph.store.errors import one_line

    settings = get_graph_settings()
    started = time.perf_counter()
    with blocking_driver(settings) as driver:
        try:
            verify_reachable(driver, settings)
        except Unreachable as error:
            _fail(str(error))
        with _phase_bar() as bar:
            task = bar.add_task("reading the backup", total=None)
            hook = lambda phase, done, total: bar.update(  # noqa: E731
                task, description=phase, completed=done, total=total
            )
            try:
                expected, restored = restore_backup(
                    driver, settings.neo4j_database, file, force=force, report=hook
                )
            except (BackupError, OSError) as error:
                _fail(str(error))
            except (Neo4jError, ServiceUnavailable) as error:
                _fail(
                    f"the restore stopped part way: {one_line(error)}; run it again with "
                    "--force once Neo4j answers"
                )
    if restored.fingerprint != expected.fingerprint:
        _fail(
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


@cli.command("load")
def load(
    paths: list[Path] = typer.Argument(
        None, help="Cypher files or folders (default: cypher/schema then cypher/seed)."
    ),
    dry_run: bool = typer.Option(
        False,
        "--dry-run",
        help="Run the pending files and their checks in a transaction that is rolled back "
        "(schema files are only EXPLAINed); write nothing.",
    ),
    repair: bool = typer.Option(
        False, "--repair", help="Re-apply files changed since they were applied, and record them."
    ),
    batch_size: int = typer.Option(1000, min=1, help="Rows per UNWIND batch for rows files."),
) -> None:
    """Apply versioned Cypher files in order; each data file applies whole or not at all.

    Before a data file commits, the checks of `commitgraph check` run against the graph; a
    file that fails them is rolled back and refused, naming the file, the line and the value.
    """
    from neo4j.exceptions import ServiceUnavailable, SessionExpired
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
    from rich.table import Table

    from graph.migrate.cypher_files import CypherFileError, discover
    from graph.migrate.loader import Loader, LoadError
    from graph.store.driver import Unreachable, blocking_driver, verify_reachable
    from graph.store.errors import one_line
    from graph.store.settings import CYPHER_DIR

    settings = get_graph_settings()
    try:
        files = discover(paths or [CYPHER_DIR / "schema", CYPHER_DIR / "seed"])
    except CypherFileError as error:
        _fail(str(error), code=2)
    with blocking_driver(settings) as driver:
        try:
            verify_reachable(driver, settings)
        except Unreachable as error:
            _fail(str(error))
        loader = Loader(driver, settings.neo4j_database, batch_size=batch_size)
        try:
            pending = sum(
                len(o.file.statements) for o in loader.plan(files, repair) if o.status == "pending"
            )
        except Exception as error:  # the first contact: say where we tried
            _fail(f"cannot reach Neo4j at {settings.uri}: {one_line(error)}")
        columns = (
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
        )
        with Progress(*columns, console=console, transient=True) as bar:
            task = bar.add_task("checking" if dry_run else "loading", total=pending or None)
            hook = lambda label, done: bar.update(task, advance=done, description=label)  # noqa: E731
            started = time.perf_counter()
            try:
                report = loader.load(files, dry_run=dry_run, repair=repair, progress=hook)
            except LoadError as error:
                bar.stop()
                lost = isinstance(error.__cause__, ServiceUnavailable | SessionExpired)
                _fail(f"{error} (Neo4j: {settings.uri})" if lost else str(error))
    table = Table(title="dry run: nothing was written" if dry_run else "load")
    for column in ("file", "status", "ms", "nodes", "rels", "props set"):
        table.add_column(column, overflow="fold")  # a file name stays whole, never "…"
    for o in report.outcomes:
        table.add_row(
            o.file.label,
            o.status,
            str(o.duration_ms),
            _created_deleted(o.counters["nodes_created"], o.counters["nodes_deleted"]),
            _created_deleted(
                o.counters["relationships_created"], o.counters["relationships_deleted"]
            ),
            str(o.counters["properties_set"]),
        )
    console.print(table)
    totals = report.totals
    statuses = Counter(o.status for o in report.outcomes)
    console.print(
        f"{len(report.outcomes)} files: "
        + ", ".join(f"{count} {status}" for status, count in statuses.items())
        + f" in {sum(o.duration_ms for o in report.outcomes)} ms; "
        f"{totals['nodes_created']} nodes and {totals['relationships_created']} relationships "
        f"created, {totals['nodes_deleted']} nodes and {totals['relationships_deleted']} "
        f"relationships deleted, {totals['properties_set']} properties set, "
        f"{totals['constraints_added'] + totals['indexes_added']} constraints and indexes added"
        + ("; dry run: nothing was written" if dry_run else ""),
        soft_wrap=True,
    )
    elapsed = time.perf_counter() - started
    ran = sum(
        len(o.file.statements)
        for o in report.outcomes
        if o.status in ("applied", "repaired", "checked")
    )
    if ran:
        console.print(
            f"{'checked' if dry_run else 'loaded'} {ran} statements in {elapsed:.1f} s: "
            f"{ran / elapsed:.1f} statements per second"
        )
    if statuses and set(statuses) == {"skipped"}:
        console.print("nothing to apply: every file is already in the ledger")
    refused = [o for o in report.outcomes if o.status == "refused"]
    for o in refused:
        console.print(f"[red]refused[/] {escape(o.detail)}", soft_wrap=True)
    if refused:
        raise typer.Exit(1)


@cli.command("check")
def check(
    paths: list[Path] = typer.Argument(
        None, help="Cypher files or folders (default: cypher/schema and cypher/seed)."
    ),
) -> None:
    """Check Cypher files against the data model before a load; writes nothing, needs no Neo4j.

    Quotes occur once in the text of the source they cite and hold no […gap] marker; every
    relationship carries a source and a quote; every id a MATCH names exists; labels, types,
    roles, statuses and kinds are the model's (docs/DATA-MODEL.md). Exit status 1 on a problem.
    """
    from graph.migrate.checks import check_paths
    from graph.migrate.cypher_files import CypherFileError
    from graph.store.settings import CYPHER_DIR, PROJECT_ROOT

    try:
        count, problems = check_paths(
            paths or [CYPHER_DIR / "schema", CYPHER_DIR / "seed"],
            CYPHER_DIR,
            PROJECT_ROOT / "seed",
        )
    except CypherFileError as error:
        _fail(str(error))
    for problem in problems:
        console.print(f"[red]error[/] {escape(str(problem))}", soft_wrap=True)
    if problems:
        console.print(f"{count} files checked: {len(problems)} problems")
        raise typer.Exit(1)
    console.print(f"{count} files checked: no problems")


@sources_cli.command("add")
def sources_add(
    file: Path = typer.Argument(..., help="A corpus file: header lines, a blank line, the text."),
    source_id: str = typer.Option(None, "--id", help="The Source id (default: the file stem)."),
    version: int = typer.Option(
        None, "--version", help="Write V<N> (default: the next free version in 101–199)."
    ),
    licence: str = typer.Option(
        None,
        "--licence",
        help="Default: Open Parliament Licence v3.0 for Parliament, else Open Government "
        "Licence v3.0.",
    ),
    title: str = typer.Option(None, "--title", help="Instead of the title read from the header."),
    publisher: str = typer.Option(None, "--publisher", help="Instead of the header's publisher."),
    url: str = typer.Option(None, "--url", help="Instead of the first whole URL in the header."),
    published_on_basis: str = typer.Option(
        None,
        "--published-on-basis",
        help="STATED or INFERRED, instead of STATED exactly when the text writes the day out.",
    ),
) -> None:
    """Write cypher/seed/V1NN__src_<id>.cypher: the Source's metadata from the file's header,
    its text (the bytes after the first blank line) and their sha256; copy the file into
    seed/corpus/ when it is not there. See docs/DATA-TEAM.md."""
    from graph.migrate.sources import SourceFileError, add_source
    from graph.store.settings import CYPHER_DIR, PROJECT_ROOT

    try:
        added = add_source(
            file,
            cypher_dir=CYPHER_DIR,
            corpus_dir=PROJECT_ROOT / "seed" / "corpus",
            version=version,
            source_id=source_id,
            licence=licence,
            title=title,
            publisher=publisher,
            url=url,
            published_on_basis=published_on_basis,
        )
    except (SourceFileError, OSError) as error:
        _fail(str(error))
    record = added.record
    if added.copied_to is not None:
        console.print(f"[cyan]copied[/] {escape(str(added.copied_to))}", soft_wrap=True)
    dated = (
        f"{record.published_on} ({record.published_on_basis})" if record.published_on else "undated"
    )
    console.print(
        f"[green]{added.status}[/] {escape(str(added.path))}: Source {record.id!r}, "
        f"{escape(record.title)!r}, {dated}, {record.completeness}, sha256 {record.sha256[:12]}…",
        soft_wrap=True,
    )


def _created_deleted(created: int, deleted: int) -> str:
    """`+3 −14`: what a file created, and what it deleted when it deleted something."""
    return f"+{created} −{deleted}" if deleted else f"+{created}"


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
        _fail(str(error), code=2)
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
        _fail(str(error))
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
        _fail(str(error))
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
        _fail(str(error))
    console.print(
        f"[green]imported[/] {made} of the {found} keys in {file} into {store.path}; "
        f"{found - made} were there already",
        soft_wrap=True,
    )
    if clashes:
        _fail(
            f"the keys {', '.join(clashes)} are in Neo4j with another hash and were left as "
            "they are: revoke one of them, or give it up"
        )


@cli.command("serve")
def serve(
    host: str = typer.Option(None, help="Interface to listen on (default API_HOST)."),
    port: int = typer.Option(None, help="Port to listen on (default API_PORT)."),
    workers: int = typer.Option(1, min=1, help="Worker processes."),
) -> None:
    """Serve the API (GraphQL, REST and the explorer page) with uvicorn.

    With several workers, /metrics must sum them all: the workers share a directory for
    prometheus-client's multiprocess mode, set here before uvicorn spawns them.
    """
    import uvicorn

    from app.multiprocess_metrics import ENV, shared_metrics
    from app.settings import get_api_settings

    settings = get_api_settings()
    with shared_metrics(workers) as directory:
        if directory is not None:
            console.print(
                f"[cyan]metrics[/] /metrics sums the workers' files in "
                f"{ENV}={escape(str(directory))}",
                soft_wrap=True,
            )
        uvicorn.run(
            "app.main:build",
            factory=True,
            host=host or settings.api_host,
            port=port or settings.api_port,
            workers=workers,
            log_level=settings.log_level.lower(),
            log_config=None,
        )


def run(typer_app: typer.Typer, settings_classes: tuple[type[BaseSettings], ...]) -> None:
    """Run a command line, turning a setting the environment got wrong into one line that
    names the variable, instead of pydantic's traceback."""
    configure_cli_logging()
    try:
        typer_app()
    except ValidationError as error:
        if not error.title.endswith("Settings"):
            raise  # a bug's, not a setting's: keep its traceback
        prefix = next(
            (
                str(known.model_config.get("env_prefix") or "")
                for known in settings_classes
                if known.__name__ == error.title
            ),
            "",
        )
        for problem in error.errors():
            name = prefix + "_".join(str(part) for part in problem["loc"]).upper()
            reason = problem["msg"].removeprefix("Value error, ")
            console.print(f"[red]error[/] {escape(f'{name}: {reason}')}", soft_wrap=True)
        raise SystemExit(2) from None


def main() -> None:
    from app.settings import ApiSettings
    from graph.store.settings import GraphSettings

    run(cli, (ApiSettings, GraphSettings))


if __name__ == "__main__":
    main()
