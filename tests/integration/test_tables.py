"""GET /api/v1/initiatives.csv: the answer of GraphQL `initiatives` as a table a spreadsheet
opens, one row per initiative × participant × role with its quote and source."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from typing import Any

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from graph.queries.tables import COLUMNS
from tests.support.fixture_types import Gql

TABLE = "/api/v1/initiatives.csv"


@pytest.fixture
def api(client: TestClient, seeded_graph: Driver, anonymous_reads: None) -> TestClient:
    return client


def _rows(content: bytes) -> list[dict[str, str]]:
    """Read as a spreadsheet's import does: UTF-8 after the byte order mark."""
    assert content.startswith(b"\xef\xbb\xbf"), "Excel needs the BOM to read UTF-8"
    text = content.decode("utf-8-sig")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    assert tuple(reader.fieldnames or ()) == COLUMNS
    return list(reader)


def test_france_and_iraq_give_a_row_per_initiative_participant_and_role_with_its_quote(
    api: TestClient, gql: Gql, driver: Driver
) -> None:
    response = api.get(TABLE, params=[("countries", "FR"), ("countries", "IQ")])
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert response.headers["content-disposition"] == 'attachment; filename="initiatives.csv"'
    rows = _rows(response.content)
    _, body = gql(
        '{ initiatives(filter: {countries: ["FR", "IQ"]}, first: 100) { nodes { id '
        "participants { role actor { id } evidence { quote source { id } } } } } }"
    )
    expected = Counter(
        (i["id"], p["actor"]["id"], p["role"].lower())
        for i in body["data"]["initiatives"]["nodes"]
        for p in i["participants"]
    )
    found = Counter((r["initiativeId"], r["participantId"], r["role"]) for r in rows)
    assert found == expected and max(found.values()) == 1
    assert "iraq-fraudulent-document-training" in {r["initiativeId"] for r in rows}
    records, _, _ = driver.execute_query("MATCH (s:Source) RETURN s.id AS id, s.text AS text")
    texts = {r["id"]: r["text"] for r in records}
    for row in rows:
        assert row["quote"] in texts[row["sourceId"]], row
        assert row["quoteText"] == " ".join(row["quote"].split())
        offset = int(row["quoteOffset"])
        assert texts[row["sourceId"]][offset : offset + len(row["quote"])] == row["quote"]
        assert row["sourceTitle"]
        citations = json.loads(row["citations"])
        assert citations[0]["quote"] == row["quote"]
        assert all(c["quote"] in texts[c["source"]] for c in citations)


def test_a_quote_s_line_breaks_and_commas_survive_the_csv_quoting(api: TestClient) -> None:
    rows = _rows(api.get(TABLE).content)
    broken = [r for r in rows if "\n" in r["quote"]]
    assert broken, "the corpus has quotes with hard line breaks"
    assert all("\n" not in r["quoteText"] for r in broken)
    assert any("," in r["quote"] for r in rows)


def test_the_table_takes_graphql_s_filters_and_their_refusals(api: TestClient) -> None:
    funders = _rows(api.get(TABLE, params={"kind": "Programme", "countries": "fr,gb"}).content)
    assert {r["kind"] for r in funders} == {"programme"}
    assert ("grassroots-engagement-programme", "FR", "funder") in {
        (r["initiativeId"], r["participantId"], r["role"]) for r in funders
    }
    typo = api.get(TABLE, params={"status": "annonced"})
    assert typo.status_code == 400
    body: dict[str, Any] = typo.json()
    assert body["argument"] == "status" and body["reason"].endswith("did you mean 'announced'?")
    bad_country = api.get(TABLE, params={"countries": "XX"})
    assert bad_country.status_code == 400 and bad_country.json()["argument"] == "countries"
    unknown = api.get(TABLE, params={"region": "balkans"})
    assert unknown.status_code == 400 and unknown.json()["argument"] == "region"
    role = api.get(TABLE, params={"role": "funders"})
    assert role.status_code == 400 and role.json()["argument"] == "role"
    assert role.json()["reason"].endswith("did you mean 'funder'?")


def test_an_actor_in_a_role_narrows_the_table_as_graphql_does(api: TestClient, gql: Gql) -> None:
    rows = _rows(api.get(TABLE, params={"actor": "fr", "role": "FUNDER"}).content)
    _, body = gql(
        '{ initiatives(filter: {actor: "FR", role: FUNDER}, first: 100) { nodes { id } } }'
    )
    expected = {i["id"] for i in body["data"]["initiatives"]["nodes"]}
    assert {r["initiativeId"] for r in rows} == expected
    assert "grassroots-engagement-programme" in expected


def test_an_initiative_nobody_takes_part_in_is_one_row_with_empty_participant_cells(
    api: TestClient, driver: Driver
) -> None:
    records, _, _ = driver.execute_query(
        "MATCH (i:Initiative) WHERE NOT (i)<-[:PARTICIPATES_IN]-() RETURN i.id AS id"
    )
    alone = {r["id"] for r in records}
    rows = _rows(api.get(TABLE).content)
    everyone = {r["initiativeId"] for r in rows}
    records, _, _ = driver.execute_query("MATCH (i:Initiative) RETURN count(i) AS n")
    assert len(everyone) == records[0]["n"]
    for row in rows:
        if row["initiativeId"] in alone:
            assert row["participantId"] == row["role"] == row["quote"] == ""


def test_funding_table_has_france_s_funding_with_an_empty_amount_not_zero(
    api: TestClient, gql: Gql
) -> None:
    response = api.get("/api/v1/funding.csv", params={"funder": "fr"})
    assert response.status_code == 200, response.text
    assert response.content.startswith(b"\xef\xbb\xbf")
    reader = csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"), newline=""))
    (france,) = list(reader)
    assert france["funderId"] == "FR"
    assert france["initiativeId"] == "grassroots-engagement-programme"
    assert france["amount"] == france["currency"] == "" and france["amountKnown"] == "false"
    assert "grassroots engagement programme" in france["quoteText"]
    uk = list(
        csv.DictReader(
            io.StringIO(
                api.get("/api/v1/funding.csv", params={"funder": "GB"}).content.decode("utf-8-sig"),
                newline="",
            )
        )
    )
    _, body = gql('{ funding(funder: "GB") { stream { id } amountKnown } }')
    assert len(uk) == len(body["data"]["funding"])
    assert {r["streamId"] for r in uk if r["amountKnown"] == "true"} == {
        f["stream"]["id"] for f in body["data"]["funding"] if f["amountKnown"]
    }
    assert all(float(r["amount"]) > 0 for r in uk if r["amountKnown"] == "true")
