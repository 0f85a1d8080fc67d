"""A synthetic corpus with the shape of the real one, for benchmarks at scale.

The seed has one press release; questions about performance need thousands of initiatives.
`build_corpus` makes them up deterministically (one `random.Random(seed)`, consumed in a
fixed order, so a seed always gives the same graph) with the labels, relationship types and
properties of `cypher/seed/V002__oic_summit_day1.cypher`, so every API query runs on it
unchanged. `write_corpus` sends the rows through the loader's batched path
(`graph.migrate.loader.apply_rows`: `UNWIND $rows`, one transaction per batch).

Everything the synth writes can be taken out again by `clean`, even from a database that
also holds real data:

- every node it creates has `synthetic: true` (countries and regions are MERGEd on their
  real ids and only marked when the synth created them, so a seed's France survives);
- every node it writes cites one of its own `(:Source {synthetic: true})` documents, and every
  relationship it creates carries `source` = that source's id (`synth-src-…`) and a quote
  starting with `[synthetic]`: nobody can mistake a made-up fact for a real citation, and
  `clean` finds relationships between real nodes by that tag;
- a relationship that was already there (the seed's Western Balkans `PART_OF` Europe) is
  left as it was, citation included, so `clean` leaves it too.

Beyond the seed's model, countries are `PART_OF` their UN M49 sub-region (and sub-regions
`PART_OF` their continent), so region filters and region groupings have something to roll up.
"""

from __future__ import annotations

import hashlib
import random
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pycountry
from neo4j import Driver
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from graph.local.server import LocalNeo4j
from graph.migrate.cypher_files import discover
from graph.migrate.loader import DEFAULT_BATCH_SIZE, Loader, apply_rows
from graph.queries import degree
from graph.store.driver import blocking_driver, verify_reachable
from graph.store.settings import PROJECT_ROOT, GraphSettings, Neo4jSize

SOURCE_PREFIX = "synth-src-"
QUOTE_TAG = "[synthetic] "
SCHEMA_DIR = PROJECT_ROOT / "cypher" / "schema"

# Sovereign states (193 UN members, the Holy See and Palestine) by UN M49 sub-region.
# Continents follow the seven-continent reading the seed uses (North America includes
# Central America and the Caribbean), not M49's "Americas".
M49: tuple[tuple[str, str, str], ...] = (
    ("africa", "Northern Africa", "DZ EG LY MA SD TN"),
    ("africa", "Eastern Africa", "BI KM DJ ER ET KE MG MW MU MZ RW SC SO SS TZ UG ZM ZW"),
    ("africa", "Middle Africa", "AO CM CF TD CG CD GQ GA ST"),
    ("africa", "Southern Africa", "BW SZ LS NA ZA"),
    ("africa", "Western Africa", "BJ BF CV CI GM GH GN GW LR ML MR NE NG SN SL TG"),
    ("north-america", "Northern America", "CA US"),
    ("north-america", "Central America", "BZ CR SV GT HN MX NI PA"),
    ("north-america", "Caribbean", "AG BS BB CU DM DO GD HT JM KN LC VC TT"),
    ("south-america", "South America", "AR BO BR CL CO EC GY PY PE SR UY VE"),
    ("asia", "Central Asia", "KZ KG TJ TM UZ"),
    ("asia", "Eastern Asia", "CN JP KP KR MN"),
    ("asia", "South-eastern Asia", "BN KH ID LA MY MM PH SG TH TL VN"),
    ("asia", "Southern Asia", "AF BD BT IN IR MV NP PK LK"),
    ("asia", "Western Asia", "AM AZ BH CY GE IQ IL JO KW LB OM QA SA PS SY TR AE YE"),
    ("europe", "Eastern Europe", "BY BG CZ HU MD PL RO RU SK UA"),
    ("europe", "Northern Europe", "DK EE FI IS IE LV LT NO SE GB"),
    ("europe", "Southern Europe", "AL AD BA HR GR IT MT ME MK PT SM RS SI ES VA"),
    ("europe", "Western Europe", "AT BE FR DE LI LU MC NL CH"),
    ("oceania", "Australia and New Zealand", "AU NZ"),
    ("oceania", "Melanesia", "FJ PG SB VU"),
    ("oceania", "Micronesia", "FM KI MH NR PW"),
    ("oceania", "Polynesia", "WS TO TV"),
)
CONTINENTS = {
    "africa": "Africa",
    "asia": "Asia",
    "europe": "Europe",
    "north-america": "North America",
    "south-america": "South America",
    "oceania": "Oceania",
}
WESTERN_BALKANS = ("AL", "BA", "ME", "MK", "RS")  # also a sub-region of its own, as in the seed

