"""Reference facts as versioned Cypher files: what no document states, from a named reference.

Three references (reference/README.md):

- `un-m49`: which countries a region takes in, from the UN M49 standard as the package
  `hdx-python-country` carries it. A graph region takes members only where M49 has a region
  of the same name (its id is the name's slug: "Western Asia" is `western-asia`).
- `image-regions`: the same for a graph region M49 does not name, from the IMAGE 3.0 model's
  region classification as the package `country_converter` carries it (it names a "Middle
  East"). M49 keeps precedence: a region M49 names takes no members from IMAGE.
- `gov-uk-organisations`: which country a government body belongs to, from
  reference/government-bodies.csv (GOV.UK's organisation pages).

The facts are written for the nodes the loaded graph holds and not yet given by the same
reference, so every statement of a file writes something the first time it runs (the loader
refuses one that changes nothing). Each becomes `PART_OF` or `BASED_IN` with
`basis: 'REFERENCE'` and `reference`, and never a quote.
"""

from __future__ import annotations

import csv
import importlib.metadata
import importlib.resources
import re
from dataclasses import dataclass
from pathlib import Path

from neo4j import Driver, RoutingControl

M49 = "un-m49"
IMAGE = "image-regions"
GOV_UK = "gov-uk-organisations"
GOV_UK_VERSION = "1 (2026-12-04)"
FIRST_VERSION = 301
ROOT = Path(__file__).resolve().parents[2]
BODIES_FILE = ROOT / "reference" / "government-bodies.csv"


@dataclass(frozen=True)
class Reference:
    id: str
    title: str
    version: str
    url: str
    licence: str


@dataclass(frozen=True)
class Fact:
    """`start` is PART_OF or BASED_IN `end` (ids), by `reference`."""

    start_label: str
    start: str
    type: str
    end_label: str
    end: str


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def m49_reference() -> Reference:
    return Reference(
        id=M49,
        title="UN M49: Standard country or area codes for statistical use (regions)",
        version=f"hdx-python-country {importlib.metadata.version('hdx-python-country')}",
        url="https://unstats.un.org/unsd/methodology/m49/",
        licence="United Nations data, free to use with attribution (package: MIT)",
    )


def image_reference() -> Reference:
    return Reference(
        id=IMAGE,
        title="IMAGE 3.0 region classification (PBL Netherlands Environmental Assessment Agency)",
        version=f"country_converter {importlib.metadata.version('country_converter')}",
        url="https://models.pbl.nl/image/index.php/Region_classification_map",
        licence=(
            "GNU GPL v3 (the package and its data file); the classification is published by PBL"
        ),
    )


def gov_uk_reference() -> Reference:
    return Reference(
        id=GOV_UK,
        title="GOV.UK: Departments, agencies and public bodies (reference/government-bodies.csv)",
        version=GOV_UK_VERSION,
        url="https://www.gov.uk/government/organisations",
        licence="Open Government Licence v3.0",
    )


def m49_regions() -> tuple[dict[str, str], dict[str, set[str]]]:
    """(region id → M49 code, country ISO alpha-2 → the ids of every M49 region it lies in)."""
    from hdx.location.country import (  # type: ignore[import-not-found, import-untyped, unused-ignore]
        Country,
    )

    data = Country.countriesdata(use_live=False)
    codes = {slug(name): f"{code:03d}" for code, name in data["regioncodes2names"].items()}
    members: dict[str, set[str]] = {}
    for code, iso3s in data["regioncodes2countries"].items():
        region = slug(data["regioncodes2names"][code])
        for iso3 in iso3s:
            alpha2 = (data["countries"].get(iso3) or {}).get("ISO 3166-1 Alpha 2-Codes")
            if alpha2:
                members.setdefault(alpha2, set()).add(region)
    return codes, members


def image_regions() -> dict[str, str]:
    """Country ISO alpha-2 → the id of its IMAGE region.

    Read from the package's data file with the csv module: the package's own loader reads
    Namibia's code "NA" as a missing value under the pandas it allows.
    """
    data = importlib.resources.files("country_converter").joinpath("country_data.tsv")
    rows = csv.DictReader(data.read_text(encoding="utf-8").splitlines(), delimiter="\t")
    return {row["ISO2"]: slug(row["IMAGE"]) for row in rows if row["ISO2"] and row["IMAGE"]}


def government_bodies(path: Path = BODIES_FILE) -> dict[str, str]:
    """Body id → ISO alpha-2 code of its country."""
    with path.open(newline="", encoding="utf-8") as handle:
        return {row["id"]: row["country"] for row in csv.DictReader(handle)}


@dataclass
class GraphIds:
    countries: set[str]
    regions: set[str]
    organisations: set[str]
    stated: set[tuple[str, str, str, str]]  # (start, type, end, reference) already in the graph
    m49_codes: dict[str, str]  # region id → m49 property already set


