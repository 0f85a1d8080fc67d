"""A backup keeps every property value's Neo4j type, so a restore gives back the same values.

Temporal values, durations, points, byte arrays and non-finite floats have no JSON form of
their own; each must come back as the type it was, to the nanosecond and with its zone.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from neo4j import Driver

from graph.store.backup import BackupError, fingerprint_of, restore_backup, write_backup
from graph.store.settings import GraphSettings
from tests.conftest import wipe

EVERY_TYPE = """
CREATE (a:Probe:Typed {
  id: 'every-type', text: 'é\u2028 and "quotes"', int: 9007199254740993, float: 0.1,
  nan: 0.0 / 0.0, inf: 1.0 / 0.0, yes: true, ints: [1, 2, 3], texts: ['a', 'b'],
  bytes: $bytes,
  date: date('2025-03-31'), dates: [date('2025-01-01'), date('2025-01-02')],
  offset: datetime('2025-03-31T10:11:12.123456789+01:00'),
  zoned: datetime('2025-10-26T02:30:00[Europe/Paris]'),
  local: localdatetime('2025-03-31T10:11:12.5'),
  time: time('10:11:12.000000001-05:00'), localtime: localtime('23:59:59'),
  duration: duration('P1Y2M3DT4H5M6.7S'),
  xy: point({x: 1.5, y: 2}), xyz: point({x: 1, y: 2, z: 3}),
  geo: point({latitude: 51.5, longitude: -0.1}),
  geo3: point({latitude: 51.5, longitude: -0.1, height: 10})
})
CREATE (b:Probe {id: 'other'})
CREATE (a)-[:LINKS {at: datetime('2025-03-31T10:00:00Z'), weight: 0.5}]->(b)
CREATE (b)-[:LINKS]->(b)
"""


def properties(driver: Driver) -> dict[str, object]:
    records, _, _ = driver.execute_query(
        "MATCH (n:Probe {id: 'every-type'})-[r:LINKS]->() "
        "RETURN properties(n) AS node, properties(r) AS rel, labels(n) AS labels"
    )
    [record] = records
    return {"node": record["node"], "rel": record["rel"], "labels": sorted(record["labels"])}


def same(left: object, right: object) -> bool:
    """Equal, with NaN equal to itself (it is what was stored)."""
    if isinstance(left, float) and isinstance(right, float) and math.isnan(left):
        return math.isnan(right)
    if isinstance(left, dict) and isinstance(right, dict):
        return left.keys() == right.keys() and all(same(left[k], right[k]) for k in left)
    if isinstance(left, list) and isinstance(right, list):
        return len(left) == len(right) and all(map(same, left, right))
    return bool(left == right) and type(left) is type(right)


@pytest.mark.writes
def test_every_property_type_comes_back_as_it_was(
    empty_graph: Driver, graph_settings: GraphSettings, tmp_path: Path
) -> None:
    database = graph_settings.neo4j_database
    empty_graph.execute_query(EVERY_TYPE, bytes=bytes(range(256)))
    before, fingerprint = properties(empty_graph), fingerprint_of(empty_graph, database)
    zoned = before["node"]["zoned"]  # type: ignore[index]
    assert zoned.tzinfo.zone == "Europe/Paris"  # the hour that happens twice, in summer time

    file = tmp_path / "probe.jsonl.gz"
    manifest = write_backup(empty_graph, database, file)
    assert (manifest.nodes, manifest.relationships) == (2, 2)
    assert manifest.labels == {"Probe": 2, "Typed": 1} and manifest.types == {"LINKS": 2}
    assert manifest.fingerprint == fingerprint.fingerprint

    wipe(empty_graph, database)
    expected, restored = restore_backup(empty_graph, database, file)
    assert restored.fingerprint == expected.fingerprint == fingerprint.fingerprint
    after = properties(empty_graph)
    assert same(after, before), (after, before)
    assert after["node"]["zoned"].utcoffset() == zoned.utcoffset()  # type: ignore[index]


@pytest.mark.writes
def test_a_changed_property_changes_the_fingerprint_and_ids_do_not(
    empty_graph: Driver, graph_settings: GraphSettings
) -> None:
    database = graph_settings.neo4j_database
    empty_graph.execute_query(EVERY_TYPE, bytes=b"\x00")
    first = fingerprint_of(empty_graph, database).fingerprint
    empty_graph.execute_query("MATCH (n:Probe {id: 'other'}) SET n.id = 'changed'")
    assert fingerprint_of(empty_graph, database).fingerprint != first
    wipe(empty_graph, database)  # the same content again, under new internal ids
    empty_graph.execute_query("CREATE (:Spacer)")
    empty_graph.execute_query("MATCH (s:Spacer) DELETE s")
    empty_graph.execute_query(EVERY_TYPE, bytes=b"\x00")
    assert fingerprint_of(empty_graph, database).fingerprint == first


@pytest.mark.writes
def test_restore_refuses_a_database_that_holds_anything(
    empty_graph: Driver, graph_settings: GraphSettings, tmp_path: Path
) -> None:
    database = graph_settings.neo4j_database
    empty_graph.execute_query("CREATE (:Probe {id: 'one'})")
    file = tmp_path / "one.jsonl.gz"
    write_backup(empty_graph, database, file)
    with pytest.raises(BackupError, match=r"not empty.*--force"):
        restore_backup(empty_graph, database, file)
    assert fingerprint_of(empty_graph, database).nodes == 1