ROLES = ("lead", "partner", "funder", "implementer", "beneficiary")
ATTENDANCE_ROLES = ("ally", "partner", "attendee")
INITIATIVE_KINDS = ("programme", "training", "campaign", "funding package", "agreement")
STATUSES = ("announced", "in_progress", "delivered")
STAGES = ("pledged", "committed", "disbursed")
QUALIFIERS = (None, None, "over", "up to", "around")
# Currency and a typical order of magnitude of its amounts (JPY amounts are ~150x USD).
CURRENCIES = (
    ("GBP", 1.0), ("EUR", 1.0), ("USD", 1.0), ("JPY", 150.0),
    ("CHF", 1.0), ("NOK", 10.0), ("AUD", 1.5), ("CAD", 1.4),
)  # fmt: skip
EVENT_KINDS = ("summit", "meeting", "call", "visit")
ORG_TEMPLATES = (
    ("Government of {c}", "government"),
    ("Ministry of Interior of {c}", "government department"),
    ("Ministry of Foreign Affairs of {c}", "government department"),
    ("Immigration Service of {c}", "government department"),
    ("National Police of {c}", "law enforcement agency"),
    ("Border Guard of {c}", "law enforcement agency"),
    ("Coast Guard of {c}", "law enforcement agency"),
    ("Financial Intelligence Unit of {c}", "law enforcement agency"),
    ("Joint Border Security Command of {c}", "command"),
    ("{c} Transport Operators Association", "private sector"),
)
BODY_WORDS = (
    ("Mediterranean", "Atlantic", "Global", "Regional", "Eastern", "Southern", "Northern"),
    ("Migration", "Border", "Anti-Smuggling", "Security", "Protection", "Returns"),
    ("Partnership", "Forum", "Network", "Alliance", "Office", "Facility"),
)
INITIATIVE_WORDS = (
    ("Joint", "Regional", "National", "Cross-border", "Community", "Digital", "Rapid"),
    ("document fraud", "border security", "people smuggling", "criminal finance",
     "online advertising", "maritime", "returns", "intelligence sharing", "deterrence"),
)  # fmt: skip
AUDIENCES = (
    "potential irregular migrants", "teachers", "religious leaders", "border officials",
    "commercial transport staff", "family members within vulnerable communities", "prosecutors",
)  # fmt: skip
TOPICS = (
    "Supply chains and enablers of organised immigration crime",
    "Criminal finances", "Online advertising of crossings", "Document fraud",
    "Maritime search and rescue", "Returns and reintegration", "Intelligence sharing",
    "Safe and legal routes", "Labour exploitation", "Visa policy", "Border technology",
    "Victims of trafficking", "Root causes of migration", "Climate displacement",
    "Small boat crossings", "Smuggling gang leadership", "Asylum processing",
    "Regional protection", "Community outreach", "Law enforcement training",
)  # fmt: skip
FIRST_NAMES = (
    "Amina", "Ben", "Chiara", "Dmitri", "Elif", "Farid", "Grace", "Hiroshi", "Ines", "Jonas",
    "Kwame", "Lucia", "Mateo", "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Sven", "Thi",
)  # fmt: skip
LAST_NAMES = (
    "Adeyemi", "Bauer", "Costa", "Dubois", "Eriksen", "Fernandes", "Gupta", "Haddad",
    "Ivanova", "Jensen", "Kowalski", "Li", "Moreau", "Nguyen", "Okafor", "Petrov", "Rossi",
    "Silva", "Tanaka", "Walsh",
)  # fmt: skip
TITLES = (
    "Minister of the Interior", "Minister for Migration", "Director General",
    "Head of Border Security", "Chief of Police", "Ambassador", "Commissioner",
)  # fmt: skip


