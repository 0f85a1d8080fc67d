"""Reading one document's facts through the public GraphQL API, as an analyst checks them:
which links a given source states, in which role, with which quote, and the steps it dates.

The per-document fact tests (tests/integration/test_corpus_facts_*.py) ask for an initiative
or an event once and then look only at what one source says, so a later document that adds
its own citations to the same node does not change what they check.
"""

from __future__ import annotations

from typing import Any

from tests.support.fixture_types import Gql

CITED = "evidence { source { id } quote }"

#: One initiative with everything an analyst checks first, in one request.
INITIATIVE = f"""query($id: ID!) {{ initiative(id: $id) {{
    id name kind status audiences
    sources {{ source {{ id }} quote }}
    participants {{ role actor {{ id }} {CITED} }}
    targetsWithEvidence {{ node {{ id }} {CITED} }}
    eventsWithEvidence {{ node {{ id }} {CITED} }}
    buildsOnWithEvidence {{ node {{ id }} {CITED} }}
    builtOnByWithEvidence {{ node {{ id }} {CITED} }}
    contributesToWithEvidence {{ node {{ id }} {CITED} }}
    topicsWithEvidence {{ node {{ id }} {CITED} }}
    fundingWithEvidence {{ {CITED} node {{ id ... on FundingStream {{
        stage amount {{ amount currency qualifier }}
        fundersWithEvidence {{ node {{ id }} {CITED} }}
        allocatedToWithEvidence {{ node {{ id }} {CITED} }} }} }} }}
    history {{ on datePrecision dateBasis kind actors {{ id }} event {{ id }} citation {{ source {{ id }} quote }} }}
}} }}"""

#: One event: when, where, and who attended in which role, each with its citations.
EVENT = f"""query($id: ID!) {{ event(id: $id) {{
    id name kind location startDate
    sources {{ source {{ id }} quote }}
    attendance {{ role actor {{ id }} {CITED} }}
    initiativesWithEvidence {{ node {{ id }} {CITED} }}
    topicsWithEvidence {{ node {{ id }} {CITED} }}
}} }}"""


def data(gql: Gql, query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
    """The answer's `data`, having checked the request succeeded without errors."""
    status, body = gql(query, variables)
    assert status == 200 and "errors" not in body, body
    answer: dict[str, Any] = body["data"]
    return answer


def initiative(gql: Gql, initiative_id: str) -> dict[str, Any]:
    found: dict[str, Any] = data(gql, INITIATIVE, {"id": initiative_id})["initiative"]
    assert found is not None, f"no initiative {initiative_id!r}"
    return found


def event(gql: Gql, event_id: str) -> dict[str, Any]:
    found: dict[str, Any] = data(gql, EVENT, {"id": event_id})["event"]
    assert found is not None, f"no event {event_id!r}"
    return found


def _cites(item: dict[str, Any], source: str) -> bool:
    return any(c["source"]["id"] == source for c in item["evidence"])


def stated_by(links: list[dict[str, Any]], source: str) -> set[str]:
    """The ids of the linked nodes that this source states the link to."""
    return {link["node"]["id"] for link in links if _cites(link, source)}


def roles_stated_by(taking_part: list[dict[str, Any]], source: str) -> set[tuple[str, str]]:
    """(actor id, role) of each participation or attendance this source states."""
    return {(p["actor"]["id"], p["role"]) for p in taking_part if _cites(p, source)}


def quotes(items: list[dict[str, Any]], node_id: str, source: str) -> list[str]:
    """The quotes with which this source states the link to `node_id` (a link's node or a
    participation's actor)."""
    return [
        c["quote"]
        for item in items
        if (item.get("node") or item.get("actor") or {}).get("id") == node_id
        for c in item["evidence"]
        if c["source"]["id"] == source
    ]


def steps_from(history: list[dict[str, Any]], source: str) -> list[tuple[str, str, str, str]]:
    """(kind, day, how the day is known, its precision) of each dated step this source
    records, oldest first; a step dated by its week, month or year is on the span's first day."""
    return [
        (entry["kind"], entry["on"], entry["dateBasis"], entry["datePrecision"])
        for entry in history
        if entry["citation"]["source"]["id"] == source
    ]


def sources_of(node: dict[str, Any]) -> set[str]:
    """The ids of the sources that cite the node itself."""
    return {c["source"]["id"] for c in node["sources"]}
