"""Versioned Cypher files, read without Neo4j: names, versions, rows files and statements.

A statement ends at a semicolon outside strings, names and comments, and keeps the line it
starts on, so that a failure names file and line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.migrate.cypher_files import CypherFileError, discover, split_statements
from tests.support.loading import ROWS_CYPHER, write_file, write_rows


def test_semicolons_inside_strings_names_and_comments_do_not_end_a_statement() -> None:
    text = (
        "// a comment; not a statement\n"
        "CREATE (:LoaderProbe {note: 'a; b', other: \"c; d\"});\n"
        "/* a block; comment */\n"
        "MATCH (`odd;name`) // a trailing; comment\n"
        "RETURN 'it\\'s; fine';\n"
    )

    statements = split_statements(text)

    assert [s.line for s in statements] == [2, 4]
    assert statements[0].text == "CREATE (:LoaderProbe {note: 'a; b', other: \"c; d\"})"
    assert "`odd;name`" in statements[1].text
    assert statements[1].text.endswith("RETURN 'it\\'s; fine'")


def test_a_statement_without_a_final_semicolon_is_an_error_naming_its_line() -> None:
    with pytest.raises(CypherFileError, match=r"^V1__x\.cypher:3: .*does not end with ';'"):
        split_statements("RETURN 1;\n\nRETURN 2\n", "V1__x.cypher")


def test_a_block_comment_keeps_the_lines_of_the_statement_after_it() -> None:
    [statement] = split_statements("MATCH (n)\n/* one\ntwo */\nRETURN n;")
    assert statement.text.splitlines()[3] == "RETURN n"


def test_a_version_used_twice_is_refused_naming_both_files(tmp_path: Path) -> None:
    one = write_file(tmp_path / "a", "V301__one.cypher", "RETURN 1;\n")
    other = write_file(tmp_path / "b", "V301__other.cypher", "RETURN 2;\n")

    with pytest.raises(CypherFileError) as failure:
        discover([tmp_path / "a", tmp_path / "b"])

    assert str(one) in str(failure.value) and str(other) in str(failure.value)


def test_a_folder_without_cypher_files_is_refused_not_read_as_nothing_to_do(
    tmp_path: Path,
) -> None:
    (tmp_path / "notes.md").write_text("not a Cypher file\n")

    with pytest.raises(CypherFileError, match=r"no \.cypher file"):
        discover([tmp_path])


def test_a_cypher_file_with_both_a_csv_and_a_json_rows_file_is_refused(tmp_path: Path) -> None:
    path = write_file(tmp_path, "V401__countries.cypher", ROWS_CYPHER)
    write_rows(path.with_suffix(".csv"), [{"id": "Z1", "name": "Zedland"}])
    write_rows(path.with_suffix(".json"), [{"id": "Z2", "name": "Zedland"}])

    with pytest.raises(CypherFileError) as failure:
        discover([path])

    assert str(path) in str(failure.value)
    assert "V401__countries.csv" in str(failure.value)
    assert "V401__countries.json" in str(failure.value)
