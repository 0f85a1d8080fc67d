"""A published number is a Figure: `check` refuses a new Initiative of kind statistic, which
only V002 and V210 (applied before the rule, turned into Figures by V216 and V217) write."""

from __future__ import annotations

from pathlib import Path

from graph.migrate.checks import check_paths
from graph.store.settings import CYPHER_DIR, PROJECT_ROOT
from tests.support.mistakes import scratch_document


def test_a_new_initiative_of_kind_statistic_is_refused_naming_its_line(tmp_path: Path) -> None:
    scratch = scratch_document(tmp_path)
    text = scratch.extraction.read_text(encoding="utf-8")
    scratch.extraction.write_text(
        text.replace("n.kind = 'action plan'", "n.kind = 'statistic'"), encoding="utf-8"
    )
    line = 1 + text.splitlines().index("    n.kind = 'action plan',")

    _, problems = check_paths([scratch.folder], CYPHER_DIR, PROJECT_ROOT / "seed")

    assert [str(p) for p in problems] == [
        f"{scratch.extraction}:{line}: a published number is a Figure, not an Initiative of "
        "kind 'statistic' (docs/DATA-MODEL.md, \"A reported figure\")"
    ]
