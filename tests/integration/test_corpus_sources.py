"""Several documents in one graph, as an analyst reads them through the API.

Sources say what they are and are listed newest first; a link that several documents state
is shown once with every citation; every amount the sources give is kept beside the others.
The list tests read the loaded seed; the link and amount tests write a small graph of their
own, so that they hold whatever the corpus files say.
"""

from __future__ import annotations

from typing import Any

import pytest
from neo4j import Driver

SOURCES = """query($filter: SourceFilter, $first: Int) {
  sources(filter: $filter, first: $first) { id publishedOn completeness } }"""


def data(gql: Any, query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
    status, body = gql(query, variables)
    assert status == 200 and "errors" not in body, body
    answer: dict[str, Any] = body["data"]
    return answer


def error_of(gql: Any, query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
    _, body = gql(query, variables)
    assert body.get("errors"), body
    answer: dict[str, Any] = body["errors"][0]
    return answer


def test_sources_come_newest_first_with_undated_ones_last(gql: Any, driver: Driver) -> None:
    listed = data(gql, SOURCES)["sources"]
    records, _, _ = driver.execute_query("MATCH (s:Source) RETURN count(s) AS n")
    assert len(listed) == records[0]["n"] > 1
    dates = [s["publishedOn"] for s in listed]
    dated = [d for d in dates if d is not None]
    assert dates == dated + [None] * (len(dates) - len(dated))
    assert dated == sorted(dated, reverse=True)


def test_sources_filter_by_day_completeness_and_words(gql: Any) -> None:
    everything = data(gql, SOURCES)["sources"]
    july = data(
        gql, SOURCES, {"filter": {"publishedFrom": "2025-07-01", "publishedTo": "2025-07-31"}}
    )["sources"]
    assert july and all("2025-07-01" <= s["publishedOn"] <= "2025-07-31" for s in july)
    assert {s["id"] for s in july} == {
        s["id"] for s in everything if s["publishedOn"] and s["publishedOn"].startswith("2025-07")
    }
    partial = data(gql, SOURCES, {"filter": {"completeness": "PARTIAL"}})["sources"]
    assert partial and all(s["completeness"] == "PARTIAL" for s in partial)
    assert len(partial) < len(everything)
    macron = data(gql, SOURCES, {"filter": {"text": "Macron"}})["sources"]
    assert "2025-07-05-pm-call-president-macron" in [s["id"] for s in macron]
    assert "2024-11-28-uk-iraq-border-security-agreement" not in [s["id"] for s in macron]
    assert len(data(gql, SOURCES, {"first": 2})["sources"]) == 2


def test_a_source_says_where_its_text_comes_from_and_how_much_cites_it(
    gql: Any, driver: Driver
) -> None:
    source = data(
        gql,
        """{ source(id: "2024-11-28-uk-iraq-border-security-agreement") {
            title url completeness completenessNote publishedOn publishedOnBasis
            publishedOnNote reproducedBy licence citedBy } }""",
    )["source"]
    assert source["completeness"] == "PARTIAL" and source["completenessNote"]
    assert source["reproducedBy"] and source["licence"]
    assert source["publishedOnBasis"] == "INFERRED" and source["publishedOnNote"]
    records, _, _ = driver.execute_query(
        "MATCH (s:Source {id: $id}) "
        "RETURN COUNT { MATCH (n)-[:EVIDENCED_BY]->(s) RETURN DISTINCT n } "
        "+ COUNT { MATCH ()-[r]->() WHERE r.source = s.id } AS n",
        id="2024-11-28-uk-iraq-border-security-agreement",
    )
    assert source["citedBy"] == records[0]["n"] > 0
    assert data(gql, '{ source(id: "no-such-source") { id } }')["source"] is None


@pytest.mark.parametrize(
    ("variables", "argument"),
    [
        ({"filter": {"publishedFrom": "2025-08-01", "publishedTo": "2025-07-01"}}, "filter.publishedFrom"),
        ({"first": 0}, "first"),
        ({"filter": {"text": "   "}}, "filter.text"),
    ],
)  # fmt: skip
def test_a_source_filter_that_cannot_hold_names_its_argument(
    gql: Any, variables: dict[str, Any], argument: str
) -> None:
    error = error_of(gql, SOURCES, variables)
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert error["extensions"]["argument"] == argument


# -- one link, every citation; every amount ---------------------------------------------------

TWO_SOURCES = """
CREATE (a:Source {id: 'doc-a', title: 'A', text: 'France takes part. Over 30 million.',
                  publishedOn: date('2025-01-01'), completeness: 'FULL'})
CREATE (b:Source {id: 'doc-b', title: 'B', text: 'France again. 30 million. Spain signs.',
                  publishedOn: date('2025-02-01'), completeness: 'PARTIAL'})
CREATE (i:Initiative {id: 'joint-work', name: 'Joint work', summary: 's', kind: 'programme',
                      status: 'announced'})
CREATE (fr:Country {id: 'FR', name: 'France'}), (es:Country {id: 'ES', name: 'Spain'})
CREATE (fr)-[:PARTICIPATES_IN {role: 'partner', source: 'doc-b', quote: 'France again.'}]->(i)
CREATE (fr)-[:PARTICIPATES_IN {role: 'partner', source: 'doc-a', quote: 'France takes part.'}]->(i)
CREATE (fr)-[:PARTICIPATES_IN {role: 'signatory', source: 'doc-a', quote: 'France takes part.'}]->(i)
CREATE (es)-[:PARTICIPATES_IN {role: 'signatory', source: 'doc-b', quote: 'Spain signs.'}]->(i)
CREATE (f:FundingStream {id: 'stream', name: 'Stream', amount: 30000000, currency: 'GBP',
                         qualifier: 'over'})
CREATE (f)-[:EVIDENCED_BY {quote: 'Over 30 million.'}]->(a)
CREATE (f)-[:EVIDENCED_BY {quote: '30 million.'}]->(b)
CREATE (:AmountClaim {id: 'stream--doc-b', amount: 30000000, currency: 'GBP'})
       -[:AMOUNT_OF {source: 'doc-b', quote: '30 million.'}]->(f)
CREATE (:AmountClaim {id: 'stream--doc-a', amount: 30000000, currency: 'GBP', qualifier: 'over'})
       -[:AMOUNT_OF {source: 'doc-a', quote: 'Over 30 million.'}]->(f)
CREATE (g:FundingStream {id: 'single', name: 'Single', amount: 5, currency: 'EUR'})
CREATE (g)-[:EVIDENCED_BY {quote: 'Spain signs.'}]->(b)
"""


@pytest.fixture
def two_sources(empty_graph: Driver) -> Driver:
    empty_graph.execute_query(TWO_SOURCES)
    return empty_graph


@pytest.mark.writes
def test_a_link_two_sources_state_is_shown_once_with_both_citations(
    gql: Any, two_sources: Driver
) -> None:
    participants = data(
        gql,
        """{ initiative(id: "joint-work") { participants {
            actor { id } role evidence { source { id } quote } } } }""",
    )["initiative"]["participants"]
    assert [(p["actor"]["id"], p["role"]) for p in participants] == [
        ("FR", "PARTNER"), ("FR", "SIGNATORY"), ("ES", "SIGNATORY"),
    ]  # fmt: skip
    assert participants[0]["evidence"] == [
        {"source": {"id": "doc-a"}, "quote": "France takes part."},
        {"source": {"id": "doc-b"}, "quote": "France again."},
    ]


@pytest.mark.writes
def test_signatories_show_which_source_names_each_of_them(gql: Any, two_sources: Driver) -> None:
    signatories = data(
        gql,
        """{ initiative(id: "joint-work") { participants(role: SIGNATORY) {
            actor { id } evidence { source { id } } } } }""",
    )["initiative"]["participants"]
    named_by = {p["actor"]["id"]: [e["source"]["id"] for e in p["evidence"]] for p in signatories}
    assert named_by == {"ES": ["doc-b"], "FR": ["doc-a"]}


@pytest.mark.writes
def test_every_amount_the_sources_give_stays_beside_the_streams_own(
    gql: Any, two_sources: Driver
) -> None:
    streams = data(
        gql,
        """{ fundingStreams { id amount { amount qualifier } amountClaims {
             money { amount currency qualifier } citation { source { id } quote } } } }""",
    )["fundingStreams"]
    by_id = {s["id"]: s for s in streams}
    assert by_id["stream"]["amount"] == {"amount": 30000000.0, "qualifier": "over"}
    assert by_id["stream"]["amountClaims"] == [
        {"money": {"amount": 30000000.0, "currency": "GBP", "qualifier": "over"},
         "citation": {"source": {"id": "doc-a"}, "quote": "Over 30 million."}},
        {"money": {"amount": 30000000.0, "currency": "GBP", "qualifier": None},
         "citation": {"source": {"id": "doc-b"}, "quote": "30 million."}},
    ]  # fmt: skip
    # a stream no claim speaks for: its own amount, with its citation
    assert by_id["single"]["amountClaims"] == [
        {"money": {"amount": 5.0, "currency": "EUR", "qualifier": None},
         "citation": {"source": {"id": "doc-b"}, "quote": "Spain signs."}},
    ]  # fmt: skip
