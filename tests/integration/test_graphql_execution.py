"""The executor's shortcut for flat objects answers exactly what graphql-core's own path does.

`app.graphql.executor.RowExecutor` completes objects made only of stored leaves in one loop.
Each query below is executed twice against the seed, by the service's schema and by the same
schema on graphql-core's standard executor, and the answers (data and errors) must be equal.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import orjson
import pytest
import strawberry
from neo4j import Driver

from app.graphql import types as t
from app.graphql.curation import Mutation
from app.graphql.error_codes import UNEXPECTED
from app.graphql.rows import bind_row_fields
from app.graphql.schema import Query, schema
from graph.store.driver import Graph
from graph.store.settings import GraphSettings

QUERIES = [
    '{ network(focus: ["FR", "IQ"], depth: 2) { truncated nodes { id label type } '
    "edges { source target type role } } }",
    '{ network(focus: ["FR"], depth: 1, limit: 5) { nodes { __typename a: id b: id kind: type } '
    "truncated } }",
    "{ fundingTotals(groupBy: REGION) { key label currency amount streamCount shared "
    "__typename } }",
    "{ fundingTotals(groupBy: CURRENCY) { currency total: amount } }",
    '{ initiatives(filter: {countries: ["FR", "IQ"]}) { totalCount pageInfo { hasNextPage '
    "endCursor } edges { cursor node { id name status } } nodes { id "
    "participants { role actor { __typename id name } evidence { quote source { id } } } } } }",
    '{ country(id: "FR") { name partners { country { id name } sharedInitiatives { id } } '
    "events { id name startDate } } }",
    '{ node(id: "FR") { __typename id ... on Country { name organisations { id acronym kind } } } }',
    '{ search(text: "border security", first: 5) { score node { __typename id '
    "... on Initiative { name summary } ... on Organisation { name acronym } } } }",
    '{ shortestPath(from: "VN", to: "IQ") { length nodes { id label type } '
    "edges { source target type role } } }",
    '{ shortestPaths(from: "FR", to: "IQ", first: 3) { length nodes { id label type } '
    "edges { source target type role } } }",
    "{ events { id name kind location startDate attendance { role actor { id name } } } }",
]


@pytest.fixture
def standard_schema() -> strawberry.Schema:
    """The service's types and resolvers on graphql-core's standard executor."""
    plain = strawberry.Schema(query=Query, mutation=Mutation, types=t.CONCRETE_TYPES)
    bind_row_fields(plain)
    return plain


async def answer(on: strawberry.Schema, query: str, graph: Graph) -> dict[str, Any]:
    """Data as the client receives it (JSON, so 1 and 1.0 differ), and the errors."""
    result = await on.execute(query, context_value={"graph": graph, "response": None})
    return {
        "data": orjson.loads(orjson.dumps(result.data)) if result.data is not None else None,
        "json": orjson.dumps(result.data),
        "errors": [(e.message, e.path) for e in result.errors or []],
    }


async def both(
    query: str, standard_schema: strawberry.Schema, settings: GraphSettings,
    graph: Graph | None = None,
) -> tuple[dict[str, Any], dict[str, Any]]:  # fmt: skip
    """The service's answer and graphql-core's standard executor's, on the same graph (the
    real one unless `graph` is given), which is closed afterwards."""
    graph = graph or Graph(settings)
    try:
        return await answer(schema, query, graph), await answer(standard_schema, query, graph)
    finally:
        await graph.close()


@pytest.mark.parametrize("query", QUERIES)
async def test_the_shortcut_answers_what_graphql_core_answers(
    query: str, standard_schema: strawberry.Schema, seeded_graph: Driver,
    graph_settings: GraphSettings,
) -> None:  # fmt: skip
    ours, standard = await both(query, standard_schema, graph_settings)
    assert ours["errors"] == [] and ours["data"]
    assert ours == standard


@pytest.mark.writes
async def test_a_stored_null_in_a_non_null_field_is_an_error_not_a_null(
    standard_schema: strawberry.Schema, seeded_graph: Driver,
    graph_settings: GraphSettings,
) -> None:  # fmt: skip
    """Data that breaks the schema's promise surfaces as GraphQL's usual field error (whose
    message the service replaces, as for every unforeseen error, and logs)."""
    seeded_graph.execute_query(
        "MATCH (i:Initiative {id: 'iraq-fraudulent-document-training'}) REMOVE i.summary"
    )
    query = '{ initiative(id: "iraq-fraudulent-document-training") { id name summary } }'
    in_a_list = "{ events { id initiatives { id summary } } }"
    ours, standard = await both(query, standard_schema, graph_settings)
    ours_in_a_list, standard_in_a_list = await both(in_a_list, standard_schema, graph_settings)
    assert ours_in_a_list["data"] == standard_in_a_list["data"]
    assert [path for _, path in ours_in_a_list["errors"]] == [
        path for _, path in standard_in_a_list["errors"]
    ]
    assert ours_in_a_list["errors"] and ours_in_a_list["errors"][0][1][-1] == "summary"
    assert ours["data"] == standard["data"] == {"initiative": None}
    [(message, path)] = standard["errors"]
    assert "Initiative.summary" in message and path == ["initiative", "summary"]
    assert ours["errors"] == [(UNEXPECTED, ["initiative", "summary"])]


async def test_a_null_among_a_lists_strings_is_the_same_error_as_on_graphql_core(
    standard_schema: strawberry.Schema, seeded_graph: Driver, graph_settings: GraphSettings
) -> None:
    """A list whose items are only String and ID fields (a drawn network) is copied item by
    item; a null where the schema promises a string must still end that copy."""
    seeded_graph.execute_query(
        "MATCH (fr:Country {id: 'FR'}) CREATE (:Organisation {name: 'No id'})-[:BASED_IN]->(fr)"
    )
    try:
        ours, standard = await both(
            '{ network(focus: ["FR"], depth: 1) { nodes { id label type } } }',
            standard_schema,
            graph_settings,
        )
    finally:  # leave the seed as it was, so the next test needs no reload
        seeded_graph.execute_query("MATCH (o:Organisation {name: 'No id'}) DETACH DELETE o")
    assert ours["data"] == standard["data"]
    assert [path for _, path in ours["errors"]] == [path for _, path in standard["errors"]]
    assert ours["errors"] and ours["errors"][0][1][-1] == "id"


@pytest.mark.writes
async def test_dates_and_whole_amounts_are_serialised_as_graphql_core_serialises_them(
    standard_schema: strawberry.Schema, seeded_graph: Driver,
    graph_settings: GraphSettings,
) -> None:  # fmt: skip
    """Stored values that are not yet JSON (a Neo4j date, an integer in a Float field) go
    through the field's serialiser on the shortcut too."""
    seeded_graph.execute_query(
        "MATCH (e:Event) SET e.startDate = date('2025-03-31') "
        "WITH count(*) AS events MATCH (f:FundingStream) SET f.amount = toInteger(f.amount)"
    )
    query = "{ events { id startDate } fundingStreams { id amount { amount currency } } }"
    ours, standard = await both(query, standard_schema, graph_settings)
    assert ours["errors"] == [] and ours["json"] == standard["json"]
    assert {e["startDate"] for e in ours["data"]["events"]} == {"2025-03-31"}
    amounts = [f["amount"]["amount"] for f in ours["data"]["fundingStreams"]]
    assert amounts and all(isinstance(amount, float) for amount in amounts)


