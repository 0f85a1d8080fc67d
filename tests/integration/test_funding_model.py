"""One funding model: a FUNDER participation with no stated amount is funding whose amount is
unknown (null, never 0), totals say how precise they are, and a country's funding counts its
bodies as the initiative filters do."""

from __future__ import annotations

from typing import Any

from neo4j import Driver

from tests.support.fixture_types import Gql

FUNDING = (
    "query($funder: ID, $region: ID, $ref: Boolean) { funding(funder: $funder, region: $region, "
    "includeReference: $ref) { funder { ... on Country { id } ... on Organisation { id } "
    "... on Official { id } } initiative { id } stream { id } amount { amount currency } "
    "amountKnown evidence { quote source { id text } } } }"
)


def _funding(gql: Gql, **variables: Any) -> list[dict[str, Any]]:
    _, body = gql(FUNDING, variables)
    assert "errors" not in body, body
    rows: list[dict[str, Any]] = body["data"]["funding"]
    return rows


def test_france_funds_the_grassroots_programme_with_an_unknown_amount_not_zero(gql: Gql) -> None:
    (france,) = _funding(gql, funder="FR")
    assert france["initiative"]["id"] == "grassroots-engagement-programme"
    assert france["stream"] is None and france["amount"] is None
    assert france["amountKnown"] is False
    (citation,) = france["evidence"]
    assert "fund\nan additional grassroots engagement programme" in citation["quote"]
    assert citation["quote"] in citation["source"]["text"]


def test_every_funder_participation_is_in_the_funding_answer(gql: Gql, driver: Driver) -> None:
    records, _, _ = driver.execute_query(
        "MATCH (a)-[:PARTICIPATES_IN {role: 'funder'}]->(i:Initiative) "
        "RETURN DISTINCT a.id AS funder, i.id AS initiative"
    )
    expected = {(r["funder"], r["initiative"]) for r in records}
    assert ("GB", "grassroots-engagement-programme") in expected
    found = {(f["funder"]["id"], (f["initiative"] or {}).get("id")) for f in _funding(gql)}
    assert expected <= found
    for row in _funding(gql):
        assert row["amountKnown"] == (row["amount"] is not None) == (row["stream"] is not None)
        assert row["amount"] is None or row["amount"]["amount"] > 0


def test_a_country_s_funding_counts_its_bodies_as_funding_streams_does(gql: Gql) -> None:
    for reference in (True, False):
        _, streams = gql(
            'query($ref: Boolean) { fundingStreams(funder: "GB", includeReference: $ref) { id } }',
            {"ref": reference},
        )
        stated = {s["id"] for s in streams["data"]["fundingStreams"]}
        rows = _funding(gql, funder="GB", ref=reference)
        assert {r["stream"]["id"] for r in rows if r["stream"]} == stated
        assert ("GB", "grassroots-engagement-programme") in {
            (r["funder"]["id"], r["initiative"]["id"]) for r in rows if not r["amountKnown"]
        }
    # GOV.UK's list makes the Border Security Command a UK body; no document says so
    with_reference = {r["funder"]["id"] for r in _funding(gql, funder="GB")}
    documents_only = {r["funder"]["id"] for r in _funding(gql, funder="GB", ref=False)}
    assert "border-security-command" in with_reference - documents_only


def test_totals_say_at_least_when_a_stream_is_over_or_an_amount_is_unknown(gql: Gql) -> None:
    _, body = gql(
        "{ fundingTotals(groupBy: FUNDER) { key currency amount precision unknownAmounts } }"
    )
    totals = {(t["key"], t["currency"]): t for t in body["data"]["fundingTotals"]}
    # "over £30 million"
    assert totals[("border-security-command", "GBP")]["precision"] == "at least"
    assert totals[("border-security-command", "GBP")]["amount"] == 30_000_000
    # the UK's own stream is "over £7 million", and it funds the grassroots work with no amount
    uk = totals[("GB", "GBP")]
    assert uk["precision"] == "at least" and uk["unknownAmounts"] == 1
    # "up to £1 million"
    assert totals[("home-office", "GBP")]["precision"] == "at most"
    assert all(t["amount"] > 0 for t in totals.values())
    # France states no amount anywhere, so it has no currency and no total, never a zero
    assert "FR" not in {key for key, _ in totals}


def test_a_total_of_unqualified_streams_is_exact(gql: Gql, driver: Driver) -> None:
    _, body = gql("{ fundingTotals(groupBy: REGION) { key currency precision unknownAmounts } }")
    records, _, _ = driver.execute_query(
        "MATCH (f:FundingStream)-[:ALLOCATED_TO]->(g) "
        "RETURN g.id AS key, f.currency AS currency, collect(f.qualifier) AS qualifiers"
    )
    qualified = {(r["key"], r["currency"]): bool(r["qualifiers"]) for r in records}
    for total in body["data"]["fundingTotals"]:
        assert (total["precision"] == "exact") == (
            not qualified[(total["key"], total["currency"])]
        ), total
        assert total["unknownAmounts"] == 0
    assert "exact" in {t["precision"] for t in body["data"]["fundingTotals"]}
