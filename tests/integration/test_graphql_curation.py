"""Editors track commitments over time: cited, validated, audited, all-or-nothing writes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from tests.support.fixture_types import Gql

SOURCE = "oic-summit-day1-press-release"
CITE = f'citation: {{source: "{SOURCE}", quote: "A communique was issued"}}'


Edit = Callable[..., tuple[int, dict[str, Any]]]


@pytest.fixture
def edit(client: TestClient, seeded_graph: Driver, editor_key: str) -> Edit:
    """POST a GraphQL document with an editor key; a test that writes through it is marked
    `writes`."""

    def run(query: str, key: str | None = editor_key) -> tuple[int, dict[str, Any]]:
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        response = client.post("/graphql", json={"query": query}, headers=headers)
        return response.status_code, response.json()

    return run


def _counts(driver: Driver) -> tuple[int, int]:
    records, _, _ = driver.execute_query(
        "MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS rels"
    )
    return records[0]["nodes"], records[0]["rels"]


@pytest.mark.writes
def test_upsert_creates_a_cited_initiative_and_an_audit_record(
    edit: Edit, seeded_graph: Driver
) -> None:
    status, body = edit(
        f'mutation {{ upsertInitiative(input: {{id: "returns-agreement", name: "Returns", '
        f'summary: "S", kind: "agreement", {CITE}}}) {{ id status sources {{ quote source {{ id }} }} }} }}'
    )
    assert status == 200, body
    initiative = body["data"]["upsertInitiative"]
    assert initiative["status"] == "announced"
    assert initiative["sources"] == [{"quote": "A communique was issued", "source": {"id": SOURCE}}]
    records, _, _ = seeded_graph.execute_query(
        "MATCH (c:Change)-[:CHANGED]->(:Initiative {id: 'returns-agreement'}) "
        "RETURN c.operation AS operation, c.by AS by, c.params AS params, c.at IS NOT NULL AS at"
    )
    (change,) = records
    assert change["operation"] == "upsertInitiative"
    assert change["by"].startswith("test editor")
    assert "returns-agreement" in change["params"] and change["at"]


def test_a_quote_not_in_the_source_is_refused_and_nothing_is_written(
    edit: Edit, seeded_graph: Driver
) -> None:
    before = _counts(seeded_graph)
    _, body = edit(
        'mutation { upsertInitiative(input: {id: "made-up", name: "X", summary: "S", kind: "programme", '
        f'citation: {{source: "{SOURCE}", quote: "a sentence the release never says"}}}}) {{ id }} }}'
    )
    (error,) = body["errors"]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "argument": "input.citation.quote"}
    assert _counts(seeded_graph) == before


def test_an_unknown_source_is_refused(edit: Edit) -> None:
    _, body = edit(
        'mutation { upsertInitiative(input: {id: "x", name: "X", summary: "S", kind: "programme", '
        'citation: {source: "no-such-source", quote: "France"}}) { id } }'
    )
    assert body["errors"][0]["extensions"]["argument"] == "input.citation.source"


def test_mutations_need_an_editor_key(edit: Edit, reader_key: str, seeded_graph: Driver) -> None:
    before = _counts(seeded_graph)
    query = (
        'mutation { addParticipation(input: {initiative: "oic-summit-communique", actor: "FR", '
        f"role: PARTNER, {CITE}}}) {{ id }} }}"
    )
    status, body = edit(query, key=reader_key)
    assert status == 403
    assert body["errors"][0]["extensions"] == {"code": "FORBIDDEN", "requiredRole": "editor"}
    status, body = edit(query, key=None)
    assert status == 401 and body["error"] == "unauthenticated"  # refused before any resolver
    assert _counts(seeded_graph) == before


def test_a_mutation_without_a_key_is_401_with_a_bearer_challenge(
    client: TestClient, seeded_graph: Driver, anonymous_reads: None
) -> None:
    """HTTP requires WWW-Authenticate with a 401, as every other route sends it; anonymous
    reads do not extend to writes."""
    query = f'mutation {{ upsertInitiative(input: {{id: "x", name: "X", summary: "S", kind: "programme", {CITE}}}) {{ id }} }}'
    response = client.post("/graphql", json={"query": query})
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Bearer")
    (error,) = response.json()["errors"]
    assert error["extensions"] == {"code": "UNAUTHENTICATED", "requiredRole": "editor"}
    assert "editor" in error["message"]


def test_add_participation_validates_ids_and_iso_codes(edit: Edit) -> None:
    _, bad_code = edit(
        'mutation { addParticipation(input: {initiative: "oic-summit-communique", actor: "ZZ", '
        f"role: PARTNER, {CITE}}}) {{ id }} }}"
    )
    assert bad_code["errors"][0]["extensions"]["argument"] == "input.actor"
    _, unknown = edit(
        'mutation { addParticipation(input: {initiative: "no-such-thing", actor: "FR", '
        f"role: PARTNER, {CITE}}}) {{ id }} }}"
    )
    assert unknown["errors"][0]["extensions"]["argument"] == "input.initiative"
    # a country code in any case names the country, so it is no initiative's id
    _, country = edit(
        'mutation { addParticipation(input: {initiative: "fr", actor: "GB", '
        f"role: PARTNER, {CITE}}}) {{ id }} }}"
    )
    (error,) = country["errors"]
    assert error["extensions"]["argument"] == "input.initiative"
    assert "'fr' is a country code in any case" in error["message"]


@pytest.mark.writes
def test_adding_the_same_participation_twice_keeps_one_relationship(
    edit: Edit, seeded_graph: Driver
) -> None:
    query = (
        'mutation { addParticipation(input: {initiative: "oic-summit-communique", actor: "FR", '
        f"role: PARTNER, {CITE}}}) {{ participants {{ role actor {{ id }} }} }} }}"
    )
    edit(query)
    _, body = edit(query)
    assert body["data"]["addParticipation"]["participants"] == [
        {"role": "PARTNER", "actor": {"id": "FR"}}
    ]
    records, _, _ = seeded_graph.execute_query(
        "MATCH (:Country {id: 'FR'})-[r:PARTICIPATES_IN]->(:Initiative {id: 'oic-summit-communique'}) "
        "RETURN count(r) AS n, collect(r.quote) AS quotes"
    )
    assert records[0]["n"] == 1 and records[0]["quotes"] == ["A communique was issued"]


@pytest.mark.writes
def test_record_funding_checks_currency_and_ids_then_counts_in_totals(edit: Edit) -> None:
    _, bad_currency = edit(
        'mutation { recordFunding(input: {id: "fr-fund", name: "F", amount: 5000000, currency: "XYZ", '
        f'funders: ["FR"], {CITE}}}) {{ id }} }}'
    )
    assert bad_currency["errors"][0]["extensions"]["argument"] == "input.currency"
    for code, why in (("XXX", "means no currency"), ("xts", "is reserved for testing")):
        _, no_money = edit(
            'mutation { recordFunding(input: {id: "fr-fund", name: "F", amount: 5000000, '
            f'currency: "{code}", funders: ["FR"], {CITE}}}) {{ id }} }}'
        )
        (error,) = no_money["errors"]
        assert error["extensions"]["argument"] == "input.currency"
        assert f"{code.upper()} {why} in ISO 4217" in error["message"]
    _, unknown_region = edit(
        'mutation { recordFunding(input: {id: "fr-fund", name: "F", amount: 5000000, currency: "EUR", '
        f'funders: ["FR"], regions: ["atlantis"], {CITE}}}) {{ id }} }}'
    )
    assert unknown_region["errors"][0]["extensions"]["argument"] == "input.regions"
    _, created = edit(
        'mutation { recordFunding(input: {id: "fr-fund", name: "F", amount: 5000000, currency: "eur", '
        f'qualifier: "up to", funders: ["FR"], regions: ["europe"], {CITE}}}) '
        "{ id amount { amount currency qualifier } funders { id } } }"
    )
    assert created["data"]["recordFunding"]["amount"] == {
        "amount": 5_000_000,
        "currency": "EUR",
        "qualifier": "up to",
    }
    _, totals = edit("{ fundingTotals(groupBy: REGION) { key currency amount } }")
    europe = {
        t["currency"]: t["amount"] for t in totals["data"]["fundingTotals"] if t["key"] == "europe"
    }
    assert europe == {"GBP": 30_000_000, "EUR": 5_000_000}


@pytest.mark.writes
def test_progress_history_is_oldest_first_and_ends_stalled_listing(edit: Edit) -> None:
    for on, status in (("2026-03-01", "DELIVERED"), ("2026-01-15", "IN_PROGRESS")):
        _, body = edit(
            f'mutation {{ recordProgress(input: {{initiative: "iraq-fraudulent-document-training", '
            f'status: {status}, on: "{on}", note: "n", {CITE}}}) {{ id }} }}'
        )
        assert "errors" not in body, body
    _, body = edit(
        '{ initiative(id: "iraq-fraudulent-document-training") { status progress { status on '
        "recordedBy citation { quote } } } "
        'stalledCommitments(event: "oic-summit", since: "2026-02-01") { id } }'
    )
    initiative = body["data"]["initiative"]
    assert [p["on"] for p in initiative["progress"]] == ["2026-01-15", "2026-03-01"]
    assert initiative["status"] == "delivered"  # the latest update by date, not by arrival
    stalled = {i["id"] for i in body["data"]["stalledCommitments"]}
    assert "iraq-fraudulent-document-training" not in stalled
    assert "bsc-oic-funding-package" in stalled


def test_stalled_commitments_never_lists_delivered_or_dropped_work(gql: Gql) -> None:
    """The Day 1 communique was issued (delivered): however long ago, it has not stalled."""
    _, body = gql('{ stalledCommitments(event: "oic-summit", since: "2030-01-01") { id status } }')
    statuses = {i["id"]: i["status"] for i in body["data"]["stalledCommitments"]}
    assert "oic-summit-communique" not in statuses
    assert not {"delivered", "dropped"} & set(statuses.values())
    assert "bsc-oic-funding-package" in statuses  # announced, nothing reported since


def test_a_bad_progress_date_is_a_graphql_error(edit: Edit) -> None:
    status, body = edit(
        'mutation { recordProgress(input: {initiative: "oic-summit-communique", status: STALLED, '
        f'on: "not-a-date", {CITE}}}) {{ id }} }}'
    )
    assert status in (200, 400) and body["errors"]


def test_the_source_text_in_the_graph_is_the_seed_document(seeded_graph: Driver) -> None:
    import hashlib
    from pathlib import Path

    document = Path(__file__).resolve().parents[2] / "seed" / "oic-summit-day1-press-release.txt"
    records, _, _ = seeded_graph.execute_query(
        "MATCH (s:Source {id: $id}) RETURN s.text AS text, s.sha256 AS sha256", id=SOURCE
    )
    text = records[0]["text"]
    assert text == document.read_text(encoding="utf-8")
    assert hashlib.sha256(text.encode("utf-8")).hexdigest() == records[0]["sha256"]