class _Mislabelled(Graph):
    """The real graph, whose answers come back with the first Initiative map tagged as an
    Event: what a projection bug would send, and what no stored data can."""

    async def read(
        self, operation: str, cypher: str, params: Mapping[str, Any] | None = None
    ) -> list[dict[str, Any]]:
        rows = await super().read(operation, cypher, params)
        pending: list[Any] = [rows]
        while pending:
            value = pending.pop(0)
            if isinstance(value, dict) and value.get("__typename") == "Initiative":
                value["__typename"] = "Event"
                break
            pending.extend(value.values() if isinstance(value, dict) else [])
            pending.extend(value if isinstance(value, list) else [])
        return rows


async def test_an_item_tagged_with_another_type_is_the_same_error_as_on_graphql_core(
    standard_schema: strawberry.Schema, seeded_graph: Driver, graph_settings: GraphSettings
) -> None:
    """A list of tagged objects whose fields are all strings (a partner's shared
    initiatives) is copied item by item; an item tagged with another type must still go
    graphql-core's way and fail there."""
    query = '{ country(id: "FR") { partners { sharedInitiatives { id } } } }'
    ours, standard = await both(
        query, standard_schema, graph_settings, _Mislabelled(graph_settings)
    )
    assert ours["data"] == standard["data"]
    assert [path for _, path in ours["errors"]] == [path for _, path in standard["errors"]]
    [(message, path)] = standard["errors"]
    assert "Expected value of type 'Initiative'" in message
    assert path[:2] == ["country", "partners"] and path[-2] == "sharedInitiatives"


class _OneValueChanged(Graph):
    """The real graph, whose first funding total comes back with one value changed: what
    no stored data gives (amounts are finite, counts small), but a serialiser must judge."""

    def __init__(self, settings: GraphSettings, key: str, value: Any) -> None:
        super().__init__(settings)
        self.key, self.value = key, value

    async def read(
        self, operation: str, cypher: str, params: Mapping[str, Any] | None = None
    ) -> list[dict[str, Any]]:
        rows = await super().read(operation, cypher, params)
        if operation == "fundingTotals":
            rows[0]["totals"][0][self.key] = self.value
        return rows


@pytest.mark.parametrize(
    ("key", "value", "error"),
    [
        ("amount", float("inf"), "Float cannot represent"),
        ("amount", float("nan"), "Float cannot represent"),
        ("streams", 2**31, "Int cannot represent"),
        ("streams", 2.0, None),  # a whole float in an Int field: 2
        ("shared", 1, None),  # a number in a Boolean field: true
    ],
)
async def test_numbers_a_serialiser_refuses_or_converts_are_treated_as_on_graphql_core(
    key: str, value: Any, error: str | None, standard_schema: strawberry.Schema,
    seeded_graph: Driver, graph_settings: GraphSettings,
) -> None:  # fmt: skip
    """Floats, Ints and Booleans of their own class are taken as they are; anything else,
    and floats or ints out of GraphQL's bounds, must still meet the field's serialiser."""
    query = "{ fundingTotals(groupBy: REGION) { key amount streamCount shared } }"
    ours, standard = await both(
        query, standard_schema, graph_settings, _OneValueChanged(graph_settings, key, value)
    )
    assert ours["json"] == standard["json"]
    assert [path for _, path in ours["errors"]] == [path for _, path in standard["errors"]]
    if error is None:
        assert ours["errors"] == [] and ours["data"]["fundingTotals"]
    else:
        [(message, _)] = standard["errors"]
        assert error in message