@dataclass(frozen=True)
class SynthSpec:
    """How big the corpus is. `scale` may be a fraction, for fast tests (0.05 is 50 initiatives)."""

    scale: float = 1.0
    seed: int = 42

    def count(self, per_scale: int, minimum: int = 1) -> int:
        return max(minimum, round(per_scale * self.scale))

    @property
    def organisations(self) -> int:
        return self.count(100, 3)

    @property
    def initiatives(self) -> int:
        return self.count(1000, 5)

    @property
    def officials(self) -> int:
        return self.count(50, 3)

    @property
    def events(self) -> int:
        return self.count(20, 2)

    @property
    def funding_streams(self) -> int:
        return self.count(200, 2)

    @property
    def sources(self) -> int:
        return self.count(100, 2)

    @property
    def statements(self) -> int:
        return self.count(30, 2)


@dataclass(frozen=True)
class _Pool:
    items: list[Any]
    cum_weights: list[float]


@dataclass
class Step:
    """One Cypher statement and the rows it UNWINDs; the corpus is a sequence of these."""

    label: str
    cypher: str
    rows: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Corpus:
    spec: SynthSpec
    steps: list[Step]

    @property
    def total_rows(self) -> int:
        return sum(len(step.rows) for step in self.steps)


@dataclass
class SynthReport:
    spec: SynthSpec
    rows: int
    seconds: float
    counters: Counter[str]
    nodes_by_label: dict[str, int]
    relationships_by_type: dict[str, int]

    @property
    def rows_per_second(self) -> float:
        return self.rows / self.seconds if self.seconds else 0.0


@dataclass
class CleanReport:
    relationships_deleted: int
    nodes_deleted: int


# -- where the corpus goes --------------------------------------------------------------


class BenchNeo4jSettings(BaseSettings):
    """The benchmark's own managed Neo4j, so a synthetic corpus never mixes with the seed.

    More memory than the development instance: the page cache holds the whole store (about
    400 MB at scale 100), so the bench measures queries and not the disk, and the heap holds
    the large depth-2 networks.
    """

    model_config = SettingsConfigDict(env_prefix="BENCH_", env_file=".env", extra="ignore")

    neo4j_dir: Path = PROJECT_ROOT / ".neo4j-bench"
    neo4j_port: int = Field(default=7689, ge=1, le=65535)
    neo4j_heap: Neo4jSize = "2g"
    neo4j_pagecache: Neo4jSize = "2g"


@dataclass
class Target:
    """The database the synth and the bench write to, and whether it is shared with others.

    With NEO4J_URI set it is the user's database: whoever writes there cleans up afterwards.
    Otherwise it is the managed bench instance, started here when it is not running.
    """

    settings: GraphSettings
    local: LocalNeo4j | None
    started_here: bool = False

    @property
    def shared(self) -> bool:
        return self.local is None

    def driver(self) -> Driver:
        return blocking_driver(self.settings)

    def stop_if_started(self) -> None:
        if self.local is not None and self.started_here:
            self.local.stop()


def bench_target(on_step: Callable[[str], None] | None = None) -> Target:
    """NEO4J_URI when set (and answering, else `Unreachable`), else the bench instance
    (`.neo4j-bench`, port 7689) running."""
    settings = GraphSettings()
    if not settings.uses_local_neo4j:
        target = Target(settings, None)
        with target.driver() as driver:
            verify_reachable(
                driver, settings, ", or unset NEO4J_URI to use the bench's own Neo4j "
                "(.neo4j-bench, port 7689)",
            )  # fmt: skip
        return target
    bench = BenchNeo4jSettings()
    settings = GraphSettings(
        local_neo4j_dir=bench.neo4j_dir,
        local_neo4j_port=bench.neo4j_port,
        local_neo4j_heap=bench.neo4j_heap,
        local_neo4j_pagecache=bench.neo4j_pagecache,
    )
    local = LocalNeo4j(settings)
    was_running = local.status().running
    local.start(on_step=on_step or (lambda _: None))
    return Target(settings, local, started_here=not was_running)


# -- the corpus -------------------------------------------------------------------------


