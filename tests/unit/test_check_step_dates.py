"""A step the text dates only by its week, month or year says so with `datePrecision`, and
its `on` is the span's first day, so that such steps order and filter like the others."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.migrate.checks import check_paths
from graph.store.settings import CYPHER_DIR, PROJECT_ROOT
from tests.support.mistakes import SOURCE_ID, scratch_document

STEP = """
MERGE (st:Step {{id: 'test-joint-patrol-plan--agreed--{source}'}})
SET st.kind = 'agreed',
    st.on = date('{on}'),
    st.datePrecision = '{precision}',
    st.dateBasis = 'STATED',
    st.summary = 'The Home Office and France agree a joint patrol plan.'
WITH st
MATCH (s:Source {{id: '{source}'}})
MERGE (st)-[:EVIDENCED_BY {{quote: 'On 1 September 2025'}}]->(s);
"""


def _problems(tmp_path: Path, on: str, precision: str) -> list[str]:
    scratch = scratch_document(tmp_path)
    with scratch.extraction.open("a", encoding="utf-8") as extraction:
        extraction.write(STEP.format(source=SOURCE_ID, on=on, precision=precision))
    _, problems = check_paths([scratch.folder], CYPHER_DIR, PROJECT_ROOT / "seed")
    return [str(p) for p in problems]


@pytest.mark.parametrize(
    ("on", "precision"),
    [
        ("2025-09-01", "DAY"),
        ("2025-09-01", "WEEK"),
        ("2025-09-01", "MONTH"),
        ("2025-01-01", "YEAR"),
    ],
)
def test_a_span_starting_on_its_first_day_passes(tmp_path: Path, on: str, precision: str) -> None:
    assert _problems(tmp_path, on, precision) == []


@pytest.mark.parametrize(
    ("on", "precision", "named"),
    [
        ("2025-09-03", "WEEK", "a Monday"),
        ("2025-09-02", "MONTH", "the 1st of its month"),
        ("2025-09-01", "YEAR", "1 January"),
    ],
)
def test_a_span_not_starting_on_its_first_day_is_refused(
    tmp_path: Path, on: str, precision: str, named: str
) -> None:
    problems = _problems(tmp_path, on, precision)

    assert len(problems) == 1
    assert f"Step.on {on} must be the first day of its span" in problems[0]
    assert problems[0].endswith(named)


def test_a_precision_outside_the_vocabulary_is_refused(tmp_path: Path) -> None:
    problems = _problems(tmp_path, "2025-09-01", "FORTNIGHT")

    assert any("Step.datePrecision 'FORTNIGHT' is not one of" in p for p in problems), problems
