"""A value outside its vocabulary, written by a tool that skipped the loader's checks, costs
only what holds it: a field error (GraphQL) or a named warning (REST) says which node or
relationship holds which value, and every other item and root field still answers.

Each test writes one bad value straight to Neo4j with the driver, as another tool would.
"""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

PILOT = "uk-france-returns-pilot"
GRASSROOTS = "grassroots-engagement-programme"
CALL = "2025-07-05-pm-call-president-macron"

pytestmark = pytest.mark.writes


def write(driver: Driver, cypher: str) -> list[dict[str, Any]]:
    records, _, _ = driver.execute_query(cypher, database_="neo4j")
    return [record.data() for record in records]


def unservable(body: dict[str, Any]) -> list[dict[str, Any]]:
    errors = body.get("errors", [])
    assert all(e["extensions"]["code"] == "UNSERVABLE_VALUE" for e in errors), errors
    return [{**e["extensions"], "path": e["path"]} for e in errors]


def test_a_role_outside_its_vocabulary_leaves_out_that_participation_only(
    gql: Any, seeded_graph: Driver
) -> None:
    write(
        seeded_graph,
        f"MATCH (:Organisation {{id: 'uk-government'}})-[r:PARTICIPATES_IN]->"
        f"(:Initiative {{id: '{PILOT}'}}) SET r.role = 'implementor'",
    )
    query = """{ country(id: "DE") { id }
      initiatives(filter: {countries: ["FR", "GB"]}) {
        totalCount nodes { id participants { role actor { id } } } } }"""

    status, body = gql(query)

    assert status == 200
    [error] = unservable(body)
    assert error["label"] == "PARTICIPATES_IN"
    assert error["id"] == f"uk-government|PARTICIPATES_IN|implementor|{PILOT}"
    assert (error["property"], error["value"]) == ("role", "implementor")
    assert error["path"][:2] == ["initiatives", "nodes"] and error["path"][-1] == "role"
    assert body["data"]["country"] == {"id": "DE"}
    nodes = {n["id"]: n for n in body["data"]["initiatives"]["nodes"]}
    assert len(nodes) == body["data"]["initiatives"]["totalCount"]
    pilot = nodes[PILOT]["participants"]
    assert {"role": "SIGNATORY", "actor": {"id": "FR"}} in pilot
    assert not any(p["actor"]["id"] == "uk-government" for p in pilot)


def test_a_lower_case_completeness_leaves_out_that_source_only(
    gql: Any, seeded_graph: Driver
) -> None:
    write(seeded_graph, f"MATCH (s:Source {{id: '{CALL}'}}) SET s.completeness = 'full'")

    status, body = gql(f'{{ sources {{ id completeness }} source(id: "{CALL}") {{ id }} }}')

    assert status == 200

    [error] = unservable(body)
    assert (error["label"], error["id"], error["property"], error["value"]) == (
        "Source",
        CALL,
        "completeness",
        "full",
    )
    served = body["data"]["sources"]
    assert len(served) == 14 and CALL not in {s["id"] for s in served}
    assert body["data"]["source"] == {"id": CALL}  # a field that does not ask for it answers


def test_a_status_outside_its_vocabulary_is_never_served_as_a_status(
    gql: Any, seeded_graph: Driver
) -> None:
    write(seeded_graph, f"MATCH (i:Initiative {{id: '{GRASSROOTS}'}}) SET i.status = 'Announced'")

    _, body = gql(
        f'{{ one: initiative(id: "{GRASSROOTS}") {{ id status }} '
        "all: initiatives(first: 100) { nodes { id status } } "
        "names: initiatives(first: 100) { nodes { id } } }"
    )

    errors = unservable(body)
    assert {(e["label"], e["id"], e["property"], e["value"]) for e in errors} == {
        ("Initiative", GRASSROOTS, "status", "Announced")
    }
    assert {tuple(e["path"][:1]) for e in errors} == {("one",), ("all",)}
    assert body["data"]["one"] is None  # Initiative.status is non-null: its nullable holder is
    statuses = {n["status"] for n in body["data"]["all"]["nodes"]}
    assert "Announced" not in statuses and GRASSROOTS not in {
        n["id"] for n in body["data"]["all"]["nodes"]
    }
    assert GRASSROOTS in {n["id"] for n in body["data"]["names"]["nodes"]}


