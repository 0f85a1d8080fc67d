"""What every `commitgraph` command writes: messages on stderr, failures, progress bars."""

from __future__ import annotations

from typing import Any, NoReturn

import typer
from rich.console import Console
from rich.markup import escape

console = Console(stderr=True)


def say(message: str) -> None:
    console.print(f"[cyan]neo4j[/] {message}")


def fail(message: str, code: int = 1) -> NoReturn:
    # soft_wrap: a long path must stay whole on its line (file:line is what people grep and
    # click); escape: Neo4j messages and paths may hold [brackets] that rich reads as markup.
    console.print(f"[red]error[/] {escape(message)}", soft_wrap=True)
    raise typer.Exit(code)


def phase_bar() -> Any:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
    return Progress(*columns, TimeElapsedColumn(), console=console, transient=True)
