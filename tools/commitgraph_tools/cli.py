"""`commitgraph-dev`: the benchmark, the synthetic corpus and the load test.

Tooling for the people who build the service, installed with the dev set-up (`make setup`),
never with the product: `pip install .` gives `commitgraph` alone. The work itself is in
synth.py, bench.py and loadtest.py beside this file; imports are inside the commands so
`--help` stays fast.
"""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

console = Console(stderr=True)
cli = typer.Typer(
    help="Tooling for the commitment graph: synthetic corpus, benchmark, load test.",
    no_args_is_help=True,
    add_completion=False,
)


def _fail(message: str, code: int = 1) -> None:
    console.print(f"[red]error[/] {escape(message)}", soft_wrap=True)
    raise typer.Exit(code)


@cli.command("synth")
def synth(
    scale: float = typer.Option(
        1.0, min=0.001, help="N: N×100 organisations, N×1,000 initiatives (fractions allowed)."
    ),
    seed: int = typer.Option(42, help="The same seed always writes the same corpus."),
    clean: bool = typer.Option(False, "--clean", help="Remove what the synth wrote, and stop."),
    batch_size: int = typer.Option(1000, min=1, help="Rows per UNWIND batch (one transaction)."),
) -> None:
    """Write a deterministic synthetic corpus into the bench Neo4j (or NEO4J_URI when set),
    replacing any earlier one."""
    from neo4j.exceptions import ServiceUnavailable, SessionExpired
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
    from rich.table import Table

    from commitgraph_tools import synth as synthetic
    from graph.local.server import LocalNeo4jError
    from graph.store.driver import Unreachable
    from graph.store.errors import one_line

    try:
        target = synthetic.bench_target(
            on_step=lambda m: console.print(f"[cyan]neo4j[/] {escape(m)}")
        )
    except (LocalNeo4jError, Unreachable) as error:
        _fail(str(error))
    database = target.settings.neo4j_database
    uri = target.settings.uri
    under_way = "removing any earlier corpus"
    with target.driver() as driver:
        if clean:
            try:
                report = synthetic.clean(driver, database)
            except (ServiceUnavailable, SessionExpired) as error:
                _fail(
                    f"Neo4j at {uri} stopped answering while the synthetic corpus was being "
                    f"removed ({one_line(error)}). The clean-up deletes in batches, so part of "
                    "the corpus may still be there: run `commitgraph-dev synth --clean` again once "
                    "Neo4j answers."
                )
            console.print(
                f"removed {report.nodes_deleted} synthetic nodes and "
                f"{report.relationships_deleted} relationships from {uri}"
            )
            return
        spec = synthetic.SynthSpec(scale=scale, seed=seed)
        corpus = synthetic.build_corpus(spec)
        columns = (
            TextColumn("{task.description:<40}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
        )

        def advance(label: str, rows: int) -> None:
            nonlocal under_way
            under_way = f"writing {label}"
            bar.update(task, advance=rows, description=label)

        with Progress(*columns, console=console, transient=True) as bar:
            task = bar.add_task(under_way, total=corpus.total_rows)
            try:
                removed, written = synthetic.replace_corpus(
                    driver, database, corpus, batch_size, on_rows=advance
                )
            except (ServiceUnavailable, SessionExpired) as error:
                bar.stop()
                _fail(
                    f"Neo4j at {uri} stopped answering while the synth was {under_way} "
                    f"({one_line(error)}). Every batch of {batch_size} rows is its own "
                    "transaction, so part of the corpus may be in the database: run the same "
                    "command again once Neo4j answers (it replaces any earlier corpus), or "
                    "`commitgraph-dev synth --clean` to remove what was written."
                )
    if removed.nodes_deleted or removed.relationships_deleted:
        console.print(
            f"replaced the earlier synthetic corpus ({removed.nodes_deleted:,} nodes, "
            f"{removed.relationships_deleted:,} relationships)"
        )
    table = Table(title=f"synthetic corpus, scale {scale:g}, seed {seed}, in {target.settings.uri}")
    table.add_column("label / relationship type")
    table.add_column("count", justify="right")
    for name, count in written.nodes_by_label.items():
        table.add_row(f"(:{name})", str(count))
    for name, count in written.relationships_by_type.items():
        table.add_row(f"[:{name}]", str(count))
    console.print(table)
    console.print(
        f"{written.rows} rows in {written.seconds:.1f} s ({written.rows_per_second:,.0f} rows/s); "
        f"{written.counters['nodes_created']} nodes and "
        f"{written.counters['relationships_created']} relationships created"
    )
    if target.local is not None:
        console.print(
            f"The bench Neo4j keeps running at {target.settings.uri}; stop it with "
            f"`LOCAL_NEO4J_DIR={target.local.home} LOCAL_NEO4J_PORT="
            f"{target.settings.local_neo4j_port} commitgraph neo4j stop`."
        )


@cli.command("bench")
def bench(
    scales: str = typer.Option("1,10,100", help="Comma-separated corpus scales for growth."),
    out: Path = typer.Option(Path("artifacts/bench.json"), help="Where the JSON results go."),
    quick: bool = typer.Option(
        False, "--quick", help="Fewer repetitions and rows: a smoke run, not a measurement."
    ),
    seed: int = typer.Option(42, help="Seed of the synthetic corpus."),
    profile: bool = typer.Option(
        False, "--profile", help="Run the server under pyinstrument; reports go to artifacts/."
    ),
    peer: bool = typer.Option(
        False,
        "--peer",
        help="Also serve @neo4j/graphql 7 (tools/peer, npm ci) and ask it the five questions.",
    ),
) -> None:
    """Measure GraphQL against the raw driver, round trips, bulk load, throughput and growth;
    with --peer, side by side with the Neo4j GraphQL library."""
    from neo4j.exceptions import ServiceUnavailable, SessionExpired

    from commitgraph_tools import bench as benchmark
    from commitgraph_tools.peer import PeerUnavailable
    from graph.local.server import LocalNeo4jError
    from graph.store.driver import Unreachable
    from graph.store.errors import one_line

    try:
        parsed = sorted({float(s) for s in scales.split(",") if s.strip()})
    except ValueError:
        _fail(f"--scales: {scales!r} is not a comma-separated list of numbers, e.g. 1,10,100", 2)
    if not parsed or min(parsed) <= 0:
        _fail("--scales: give at least one scale, each greater than 0", 2)

    def keep_so_far(results: benchmark.Results) -> None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(benchmark.to_json(results))

    try:
        results = benchmark.run(
            parsed,
            seed=seed,
            quick=quick,
            say=lambda m: console.print(escape(m), soft_wrap=True),
            profile=profile,
            peer=peer,
            after_each_scale=keep_so_far,
        )
    except (LocalNeo4jError, benchmark.BenchError, PeerUnavailable, Unreachable) as error:
        _fail(str(error))
    except (ServiceUnavailable, SessionExpired) as error:
        _fail(f"Neo4j stopped answering during the bench: {one_line(error)}")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(benchmark.to_json(results))
    print(benchmark.markdown(results))
    console.print(f"results written to {out}")


def _register_loadtest() -> None:
    from commitgraph_tools.loadtest import loadtest

    cli.command("loadtest")(loadtest)


_register_loadtest()


def main() -> None:
    from app.cli import run
    from app.settings import ApiSettings
    from commitgraph_tools.synth import BenchNeo4jSettings
    from graph.store.settings import GraphSettings

    run(cli, (ApiSettings, GraphSettings, BenchNeo4jSettings))


if __name__ == "__main__":
    main()


@cli.command("reference")
def reference(
    seed_dir: Path = typer.Option(
        Path("cypher/seed"), help="Where the versioned files go (the next free V3NN)."
    ),
) -> None:
    """Write the reference facts the loaded graph lacks (UN M49 and IMAGE regions, GOV.UK
    bodies) as versioned Cypher files; run it after loading documents that name new
    countries, regions or government bodies, then load the files it wrote."""
    from app.cli.bolt import over_bolt
    from commitgraph_tools.reference import write_files

    written = over_bolt(
        "reading the graph's nodes",
        "nothing was written: {reason}",
        lambda driver, database, _: write_files(driver, database, seed_dir),
    )
    for path in written:
        console.print(f"[green]wrote[/] {escape(str(path))}")
    if not written:
        console.print("nothing to write: the graph already has every reference fact for its nodes")