class _Builder:
    """Draws the corpus from one random stream; the order of the draws is part of the seed."""

    def __init__(self, spec: SynthSpec) -> None:
        self.spec = spec
        self.rng = random.Random(spec.seed)
        self.nodes: dict[str, list[dict[str, Any]]] = {}
        # relationships grouped by (from label, type, to label, merge-on-role?, extra props)
        self.rels: dict[tuple[str, str, str, bool, tuple[str, ...]], list[dict[str, Any]]] = {}

    # -- helpers ------------------------------------------------------------------------

    def source(self) -> str:
        return f"{SOURCE_PREFIX}{self.rng.randrange(self.spec.sources):05d}"

    def node(self, label: str, id_: str, props: dict[str, Any], source: str, fact: str) -> None:
        row = {"id": id_, "props": props, "source": source, "quote": QUOTE_TAG + fact}
        self.nodes.setdefault(label, []).append(row)

    def rel(
        self,
        a: tuple[str, str],
        type_: str,
        b: tuple[str, str],
        source: str,
        fact: str,
        role: str | None = None,
        **extra: Any,
    ) -> None:
        key = (a[0], type_, b[0], role is not None, tuple(sorted(extra)))
        row: dict[str, Any] = {"a": a[1], "b": b[1], "source": source, "quote": QUOTE_TAG + fact}
        if role is not None:
            row["role"] = role
        row.update(extra)
        self.rels.setdefault(key, []).append(row)

    def skewed(self, population: Sequence[Any], exponent: float) -> _Pool:
        """Zipf-like weights over a shuffled population: a few hubs and a long tail."""
        ranks = list(range(len(population)))
        self.rng.shuffle(ranks)
        total, cumulative = 0.0, []
        for rank in ranks:
            total += 1.0 / (rank + 3) ** exponent
            cumulative.append(total)
        return _Pool(list(population), cumulative)

    def pick(self, pools: Sequence[tuple[float, _Pool]], k: int) -> list[Any]:
        """k distinct items; each draw first picks a pool by its share, then an item in it."""
        k = min(k, sum(len(pool.items) for _, pool in pools))
        shares = [share for share, _ in pools]
        chosen: list[Any] = []
        seen: set[Any] = set()
        while len(chosen) < k:
            pool = self.rng.choices(pools, weights=shares)[0][1]
            item = self.rng.choices(pool.items, cum_weights=pool.cum_weights)[0]
            if item not in seen:
                seen.add(item)
                chosen.append(item)
        return chosen

    # -- the graph ----------------------------------------------------------------------

    def build(self) -> Corpus:
        spec, rng = self.spec, self.rng
        for i in range(spec.sources):
            published = date(2015, 1, 1) + timedelta(days=rng.randrange(4000))
            sid = f"{SOURCE_PREFIX}{i:05d}"
            self.nodes.setdefault("Source", []).append(
                {
                    "id": sid,
                    "props": {
                        "title": f"Synthetic press release {i + 1}",
                        "publisher": "commitgraph-dev synthetic corpus",
                        "publishedOn": published,
                        "sha256": hashlib.sha256(f"{spec.seed}:{sid}".encode()).hexdigest(),
                        "synthetic": True,
                    },
                }
            )

        # Regions and countries.
        countries: list[tuple[str, str]] = []  # (id, name)
        regions: list[tuple[str, str]] = []  # (id, name)
        for continent, name in CONTINENTS.items():
            self.node(
                "Region",
                continent,
                {"name": name, "kind": "continent"},
                self.source(),
                f"{name} is a continent.",
            )
            regions.append((continent, name))
        for continent, sub_name, codes in M49:
            sub_id = _slug(sub_name)
            # M49's "South America" is a continent of its own here: no sub-region node for it.
            if sub_id not in CONTINENTS:
                self.node(
                    "Region",
                    sub_id,
                    {"name": sub_name, "kind": "sub-region"},
                    self.source(),
                    f"{sub_name} is a sub-region.",
                )
                regions.append((sub_id, sub_name))
                self.rel(
                    ("Region", sub_id),
                    "PART_OF",
                    ("Region", continent),
                    self.source(),
                    f"{sub_name} is part of {CONTINENTS[continent]}.",
                )
            for code in codes.split():
                name = _country_name(code)
                countries.append((code, name))
                self.node("Country", code, {"name": name}, self.source(), f"{name} is a country.")
                self.rel(
                    ("Country", code),
                    "PART_OF",
                    ("Region", sub_id),
                    self.source(),
                    f"{name} lies in {sub_name}.",
                )
        self.node(
            "Region",
            "western-balkans",
            {"name": "Western Balkans", "kind": "sub-region"},
            self.source(),
            "the Western Balkans",
        )
        regions.append(("western-balkans", "Western Balkans"))
        self.rel(
            ("Region", "western-balkans"),
            "PART_OF",
            ("Region", "europe"),
            self.source(),
            "the Western Balkans in Europe",
        )
        for code in WESTERN_BALKANS:
            self.rel(
                ("Country", code),
                "PART_OF",
                ("Region", "western-balkans"),
                self.source(),
                f"{_country_name(code)} in the Western Balkans",
            )
        for code, name in rng.sample(countries, 20):
            area = f"Northern {name}"
            self.node(
                "Region",
                _slug(area),
                {"name": area, "kind": "sub-national area"},
                self.source(),
                area,
            )
            regions.append((_slug(area), area))
            self.rel(("Region", _slug(area)), "PART_OF", ("Country", code), self.source(), area)

        # Organisations, based in countries (hub countries host more of them).
        country_pool = self.skewed(countries, 0.9)
        orgs: list[tuple[str, str, str]] = []  # (id, name, country id)
        names_seen: Counter[str] = Counter()
        orgs_in: dict[str, list[tuple[str, str, str]]] = {}
        for i in range(spec.organisations):
            oid = f"synth-org-{i:05d}"
            code, cname = self.pick([(1.0, country_pool)], 1)[0]
            if rng.random() < 0.1:
                words = [rng.choice(group) for group in BODY_WORDS]
                name, kind = " ".join(words), "international body"
                acronym: str | None = "".join(w[0] for w in words).upper()
            else:
                template, kind = rng.choice(ORG_TEMPLATES)
                name, acronym = template.format(c=cname), None
            names_seen[name] += 1
            if names_seen[name] > 1:
                name = f"{name} (office {names_seen[name]})"
            self.node(
                "Organisation",
                oid,
                {"name": name, "kind": kind, "acronym": acronym, "synthetic": True},
                self.source(),
                f"{name} is an organisation.",
            )
            self.rel(
                ("Organisation", oid),
                "BASED_IN",
                ("Country", code),
                self.source(),
                f"{name} is based in {cname}.",
            )
            same_country = orgs_in.setdefault(code, [])
            if same_country and rng.random() < 0.25:
                parent = rng.choice(same_country)
                self.rel(
                    ("Organisation", oid),
                    "PART_OF",
                    ("Organisation", parent[0]),
                    self.source(),
                    f"{name} is part of {parent[1]}.",
                )
            orgs.append((oid, name, code))
            same_country.append(orgs[-1])

        # Officials hold posts in organisations and represent their countries.
        officials: list[tuple[str, str]] = []
        for i in range(spec.officials):
            fid = f"synth-official-{i:05d}"
            org = rng.choice(orgs)
            title = rng.choice(TITLES)
            person = (
                None
                if rng.random() < 0.1
                else f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
            )
            who = person or title
            self.node(
                "Official",
                fid,
                {"name": person, "title": title, "synthetic": True},
                self.source(),
                f"{who}, {title}",
            )
            self.rel(
                ("Official", fid),
                "HOLDS_POST",
                ("Organisation", org[0]),
                self.source(),
                f"{who}, {title} of {org[1]}",
                title=title,
            )
            self.rel(
                ("Official", fid),
                "REPRESENTS",
                ("Country", org[2]),
                self.source(),
                f"{who} represents {_country_name(org[2])}",
            )
            officials.append((fid, who))

        topics = [(f"synth-topic-{i:03d}", name) for i, name in enumerate(TOPICS)]
        for tid, name in topics:
            self.node("Topic", tid, {"name": name, "synthetic": True}, self.source(), name)

        # Actors: as in the seed, countries and organisations take part about equally often,
        # officials less; within each kind a few hubs take part in much more than the rest.
        actors = [
            (0.45, self.skewed([("Country", c, n) for c, n in countries], 0.8)),
            (0.45, self.skewed([("Organisation", o, n) for o, n, _ in orgs], 0.8)),
            (0.10, self.skewed([("Official", f, n) for f, n in officials], 0.8)),
        ]

        # Events with 5-60 attendees, one of them the host.
        events: list[tuple[str, str]] = []
        for i in range(spec.events):
            eid = f"synth-event-{i:05d}"
            kind = rng.choice(EVENT_KINDS)
            attendees = self.pick(actors, rng.randint(5, 60))
            host = next((a for a in attendees if a[0] == "Country"), attendees[0])
            location = _country_name(host[1]) if host[0] == "Country" else "Geneva"
            name = f"{rng.choice(INITIATIVE_WORDS[0])} {kind} on {rng.choice(TOPICS).lower()}"
            start = date(2015, 1, 1) + timedelta(days=rng.randrange(4000))
            src = self.source()
            self.node(
                "Event",
                eid,
                {
                    "name": name,
                    "kind": kind,
                    "location": location,
                    "startDate": start,
                    "synthetic": True,
                },
                src,
                f"the {name}",
            )
            for actor in attendees:
                role = "host" if actor is host else rng.choice(ATTENDANCE_ROLES)
                self.rel(
                    (actor[0], actor[1]),
                    "ATTENDED",
                    ("Event", eid),
                    src,
                    f"{actor[2]} attended the {name} as {role}",
                    role=role,
                )
            for tid, tname in rng.sample(topics, rng.randint(1, 4)):
                self.rel(
                    ("Event", eid),
                    "DISCUSSED",
                    ("Topic", tid),
                    src,
                    f"the {name} discussed {tname.lower()}",
                )
            events.append((eid, name))

        for i in range(spec.statements):
            sid = f"synth-statement-{i:05d}"
            fid, who = rng.choice(officials)
            eid, ename = rng.choice(events)
            text = f"{QUOTE_TAG}{who} said that the {ename} marks a step change."
            src = self.source()
            self.node(
                "Statement", sid, {"text": text, "synthetic": True}, src, text[len(QUOTE_TAG) :]
            )
            self.rel(("Official", fid), "SAID", ("Statement", sid), src, f"{who} said:")
            self.rel(("Statement", sid), "AT", ("Event", eid), src, f"at the {ename}")

        # Initiatives with 2-8 participants, targets, announcements and lineage.
        country_targets = self.skewed([("Country", c, n) for c, n in countries], 0.7)
        region_targets = self.skewed([("Region", r, n) for r, n in regions], 0.7)
        targets = [(0.6, country_targets), (0.4, region_targets)]
        initiatives: list[tuple[str, str]] = []
        for i in range(spec.initiatives):
            iid = f"synth-init-{i:06d}"
            kind = rng.choice(INITIATIVE_KINDS)
            subject = rng.choice(INITIATIVE_WORDS[1])
            name = f"{rng.choice(INITIATIVE_WORDS[0])} {subject} {kind} {i + 1}"
            participants = self.pick(actors, rng.randint(2, 8))
            aimed = self.pick(targets, rng.randint(1, 3))
            summary = (
                f"A {kind} on {subject} led by {participants[0][2]} with "
                f"{len(participants) - 1} partners, aimed at "
                + ", ".join(t[2] for t in aimed)
                + "."
            )
            props: dict[str, Any] = {
                "name": name,
                "summary": summary,
                "kind": kind,
                "status": rng.choice(STATUSES),
                "synthetic": True,
            }
            if rng.random() < 0.3:
                props["audiences"] = rng.sample(AUDIENCES, rng.randint(1, 3))
            src = self.source()
            self.node("Initiative", iid, props, src, summary)
            for n, actor in enumerate(participants):
                role = "lead" if n == 0 else rng.choice(ROLES[1:])
                self.rel(
                    (actor[0], actor[1]),
                    "PARTICIPATES_IN",
                    ("Initiative", iid),
                    src,
                    f"{actor[2]} is {role} of {name}",
                    role=role,
                )
            for target in aimed:
                self.rel(
                    ("Initiative", iid),
                    "TARGETS",
                    (target[0], target[1]),
                    src,
                    f"{name} is aimed at {target[2]}",
                )
            if rng.random() < 0.4:
                eid, ename = rng.choice(events)
                self.rel(
                    ("Initiative", iid),
                    "ANNOUNCED_AT",
                    ("Event", eid),
                    src,
                    f"{name} was announced at the {ename}",
                )
            if initiatives and rng.random() < 0.1:
                earlier = rng.choice(initiatives)
                self.rel(
                    ("Initiative", iid),
                    "BUILDS_ON",
                    ("Initiative", earlier[0]),
                    src,
                    f"{name} builds on {earlier[1]}",
                )
            if initiatives and rng.random() < 0.05:
                earlier = rng.choice(initiatives)
                self.rel(
                    ("Initiative", iid),
                    "CONTRIBUTES_TO",
                    ("Initiative", earlier[0]),
                    src,
                    f"{name} contributes to {earlier[1]}",
                )
            for tid, tname in rng.sample(topics, rng.randint(0, 2)):
                self.rel(
                    ("Initiative", iid),
                    "ADDRESSES",
                    ("Topic", tid),
                    src,
                    f"{name} addresses {tname.lower()}",
                )
            initiatives.append((iid, name))

        # Funding streams in several currencies: who provides, what they fund, where.
        for i in range(spec.funding_streams):
            fid = f"synth-fund-{i:05d}"
            currency, magnitude = rng.choice(CURRENCIES)
            amount = round(rng.lognormvariate(15.0, 1.2) * magnitude, -3)
            name = f"Funding stream {i + 1} for {rng.choice(INITIATIVE_WORDS[1])}"
            props = {
                "name": name,
                "amount": int(max(amount, 1000)),
                "currency": currency,
                "qualifier": rng.choice(QUALIFIERS),
                "stage": rng.choice(STAGES),
                "synthetic": True,
            }
            src = self.source()
            self.node("FundingStream", fid, props, src, f"{currency} {props['amount']} for {name}")
            for actor in self.pick(actors, 1 if rng.random() < 0.8 else 2):
                self.rel(
                    (actor[0], actor[1]),
                    "PROVIDES",
                    ("FundingStream", fid),
                    src,
                    f"{actor[2]} provides {name}",
                )
            for iid, iname in rng.sample(initiatives, min(len(initiatives), rng.randint(1, 3))):
                self.rel(
                    ("FundingStream", fid),
                    "FUNDS",
                    ("Initiative", iid),
                    src,
                    f"{name} funds {iname}",
                )
            for target in self.pick(
                [(0.3, country_targets), (0.7, region_targets)], rng.randint(1, 4)
            ):
                self.rel(
                    ("FundingStream", fid),
                    "ALLOCATED_TO",
                    (target[0], target[1]),
                    src,
                    f"{name} is allocated to {target[2]}",
                )

        return Corpus(self.spec, self._steps())

    def _steps(self) -> list[Step]:
        steps = [Step("Source", _SOURCE_CYPHER, self.nodes.pop("Source"))]
        for label in NODE_ORDER:
            rows = self.nodes.get(label, [])
            if rows:
                steps.append(Step(label, _node_cypher(label), rows))
        for (a, type_, b, by_role, extra), rows in self.rels.items():
            steps.append(Step(f"{a}-{type_}->{b}", _rel_cypher(a, type_, b, by_role, extra), rows))
        return steps


