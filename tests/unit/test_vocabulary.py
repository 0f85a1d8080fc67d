"""One vocabulary: docs/DATA-MODEL.md, graph/vocabulary.py, the curation API and the GraphQL
enums say the same, so a value the loader lets in is one the API can serve."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.graphql.types import ProgressStatus, Role
from graph.compile.projection import ObjectType, Scalar
from graph.compile.schema_map import ROLES, TYPES
from graph.queries.curation import PROGRESS_STATUSES as CURATION_STATUSES
from graph.store.errors import BadInput
from graph.vocabulary import (
    INITIATIVE_KINDS,
    INITIATIVE_STATUSES,
    LABELS,
    PARTICIPATION_ROLES,
    PROGRESS_STATUSES,
    RELATIONSHIPS,
    STATUS_OF_STEP_KIND,
    STEP_KINDS,
    VOCABULARIES,
    check_word,
)

DATA_MODEL = (Path(__file__).resolve().parents[2] / "docs" / "DATA-MODEL.md").read_text("utf-8")


def _table(heading: str) -> list[list[str]]:
    """The rows of the first table under `## heading`, cells stripped."""
    section = DATA_MODEL.split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| ")]
    return [[cell.strip() for cell in row.strip("|").split("|")] for row in rows[2:]]


def _names(cell: str) -> list[str]:
    return re.findall(r"`([^`]+)`", cell)


def test_the_vocabularies_of_the_data_model_page_are_the_code_s() -> None:
    documented: dict[tuple[str, str], tuple[str, ...]] = {}
    for what, values in _table("Vocabularies"):
        for owner_prop in _names(what):
            owner, prop = owner_prop.split(".")
            documented[(owner, prop)] = tuple(_names(values))

    assert {k: set(v) for k, v in documented.items()} == {
        k: set(v) for k, v in VOCABULARIES.items()
    }


def test_the_labels_and_their_properties_of_the_page_are_the_code_s() -> None:
    documented = {
        _names(label)[0]: (set(_names(required)), set(_names(optional)))
        for label, required, optional, _ in _table("Nodes")
    }

    assert documented == {
        name: (set(label.required), set(label.optional)) for name, label in LABELS.items()
    }


def test_the_relationship_types_of_the_page_are_the_code_s() -> None:
    documented = {_names(row[0])[0] for row in _table("Relationships")}

    assert documented == set(RELATIONSHIPS)


def test_the_api_serves_every_role_and_status_the_loader_lets_in() -> None:
    assert [r.value.lower() for r in Role] == list(PARTICIPATION_ROLES)
    assert ROLES == PARTICIPATION_ROLES
    assert CURATION_STATUSES == PROGRESS_STATUSES
    assert {s.value.lower() for s in ProgressStatus} == set(PROGRESS_STATUSES)


def test_every_status_a_step_gives_is_a_status_and_every_kind_is_ordered() -> None:
    documented_statuses = dict(_table("Vocabularies"))
    statuses = set(_names(documented_statuses["`Initiative.status`"]))

    assert set(STATUS_OF_STEP_KIND.values()) <= statuses
    assert set(STATUS_OF_STEP_KIND) <= set(STEP_KINDS)


def test_a_word_of_a_list_is_read_in_any_case_and_a_typo_is_refused_with_the_nearest() -> None:
    assert check_word(" In Force ", INITIATIVE_STATUSES, "status") == "in_force"
    assert check_word("FUNDING_PACKAGE", INITIATIVE_KINDS, "kind") == "funding package"
    with pytest.raises(BadInput) as typo:
        check_word("annonced", INITIATIVE_STATUSES, "filter.status")
    assert typo.value.argument == "filter.status"
    assert typo.value.message.endswith("did you mean 'announced'?")
    assert all(repr(status) in typo.value.message for status in INITIATIVE_STATUSES)
    with pytest.raises(BadInput) as unlike:
        check_word("zzz", INITIATIVE_STATUSES, "status")
    assert "did you mean" not in unlike.value.message


#: Where GraphQL serves a vocabulary-bound property of a relationship or a Step.
_SERVED_AS = {
    ("PARTICIPATES_IN", "role"): ("Participation", "role"),
    ("ATTENDED", "role"): ("Attendance", "role"),
}


def test_every_vocabulary_bound_field_the_api_serves_is_checked_against_its_words() -> None:
    """A value another tool wrote outside the list is marked, never served as if it were a
    word of it (graph/compile/unservable.py)."""
    served = 0
    for (holder, name), words in VOCABULARIES.items():
        type_name, field = _SERVED_AS.get(
            (holder, name), ("TimelineEntry" if holder == "Step" else holder, name)
        )
        kind = TYPES.get(type_name)
        mapping = kind.fields.get(field) if isinstance(kind, ObjectType) else None
        if mapping is None:
            continue  # not served by GraphQL
        assert isinstance(mapping, Scalar) and mapping.vocabulary is not None, (type_name, field)
        assert mapping.vocabulary.words == words, (type_name, field)
        served += 1
    assert served >= 14