def read_graph(driver: Driver, database: str) -> GraphIds:
    records, _, _ = driver.execute_query(
        "RETURN COLLECT { MATCH (c:Country) RETURN c.id } AS countries, "
        "COLLECT { MATCH (r:Region) RETURN r.id } AS regions, "
        "COLLECT { MATCH (o:Organisation) RETURN o.id } AS organisations, "
        "COLLECT { MATCH (a)-[f:PART_OF|BASED_IN]->(b) WHERE f.basis = 'REFERENCE' "
        "RETURN [a.id, type(f), b.id, f.reference] } AS stated, "
        "COLLECT { MATCH (r:Region) WHERE r.m49 IS NOT NULL RETURN [r.id, r.m49] } AS codes",
        database_=database,
        routing_=RoutingControl.READ,
    )
    row = records[0]
    return GraphIds(
        set(row["countries"]),
        set(row["regions"]),
        set(row["organisations"]),
        {tuple(s) for s in row["stated"]},
        dict(row["codes"]),
    )


def m49_facts(
    graph: GraphIds, codes: dict[str, str], members: dict[str, set[str]]
) -> tuple[dict[str, str], list[Fact]]:
    """(region id → M49 code to set, new PART_OF facts) for the graph's countries and regions
    (`codes` and `members` as `m49_regions` reads them)."""
    to_set = {
        r: codes[r]
        for r in sorted(graph.regions)
        if r in codes and graph.m49_codes.get(r) != codes[r]
    }
    facts = [
        Fact("Country", country, "PART_OF", "Region", region)
        for country in sorted(graph.countries)
        for region in sorted(members.get(country, ()))
        if region in graph.regions and (country, "PART_OF", region, M49) not in graph.stated
    ]
    return to_set, facts


def image_facts(graph: GraphIds, image: dict[str, str], m49_region_ids: set[str]) -> list[Fact]:
    """New PART_OF facts for the graph's regions that IMAGE names and M49 does not
    (`image`: country → IMAGE region id, as `image_regions` reads it)."""
    return [
        Fact("Country", country, "PART_OF", "Region", region)
        for country, region in sorted(image.items())
        if country in graph.countries
        and region in graph.regions
        and region not in m49_region_ids
        and (country, "PART_OF", region, IMAGE) not in graph.stated
    ]


def body_facts(graph: GraphIds, bodies: dict[str, str]) -> list[Fact]:
    return [
        Fact("Organisation", body, "BASED_IN", "Country", country)
        for body, country in sorted(bodies.items())
        if body in graph.organisations
        and country in graph.countries
        and (body, "BASED_IN", country, GOV_UK) not in graph.stated
    ]


def _quoted(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def cypher_file(
    reference: Reference, facts: list[Fact], region_codes: dict[str, str] | None = None
) -> str:
    """The text of a versioned, cypher-shell-compatible file that writes `facts`."""
    lines = [
        f"// Reference facts from {reference.title}, version {reference.version}.",
        "// Generated by `commitgraph-dev reference` (tools/commitgraph_tools/reference.py)",
        "// for the nodes the graph held; do not edit. What a reference fact is:",
        '// docs/DATA-MODEL.md, "Reference facts"; where the data comes from: reference/README.md.',
        "",
        f"MERGE (f:Reference {{id: {_quoted(reference.id)}}})",
        f"SET f.title = {_quoted(reference.title)}, f.version = {_quoted(reference.version)},",
        f"    f.url = {_quoted(reference.url)}, f.licence = {_quoted(reference.licence)};",
    ]
    for region, code in sorted((region_codes or {}).items()):
        lines += [
            "",
            f"MATCH (r:Region {{id: {_quoted(region)}}})",
            f"SET r.m49 = {_quoted(code)};",
        ]
    for fact in facts:
        lines += [
            "",
            f"MATCH (a:{fact.start_label} {{id: {_quoted(fact.start)}}}), "
            f"(b:{fact.end_label} {{id: {_quoted(fact.end)}}})",
            f"MERGE (a)-[:{fact.type} {{basis: 'REFERENCE', reference: "
            f"{_quoted(reference.id)}}}]->(b);",
        ]
    return "\n".join(lines) + "\n"


def next_version(seed_dir: Path) -> int:
    taken = [
        int(m.group(1))
        for p in seed_dir.glob("V*__*.cypher")
        if (m := re.match(r"V(\d+)__", p.name)) and int(m.group(1)) >= FIRST_VERSION
    ]
    return max(taken, default=FIRST_VERSION - 1) + 1


def write_files(driver: Driver, database: str, seed_dir: Path) -> list[Path]:
    """Write the files of the facts the graph lacks; return their paths (none: nothing new)."""
    graph = read_graph(driver, database)
    m49_codes, m49_members = m49_regions()
    region_codes, m49 = m49_facts(graph, m49_codes, m49_members)
    files = [
        ("un_m49", m49_reference(), m49, region_codes),
        (
            "image_regions",
            image_reference(),
            image_facts(graph, image_regions(), set(m49_codes)),
            {},
        ),
        ("government_bodies", gov_uk_reference(), body_facts(graph, government_bodies()), {}),
    ]
    written = []
    for name, reference, facts, codes in files:
        if facts or codes:
            path = seed_dir / f"V{next_version(seed_dir)}__reference_{name}.cypher"
            path.write_text(cypher_file(reference, facts, codes), encoding="utf-8")
            written.append(path)
    return written
