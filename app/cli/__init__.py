"""`commitgraph`: run the local Neo4j, load Cypher files, serve the API.

The commands live by job beside this module: the database (database.py), the data team's
files (data.py) and the API keys (keys.py); this module puts them together and serves.
"""

from __future__ import annotations

import typer
from pydantic import ValidationError
from pydantic_settings import BaseSettings
from rich.markup import escape

from app.cli import data, database, keys
from app.cli.output import console
from app.logging_setup import configure_cli_logging

cli = typer.Typer(help="The commitment graph service.", no_args_is_help=True, add_completion=False)
cli.add_typer(database.neo4j_cli, name="neo4j")
cli.add_typer(keys.keys_cli, name="keys")
cli.add_typer(data.sources_cli, name="sources")
cli.command("backup")(database.backup)
cli.command("restore")(database.restore)
cli.command("load")(data.load)
cli.command("check")(data.check)
cli.command("degrees")(data.degrees)


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
