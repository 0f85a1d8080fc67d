"""The one way the commands that work on the database over Bolt reach it: backup, restore and
degrees connect, show a bar, and say in one line why Neo4j could not be reached or stopped
answering, instead of a traceback."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from app.cli.output import fail, phase_bar
from graph.store.settings import get_graph_settings

if TYPE_CHECKING:
    from neo4j import Driver

    from graph.store.backup import Progress

T = TypeVar("T")


def over_bolt(
    first_phase: str,
    stopped: str,
    work: Callable[[Driver, str, Progress], T],
    told: tuple[type[Exception], ...] = (OSError,),
) -> T:
    """`work(driver, database, progress)` against the configured Neo4j under a phase bar.

    Errors of the kinds in `told` are the work's own account, shown as they are; Neo4j
    refusing or going away ends the command with `stopped`, its `{reason}` filled in.
    """
    from neo4j.exceptions import Neo4jError, ServiceUnavailable

    from graph.store.driver import Unreachable, blocking_driver, verify_reachable
    from graph.store.errors import one_line

    settings = get_graph_settings()
    with blocking_driver(settings) as driver:
        try:
            verify_reachable(driver, settings)
        except Unreachable as error:
            fail(str(error))
        with phase_bar() as bar:
            task = bar.add_task(first_phase, total=None)

            def progress(phase: str, done: int, total: int | None) -> None:
                bar.update(task, description=phase, completed=done, total=total)

            try:
                return work(driver, settings.neo4j_database, progress)
            except told as error:
                fail(str(error))
            except (Neo4jError, ServiceUnavailable) as error:
                fail(stopped.format(reason=one_line(error)))
    raise AssertionError("fail() exits")  # pragma: no cover
