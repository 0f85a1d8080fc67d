"""How REST says it left something out for a value the API cannot serve.

graph/compile/unservable.py marks a role, status or kind outside its vocabulary; REST leaves
out the list item that holds it (`without_unservable`), as GraphQL does, and names each value:
in the JSON body's `unservableValues` where the answer has one, else in the
`X-Unservable-Values` header (a CSV table). Each is logged at WARNING, for an operator to fix.
"""

from __future__ import annotations

import logging

from graph.compile.unservable import Unservable

log = logging.getLogger("commitgraph.api")

UNSERVABLE_HEADER = "X-Unservable-Values"


def reported(found: list[Unservable], where: str, kept: bool = False) -> list[Unservable]:
    """`found`, each logged as left out of the answer `where` names (`kept`: served as
    stored, and named)."""
    done = "served as stored, and named," if kept else "left out"
    for value in found:
        log.warning("%s %s what holds an unservable value: %s", where, done, value.problem())
    return found


def unservable_header(found: list[Unservable]) -> str:
    """The header's value: each value as `said()` puts it, `; ` between, in ASCII."""
    return "; ".join(value.said() for value in found).encode("ascii", "backslashreplace").decode()
