"""`commitgraph check` refuses, naming the file and the line, each mistake a data team makes.

The check needs no Neo4j: it reads the project's Cypher files, then a scratch document added
the way docs/DATA-TEAM.md says (tests/support/mistakes.py), and finds each mistake in it
before any load.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from graph.migrate.checks import check_paths
from graph.migrate.cypher_files import CypherFileError
from graph.store.settings import CYPHER_DIR, PROJECT_ROOT
from tests.support.mistakes import MISTAKES, SOURCE_ID, Mistake, make, scratch_document

SEED = PROJECT_ROOT / "seed"


def _check(*paths: Path) -> list[str]:
    _, problems = check_paths(list(paths), CYPHER_DIR, SEED)
    return [str(p) for p in problems]


def test_check_passes_on_the_project_cypher_files() -> None:
    count, problems = check_paths([CYPHER_DIR / "schema", CYPHER_DIR / "seed"], CYPHER_DIR, SEED)

    assert [str(p) for p in problems] == []
    assert count >= 20


def test_check_over_the_cypher_folder_checks_the_files_in_its_subfolders() -> None:
    every_file = len(list(CYPHER_DIR.glob("*/*.cypher")))

    count, problems = check_paths([CYPHER_DIR], CYPHER_DIR, SEED)

    assert [str(p) for p in problems] == []
    assert count == every_file


def test_without_the_seed_folder_quotes_wait_for_the_file_that_gives_their_source_its_text(
    tmp_path: Path,
) -> None:
    """A plain install carries cypher/ but not seed/: V002 quotes Day 1 before V011 sets its
    text, so the check must take the text from V011, as the loader does, not fail V002."""
    copy = tmp_path / "cypher"
    shutil.copytree(CYPHER_DIR, copy)
    assert check_paths([copy / "schema", copy / "seed"], copy, None)[1] == []

    [day1] = (copy / "seed").glob("V002__*.cypher")
    text = day1.read_text()
    quote = "Concrete outcomes have been agreed"
    assert text.count(quote) >= 1
    day1.write_text(text.replace(quote, "Concrete outcomes were agreed"))
    _, problems = check_paths([copy / "schema", copy / "seed"], copy, None)
    assert problems and all(str(day1) in str(p) for p in problems)
    assert all("is not in the text of 'oic-summit-day1-press-release'" in str(p) for p in problems)


def test_check_passes_on_a_document_added_as_the_guide_says(tmp_path: Path) -> None:
    scratch = scratch_document(tmp_path)

    assert _check(scratch.folder) == []


@pytest.mark.parametrize("mistake", MISTAKES, ids=[m.name for m in MISTAKES])
def test_check_names_each_mistake_once_with_file_line_and_value(
    tmp_path: Path, mistake: Mistake
) -> None:
    scratch = scratch_document(tmp_path)
    path, line = make(scratch, mistake)

    problems = _check(scratch.folder)

    assert len(problems) == 1, (line, problems)
    assert problems[0].startswith(f"{path}:{line}: "), (line, problems)
    assert mistake.named in problems[0]


def test_the_command_exits_1_and_prints_each_problem_with_file_and_line(tmp_path: Path) -> None:
    scratch = scratch_document(tmp_path)
    path, line = make(scratch, MISTAKES[4])  # the role implementor

    result = subprocess.run(
        [sys.executable, "-m", "app.cli", "check", str(scratch.folder)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=PROJECT_ROOT,
    )

    assert result.returncode == 1, result.stderr
    assert f"{path}:{line}: PARTICIPATES_IN.role 'implementor' is not one of" in result.stderr
    assert "did you mean 'implementer'?" in result.stderr


def test_a_quote_that_spans_a_gap_marker_is_refused(tmp_path: Path) -> None:
    scratch = scratch_document(tmp_path)
    text = scratch.source_file.read_text(encoding="utf-8")
    scratch.source_file.write_text(
        text.replace("in France.\\n", "in Fra[…gap: not obtained…]\\n"), encoding="utf-8"
    )
    scratch.extraction.write_text(
        scratch.extraction.read_text(encoding="utf-8").replace(
            "'with partners in France'", "'partners in Fra[…gap: not obtained…]'"
        ),
        encoding="utf-8",
    )

    problems = _check(scratch.folder)

    assert any("includes a […gap] marker" in p for p in problems), problems


def test_a_relationship_without_source_and_quote_is_refused(tmp_path: Path) -> None:
    scratch = scratch_document(tmp_path)
    text = scratch.extraction.read_text(encoding="utf-8")
    scratch.extraction.write_text(
        text
        + "MATCH (i:Initiative {id: 'test-joint-patrol-plan'}), (c:Country {id: 'FR'})\n"
        + "MERGE (i)-[:TARGETS]->(c);\n",
        encoding="utf-8",
    )

    problems = _check(scratch.folder)

    line = text.count("\n") + 2
    assert f"{scratch.extraction}:{line}: TARGETS carries no source" in "\n".join(problems)
    assert f"{scratch.extraction}:{line}: TARGETS carries no quote" in "\n".join(problems)


def test_a_relationship_merged_without_its_source_in_the_pattern_is_refused(
    tmp_path: Path,
) -> None:
    """Merged on its ends and role alone, a second document's file would match the first
    document's relationship and overwrite its citation."""
    scratch = scratch_document(tmp_path)
    text = scratch.extraction.read_text(encoding="utf-8")
    merged_before_source = text.replace(
        "MERGE (a)-[r:PARTICIPATES_IN {role: 'partner', source: '" + SOURCE_ID + "'}]->(i)",
        "MERGE (a)-[r:PARTICIPATES_IN {role: 'partner'}]->(i)\nSET r.source = '" + SOURCE_ID + "'",
    )
    assert merged_before_source != text
    scratch.extraction.write_text(merged_before_source, encoding="utf-8")

    problems = "\n".join(_check(scratch.folder))

    assert "MERGE the PARTICIPATES_IN with its source in the pattern" in problems
    assert str(scratch.extraction) in problems


