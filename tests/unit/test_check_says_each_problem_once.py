"""One mistake is one problem, on the line that holds it: a misspelt quote on a citation, or a
misspelt source id in the MATCH a citation uses, is not named again as a second problem."""

from __future__ import annotations

from pathlib import Path

from graph.migrate.checks import check_paths
from graph.store.settings import CYPHER_DIR, PROJECT_ROOT
from tests.support.mistakes import SOURCE_ID, scratch_document

CITATION = "MERGE (n)-[:EVIDENCED_BY {quote: 'The Home Office will lead'}]"


def _problems(tmp_path: Path, old: str, new: str) -> tuple[list[str], Path, str]:
    scratch = scratch_document(tmp_path)
    text = scratch.extraction.read_text(encoding="utf-8")
    assert text.count(old) == 1
    scratch.extraction.write_text(text.replace(old, new), encoding="utf-8")
    _, problems = check_paths([scratch.folder], CYPHER_DIR, PROJECT_ROOT / "seed")
    return [str(p) for p in problems], scratch.extraction, text


def test_a_misspelt_quote_on_a_citation_is_one_problem(tmp_path: Path) -> None:
    problems, path, text = _problems(tmp_path, CITATION, CITATION.replace("quote:", "qoute:"))

    line = 1 + text.splitlines().index(CITATION + "->(s);")
    assert problems == [
        f"{path}:{line}: EVIDENCED_BY has no property 'qoute'; did you mean 'quote'?"
    ]


def test_a_misspelt_source_id_is_named_once_on_its_match(tmp_path: Path) -> None:
    match = f"MATCH (s:Source {{id: '{SOURCE_ID}'}})\n{CITATION}"
    typo = SOURCE_ID.replace("plan", "pln")
    problems, path, text = _problems(tmp_path, match, match.replace(SOURCE_ID, typo))

    line = 1 + text.split(match)[0].count("\n")
    assert problems == [
        f"{path}:{line}: no Source has the id {typo!r}; did you mean {SOURCE_ID!r}?"
    ]