NODE_ORDER = (
    "Region", "Country", "Organisation", "Official", "Topic", "Event", "Statement",
    "Initiative", "FundingStream",
)  # fmt: skip
_SOURCE_CYPHER = "UNWIND $rows AS row MERGE (s:Source {id: row.id}) SET s += row.props"


def _node_cypher(label: str) -> str:
    # Labels and types come from the fixed lists above, never from input: safe to format.
    # Countries and regions keep real ids: mark and name them only when the synth created them.
    shared = label in ("Country", "Region")
    set_clause = (
        "ON CREATE SET n += row.props, n.synthetic = true" if shared else "SET n += row.props"
    )
    return (
        f"UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}) {set_clause} "
        "WITH n, row MATCH (s:Source {id: row.source}) "
        "MERGE (n)-[:EVIDENCED_BY {quote: row.quote}]->(s)"
    )


def _rel_cypher(a: str, type_: str, b: str, by_role: bool, extra: tuple[str, ...]) -> str:
    # A relationship that was there before the synth (the seed's Western Balkans in Europe)
    # keeps its own citation, so `clean` leaves it: ON CREATE, never a plain SET.
    key = " {role: row.role}" if by_role else ""
    sets = ", ".join(
        ["r.source = row.source", "r.quote = row.quote"] + [f"r.{p} = row.{p}" for p in extra]
    )
    return (
        f"UNWIND $rows AS row MATCH (a:{a} {{id: row.a}}), (b:{b} {{id: row.b}}) "
        f"MERGE (a)-[r:{type_}{key}]->(b) ON CREATE SET {sets}"
    )