def _highest(hundred: int) -> int:
    return max(
        int(path.name[1:4])
        for path in (CYPHER_DIR / "seed").glob("V*.cypher")
        if int(path.name[1:4]) // 100 == hundred
    )


def test_a_checked_file_that_takes_a_repository_files_version_is_refused_naming_both(
    tmp_path: Path,
) -> None:
    """A new extraction named V216 while V216 is the returns figure: checked alone it must
    not stand in for that file, which the load would refuse as a version used twice."""
    [taken] = (CYPHER_DIR / "seed").glob("V216__*.cypher")
    scratch = scratch_document(tmp_path)
    new = scratch.extraction.rename(scratch.folder / "V216__2025_09_01_some_release.cypher")

    with pytest.raises(CypherFileError) as refused:
        _check(scratch.folder)

    message = str(refused.value)
    assert f"version V216 is used twice: {new} and {taken}" in message
    assert message.endswith(f"a new file takes the next free version, V{_highest(2) + 1:03d}")


def test_a_copy_of_a_repository_file_stands_in_for_it(tmp_path: Path) -> None:
    [original] = (CYPHER_DIR / "seed").glob("V216__*.cypher")
    copy = tmp_path / original.name
    text = original.read_text(encoding="utf-8")
    quote = next(line for line in text.splitlines() if "quote: '" in line)
    quote = quote.split("quote: '")[1].split("'")[0]
    copy.write_text(text.replace(f"quote: '{quote}'", "quote: 'not in the text'", 1), "utf-8")

    problems = _check(copy)

    assert len(problems) == 1 and problems[0].startswith(f"{copy}:"), problems
    assert "'not in the text' is not in the text of" in problems[0]


def test_the_command_refuses_a_file_with_a_taken_version_and_names_the_next_free_one(
    tmp_path: Path,
) -> None:
    scratch = scratch_document(tmp_path)
    new = scratch.extraction.rename(scratch.folder / "V216__2025_09_01_some_release.cypher")

    result = subprocess.run(
        [sys.executable, "-m", "app.cli", "check", str(new)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=PROJECT_ROOT,
    )

    assert result.returncode == 1, result.stderr
    assert "version V216 is used twice" in result.stderr
    assert "no problems" not in result.stderr
