"""The reference facts' Cypher files: versioned, cypher-shell-compatible, and never quoted.

`commitgraph-dev reference` writes them (tools/commitgraph_tools/reference.py); these tests
hold the text it writes to the data model's rule for a reference fact, without a database.
"""

from __future__ import annotations

from pathlib import Path

from commitgraph_tools.reference import (
    Fact,
    GraphIds,
    Reference,
    cypher_file,
    image_facts,
    next_version,
    slug,
)

from graph.migrate.cypher_files import SCHEMA_STATEMENT, read_cypher_file, split_statements

REFERENCE = Reference("gov-uk-organisations", "GOV.UK's bodies", "1", "https://example", "OGL")
FACTS = [
    Fact("Organisation", "home-office", "BASED_IN", "Country", "GB"),
    Fact("Country", "IQ", "PART_OF", "Region", "asia"),
]
ROOT = Path(__file__).resolve().parents[2]


def test_a_reference_file_writes_each_fact_with_its_reference_and_no_quote() -> None:
    statements = split_statements(cypher_file(REFERENCE, FACTS, {"asia": "142"}))
    assert not any(SCHEMA_STATEMENT.match(s.text) for s in statements)
    assert statements[0].text.startswith("MERGE (f:Reference {id: 'gov-uk-organisations'})")
    facts = [s.text for s in statements if "-[:" in s.text]
    assert len(facts) == len(FACTS)
    assert all("basis: 'REFERENCE', reference: 'gov-uk-organisations'" in f for f in facts)
    assert not any("quote" in s.text or "source" in s.text for s in statements)
    assert any("SET r.m49 = '142'" in s.text for s in statements)


def test_a_quote_mark_in_a_reference_title_stays_inside_its_string() -> None:
    odd = Reference("odd", "The 'quoted' title", "1", "u", "l")
    [statement] = split_statements(cypher_file(odd, []))
    assert "f.title = 'The \\'quoted\\' title'" in statement.text


def test_reference_files_take_the_next_free_version_from_301(tmp_path: Path) -> None:
    assert next_version(tmp_path) == 301
    (tmp_path / "V301__reference_un_m49.cypher").write_text("RETURN 1;\n")
    (tmp_path / "V215__a_document.cypher").write_text("RETURN 1;\n")
    assert next_version(tmp_path) == 302


def test_a_region_id_is_the_slug_of_its_m49_name() -> None:
    assert slug("Western Asia") == "western-asia"
    assert slug("Latin America and the Caribbean") == "latin-america-and-the-caribbean"


def test_the_committed_reference_files_are_data_files_of_the_seed() -> None:
    files = sorted((ROOT / "cypher" / "seed").glob("V3*__reference_*.cypher"))
    assert files, "the seed should hold the reference facts"
    for path in files:
        assert not read_cypher_file(path).is_schema


def test_image_gives_members_only_to_regions_m49_does_not_name() -> None:
    graph = GraphIds(
        countries={"EG", "IQ", "SY"},
        regions={"middle-east", "northern-africa"},
        organisations=set(),
        stated={("SY", "PART_OF", "middle-east", "image-regions")},
        m49_codes={},
    )
    image = {"EG": "northern-africa", "IQ": "middle-east", "SY": "middle-east", "IR": "middle-east"}

    facts = image_facts(graph, image, m49_region_ids={"northern-africa", "western-asia"})

    # Egypt's region is M49's to fill; Syria already has the fact; Iran is not in the graph
    assert facts == [Fact("Country", "IQ", "PART_OF", "Region", "middle-east")]
