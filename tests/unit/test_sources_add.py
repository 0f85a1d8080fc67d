"""`commitgraph sources add`: a corpus file's header becomes its Source's metadata, and its
body, exactly, the text every quote is checked against."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from graph.migrate.cypher_files import read_cypher_file
from graph.migrate.sources import (
    OGL,
    OPL,
    SourceFileError,
    add_source,
    extraction_path,
    read_source_file,
)
from graph.migrate.statements import Call, parse
from graph.store.settings import CYPHER_DIR, PROJECT_ROOT

CORPUS = PROJECT_ROOT / "seed" / "corpus"
HEADER = """\
title: A release (title as given by the URL slug)
publisher: Home Office (UK Government press release, as mirrored by wired-gov.net)
date: {date}
url: original GOV.UK address not seen; text seen at https://www.wired-gov.net/wg/a-release?open
completeness: partial – only the first ~2,000 characters were obtainable

"""
BODY = "Today (1 September 2025) the Home Office said:\n\nIt's “done”.\n"


def _corpus_file(folder: Path, name: str, date: str, body: str = BODY) -> Path:
    path = folder / name
    path.write_bytes((HEADER.format(date=date) + body).encode("utf-8"))
    return path


def _written(cypher: Path) -> dict[str, object]:
    """The properties the Source file SETs, as Cypher would store them."""
    [statement] = read_cypher_file(cypher).statements
    parsed = parse(statement)
    return {k: v for k, (v, _) in parsed.values("s").items()}


def test_the_text_is_exactly_the_bytes_after_the_first_blank_line(tmp_path: Path) -> None:
    path = _corpus_file(tmp_path, "2025-09-01-a-release.txt", '2025-09-01 (stated: "1 September")')

    record = read_source_file(path)

    assert record.text == BODY  # the blank line inside the body stays, the header is gone
    assert record.sha256 == hashlib.sha256(BODY.encode("utf-8")).hexdigest()
    assert "title:" not in record.text


def test_the_source_file_sets_the_header_metadata_and_the_text(tmp_path: Path) -> None:
    path = _corpus_file(tmp_path, "2025-09-01-a-release.txt", '2025-09-01 (stated: "1 September")')
    cypher = tmp_path / "cypher"

    added = add_source(path, cypher_dir=cypher, corpus_dir=tmp_path / "corpus")

    assert added.path == cypher / "seed" / "V101__src_2025_09_01_a_release.cypher"
    values = _written(added.path)
    assert values["id"] == "2025-09-01-a-release"
    assert values["title"] == "A release"
    assert values["publisher"] == "Home Office"
    assert values["url"] == "https://www.wired-gov.net/wg/a-release?open"
    assert values["publishedOn"] == Call("date", ("2025-09-01",))
    assert values["publishedOnBasis"] == "STATED"  # the body writes the day out
    assert values["completeness"] == "PARTIAL"
    assert values["reproducedBy"] == "wired-gov.net"
    assert values["licence"] == OGL
    assert values["text"] == BODY
    assert values["sha256"] == hashlib.sha256(BODY.encode("utf-8")).hexdigest()
    assert (tmp_path / "corpus" / path.name).read_bytes() == path.read_bytes()  # copied


def test_a_date_the_text_does_not_write_is_inferred_with_the_header_reason(tmp_path: Path) -> None:
    path = _corpus_file(
        tmp_path, "2025-09-02-b.txt", "2025-09-02 (in the URL slug)", body="Yesterday.\n"
    )

    record = read_source_file(path)

    assert (record.published_on_basis, record.published_on_note) == ("INFERRED", "in the URL slug")


def test_a_header_without_a_date_takes_the_file_name_date_as_inferred(tmp_path: Path) -> None:
    path = _corpus_file(tmp_path, "2025-09-03-c.txt", "not stated in the text obtained")

    record = read_source_file(path)

    assert str(record.published_on) == "2025-09-03"
    assert record.published_on_basis == "INFERRED"
    assert record.published_on_note is not None
    assert record.published_on_note.startswith("the file name's date")


def test_parliament_documents_take_the_open_parliament_licence() -> None:
    record = read_source_file(CORPUS / "2025-03-31-commons-home-office-topical-summit-answer.txt")

    assert record.licence == OPL


def test_a_file_without_the_header_fields_is_refused_naming_each(tmp_path: Path) -> None:
    path = tmp_path / "2025-09-04-d.txt"
    path.write_text("title: Only a title\nurl: https://example.org\n\nThe text.\n", "utf-8")

    with pytest.raises(SourceFileError) as refused:
        read_source_file(path)

    assert "lacks publisher, date, completeness" in str(refused.value)


def test_the_command_refuses_a_file_without_a_header_with_exit_status_1() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "app.cli",
            "sources",
            "add",
            "seed/oic-summit-day1-press-release.txt",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=PROJECT_ROOT,
    )

    assert result.returncode == 1
    assert "lacks title, publisher, date, url, completeness" in result.stderr


def test_adding_again_leaves_an_unchanged_source_file_alone(tmp_path: Path) -> None:
    path = _corpus_file(tmp_path, "2025-09-01-a-release.txt", "2025-09-01")
    cypher = tmp_path / "cypher"
    first = add_source(path, cypher_dir=cypher, corpus_dir=tmp_path / "corpus")

    again = add_source(path, cypher_dir=cypher, corpus_dir=tmp_path / "corpus")

    assert (again.path, again.status) == (first.path, "unchanged")
    other = _corpus_file(tmp_path, "2025-09-05-e.txt", "2025-09-05")
    assert add_source(other, cypher_dir=cypher, corpus_dir=tmp_path / "corpus").path.name == (
        "V102__src_2025_09_05_e.cypher"
    )


def test_a_changed_corpus_file_needs_a_new_version(tmp_path: Path) -> None:
    path = _corpus_file(tmp_path, "2025-09-01-a-release.txt", "2025-09-01")
    cypher = tmp_path / "cypher"
    add_source(path, cypher_dir=cypher, corpus_dir=tmp_path)
    path.write_text(path.read_text("utf-8") + "More text.\n", "utf-8")

    with pytest.raises(SourceFileError, match="pass --version N"):
        add_source(path, cypher_dir=cypher, corpus_dir=tmp_path)


@pytest.mark.parametrize("corpus_file", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.stem)
def test_the_committed_source_files_are_what_sources_add_writes(
    tmp_path: Path, corpus_file: Path
) -> None:
    [committed] = sorted(
        (CYPHER_DIR / "seed").glob(f"V1*__src_{corpus_file.stem.replace('-', '_')}.cypher")
    )
    version = int(committed.name[1:4])

    added = add_source(corpus_file, cypher_dir=tmp_path, corpus_dir=CORPUS, version=version)

    assert added.path.read_text("utf-8") == committed.read_text("utf-8")


def test_the_extraction_goes_after_the_highest_extraction_not_in_a_gap(tmp_path: Path) -> None:
    cypher = tmp_path / "cypher"
    (cypher / "seed").mkdir(parents=True)
    for name in ("V114__src_a.cypher", "V201__a.cypher", "V205__b.cypher", "V301__ref.cypher"):
        (cypher / "seed" / name).write_text("RETURN 1;\n", encoding="utf-8")

    path = extraction_path(cypher, "2025-09-01-some-release")

    assert path == cypher / "seed" / "V206__2025_09_01_some_release.cypher"


def test_the_next_extraction_version_is_free_in_the_project() -> None:
    path = extraction_path(CYPHER_DIR, "2025-09-01-some-release")

    assert not list(CYPHER_DIR.rglob(f"{path.name[:6]}*.cypher"))
    assert path.name.startswith("V2")
