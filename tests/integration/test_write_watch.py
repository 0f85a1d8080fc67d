"""The suite's write check (`WriteWatch`): a test that writes is named, one that does not costs
no read of the graph.

Every test that reaches Neo4j without `@pytest.mark.writes` is checked by it (tests/conftest.py),
so a check that missed a write would let tests leak state into each other unnoticed.
"""

from __future__ import annotations

import pytest
from neo4j import Driver

from graph.local.server import LocalNeo4j
from graph.store.settings import GraphSettings
from tests.support.graph_state import Snapshot, WriteWatch, snapshot


@pytest.fixture
def counted_watch(
    driver: Driver, graph_settings: GraphSettings, local_neo4j: LocalNeo4j | None
) -> tuple[WriteWatch, list[Snapshot]]:
    if local_neo4j is None:
        pytest.skip("reads the managed Neo4j's transaction log; NEO4J_URI names another one")
    database = graph_settings.neo4j_database
    reads: list[Snapshot] = []

    def read() -> Snapshot:
        reads.append(snapshot(driver, database))
        return reads[-1]

    return WriteWatch(read, local_neo4j.data_dir / "transactions" / database), reads


@pytest.mark.writes
def test_a_write_is_named_and_reads_alone_cost_no_read_of_the_graph(
    counted_watch: tuple[WriteWatch, list[Snapshot]], empty_graph: Driver,
    graph_settings: GraphSettings,
) -> None:  # fmt: skip
    watch, reads = counted_watch
    database = graph_settings.neo4j_database

    quiet = watch.before()
    empty_graph.execute_query("MATCH (n) RETURN count(n) AS n", database_=database)
    assert watch.changes_since(quiet) == []
    assert watch.before() is quiet  # the graph as last read still stands
    assert len(reads) == 1

    written = watch.before()
    empty_graph.execute_query("CREATE (:Country {id: 'ZZ', name: 'Probe'})", database_=database)
    changes = watch.changes_since(written)
    assert any("'ZZ'" in line for line in changes), changes
    assert len(reads) == 2

    # writes that leave the graph as it was are read and compared, and pass
    again = watch.before()
    for name in ("Other", "Probe"):
        empty_graph.execute_query(
            "MATCH (c:Country {id: 'ZZ'}) SET c.name = $name", name=name, database_=database
        )
    assert watch.changes_since(again) == []
    assert len(reads) == 3
