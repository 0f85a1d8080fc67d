"""Golden tests of the compiler: a GraphQL document in, the exact Cypher and parameters out.

As the Neo4j GraphQL library tests its translator, each case runs a document through the
served schema, resolvers and all, against a `Graph` with no Neo4j behind it: the one round
trip each root field asks for is kept, and compared with `tests/unit/golden/<case>.cypher`.
A change to the compiler therefore shows as a diff of those files; when it is meant, rewrite
them with `pytest tests/unit --update-golden` (or UPDATE_GOLDEN=1) and commit them with it. A
case without its file fails.
"""

from __future__ import annotations

import datetime
import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

from app.graphql.schema import schema
from graph.compile.projection import ObjectType
from graph.compile.schema_map import TYPES
from tests.support.compile_only import RoundTrip, compiled

GOLDEN = Path(__file__).resolve().parent / "golden"


CITATION = '{source: "oic-summit-day1-press-release", quote: "joint work"}'

#: case name -> (GraphQL document, variables). One root field per document.
CASES: dict[str, tuple[str, dict[str, Any]]] = {
    "node_by_fragments": (
        '{ node(id: "FR") { __typename id ... on Country { name } '
        "... on Initiative { name status } } }",
        {},
    ),
    "country_with_partners_and_initiatives": (
        '{ country(id: "fr") { id name partners { country { id } sharedInitiatives { id } } '
        "initiatives(first: 2) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } } }",
        {},
    ),
    "countries_page": ("{ countries(first: 5, skip: 10) { id name } }", {}),
    "organisation_with_units_and_officials": (
        '{ organisation(id: "national-crime-agency") { id name acronym country { id } '
        "units { id } officials { id title } } }",
        {},
    ),
    "organisations_in_a_country": (
        '{ organisations(country: "gb", first: 3) { id name kind } }',
        {},
    ),
    "officials_of_an_organisation": (
        '{ officials(organisation: "uk-government") { id name title organisation { id } } }',
        {},
    ),
    "initiative_with_participants_funding_and_sources": (
        '{ initiative(id: "iraq-fraudulent-document-training") { id name '
        "participants(role: PARTNER) { role actor { __typename id name } "
        "evidence { quote source { id } } } "
        "funding { id amount { amount currency qualifier } } sources { quote } } }",
        {},
    ),
    "initiative_links_with_their_evidence": (
        '{ initiative(id: "grassroots-engagement-programme") { label '
        "buildsOnWithEvidence { basis node { id label } evidence { quote text offset "
        "source { id } } references { id } } sources { offset text } } }",
        {},
    ),
    "initiative_targets_with_evidence_as_of_a_day": (
        '{ initiative(id: "iraq-fraudulent-document-training", asOf: "2025-02-01") '
        "{ targetsWithEvidence { node { id label } evidence { quote source { id } } } } }",
        {},
    ),
    "regions_inside_a_country_with_evidence": (
        '{ country(id: "IQ") { label sources { quote } regionsWithEvidence { node { id } '
        "evidence { quote } } } }",
        {},
    ),
    "initiatives_of_all_countries": (
        '{ initiatives(filter: {countries: ["FR", "iq"]}, first: 5) '
        "{ totalCount nodes { id name } pageInfo { hasNextPage endCursor } } }",
        {},
    ),
    "initiatives_of_any_country_in_a_region": (
        'query($after: String) { initiatives(filter: {countries: ["FR", "VN"], '
        'countriesMatch: ANY, region: "europe", kind: "programme", status: "announced"}, '
        "first: 3, after: $after) { edges { cursor node { id } } } }",
        {"after": "eyJvIjogMn0"},
    ),
    "initiatives_by_text_ordered_by_funding": (
        '{ initiatives(filter: {text: "border security", organisation: "home-office"}, '
        "orderBy: {field: FUNDING, direction: DESC}) { nodes { id name } } }",
        {},
    ),
    "initiatives_of_an_actor_in_a_role_at_an_event": (
        '{ initiatives(filter: {actor: "home-office", role: LEAD, event: "oic-summit", '
        'topic: "ocg-online-operations", audience: "Iraqi officials"}, first: 5) '
        "{ totalCount nodes { id name } } }",
        {},
    ),
    "initiatives_funded_by_anyone": (
        "{ initiatives(filter: {role: FUNDER}) { nodes { id } } }",
        {},
    ),
    "statements_of_a_speaker_at_an_event": (
        '{ statements(filter: {speaker: "home-secretary", event: "oic-summit", '
        'source: "oic-summit-day1-press-release", text: "no single country"}, first: 3) '
        "{ id text speaker { id name } event { id } } }",
        {},
    ),
    "region_by_id": (
        '{ region(id: "western-balkans") { id name kind partOf { id } contains { id } } }',
        {},
    ),
    "topics_with_events_and_initiatives": (
        "{ topics(first: 10) { id name events { id } initiatives { id } } }",
        {},
    ),
    "figure_with_what_it_measures": (
        '{ figure(id: "returns-since-election") { id value unit qualifier asOf '
        "measures { __typename id } reportedBy { id } sources { quote } } }",
        {},
    ),
    "funding_streams_by_region_and_funder": (
        '{ fundingStreams(region: "western-balkans", funder: "uk-government", first: 10) '
        "{ id name amount { amount currency } funders { id } regions { id } } }",
        {},
    ),
    "funding_totals_by_region": (
        "{ fundingTotals(groupBy: REGION) { key label currency amount streamCount shared } }",
        {},
    ),
    "events_with_attendance": (
        "{ events(first: 2) { id name attendance { role actor { id } } statements { text } } }",
        {},
    ),
    "network_around_two_countries": (
        '{ network(focus: ["FR", "IQ"], depth: 2, types: ["Country", "Initiative"], limit: 50) '
        "{ nodes { id label type } edges { source target type role } truncated } }",
        {},
    ),
    "network_edges_with_their_citations": (
        '{ network(focus: ["IQ"], depth: 1, asOf: "2025-06-01") '
        "{ edges { source target citations { quote offset source { id } } } } }",
        {},
    ),
    "shortest_path_edges_with_their_citations": (
        '{ shortestPath(from: "FR", to: "IQ") { edges { type quotes: citations { text } } } }',
        {},
    ),
    "shortest_path": (
        '{ shortestPath(from: "VN", to: "IQ", maxHops: 4) { length nodes { id } edges { type } } }',
        {},
    ),
    "shortest_paths": (
        '{ shortestPaths(from: "FR", to: "IQ", first: 3) { length nodes { id } } }',
        {},
    ),
    "search_hits": (
        '{ search(text: "fraud doc", first: 5) { score label exact snippet node { __typename id '
        "... on Initiative { name } ... on Organisation { acronym } } } }",
        {},
    ),
    "stalled_commitments": (
        'query($since: Date!) { stalledCommitments(event: "oic-summit", since: $since) '
        "{ id name progress { status on } } }",
        {"since": "2025-06-01"},
    ),
    "timeline_of_two_actors_as_of_a_day": (
        '{ timeline(actors: ["FR", "gb"], actorsMatch: ANY, from: "2025-01-01", '
        'to: "2025-12-31", first: 5, asOf: "2025-08-01") { totalCount '
        "nodes { on dateBasis kind summary initiative { id } actors { id } "
        "citation { quote source { id } } } pageInfo { hasNextPage endCursor } } }",
        {},
    ),
    "source_by_id": (
        '{ source(id: "oic-summit-day1-press-release") { id title publishedOn completeness '
        "citedBy } }",
        {},
    ),
    "sources_published_in_a_period": (
        '{ sources(filter: {publishedFrom: "2025-01-01", publishedTo: "2025-06-30", '
        'completeness: FULL, text: "crossings"}, first: 5) { id title publishedOn } }',
        {},
    ),
    "aliases_and_a_repeated_field_merge": (
        '{ france: country(id: "FR") { code: id name name organisations { id } '
        "organisations { name } } }",
        {},
    ),
    "upsert_initiative": (
        'mutation { upsertInitiative(input: {id: "golden-probe", name: "Probe", '
        f'summary: "A probe", kind: "programme", status: "announced", citation: {CITATION}}}) '
        "{ id name sources { quote } } }",
        {},
    ),
    "add_participation": (
        'mutation { addParticipation(input: {initiative: "golden-probe", actor: "FR", '
        f"role: PARTNER, citation: {CITATION}}}) {{ id participants {{ role actor {{ id }} }} }} }}",
        {},
    ),
    "record_funding": (
        'mutation { recordFunding(input: {id: "golden-funding", name: "Probe funding", '
        'amount: 1000000, currency: "gbp", qualifier: "up to", funders: ["uk-government"], '
        f'initiatives: ["golden-probe"], regions: ["IQ"], citation: {CITATION}}}) '
        "{ id amount { amount currency qualifier } } }",
        {},
    ),
    "record_progress": (
        'mutation { recordProgress(input: {initiative: "golden-probe", status: IN_PROGRESS, '
        f'on: "2025-06-01", note: "Under way", citation: {CITATION}}}) '
        "{ id progress { status on note } } }",
        {},
    ),
}


UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def _stable(value: object) -> object:
    """A parameter as the golden file shows it: the ids a write makes up anew each time as
    `<uuid>`, a date as `date YYYY-MM-DD`."""
    if isinstance(value, dict):
        return {key: _stable(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_stable(item) for item in value]
    if isinstance(value, str) and UUID.match(value):
        return "<uuid>"
    if isinstance(value, datetime.datetime):
        raise TypeError("a time in the parameters would change from run to run")
    if isinstance(value, datetime.date):
        return f"date {value.isoformat()}"
    return value


def golden_text(document: str, variables: dict[str, Any], trips: list[RoundTrip]) -> str:
    """The document and its variables as Cypher comments, then each round trip: its
    operation and parameters as comments, and its Cypher text exactly as sent."""
    lines = [f"// {line}" for line in document.splitlines()]
    if variables:
        lines.append(f"// variables: {json.dumps(variables, sort_keys=True)}")
    for trip in trips:
        lines.append(f"// operation: {trip.operation}")
        parameters = json.dumps(_stable(trip.params), indent=2, sort_keys=True)
        lines += [f"// {line}" for line in parameters.splitlines()]
        lines.append(trip.cypher)
    return "\n".join(lines) + "\n"


def updating(config: pytest.Config) -> bool:
    return bool(config.getoption("--update-golden")) or os.environ.get("UPDATE_GOLDEN") == "1"


@pytest.mark.parametrize("case", sorted(CASES))
async def test_a_root_field_compiles_to_its_golden_cypher_in_one_round_trip(
    case: str, pytestconfig: pytest.Config
) -> None:
    document, variables = CASES[case]
    trips, errors = await compiled(document, variables)
    assert errors == [("SERVICE_UNAVAILABLE", None)], errors  # stopped at its round trip
    assert len(trips) == 1, [t.operation for t in trips]
    text = golden_text(document, variables, trips)
    path = GOLDEN / f"{case}.cypher"
    if updating(pytestconfig):
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"no golden file {path.name}: run pytest tests/unit --update-golden"
    assert text == path.read_text(encoding="utf-8")


def test_every_golden_file_has_its_case() -> None:
    """A case renamed or removed leaves no stale golden file behind."""
    assert sorted(p.stem for p in GOLDEN.glob("*.cypher")) == sorted(CASES)


def test_user_input_reaches_the_cypher_only_as_parameters() -> None:
    """No argument value of any case is written into a golden query's Cypher text."""
    for case in CASES:
        lines = (GOLDEN / f"{case}.cypher").read_text(encoding="utf-8").splitlines()
        cypher = "\n".join(line for line in lines if not line.startswith("//"))
        for value in ("oic-summit-day1", "golden-probe", "fraud doc", "western-balkans"):
            assert value not in cypher, (case, value)


def test_every_node_type_compiles_the_fields_of_the_node_interface() -> None:
    """A node type added later still answers `label` and `sources` wherever a `Node` is."""
    interface = schema._schema.type_map["Node"]
    wanted = set(getattr(interface, "fields", {}))
    assert {"id", "label", "sources"} <= wanted
    node_types = [t for t in TYPES.values() if isinstance(t, ObjectType) and "Node" in t.interfaces]
    assert len(node_types) >= 11
    for kind in node_types:
        assert wanted <= set(kind.fields), kind.label