def test_a_step_kind_outside_its_vocabulary_leaves_out_that_entry(
    gql: Any, seeded_graph: Driver
) -> None:
    [step] = write(
        seeded_graph,
        f"MATCH (s:Step)-[:STEP_OF]->(:Initiative {{id: '{PILOT}'}}) WHERE s.kind = 'agreed' "
        "WITH s ORDER BY s.id LIMIT 1 SET s.kind = 'ratified' RETURN s.id AS id",
    )

    _, body = gql(
        f'{{ timeline(initiative: "{PILOT}") {{ nodes {{ kind }} }} '
        f'initiative(id: "{PILOT}") {{ id history {{ kind }} }} }}'
    )

    errors = unservable(body)
    assert {(e["label"], e["id"], e["property"], e["value"]) for e in errors} == {
        ("Step", step["id"], "kind", "ratified")
    }
    kinds = [n["kind"] for n in body["data"]["timeline"]["nodes"]]
    assert "RATIFIED" not in kinds and kinds
    assert body["data"]["initiative"]["id"] == PILOT
    assert "RATIFIED" not in [e["kind"] for e in body["data"]["initiative"]["history"]]


MOU = "uk-vietnam-mou-2018"


def test_a_step_dated_with_text_not_a_date_leaves_out_that_entry_only(
    gql: Any, seeded_graph: Driver
) -> None:
    [step] = write(
        seeded_graph,
        f"MATCH (s:Step)-[:STEP_OF]->(:Initiative {{id: '{MOU}'}}) SET s.on = '2018' "
        "RETURN s.id AS id",
    )

    _, body = gql(
        '{ sources { id } timeline(actors: ["VN"], first: 100) { nodes { on kind } } '
        f'initiative(id: "{MOU}") {{ id history {{ on }} }} }}'
    )

    errors = unservable(body)
    assert {(e["label"], e["id"], e["property"], e["value"]) for e in errors} == {
        ("Step", step["id"], "on", "2018")
    }
    assert any("is not a date" in e["message"] for e in body["errors"])
    assert len(body["data"]["sources"]) == 15
    assert body["data"]["timeline"]["nodes"]
    assert "2018" not in [n["on"] for n in body["data"]["timeline"]["nodes"]]
    assert body["data"]["initiative"] == {"id": MOU, "history": []}


def test_a_step_without_its_kind_leaves_out_that_entry_and_says_what_is_missing(
    gql: Any, seeded_graph: Driver
) -> None:
    [step] = write(
        seeded_graph,
        f"MATCH (s:Step)-[:STEP_OF]->(:Initiative {{id: '{MOU}'}}) REMOVE s.kind RETURN s.id AS id",
    )

    _, body = gql(f'{{ sources {{ id }} initiative(id: "{MOU}") {{ id history {{ kind }} }} }}')

    [error] = body["errors"]
    assert error["extensions"]["code"] == "UNSERVABLE_VALUE"
    assert (error["extensions"]["id"], error["extensions"]["property"]) == (step["id"], "kind")
    assert f"Step {step['id']!r} has no kind, which the answer needs" in error["message"]
    assert len(body["data"]["sources"]) == 15
    assert body["data"]["initiative"] == {"id": MOU, "history": []}


def test_a_date_property_holding_text_is_null_with_an_error_naming_it(
    gql: Any, seeded_graph: Driver
) -> None:
    write(seeded_graph, f"MATCH (s:Source {{id: '{CALL}'}}) SET s.publishedOn = 'July 2025'")

    _, body = gql(f'{{ source(id: "{CALL}") {{ id publishedOn }} }}')

    [error] = unservable(body)
    assert (error["label"], error["id"], error["property"], error["value"]) == (
        "Source",
        CALL,
        "publishedOn",
        "July 2025",
    )
    assert body["data"]["source"] == {"id": CALL, "publishedOn": None}


