"""The served schema keeps every type, field and argument of the public contract."""

from __future__ import annotations

from pathlib import Path

from graphql import build_schema, find_breaking_changes

from app.graphql.schema import schema

SHARED = Path(__file__).resolve().parents[3] / "shared"
COPIES = Path(__file__).resolve().parents[1] / "contract"
FILES = (
    "api-contract.graphql",
    "api-contract-curation.graphql",
    "api-contract-corpus.graphql",
)


def _contract_sdl(name: str) -> str:
    # CI clones the repo beside a copy of shared/; the copies in tests/contract keep the test
    # runnable in a clone without it, and a test below keeps them identical.
    shared = SHARED / name
    return (shared if shared.exists() else COPIES / name).read_text()


def _breaking(contract_sdl: str) -> list[str]:
    served = build_schema(str(schema))
    changes = find_breaking_changes(build_schema(contract_sdl), served)
    return [f"{c.type.name}: {c.description}" for c in changes]


def test_served_schema_has_no_breaking_change_against_the_contract() -> None:
    assert _breaking(_contract_sdl(FILES[0])) == []


def test_served_schema_has_no_breaking_change_against_all_contract_files_together() -> None:
    together = "\n".join(_contract_sdl(name) for name in FILES)
    assert "Mutation" in together
    assert "TimelineEntry" in together
    assert _breaking(together) == []


def test_a_removed_corpus_field_would_be_caught() -> None:
    """The corpus file only extends the others, so it is checked read with them."""
    together = "\n".join(_contract_sdl(name) for name in FILES)
    trimmed = together + "\nextend type Source { retiredCorpusField: Int }\n"
    assert any("retiredCorpusField" in change for change in _breaking(trimmed))


def test_every_contract_file_in_shared_has_a_copy_in_tests() -> None:
    if SHARED.exists():
        shared = sorted(p.name for p in SHARED.glob("api-contract*.graphql"))
        assert shared == sorted(FILES)


def test_a_removed_field_would_be_caught() -> None:
    trimmed = _contract_sdl(FILES[0]) + "\nextend type Query { retiredField: Int }\n"
    assert any("retiredField" in change for change in _breaking(trimmed))


def test_the_contract_copies_in_tests_match_shared() -> None:
    for name in FILES:
        if (SHARED / name).exists():
            assert (COPIES / name).read_text() == (SHARED / name).read_text()


def test_schema_describes_filter_semantics() -> None:
    sdl = str(schema)
    assert "region inside it" in sdl
    assert "every listed country" in sdl
