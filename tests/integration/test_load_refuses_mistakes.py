"""`commitgraph load` and `--dry-run` refuse what the API could not serve, inside the file's
transaction: each of the eleven mistakes of tests/support/mistakes.py is named with its file
and line, and nothing of the refused file is left in the graph."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from neo4j import Driver

from graph.migrate.cypher_files import discover
from graph.migrate.loader import Loader, LoadError
from graph.store.settings import GraphSettings
from tests.support.mistakes import MISTAKES, SOURCE_ID, Mistake, make, scratch_document


def _rows(driver: Driver, cypher: str, **params: Any) -> list[dict[str, Any]]:
    records, _, _ = driver.execute_query(cypher, params, database_="neo4j")
    return [record.data() for record in records]


def _refusal(driver: Driver, folder: Path, dry_run: bool) -> str:
    with pytest.raises(LoadError) as refused:
        Loader(driver, "neo4j").load(discover([folder]), dry_run=dry_run)
    return str(refused.value)


def _problems(message: str) -> list[str]:
    """The problems a refusal lists, one a line, without its closing summary."""
    *problems, summary = message.splitlines()
    assert summary.startswith(f"{len(problems)} problem"), message
    return problems


def _named(message: str, path: Path, line: int, value: str) -> bool:
    return any(
        entry.startswith(f"{path}:{line}: ") and value in entry for entry in _problems(message)
    )


def _named_once(message: str, path: Path, line: int, value: str) -> bool:
    """The refusal names one problem, on `line` of `path`, with `value`."""
    problems = _problems(message)
    return len(problems) == 1 and _named(message, path, line, value)


def _left_of_the_document(driver: Driver) -> dict[str, int]:
    return _rows(
        driver,
        "RETURN COUNT { MATCH (:Initiative {id: 'test-joint-patrol-plan'}) } AS initiative, "
        "COUNT { MATCH (:Organisation {id: 'uk-home-office'}) } AS twin, "
        "COUNT { MATCH ()-[r]->() WHERE r.source STARTS WITH '2025-09-01-test' } AS cited, "
        "COUNT { MATCH ()-[:EVIDENCED_BY]->(:Source {id: $id}) } AS evidence, "
        "COUNT { MATCH (m:__Migration) WHERE m.version IN [190, 990] } AS ledger",
        id=SOURCE_ID,
    )[0]


@pytest.mark.parametrize("mistake", MISTAKES, ids=[m.name for m in MISTAKES])
def test_a_dry_run_refuses_each_mistake_once_on_the_line_that_wrote_it(
    seeded_graph: Driver, tmp_path: Path, mistake: Mistake
) -> None:
    scratch = scratch_document(tmp_path)
    path, line = make(scratch, mistake)

    message = _refusal(seeded_graph, scratch.folder, dry_run=True)

    assert _named_once(message, path, line, mistake.named), (line, message)
    assert message.splitlines()[-1].startswith(f"1 problem: {path.name} was refused")
    assert "nothing of it was written" in message


def test_a_value_only_the_graph_can_read_is_named_once_on_the_line_that_wrote_it(
    seeded_graph: Driver, tmp_path: Path
) -> None:
    """A status the file computes is no literal the file's check can read: the graph's check
    finds it, on the line of the SET, not on the line of the MERGE that names the node."""
    scratch = scratch_document(tmp_path)
    text = scratch.extraction.read_text(encoding="utf-8")
    computed = text.replace("n.status = 'announced'", "n.status = toUpper('a') + 'nnounced'")
    assert computed != text
    scratch.extraction.write_text(computed, encoding="utf-8")

    message = _refusal(seeded_graph, scratch.folder, dry_run=True)

    line = computed[: computed.index("n.status =")].count("\n") + 1
    assert _named_once(message, scratch.extraction, line, "status 'Announced'"), message


def test_a_dry_run_passes_the_document_added_as_the_guide_says(
    seeded_graph: Driver, tmp_path: Path
) -> None:
    scratch = scratch_document(tmp_path)

    report = Loader(seeded_graph, "neo4j").load(discover([scratch.folder]), dry_run=True)

    assert [o.status for o in report.outcomes] == ["checked", "checked"]


def test_a_statement_that_changes_nothing_the_first_time_is_refused_by_line(
    seeded_graph: Driver, tmp_path: Path
) -> None:
    scratch = scratch_document(tmp_path)
    text = scratch.extraction.read_text(encoding="utf-8")
    repeated = text[text.index("MATCH (n:Country {id: 'FR'})") :].split(";")[0] + ";\n"
    scratch.extraction.write_text(text + repeated, encoding="utf-8")

    message = _refusal(seeded_graph, scratch.folder, dry_run=True)

    line = text.count("\n") + 1
    assert _named_once(message, scratch.extraction, line, "changed nothing"), message
    assert "what it MERGEs was already there, though (:Country {id: 'FR'}), (:Source" in message


def test_a_match_whose_where_finds_no_row_is_refused_saying_its_node_exists(
    seeded_graph: Driver, tmp_path: Path
) -> None:
    """The initiative is created earlier in the same file: the MATCH found it, its WHERE
    left no row, and the refusal says so rather than that the node is missing."""
    scratch = scratch_document(tmp_path)
    text = scratch.extraction.read_text(encoding="utf-8")
    filtered = (
        "\nMATCH (n:Initiative {id: 'test-joint-patrol-plan'})\n"
        "WHERE n.status = 'signed'\n"
        "SET n.summary = 'The Home Office and France sign a joint patrol plan.';\n"
    )
    scratch.extraction.write_text(text + filtered, encoding="utf-8")

    message = _refusal(seeded_graph, scratch.folder, dry_run=True)

    line = text.count("\n") + 2
    assert _named_once(
        message,
        scratch.extraction,
        line,
        "changed nothing the first time its file was applied: no row reached its SET: its "
        "MATCH found no row, though (:Initiative {id: 'test-joint-patrol-plan'}) exists",
    ), message
    assert "no (:Initiative" not in message


def test_a_node_whose_alias_is_an_earlier_new_nodes_name_in_any_case_is_refused_not_the_earlier(
    seeded_graph: Driver, tmp_path: Path
) -> None:
    scratch = scratch_document(tmp_path)
    text = scratch.extraction.read_text(encoding="utf-8")
    twins = "".join(
        f"\nMERGE (n:Organisation {{id: '{id}'}})\n"
        f"SET n.name = '{name}', n.kind = 'government department'{more}\n"
        "WITH n\n"
        f"MATCH (s:Source {{id: '{SOURCE_ID}'}})\n"
        "MERGE (n)-[:EVIDENCED_BY {quote: 'The Home Office will lead'}]->(s);\n"
        for id, name, more in (
            ("test-patrol-office", "Patrol Office", ""),
            (
                "test-second-patrol-office",
                "Second Patrol Office",
                ", n.aliases = ['PATROL OFFICE']",
            ),
        )
    )
    scratch.extraction.write_text(text + twins, encoding="utf-8")
    first = (text + twins).index("MERGE (n:Organisation {id: 'test-patrol-office'})")
    second = (text + twins).index("MERGE (n:Organisation {id: 'test-second-patrol-office'})")

    message = _refusal(seeded_graph, scratch.folder, dry_run=True)

    twin_of = "'Patrol Office' is the name or an alias of the existing Organisation"
    second_line = (text + twins)[:second].count("\n") + 1
    assert _named(message, scratch.extraction, second_line, f"{twin_of} 'test-patrol-office'")
    first_line = (text + twins)[:first].count("\n") + 1
    assert not _named(message, scratch.extraction, first_line, "is the name or an alias"), message


@pytest.mark.writes
def test_a_load_refuses_each_mistake_and_leaves_nothing_of_the_refused_file(
    seeded_graph: Driver, graph_settings: GraphSettings, tmp_path: Path
) -> None:
    # the Source's own mistake first: afterwards its file is applied and may not change
    order = sorted(MISTAKES, key=lambda m: not m.in_source)
    for n, mistake in enumerate(order):
        scratch = scratch_document(tmp_path / str(n))
        path, line = make(scratch, mistake)

        message = _refusal(seeded_graph, scratch.folder, dry_run=False)

        assert _named_once(message, path, line, mistake.named), (mistake.name, line, message)
        left = _left_of_the_document(seeded_graph)
        sources = _rows(seeded_graph, "MATCH (s:Source {id: $id}) RETURN s.id", id=SOURCE_ID)
        if mistake.in_source:
            assert sources == [] and left["ledger"] == 0, mistake.name
        else:
            assert left == {
                "initiative": 0, "twin": 0, "cited": 0, "evidence": 0, "ledger": 1,
            }, mistake.name  # fmt: skip


@pytest.mark.writes
def test_an_initiative_takes_the_status_of_its_latest_dated_step(
    seeded_graph: Driver, tmp_path: Path
) -> None:
    scratch = scratch_document(tmp_path)
    step = (
        "\nMERGE (st:Step {id: 'test-joint-patrol-plan--agreed--" + SOURCE_ID + "'})\n"
        "SET st.kind = 'agreed', st.on = date('2025-09-01'), st.dateBasis = 'STATED',\n"
        "    st.summary = 'The Home Office and France agree a joint patrol plan.'\n"
        "WITH st\n"
        "MATCH (s:Source {id: '" + SOURCE_ID + "'})\n"
        "MERGE (st)-[:EVIDENCED_BY {quote: 'On 1 September 2025'}]->(s);\n"
        "\nMATCH (st:Step {id: 'test-joint-patrol-plan--agreed--" + SOURCE_ID + "'}),\n"
        "      (i:Initiative {id: 'test-joint-patrol-plan'})\n"
        "MERGE (st)-[r:STEP_OF {source: '" + SOURCE_ID + "'}]->(i)\n"
        "SET r.quote = 'agreed a joint patrol plan';\n"
    )
    scratch.extraction.write_text(
        scratch.extraction.read_text(encoding="utf-8") + step, encoding="utf-8"
    )

    Loader(seeded_graph, "neo4j").load(discover([scratch.folder]))

    rows = _rows(
        seeded_graph, "MATCH (i:Initiative {id: 'test-joint-patrol-plan'}) RETURN i.status"
    )
    assert rows == [{"i.status": "agreed"}]  # the file SETs 'announced'; its step says agreed