def test_a_nullable_field_holding_an_unservable_value_is_null_and_its_node_stays(
    gql: Any, seeded_graph: Driver
) -> None:
    write(
        seeded_graph,
        "MATCH (e:Event {id: '37th-uk-france-summit'}) SET e.startDateBasis = 'guessed'",
    )

    _, body = gql('{ event(id: "37th-uk-france-summit") { id startDate startDateBasis } }')

    [error] = unservable(body)
    assert (error["property"], error["value"], error["path"]) == (
        "startDateBasis",
        "guessed",
        ["event", "startDateBasis"],
    )
    assert body["data"]["event"] == {
        "id": "37th-uk-france-summit",
        "startDate": "2025-07-10",
        "startDateBasis": None,
    }


def test_rest_names_the_values_it_left_out_instead_of_failing(
    client: TestClient, seeded_graph: Driver, anonymous_reads: None
) -> None:
    write(
        seeded_graph,
        f"MATCH (s:Step)-[:STEP_OF]->(:Initiative {{id: '{PILOT}'}}) WHERE s.kind = 'agreed' "
        f"SET s.kind = 'ratified' WITH 1 AS done LIMIT 1 "
        f"MATCH (i:Initiative {{id: '{GRASSROOTS}'}}) SET i.status = 'Announced'",
    )

    timeline = client.get("/api/v1/timeline", params={"initiative": PILOT})
    table = client.get("/api/v1/initiatives.csv", params={"countries": "FR,GB"})

    assert timeline.status_code == 200, timeline.text
    answer = timeline.json()
    assert answer["unservableValues"] and all(
        (v["label"], v["property"], v["value"]) == ("Step", "kind", "ratified")
        for v in answer["unservableValues"]
    )
    assert "RATIFIED" not in [e["kind"] for e in answer["entries"]]
    assert table.status_code == 200
    assert GRASSROOTS not in table.text and "Announced" not in table.text
    header = table.headers["X-Unservable-Values"]
    assert f"Initiative '{GRASSROOTS}' holds status 'Announced'" in header


def test_a_drawn_edge_with_a_role_outside_its_vocabulary_has_no_role_and_stays_drawn(
    gql: Any, seeded_graph: Driver
) -> None:
    write(
        seeded_graph,
        f"MATCH (:Organisation {{id: 'uk-government'}})-[r:PARTICIPATES_IN]->"
        f"(:Initiative {{id: '{PILOT}'}}) SET r.role = 'implementor'",
    )
    edge_id = f"uk-government|PARTICIPATES_IN|implementor|{PILOT}"

    _, body = gql(
        f'{{ network(focus: ["{PILOT}"]) {{ edges {{ id role }} }} '
        f'shortestPath(from: "uk-government", to: "{PILOT}") {{ edges {{ id role }} }} }}'
    )

    errors = unservable(body)
    assert {(e["label"], e["id"], e["value"]) for e in errors} == {
        ("PARTICIPATES_IN", edge_id, "implementor")
    }
    assert {e["path"][0] for e in errors} == {"network", "shortestPath"}
    edges = {e["id"]: e["role"] for e in body["data"]["network"]["edges"]}
    assert edges[edge_id] is None
    assert edges[f"FR|PARTICIPATES_IN|signatory|{PILOT}"] == "signatory"
    assert body["data"]["shortestPath"]["edges"] == [{"id": edge_id, "role": None}]


def test_rest_network_keeps_a_stored_role_on_its_edge_and_names_it(
    client: TestClient, seeded_graph: Driver, anonymous_reads: None
) -> None:
    write(
        seeded_graph,
        f"MATCH (:Organisation {{id: 'uk-government'}})-[r:PARTICIPATES_IN]->"
        f"(:Initiative {{id: '{PILOT}'}}) SET r.role = 'implementor'",
    )

    response = client.get("/api/v1/network", params={"focus": PILOT})

    assert response.status_code == 200
    assert response.headers["X-Unservable-Values"] == (
        f"PARTICIPATES_IN 'uk-government|PARTICIPATES_IN|implementor|{PILOT}' "
        "holds role 'implementor'"
    )
    ids = {e["data"]["id"] for e in response.json()["elements"]["edges"]}
    assert f"uk-government|PARTICIPATES_IN|implementor|{PILOT}" in ids
