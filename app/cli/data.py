"""The data team's commands: `commitgraph load`, `check`, `degrees` and `sources add`."""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import typer
from rich.markup import escape

from app.cli.bolt import over_bolt
from app.cli.output import console, fail
from graph.store.settings import get_graph_settings

sources_cli = typer.Typer(
    help="Turn corpus files into the versioned Cypher files of their Source nodes.",
    no_args_is_help=True,
)


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
        fail(str(error), code=2)
    with blocking_driver(settings) as driver:
        try:
            verify_reachable(driver, settings)
        except Unreachable as error:
            fail(str(error))
        loader = Loader(driver, settings.neo4j_database, batch_size=batch_size)
        try:
            pending = sum(
                len(o.file.statements) for o in loader.plan(files, repair) if o.status == "pending"
            )
        except Exception as error:  # the first contact: say where we tried
            fail(f"cannot reach Neo4j at {settings.uri}: {one_line(error)}")
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
                fail(f"{error} (Neo4j: {settings.uri})" if lost else str(error))
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
        fail(str(error))
    for problem in problems:
        console.print(f"[red]error[/] {escape(str(problem))}", soft_wrap=True)
    files = f"{count} file{'s' if count != 1 else ''} checked"
    if problems:
        console.print(f"{files}: {len(problems)} problem{'s' if len(problems) != 1 else ''}")
        raise typer.Exit(1)
    console.print(f"{files}: no problems")


def degrees(
    check_only: bool = typer.Option(
        False, "--check", help="Only say how many stored degrees have drifted; write nothing."
    ),
) -> None:
    """Check, and set where it has drifted, the partnership degree each node keeps for the
    network's ranking (`load`, the curation API and the dev tools keep it true as they write).

    With --check, exit status 1 when any node's stored degree is missing or differs from
    its links, naming a few of them.
    """
    from graph.queries.degree import drift, refresh_all

    if check_only:
        found = over_bolt(
            "comparing stored degrees with the links",
            "the check stopped: {reason}",
            lambda driver, database, _: drift(driver, database),
        )
        if found.drifted:
            console.print(
                f"[red]drifted[/] {found.drifted} nodes' stored partnership degree is "
                f"missing or differs from their links (e.g. {', '.join(found.examples)}); "
                "`commitgraph degrees` sets them",
                soft_wrap=True,
            )
            raise typer.Exit(1)
        console.print("every node's stored partnership degree matches its links")
        return
    refreshed = over_bolt(
        "setting drifted degrees",
        "the setting stopped part way; run it again once Neo4j answers: {reason}",
        lambda driver, database, _: refresh_all(driver, database),
    )
    console.print(f"{refreshed} stored partnership degrees set; the others matched their links")


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
    from graph.migrate.sources import SourceFileError, add_source, extraction_path
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
        fail(str(error))
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
    if added.status == "written":
        extraction = extraction_path(CYPHER_DIR, record.id).relative_to(PROJECT_ROOT)
        console.print(
            f"[cyan]next[/] write its extraction as {escape(str(extraction))}, the next free "
            "version (docs/DATA-TEAM.md)",
            soft_wrap=True,
        )


def _created_deleted(created: int, deleted: int) -> str:
    """`+3 −14`: what a file created, and what it deleted when it deleted something."""
    return f"+{created} −{deleted}" if deleted else f"+{created}"