def _country_name(code: str) -> str:
    country = pycountry.countries.get(alpha_2=code)
    if country is None:  # pragma: no cover - the table above holds current codes only
        raise ValueError(f"{code} is not an ISO 3166-1 alpha-2 code known to pycountry")
    return str(getattr(country, "common_name", None) or country.name)


def _slug(text: str) -> str:
    return "-".join("".join(ch if ch.isalnum() else " " for ch in text.lower()).split())


def build_corpus(spec: SynthSpec) -> Corpus:
    """The rows of the whole corpus, in write order (nodes first, then relationships)."""
    return _Builder(spec).build()


# -- writing and cleaning ---------------------------------------------------------------


def apply_schema(driver: Driver, database: str) -> None:
    """Constraints and indexes first: without them every MERGE scans its label."""
    Loader(driver, database).load(discover([SCHEMA_DIR]))


def write_corpus(
    driver: Driver,
    database: str,
    corpus: Corpus,
    batch_size: int = DEFAULT_BATCH_SIZE,
    on_rows: Callable[[str, int], None] | None = None,
) -> SynthReport:
    """Write every step through `apply_rows`, the loader's batched path. `on_rows` hears of
    each step as it starts (with 0 rows) and of each batch once it is committed."""
    counters: Counter[str] = Counter()
    started = time.perf_counter()
    for step in corpus.steps:
        if on_rows:
            on_rows(step.label, 0)
        hook = (lambda n, label=step.label: on_rows(label, n)) if on_rows else None
        counters.update(apply_rows(driver, database, step.cypher, step.rows, batch_size, hook))
    degree.refresh_all(driver, database)  # the stored partnership degrees, part of the write
    seconds = time.perf_counter() - started
    nodes, rels = synthetic_counts(driver, database)
    return SynthReport(corpus.spec, corpus.total_rows, seconds, counters, nodes, rels)


