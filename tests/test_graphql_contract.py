"""The served schema keeps every type, field and argument of the public contract."""

from __future__ import annotations

from pathlib import Path

from graphql import build_schema, find_breaking_changes

from app.graphql.schema import schema

CONTRACT = Path(__file__).resolve().parents[2] / "shared" / "api-contract.graphql"
CONTRACT_COPY = Path(__file__).resolve().parent / "contract" / "api-contract.graphql"


def _contract_sdl() -> str:
    # CI clones the repo beside a copy of shared/; the copy in tests/contract keeps the test
    # runnable in a clone without it, and a test below keeps the two identical.
    return (CONTRACT if CONTRACT.exists() else CONTRACT_COPY).read_text()


def test_served_schema_has_no_breaking_change_against_the_contract() -> None:
    served = build_schema(str(schema))
    breaking = find_breaking_changes(build_schema(_contract_sdl()), served)
    assert breaking == [], "\n".join(f"{c.type.name}: {c.description}" for c in breaking)


def test_the_contract_copy_in_tests_matches_shared() -> None:
    if CONTRACT.exists():
        assert CONTRACT_COPY.read_text() == CONTRACT.read_text()


def test_schema_describes_filter_semantics() -> None:
    sdl = str(schema)
    assert "region inside it" in sdl
    assert "every listed country" in sdl
