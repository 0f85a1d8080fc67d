"""`commitgraph`: run the local Neo4j, load Cypher files, serve the API."""

from __future__ import annotations

import logging
from pathlib import Path

import typer
from rich.console import Console

from graph.local_neo4j import LocalNeo4j, LocalNeo4jError
from graph.settings import get_graph_settings

console = Console(stderr=True)
cli = typer.Typer(help="The commitment graph service.", no_args_is_help=True, add_completion=False)
neo4j_cli = typer.Typer(
    help="Manage the local Neo4j (used when NEO4J_URI is unset).", no_args_is_help=True
)
cli.add_typer(neo4j_cli, name="neo4j")


def _local() -> LocalNeo4j:
    return LocalNeo4j(get_graph_settings())


def _say(message: str) -> None:
    console.print(f"[cyan]neo4j[/] {message}")


def _fail(message: str, code: int = 1) -> None:
    console.print(f"[red]error[/] {message}")
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


@cli.command("load")
def load(
    paths: list[Path] = typer.Argument(
        None, help="Cypher files or folders (default: cypher/schema then cypher/seed)."
    ),
    dry_run: bool = typer.Option(
        False, "--dry-run", help="EXPLAIN every statement; write nothing."
    ),
    repair: bool = typer.Option(
        False, "--repair", help="Re-apply files changed since they were applied, and record them."
    ),
    batch_size: int = typer.Option(1000, min=1, help="Rows per UNWIND batch for rows files."),
) -> None:
    """Apply versioned Cypher files in order; each data file applies whole or not at all."""
    from neo4j import GraphDatabase
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
    from rich.table import Table

    from graph.cypher_files import CypherFileError, discover
    from graph.loader import Loader, LoadError
    from graph.settings import PROJECT_ROOT

    settings = get_graph_settings()
    try:
        files = discover(
            paths or [PROJECT_ROOT / "cypher" / "schema", PROJECT_ROOT / "cypher" / "seed"]
        )
    except CypherFileError as error:
        _fail(str(error), code=2)
    auth = (settings.neo4j_user, settings.neo4j_password)
    with GraphDatabase.driver(settings.uri, auth=auth, notifications_min_severity="OFF") as driver:
        loader = Loader(driver, settings.neo4j_database, batch_size=batch_size)
        try:
            pending = sum(
                len(o.file.statements) for o in loader.plan(files, repair) if o.status == "pending"
            )
        except Exception as error:  # the first contact: say where we tried
            _fail(f"cannot reach Neo4j at {settings.uri}: {error}")
        columns = (
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
        )
        with Progress(*columns, console=console, transient=True) as bar:
            task = bar.add_task("checking" if dry_run else "loading", total=pending or None)
            hook = lambda label, done: bar.update(task, advance=done, description=label)  # noqa: E731
            try:
                report = loader.load(files, dry_run=dry_run, repair=repair, progress=hook)
            except LoadError as error:
                bar.stop()
                _fail(str(error))
    table = Table(title="dry run: nothing was written" if dry_run else "load")
    for column in ("file", "status", "ms", "nodes +", "rels +", "props set"):
        table.add_column(column)
    for o in report.outcomes:
        table.add_row(
            o.file.label,
            o.status,
            str(o.duration_ms),
            str(o.counters["nodes_created"]),
            str(o.counters["relationships_created"]),
            str(o.counters["properties_set"]),
        )
    console.print(table)
    totals = report.totals
    console.print(
        f"{totals['nodes_created']} nodes and {totals['relationships_created']} relationships "
        f"created, {totals['properties_set']} properties set"
    )
    refused = [o for o in report.outcomes if o.status == "refused"]
    for o in refused:
        console.print(f"[red]refused[/] {o.detail}")
    if refused:
        raise typer.Exit(1)


@cli.command("serve")
def serve(
    host: str = typer.Option(None, help="Interface to listen on (default API_HOST)."),
    port: int = typer.Option(None, help="Port to listen on (default API_PORT)."),
    workers: int = typer.Option(1, min=1, help="Worker processes."),
) -> None:
    """Serve the API (GraphQL, REST and the explorer page) with uvicorn."""
    import uvicorn

    from app.settings import get_api_settings

    settings = get_api_settings()
    uvicorn.run(
        "app.main:build",
        factory=True,
        host=host or settings.api_host,
        port=port or settings.api_port,
        workers=workers,
        log_level=settings.log_level.lower(),
        log_config=None,
    )


def main() -> None:
    logging.basicConfig(level=logging.WARNING)
    cli()


if __name__ == "__main__":
    main()
