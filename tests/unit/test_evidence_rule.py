"""The rule docs/API.md states for evidence: every field of a node type that returns related
nodes has a `<field>WithEvidence` twin of `Link`s, so a field added later cannot forget it."""

from __future__ import annotations

from graphql import GraphQLInterfaceType, GraphQLObjectType, get_named_type

from app.graphql.schema import schema

#: Fields computed from several links, or whose links another field already lists as
#: `Link`s (`Organisation.basedIn`); docs/API.md names them. A statement's source is its
#: citation (`sources`).
WITHOUT_TWIN = {
    ("Initiative", "countries"),
    ("Organisation", "country"),
    ("Statement", "source"),
}


def test_every_field_that_returns_related_nodes_has_a_with_evidence_twin_of_links() -> None:
    graphql = schema._schema
    node = graphql.type_map["Node"]
    assert isinstance(node, GraphQLInterfaceType)
    node_types = {t.name for t in graphql.get_possible_types(node)}
    related = node_types | {"Node", "Actor"}
    missing, twins = [], 0
    for name in sorted(node_types):
        kind = graphql.type_map[name]
        assert isinstance(kind, GraphQLObjectType)
        for field_name, field in kind.fields.items():
            if field_name.endswith("WithEvidence") or (name, field_name) in WITHOUT_TWIN:
                continue
            if get_named_type(field.type).name not in related:
                continue
            twin = kind.fields.get(f"{field_name}WithEvidence")
            if twin is None or str(twin.type) != "[Link!]!":
                missing.append(f"{name}.{field_name}")
            else:
                twins += 1
    assert missing == []
    assert twins >= 30
