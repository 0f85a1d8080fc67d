"""Every string argument of every root field is a slot the hostile-input tests fill.

The slots come from the served schema (tests/support/injection.py); this checks that they
reach every field the contract names and that each root field has valid values for its
required arguments, so that no field goes untested (tests/integration/test_hostile_input.py).
"""

from __future__ import annotations

from graphql import GraphQLNonNull

from tests.support.injection import (
    MUTATION_BASELINES,
    MUTATION_SLOTS,
    QUERY_BASELINES,
    QUERY_SLOTS,
    SDL,
    STORES_TEXT,
)


def test_every_string_argument_of_every_root_field_is_a_slot_here() -> None:
    """The slot list is read from the schema; it must reach every field the contract names."""
    names = {s.name for s in QUERY_SLOTS}
    for expected in (
        "node.id", "country.id", "organisation.id", "organisations.country",
        "officials.organisation", "initiative.id", "initiatives.filter.countries",
        "initiatives.filter.organisation", "initiatives.filter.region", "initiatives.filter.kind",
        "initiatives.filter.status", "initiatives.filter.text", "initiatives.after",
        "fundingStreams.region", "fundingStreams.funder", "network.focus", "network.types",
        "shortestPath.from", "shortestPath.to", "search.text",
    ):  # fmt: skip
        assert expected in names
    for kind, baselines in (("query", QUERY_BASELINES), ("mutation", MUTATION_BASELINES)):
        root = SDL.query_type if kind == "query" else SDL.mutation_type
        for field_name, field in (root.fields if root else {}).items():
            required = [
                n
                for n, a in field.args.items()
                if isinstance(a.type, GraphQLNonNull) and a.default is None
            ]
            missing = [n for n in required if n not in baselines.get(field_name, {})]
            assert not missing, f"add valid {missing} for {kind} {field_name} to the baselines"
    for slot in MUTATION_SLOTS:
        if slot.name in STORES_TEXT:
            assert SDL.mutation_type is not None
