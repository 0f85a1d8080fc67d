"""GET /api/v1/timeline: what a frontend lists beside the drawing, with the same caching and
compression as the other /api/v1 routes."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

TIMELINE = "/api/v1/timeline"
PILOT = "uk-france-returns-pilot"


@pytest.fixture
def api(client: TestClient, seeded_graph: Driver, anonymous_reads: None) -> TestClient:
    return client


def _ok(api: TestClient, **params: object) -> dict[str, Any]:
    response = api.get(TIMELINE, params=params)
    assert response.status_code == 200, response.text
    answer: dict[str, Any] = response.json()
    return answer


def test_entries_for_france_and_britain_come_oldest_first_with_their_citations(
    api: TestClient,
) -> None:
    body = _ok(api, focus=["FR", "GB"])
    entries = body["entries"]
    assert entries and body["totalCount"] == len(entries) and body["nextCursor"] is None
    assert [e["on"] for e in entries] == sorted(e["on"] for e in entries)
    deal = [
        e for e in entries if e["kind"] == "AGREED" and (e["initiative"] or {}).get("id") == PILOT
    ]
    assert deal and deal[0]["on"] == "2025-07-10" and deal[0]["datePrecision"] == "DAY"
    signed = [e for e in entries if e["kind"] == "SIGNED" and e["on"] == "2025-07-28"]
    assert signed and signed[0]["datePrecision"] == "WEEK"
    assert deal[0]["citation"]["quote"] and deal[0]["citation"]["source"]["publishedOn"]
    assert {a["type"] for e in entries for a in e["actors"]} <= {
        "Country",
        "Organisation",
        "Official",
    }
    assert body["undatedFactsLeftOut"] is None


def test_focus_may_be_comma_separated_and_match_any_widens(api: TestClient) -> None:
    both = _ok(api, focus="FR,GB")["totalCount"]
    assert both == _ok(api, focus=["FR", "GB"])["totalCount"]
    assert _ok(api, focus="FR,GB", match="any")["totalCount"] > both


def test_from_to_and_as_of_narrow_the_entries(api: TestClient) -> None:
    july = _ok(api, focus="FR", **{"from": "2025-07-01", "to": "2025-07-31"})["entries"]
    assert july and all("2025-07-01" <= e["on"] <= "2025-07-31" for e in july)
    before = _ok(api, initiative=PILOT, asOf="2025-07-31")
    assert [e["kind"] for e in before["entries"]] == ["AGREED"]
    assert before["undatedFactsLeftOut"] == 0


def test_pages_follow_next_cursor(api: TestClient) -> None:
    everything = _ok(api, focus="GB")["entries"]
    seen, after = [], None
    while True:
        page = _ok(api, focus="GB", first=3, **({"after": after} if after else {}))
        seen += page["entries"]
        after = page["nextCursor"]
        if after is None:
            break
    assert seen == everything


def test_an_unknown_focus_or_bad_match_is_400_naming_it(api: TestClient) -> None:
    for params, argument in (
        ({"focus": ["FR", "no-such-actor"]}, "focus"),
        ({"focus": "FR", "match": "SOME"}, "match"),
        ({"focus": "FR", "asOf": "last tuesday"}, "asOf"),
        ({"initiative": "no-such-initiative"}, "initiative"),
    ):
        response = api.get(TIMELINE, params=params)
        assert response.status_code == 400, response.text
        assert response.json()["argument"] == argument


def test_etag_304_and_gzip_as_on_the_other_routes(api: TestClient) -> None:
    first = api.get(TIMELINE, params={"focus": "GB"}, headers={"Accept-Encoding": "gzip"})
    assert first.status_code == 200 and first.headers["content-encoding"] == "gzip"
    etag = first.headers["etag"]
    again = api.get(TIMELINE, params={"focus": "GB"}, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.headers["etag"] == etag
    other = api.get(TIMELINE, params={"focus": "FR"}, headers={"If-None-Match": etag})
    assert other.status_code == 200 and other.headers["etag"] != etag
