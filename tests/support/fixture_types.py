"""The types of the callables the shared fixtures hand to tests (tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol


class Gql(Protocol):
    """The `gql` fixture: POST a GraphQL document to the seeded graph; (status, body)."""

    def __call__(
        self, query: str, variables: dict[str, Any] | None = None, **headers: str
    ) -> tuple[int, dict[str, Any]]: ...


#: The `fingerprint` fixture: every node (label, id) and relationship of the graph, sorted.
Fingerprint = Callable[[], tuple[list[Any], list[Any]]]

#: The `terminate` fixture: end the transactions a condition on SHOW TRANSACTIONS picks.
Terminate = Callable[[str], None]
