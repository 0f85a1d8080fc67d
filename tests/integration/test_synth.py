"""The synthetic corpus behind `commitgraph-dev bench`: deterministic, shaped like the seed, tagged.

Written into the real test Neo4j at a tiny scale (0.02: 20 initiatives, every country). No
timings here: performance is measured by the benchmark, never asserted.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pycountry
import pytest
from commitgraph_tools.synth import QUOTE_TAG, SOURCE_PREFIX, SynthSpec, clean, synth
from neo4j import Driver

from graph.store.settings import GraphSettings
from graph.vocabulary import LABELS, VOCABULARIES

#: Every test here writes to the graph (a synthetic corpus, or a load into an empty graph).
pytestmark = pytest.mark.writes

TINY = SynthSpec(scale=0.02, seed=7)


def _rows(driver: Driver, database: str, cypher: str, **params: Any) -> list[dict[str, Any]]:
    with driver.session(database=database) as session:
        return session.execute_read(lambda tx: [r.data() for r in tx.run(cypher, params)])


@pytest.fixture
def database(graph_settings: GraphSettings) -> str:
    return graph_settings.neo4j_database


def test_the_same_seed_writes_the_same_corpus_and_another_seed_another(
    empty_graph: Driver, database: str, fingerprint: Callable[[], object]
) -> None:
    first = synth(empty_graph, database, TINY)
    first_graph = fingerprint()
    clean(empty_graph, database)
    second = synth(empty_graph, database, TINY)
    assert fingerprint() == first_graph
    assert second.nodes_by_label == first.nodes_by_label
    assert second.relationships_by_type == first.relationships_by_type
    assert first.nodes_by_label["Initiative"] == TINY.initiatives == 20

    clean(empty_graph, database)
    synth(empty_graph, database, SynthSpec(scale=TINY.scale, seed=TINY.seed + 1))
    assert fingerprint() != first_graph


def test_a_second_synth_replaces_the_first_instead_of_mixing_with_it(
    empty_graph: Driver, database: str, fingerprint: Callable[[], object]
) -> None:
    synth(empty_graph, database, SynthSpec(scale=0.03, seed=TINY.seed))
    synth(empty_graph, database, TINY)
    over_a_larger_one = fingerprint()
    clean(empty_graph, database)
    synth(empty_graph, database, TINY)
    assert fingerprint() == over_a_larger_one


def test_the_corpus_has_the_shape_of_the_seed(empty_graph: Driver, database: str) -> None:
    synth(empty_graph, database, TINY)

    countries = _rows(empty_graph, database, "MATCH (c:Country) RETURN c.id AS id, c.name AS name")
    assert len(countries) == 195
    for country in countries:
        known = pycountry.countries.get(alpha_2=country["id"])
        assert known is not None
        assert country["name"] in (known.name, getattr(known, "common_name", None))
    assert not _rows(
        empty_graph, database, "MATCH (c:Country) WHERE NOT (c)-[:PART_OF]->(:Region) RETURN c"
    )
    assert not _rows(
        empty_graph,
        database,
        "MATCH (r:Region {kind: 'sub-region'}) WHERE NOT (r)-[:PART_OF]->(:Region) RETURN r",
    )

    participants = _rows(
        empty_graph,
        database,
        "MATCH (i:Initiative) RETURN i.id AS id, "
        "COUNT { MATCH (a)-[:PARTICIPATES_IN]->(i) RETURN DISTINCT a } AS actors, "
        "COUNT { (i)<-[:PARTICIPATES_IN {role: 'lead'}]-() } AS leads, "
        "COUNT { (i)-[:TARGETS]->(:Region|Country) } AS targets",
    )
    assert len(participants) == 20
    assert all(2 <= p["actors"] <= 8 for p in participants), participants
    assert all(p["leads"] == 1 and p["targets"] >= 1 for p in participants), participants
    roles = _rows(
        empty_graph, database, "MATCH ()-[r:PARTICIPATES_IN]->() RETURN DISTINCT r.role AS role"
    )
    assert {r["role"] for r in roles} <= {"lead", "partner", "funder", "implementer", "beneficiary"}

    attendance = _rows(
        empty_graph,
        database,
        "MATCH (e:Event) RETURN e.id AS id, COUNT { (e)<-[:ATTENDED]-() } AS attendees, "
        "COUNT { (e)<-[:ATTENDED {role: 'host'}]-() } AS hosts",
    )
    assert attendance
    assert all(5 <= e["attendees"] <= 60 and e["hosts"] == 1 for e in attendance), attendance

    funding = _rows(
        empty_graph,
        database,
        "MATCH (f:FundingStream) RETURN f.currency AS currency, f.amount AS amount, "
        "COUNT { (f)<-[:PROVIDES]-() } AS funders, COUNT { (f)-[:FUNDS]->(:Initiative) } AS funds, "
        "COUNT { (f)-[:ALLOCATED_TO]->() } AS places",
    )
    assert all(f["funders"] >= 1 and f["funds"] >= 1 and f["places"] >= 1 for f in funding)
    assert all(isinstance(f["amount"], int) and f["amount"] > 0 for f in funding)
    assert all(pycountry.currencies.get(alpha_3=f["currency"]) for f in funding)


def test_the_corpus_holds_only_the_words_of_the_models_vocabularies(
    empty_graph: Driver, database: str
) -> None:
    """The API flags a role, kind or status outside its vocabulary as unservable, so a corpus
    that held one would benchmark error answers."""
    synth(empty_graph, database, TINY)

    for (owner, prop), words in VOCABULARIES.items():
        pattern = f"(n:{owner})" if owner in LABELS else f"()-[n:{owner}]->()"
        used = _rows(
            empty_graph,
            database,
            f"MATCH {pattern} WHERE n.{prop} IS NOT NULL RETURN DISTINCT n.{prop} AS word",
        )
        assert {r["word"] for r in used} <= set(words), (owner, prop)


def test_every_fact_cites_a_synthetic_source_with_a_tagged_quote(
    empty_graph: Driver, database: str
) -> None:
    synth(empty_graph, database, TINY)

    uncited = _rows(
        empty_graph,
        database,
        "MATCH (n) WHERE NOT n:Source AND NOT n:__Migration AND NOT n:__MigrationLock "
        "AND NOT (n)-[:EVIDENCED_BY]->(:Source) RETURN n.id AS id",
    )
    assert uncited == []
    evidence = _rows(
        empty_graph,
        database,
        "MATCH (n)-[e:EVIDENCED_BY]->(s:Source) "
        "RETURN e.quote AS quote, s.id AS source, s.synthetic AS synthetic",
    )
    assert evidence
    for e in evidence:
        assert e["quote"].startswith(QUOTE_TAG) and len(e["quote"]) > len(QUOTE_TAG)
        assert e["source"].startswith(SOURCE_PREFIX) and e["synthetic"] is True

    facts = _rows(
        empty_graph,
        database,
        "MATCH ()-[r]->() WHERE type(r) <> 'EVIDENCED_BY' "
        "OPTIONAL MATCH (s:Source {id: r.source}) "
        "RETURN type(r) AS type, r.source AS source, r.quote AS quote, s.synthetic AS synthetic",
    )
    assert facts
    for fact in facts:
        assert fact["source"].startswith(SOURCE_PREFIX), fact
        assert fact["synthetic"] is True, fact  # the source it names exists and is synthetic
        assert fact["quote"].startswith(QUOTE_TAG), fact


def test_clean_removes_the_synthetic_corpus_and_keeps_real_data(
    empty_graph: Driver, database: str, fingerprint: Callable[[], object]
) -> None:
    with empty_graph.session(database=database) as session:
        session.execute_write(
            lambda tx: tx.run(
                "CREATE (s:Source {id: 'real-release'}) "
                "CREATE (fr:Country {id: 'FR', name: 'France'})-[:EVIDENCED_BY {quote: 'France'}]->(s) "
                "CREATE (i:Initiative {id: 'real-initiative', name: 'Real'})"
                "-[:EVIDENCED_BY {quote: 'Real'}]->(s) "
                "CREATE (fr)-[:PARTICIPATES_IN {role: 'lead', source: 'real-release', quote: 'x'}]->(i)"
                "CREATE (:Region {id: 'western-balkans', name: 'Western Balkans'})"
                "-[:PART_OF {source: 'real-release', quote: 'the Western Balkans'}]->"
                "(:Region {id: 'europe', name: 'Europe'})"
            ).consume()
        )
    before = fingerprint()
    real_citation = "MATCH (:Region {id: 'western-balkans'})-[r:PART_OF]->(:Region {id: 'europe'}) RETURN r.source AS source, r.quote AS quote"

    report = synth(empty_graph, database, TINY)
    assert report.nodes_by_label["Country"] == 194  # France was already there: not marked
    # the synth draws the same link; the one already there keeps its citation
    assert _rows(empty_graph, database, real_citation) == [
        {"source": "real-release", "quote": "the Western Balkans"}
    ]
    assert _rows(
        empty_graph,
        database,
        "MATCH (:Country {id: 'FR'})-[r:PART_OF]->(:Region) RETURN r.source AS source",
    )

    removed = clean(empty_graph, database)
    assert removed.nodes_deleted > 0 and removed.relationships_deleted > 0
    assert fingerprint() == before
    assert len(_rows(empty_graph, database, real_citation)) == 1