def replace_corpus(
    driver: Driver,
    database: str,
    corpus: Corpus,
    batch_size: int = DEFAULT_BATCH_SIZE,
    on_rows: Callable[[str, int], None] | None = None,
) -> tuple[CleanReport, SynthReport]:
    """Remove any earlier synthetic corpus, then write `corpus`: a corpus written over another
    of a larger scale would keep the larger one's extra nodes and links. Returns what was
    removed and what was written; `commitgraph-dev synth`, the bench and `synth` all come here."""
    removed = clean(driver, database)
    apply_schema(driver, database)
    return removed, write_corpus(driver, database, corpus, batch_size, on_rows)


def synth(
    driver: Driver,
    database: str,
    spec: SynthSpec,
    batch_size: int = DEFAULT_BATCH_SIZE,
    on_rows: Callable[[str, int], None] | None = None,
) -> SynthReport:
    """The corpus `spec` draws, in place of any earlier one (see `replace_corpus`)."""
    return replace_corpus(driver, database, build_corpus(spec), batch_size, on_rows)[1]


def synthetic_counts(driver: Driver, database: str) -> tuple[dict[str, int], dict[str, int]]:
    """Nodes by label and relationships by type that carry the synthetic tag."""
    with driver.session(database=database) as session:
        nodes = session.execute_read(
            lambda tx: {
                r["label"]: r["n"]
                for r in tx.run(
                    "MATCH (n) WHERE n.synthetic = true "
                    "RETURN labels(n)[0] AS label, count(*) AS n ORDER BY label"
                )
            }
        )
        rels = session.execute_read(
            lambda tx: {
                r["type"]: r["n"]
                for r in tx.run(
                    "MATCH ()-[r]->() WHERE r.source STARTS WITH $prefix "
                    "OR (type(r) = 'EVIDENCED_BY' AND r.quote STARTS WITH $tag) "
                    "RETURN type(r) AS type, count(*) AS n ORDER BY type",
                    prefix=SOURCE_PREFIX,
                    tag=QUOTE_TAG,
                )
            }
        )
    return nodes, rels


def clean(driver: Driver, database: str) -> CleanReport:
    """Remove what the synth wrote and nothing else, in chunks so a large corpus fits in memory.

    `CALL … IN TRANSACTIONS` needs an auto-commit transaction, hence `session.run` here.
    """
    with driver.session(database=database) as session:
        rels = session.run(
            "MATCH ()-[r]->() WHERE r.source STARTS WITH $prefix "
            "OR (type(r) = 'EVIDENCED_BY' AND r.quote STARTS WITH $tag) "
            "CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS",
            prefix=SOURCE_PREFIX,
            tag=QUOTE_TAG,
        ).consume()
        nodes = session.run(
            "MATCH (n) WHERE n.synthetic = true "
            "CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS"
        ).consume()
    degree.refresh_all(driver, database)  # the nodes that stay lost the synth's links
    return CleanReport(
        rels.counters.relationships_deleted + nodes.counters.relationships_deleted,
        nodes.counters.nodes_deleted,
    )
