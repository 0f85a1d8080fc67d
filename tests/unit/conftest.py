"""The unit tier runs without Neo4j: a test here that asks for a fixture reaching it fails
before anything starts, naming the fixture; such a test belongs in tests/integration."""

from __future__ import annotations

import pytest

REACH_NEO4J = {"neo4j_server", "local_neo4j"}


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    reached = sorted(REACH_NEO4J & set(getattr(item, "fixturenames", ())))
    if reached:
        pytest.fail(f"a unit test must not reach Neo4j, and {item.name} asks for {reached}")
