"""A value the API cannot serve, written by a tool that skipped the loader's checks, is a field
error that names it and its node, never an internal error: the rest of the answer stands."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

INITIATIVE = "kri-digital-deterrence-campaign"
LINK = (
    "MATCH (:Organisation {id: 'home-office'})-[r:PARTICIPATES_IN]->"
    f"(:Initiative {{id: '{INITIATIVE}'}}) "
)


@pytest.fixture
def role_outside_the_enum(seeded_graph: Driver) -> Iterator[None]:
    """The Home Office's participation in the KRI campaign with the role 'implementor', as
    another tool might write it; put back as it was afterwards."""
    records, _, _ = seeded_graph.execute_query(
        LINK + "RETURN elementId(r) AS id, r.role AS role", database_="neo4j"
    )
    before = [record.data() for record in records]
    assert before, "the seed has the Home Office in the KRI campaign"
    seeded_graph.execute_query(LINK + "SET r.role = 'implementor'", database_="neo4j")
    try:
        yield
    finally:
        for row in before:
            seeded_graph.execute_query(
                "MATCH ()-[r]->() WHERE elementId(r) = $id SET r.role = $role",
                row,
                database_="neo4j",
            )


def test_a_role_outside_the_enum_is_a_field_error_naming_the_node(
    role_outside_the_enum: None, client: TestClient, anonymous_reads: None
) -> None:
    query = (
        f'{{ initiative(id: "{INITIATIVE}") {{ id participants {{ role actor {{ id }} }} }} '
        'country(id: "FR") { id } }'
    )

    body = client.post("/graphql", json={"query": query}).json()

    [error] = body["errors"]
    assert error["extensions"]["code"] == "UNSERVABLE_VALUE"
    assert "'IMPLEMENTOR'" in error["message"]
    assert f'initiative(id: "{INITIATIVE}")' in error["message"]
    assert error["path"][:2] == ["initiative", "participants"]
    assert body["data"]["country"] == {"id": "FR"}  # the rest of the query is answered
