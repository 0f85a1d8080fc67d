"""Curation keeps the graph whole: one node per id, no citation lost, no change half-applied.

Every refused write is checked against the graph's fingerprint: nothing at all is written,
not even the audit record.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from graph.store.settings import GraphSettings

SOURCE = "oic-summit-day1-press-release"
QUOTE_A = "A communique was issued"
QUOTE_B = "new joint work with France to tackle irregular migration"
SOURCE_TEXT = (Path(__file__).parents[2] / "seed" / f"{SOURCE}.txt").read_text(encoding="utf-8")
CITE_A = {"source": SOURCE, "quote": QUOTE_A}
CITE_B = {"source": SOURCE, "quote": QUOTE_B}

UPSERT = "mutation($input: InitiativeInput!) { upsertInitiative(input: $input) { id } }"
PARTICIPATE = (
    "mutation($input: ParticipationInput!) { addParticipation(input: $input) "
    "{ participants { role actor { id } evidence { quote source { id } } } } }"
)
FUND = (
    "mutation($input: FundingInput!) { recordFunding(input: $input) "
    "{ id sources { quote source { id } } } }"
)
PROGRESS = "mutation($input: ProgressInput!) { recordProgress(input: $input) { id } }"

Fingerprint = Callable[[], tuple[list[Any], list[Any]]]
Edit = Callable[..., tuple[int, dict[str, Any]]]


@pytest.fixture
def edit(client: TestClient, seeded_graph: Driver, editor_key: str) -> Edit:
    """POST a GraphQL document (and variables) with an editor key; a test that writes through
    it is marked `writes`."""

    def run(query: str, variables: dict[str, Any] | None = None) -> tuple[int, dict[str, Any]]:
        response = client.post(
            "/graphql",
            json={"query": query, "variables": variables or {}},
            headers={"Authorization": f"Bearer {editor_key}"},
        )
        return response.status_code, response.json()

    return run


def initiative(id: str, citation: dict[str, str] = CITE_A) -> dict[str, Any]:
    return {"input": {"id": id, "name": "Probe", "summary": "S", "kind": "programme",
                      "citation": citation}}  # fmt: skip


def funding(id: str, citation: dict[str, str] = CITE_A, **fields: Any) -> dict[str, Any]:
    return {"input": {"id": id, "name": "Probe funding", "amount": 1000, "currency": "GBP",
                      "funders": ["FR"], "citation": citation, **fields}}  # fmt: skip


def _participation(citation: dict[str, str]) -> dict[str, Any]:
    return {"input": {"initiative": "oic-summit-communique", "actor": "FR", "role": "PARTNER",
                      "citation": citation}}  # fmt: skip


def refusal(body: dict[str, Any]) -> tuple[str | None, str]:
    """The argument and message of the one error of a refused mutation."""
    assert body.get("data") is None, body
    (error,) = body["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT", error
    return error["extensions"].get("argument"), error["message"]


def facts(fingerprint: Fingerprint) -> tuple[list[Any], list[Any]]:
    """The fingerprint without the audit trail (Change nodes and their CHANGED links)."""
    nodes, rels = fingerprint()
    return [n for n in nodes if n[0] != "Change"], [r for r in rels if r[1] != "CHANGED"]


# --- one node per id ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("document", "variables", "taken_by", "same_type"),
    [
        (
            UPSERT,
            initiative("national-crime-agency"),
            "Organisation",
            initiative("plan-for-change"),
        ),
        (UPSERT, initiative("europe"), "Region", initiative("plan-for-change")),
        (FUND, funding("oic-summit-communique"), "Initiative", funding("bsc-oic-funding")),
        (FUND, funding("home-secretary"), "Official", funding("bsc-oic-funding")),
    ],
    ids=[
        "initiative-as-organisation",
        "initiative-as-region",
        "funding-as-initiative",
        "funding-as-official",
    ],
)
@pytest.mark.writes
def test_an_id_already_used_by_a_node_of_another_type_is_refused_and_nothing_is_written(
    edit: Edit, fingerprint: Fingerprint, seeded_graph: Driver, document: str, variables: dict[str, Any],
    taken_by: str, same_type: dict[str, Any],
) -> None:  # fmt: skip
    before = fingerprint()
    _, body = edit(document, variables)
    argument, message = refusal(body)
    assert argument == "input.id"
    assert f"already used by a node of type {taken_by}" in message, message
    assert fingerprint() == before
    # an existing node of the mutation's own type is still updated in place
    id = same_type["input"]["id"]
    _, body = edit(document, same_type)
    assert "errors" not in body, body
    records, _, _ = seeded_graph.execute_query(
        "MATCH (n {id: $id}) RETURN labels(n) AS labels", id=id
    )
    assert [r["labels"] for r in records] == [
        ["Initiative" if document == UPSERT else "FundingStream"]
    ]


@pytest.mark.writes
def test_a_write_waits_for_one_under_way_and_then_sees_the_id_it_took(
    edit: Edit, driver: Driver, graph_settings: GraphSettings
) -> None:
    """Two new nodes of one id under two types at once. Uniqueness is per label, so were the
    check a plain read, the second write would find the id free and create it too; in a write
    statement Neo4j seeks the unique indexes with locks, and the check waits for the first."""
    with driver.session(database=graph_settings.neo4j_database) as session:
        tx = session.begin_transaction()  # another write under way, its node uncommitted
        tx.run("CREATE (:FundingStream {id: 'race-x', name: 'Under way'})").consume()
        with ThreadPoolExecutor(1) as pool:
            pending = pool.submit(edit, UPSERT, initiative("race-x"))
            time.sleep(1)
            assert not pending.done(), pending.result()
            tx.commit()
            _, body = pending.result(timeout=30)
    argument, message = refusal(body)
    assert argument == "input.id" and "of type FundingStream" in message
    records, _, _ = driver.execute_query(
        "MATCH (n {id: 'race-x'}) RETURN labels(n) AS labels",
        database_=graph_settings.neo4j_database,
    )
    assert [r["labels"] for r in records] == [["FundingStream"]]


# --- a citation points at one passage -----------------------------------------------------


def _vague(quote: str) -> dict[str, str]:
    return {"source": SOURCE, "quote": quote}


@pytest.mark.parametrize(
    ("document", "variables"),
    [
        (UPSERT, initiative("probe-vague", _vague("France"))),
        (PARTICIPATE, _participation(_vague("Iraq"))),
        (FUND, funding("probe-vague", _vague("the UK"))),
        (PROGRESS, {"input": {"initiative": "oic-summit-communique", "status": "STALLED",
                              "on": "2026-01-01", "citation": _vague("France")}}),
    ],
    ids=["upsertInitiative", "addParticipation", "recordFunding", "recordProgress"],
)  # fmt: skip
def test_a_quote_found_several_times_in_the_source_is_refused_with_its_count(
    edit: Edit, fingerprint: Fingerprint, document: str, variables: dict[str, Any]
) -> None:
    """A quote that occurs five times says only that the word is there, not which passage
    states the fact; nothing is written, not even the audit record."""
    before = fingerprint()
    _, body = edit(document, variables)
    argument, message = refusal(body)
    quote = variables["input"]["citation"]["quote"]
    assert argument == "input.citation.quote" and SOURCE_TEXT.count(quote) > 1
    assert f"occurs {SOURCE_TEXT.count(quote)} times in the source's text" in message
    assert fingerprint() == before


@pytest.mark.writes
def test_a_quote_that_occurs_once_cites_even_when_its_words_recur_elsewhere(edit: Edit) -> None:
    quote = "new joint work with France"
    assert SOURCE_TEXT.count("France") > 1 and SOURCE_TEXT.count(quote) == 1
    _, body = edit(UPSERT, initiative("probe-precise", _vague(quote)))
    assert body == {"data": {"upsertInitiative": {"id": "probe-precise"}}}


# --- ids are checked whole ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("document", "variables"),
    [
        (UPSERT, initiative("probe-newline\n")),
        (FUND, funding("probe-newline\n")),
    ],
    ids=["upsertInitiative", "recordFunding"],
)
def test_an_id_with_a_trailing_newline_is_refused_and_nothing_is_written(
    edit: Edit, fingerprint: Fingerprint, document: str, variables: dict[str, Any]
) -> None:
    before = fingerprint()
    _, body = edit(document, variables)
    argument, message = refusal(body)
    assert argument == "input.id"
    assert "is not an id" in message, message
    assert fingerprint() == before


@pytest.mark.parametrize(
    ("field", "value", "argument"),
    [("name", "Probe\x00name", "input.name"), ("summary", "Bell\x07", "input.summary")],
)  # fmt: skip
@pytest.mark.writes
def test_a_control_character_in_text_is_refused_naming_it_and_nothing_is_written(
    edit: Edit, fingerprint: Fingerprint, field: str, value: str, argument: str
) -> None:
    """The GraphML export could not carry it, so it would be lost on the way out."""
    before = fingerprint()
    variables = initiative("probe-control")
    variables["input"][field] = value
    _, body = edit(UPSERT, variables)
    refused, message = refusal(body)
    assert refused == argument and "control character U+00" in message, message
    assert fingerprint() == before
    # tab and line breaks are text
    variables["input"][field] = "Probe\twith\nlines"
    _, body = edit(UPSERT, variables)
    assert "errors" not in body, body


# --- no citation is lost --------------------------------------------------------------------


@pytest.mark.writes
def test_a_participation_keeps_its_citation_and_a_different_second_one_is_refused(
    edit: Edit, fingerprint: Fingerprint
) -> None:
    _, first = edit(PARTICIPATE, _participation(CITE_A))
    assert "errors" not in first, first
    after_first = fingerprint()

    _, body = edit(PARTICIPATE, _participation(CITE_B))
    argument, message = refusal(body)
    assert argument == "input.citation"
    assert QUOTE_A in message and SOURCE in message, message  # says which citation it has
    assert fingerprint() == after_first

    _, again = edit(PARTICIPATE, _participation(CITE_A))  # the same citation: nothing changes
    assert "errors" not in again, again
    assert again["data"]["addParticipation"]["participants"] == [
        {
            "role": "PARTNER",
            "actor": {"id": "FR"},
            "evidence": [{"quote": QUOTE_A, "source": {"id": SOURCE}}],
        }
    ]
    nodes, rels = facts(fingerprint)
    assert (nodes, rels) == (
        [n for n in after_first[0] if n[0] != "Change"],
        [r for r in after_first[1] if r[1] != "CHANGED"],
    )


@pytest.mark.writes
def test_recording_funding_again_with_another_citation_keeps_each_links_first_citation(
    edit: Edit, seeded_graph: Driver
) -> None:
    links = {"initiatives": ["oic-summit-communique"], "regions": ["europe"]}
    _, first = edit(FUND, funding("probe-fund", CITE_A, **links))
    assert "errors" not in first, first
    _, second = edit(FUND, funding("probe-fund", CITE_B, amount=2000, **links))
    assert "errors" not in second, second
    # the stream lists both citations
    assert second["data"]["recordFunding"]["sources"] == [
        {"quote": QUOTE_A, "source": {"id": SOURCE}},
        {"quote": QUOTE_B, "source": {"id": SOURCE}},
    ]
    records, _, _ = seeded_graph.execute_query(
        "MATCH (a)-[p:PROVIDES|FUNDS|ALLOCATED_TO]-(f:FundingStream {id: 'probe-fund'}) "
        "RETURN type(p) AS type, a.id AS other, p.source AS source, p.quote AS quote "
        "ORDER BY type, other"
    )
    assert [tuple(r.values()) for r in records] == [
        ("ALLOCATED_TO", "europe", SOURCE, QUOTE_A),
        ("FUNDS", "oic-summit-communique", SOURCE, QUOTE_A),
        ("PROVIDES", "FR", SOURCE, QUOTE_A),
    ]
    # a link the second recording adds carries the second citation
    _, third = edit(FUND, funding("probe-fund", CITE_B, funders=["FR", "GB"], **links))
    assert "errors" not in third, third
    records, _, _ = seeded_graph.execute_query(
        "MATCH (a)-[p:PROVIDES]->(:FundingStream {id: 'probe-fund'}) "
        "RETURN a.id AS funder, p.quote AS quote ORDER BY funder"
    )
    assert [tuple(r.values()) for r in records] == [("FR", QUOTE_A), ("GB", QUOTE_B)]


# --- one change per request -----------------------------------------------------------------

VALID_A = (
    'a: upsertInitiative(input: {id: "probe-multi-a", name: "A", summary: "S", kind: "programme", '
    f'citation: {{source: "{SOURCE}", quote: "{QUOTE_A}"}}}}) {{ id }}'
)
VALID_B = VALID_A.replace("a:", "b:", 1).replace("probe-multi-a", "probe-multi-b")
INVALID_B = VALID_A.replace("a:", "b:", 1).replace("probe-multi-a", "Probe B")


@pytest.mark.parametrize(
    "document",
    [
        f"mutation {{ {VALID_A} {INVALID_B} }}",
        f"mutation {{ {VALID_A} {VALID_B} }}",
        f"mutation {{ ...Both }} fragment Both on Mutation {{ {VALID_A} {VALID_B} }}",
    ],
    ids=["valid-then-invalid", "both-valid", "in-a-fragment"],
)
def test_a_mutation_with_several_root_fields_is_refused_before_anything_is_written(
    edit: Edit, fingerprint: Fingerprint, document: str
) -> None:
    before = fingerprint()
    status, body = edit(document)
    assert status == 200, body
    assert body.get("data") is None, body
    assert {e["extensions"]["code"] for e in body["errors"]} == {"BAD_USER_INPUT"}
    assert "one change per request" in body["errors"][0]["message"], body
    assert fingerprint() == before


@pytest.mark.writes
def test_one_change_per_request_still_allows_typename_and_skipped_fields(
    edit: Edit, fingerprint: Fingerprint
) -> None:
    before = fingerprint()
    _, body = edit(f"mutation {{ ...Both }} fragment Both on Mutation {{ {VALID_A} {VALID_B} }}")
    assert body.get("data") is None and fingerprint() == before, body
    _, body = edit(
        f"mutation($skip: Boolean!) {{ __typename {VALID_A} {VALID_B.replace('{ id }', '@skip(if: $skip) { id }', 1)} }}",
        {"skip": True},
    )
    assert body == {"data": {"__typename": "Mutation", "a": {"id": "probe-multi-a"}}}, body


# --- wrong types are named ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("document", "variables", "argument", "expected"),
    [
        (FUND, funding("probe-fund", regions=["national-crime-agency"]), "input.regions",
         "'national-crime-agency' is an Organisation, not a Region or Country"),
        (FUND, funding("probe-fund", funders=["europe"]), "input.funders",
         "'europe' is a Region, not a Country, Organisation or Official"),
        (FUND, funding("probe-fund", initiatives=["bsc-oic-funding"]), "input.initiatives",
         "'bsc-oic-funding' is a FundingStream, not an Initiative"),
        (PARTICIPATE, {"input": {"initiative": "oic-summit-communique", "actor": "europe",
                                 "role": "PARTNER", "citation": CITE_A}}, "input.actor",
         "'europe' is a Region, not a Country, Organisation or Official"),
        (PARTICIPATE, {"input": {"initiative": "national-crime-agency", "actor": "FR",
                                 "role": "PARTNER", "citation": CITE_A}}, "input.initiative",
         "'national-crime-agency' is an Organisation, not an Initiative"),
        (PROGRESS, {"input": {"initiative": "oic-summit", "status": "STALLED",
                              "on": "2026-01-01", "citation": CITE_A}}, "input.initiative",
         "'oic-summit' is an Event, not an Initiative"),
    ],
    ids=["region-is-organisation", "funder-is-region", "initiative-is-funding-stream",
         "actor-is-region", "participation-initiative-is-organisation",
         "progress-initiative-is-event"],
)  # fmt: skip
def test_an_id_of_the_wrong_type_is_refused_naming_the_type_found(
    edit: Edit, fingerprint: Fingerprint, document: str, variables: dict[str, Any], argument: str,
    expected: str,
) -> None:  # fmt: skip
    before = fingerprint()
    _, body = edit(document, variables)
    found, message = refusal(body)
    assert found == argument
    assert expected in message, message
    assert fingerprint() == before


@pytest.mark.writes
def test_the_answer_to_add_participation_lists_every_participant_not_only_the_new_one(
    edit: Edit,
) -> None:
    _, body = edit(UPSERT, initiative("probe-participants"))
    assert "errors" not in body, body
    for actor, role in (("FR", "PARTNER"), ("IQ", "BENEFICIARY")):
        _, body = edit(PARTICIPATE, {"input": {"initiative": "probe-participants", "actor": actor,
                                               "role": role, "citation": CITE_A}})  # fmt: skip
        assert "errors" not in body, body
    participants = body["data"]["addParticipation"]["participants"]
    assert [(p["actor"]["id"], p["role"]) for p in participants] == [
        ("FR", "PARTNER"),
        ("IQ", "BENEFICIARY"),
    ]
