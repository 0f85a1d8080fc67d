"""`timeline(actors, actorsMatch, initiative, from, to, first, after, asOf)`: dated entries,
oldest first, in one round trip.

An entry is a `Step` or a curation `ProgressUpdate` (graph.compile.timeline_map); an event
appears through its `met` steps. Filters (also in the GraphQL descriptions):

- actors: an actor is involved in an entry when
  - the entry INVOLVES it; a country also when the entry involves an official representing
    it, or an organisation based in it (or one of that organisation's units or post
    holders); an organisation also when the entry involves one of its units or post holders;
  - or the actor is involved in the entry's initiative, as the `initiatives` filters count
    it (`countries_of` for a country, its units, officials and funds for an organisation,
    taking part for an official): a step names who acted, the initiative who it concerns;
  - or the actor (for a country: itself, an official representing it or an organisation
    based in it) attended the entry's event.
  ALL needs every listed actor, ANY at least one. An entry's `actors` list only what it
  INVOLVES (none for a progress update).
- initiative: entries of that initiative. from / to: entries dated within those days; an
  entry dated by its week, month or year counts when its span overlaps them.
- asOf: only entries cited from a source published on or before that day; entries whose
  source has no date are left out and counted (`undated`).

An id that names nothing is a BadInput naming it; an upper-case ISO code the graph does not
hold matches nothing, as in every other filter, and a country code is accepted in any case.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from graph.compile.as_of import AsOf
from graph.compile.named_ids import NamedId, raise_for_unknown, unknown_expr
from graph.compile.pagination import decode_cursor, page_size
from graph.compile.projection import Compiler, Params, Selection
from graph.compile.schema_map import (
    TYPES,
    initiatives_of_country,
    initiatives_of_organisation,
)
from graph.compile.timeline_map import entry, entry_order, span_end
from graph.store.driver import Graph
from graph.store.errors import BadInput, as_country_code, check_node_id, is_country_code, quoted_id

ACTOR_LABELS = ("Country", "Organisation", "Official")


@dataclass
class TimelineFilter:
    actors: list[str] = field(default_factory=list)
    match_all: bool = True
    initiative: str | None = None
    start: datetime.date | None = None
    end: datetime.date | None = None
    as_of: datetime.date | None = None


@dataclass
class TimelinePage:
    """One page of projected entries, with what a connection needs around them.

    `undated` is how many entries asOf left out because their source has no date (None
    without asOf)."""

    rows: list[dict[str, Any]]
    edge_rows: list[dict[str, Any]]
    offset: int
    total: int
    undated: int | None


def actor_id(value: object, argument: str = "actors") -> str:
    """An actor id as given; a country code in any case is the country's (upper-case) id."""
    text = check_node_id(value, argument).strip()
    return as_country_code(text) or text


def _entries_of_actor(a: str) -> str:
    """The entries `e` actor `a` is involved in (see the module docstring)."""
    initiative_entries = "MATCH (i)-[:STEP_OF|HAS_PROGRESS]-(e:Step|ProgressUpdate) RETURN e"
    return (
        f"CALL ({a}) {{ MATCH ({a})<-[:INVOLVES]-(e:Step) RETURN e "
        f"UNION MATCH ({a}:Country)<-[:REPRESENTS]-(:Official)<-[:INVOLVES]-(e:Step) RETURN e "
        f"UNION MATCH ({a}:Country)<-[:BASED_IN]-(:Organisation)"
        "<-[:PART_OF|HOLDS_POST*0..3]-(:Organisation|Official)<-[:INVOLVES]-(e:Step) RETURN e "
        f"UNION MATCH ({a}:Organisation)<-[:PART_OF|HOLDS_POST*1..3]-(:Organisation|Official)"
        "<-[:INVOLVES]-(e:Step) RETURN e "
        f"UNION WITH {a} WHERE {a}:Country {initiatives_of_country(a)} {initiative_entries} "
        f"UNION WITH {a} WHERE {a}:Organisation {initiatives_of_organisation(a)} "
        f"{initiative_entries} "
        f"UNION MATCH ({a}:Official)-[:PARTICIPATES_IN]->(i:Initiative) {initiative_entries} "
        f"UNION MATCH ({a})<-[:REPRESENTS|BASED_IN*0..1]-(:Country|Organisation|Official)"
        "-[:ATTENDED]->(:Event)<-[:AT]-(e:Step) RETURN e }"
    )


def _source(filters: TimelineFilter, params: Params) -> str:
    """Cypher binding each candidate entry node once as `e`."""
    if filters.actors:
        params.values["actors"] = filters.actors
        actor = " UNION ".join(f"MATCH (a:{label} {{id: id}}) RETURN a" for label in ACTOR_LABELS)
        found = (
            "WITH e, count(DISTINCT a.id) AS hits WHERE hits = size($actors) WITH e"
            if filters.match_all
            else "WITH DISTINCT e"
        )
        return f"UNWIND $actors AS id CALL (id) {{ {actor} }} {_entries_of_actor('a')} {found}"
    if filters.initiative is not None:
        return (
            f"MATCH (i:Initiative {{id: {params.add(filters.initiative)}}}) "
            "CALL (i) { MATCH (i)<-[:STEP_OF]-(e:Step) RETURN e "
            "UNION MATCH (i)-[:HAS_PROGRESS]->(e:ProgressUpdate) RETURN e } WITH e"
        )
    return (
        "CALL () { MATCH (e:Step) RETURN e "
        "UNION MATCH (:Initiative)-[:HAS_PROGRESS]->(e:ProgressUpdate) RETURN e } WITH e"
    )


def _unknown_actors(actors: list[str], params: Params) -> str:
    """Cypher list: the given actor ids no Country, Organisation or Official has (an
    upper-case ISO code is never unknown)."""
    checked = [a for a in actors if not is_country_code(a)]
    if not checked:
        return "[]"
    counts = " + ".join(f"COUNT {{ MATCH (:{label} {{id: id}}) }}" for label in ACTOR_LABELS)
    return f"[id IN {params.add(checked)} WHERE {counts} = 0]"


async def timeline(
    graph: Graph,
    filters: TimelineFilter,
    first: int,
    after: str | None,
    node_selections: list[Selection],
    edge_node_selections: list[Selection],
) -> TimelinePage:
    first = page_size(first, "first")
    offset = decode_cursor(after, "after")
    if filters.start and filters.end and filters.start > filters.end:
        raise BadInput("from", f"{filters.start} is after to ({filters.end})")
    filters.actors = sorted({actor_id(a) for a in filters.actors})
    if filters.initiative is not None:
        filters.initiative = check_node_id(filters.initiative, "initiative")
    params = Params({"offset": offset, "first": first})
    conditions = ["x.citation IS NOT NULL"]
    if filters.initiative is not None and filters.actors:
        conditions.append(f"x.initiative.id = {params.add(filters.initiative)}")
    if filters.start is not None:
        conditions.append(f"{span_end('x')} >= {params.add(filters.start)}")
    if filters.end is not None:
        conditions.append(f"x.on <= {params.add(filters.end)}")
    view = None
    if filters.as_of is None:
        kept, undated = "candidates", "null"
    else:
        as_of = params.add(filters.as_of)
        view = AsOf(as_of)
        kept = f"[x IN candidates WHERE x.citation.source.publishedOn <= {as_of}]"
        undated = "size([x IN candidates WHERE x.citation.source.publishedOn IS NULL])"
    compiler = Compiler(TYPES, params, view=view)
    node_projection = compiler.project("TimelineEntry", "x", node_selections)
    edge_projection = compiler.project("TimelineEntry", "x", edge_node_selections)
    named = [NamedId("initiative", filters.initiative, "Initiative", "initiative")]
    cypher = (
        f"{_source(filters, params)} "
        f"WITH {entry('e')} AS x WHERE {' AND '.join(conditions)} "
        f"WITH x ORDER BY {entry_order('x')} "
        "WITH collect(x) AS candidates "
        f"WITH {kept} AS matched, {undated} AS undated "
        "RETURN size(matched) AS total, "
        f"[x IN matched[$offset..$offset + $first] | {node_projection}] AS rows, "
        f"[x IN matched[$offset..$offset + $first] | {edge_projection}] AS edgeRows, "
        f"undated, {unknown_expr(named, params)} AS unknown, "
        f"{_unknown_actors(filters.actors, params)} AS unknownActors"
    )
    result = (await graph.read("timeline", cypher, params.values))[0]
    if result["unknownActors"]:
        names = " or ".join(quoted_id(a) for a in result["unknownActors"])
        raise BadInput("actors", f"no country, organisation or official with id {names}")
    raise_for_unknown(named, result["unknown"])
    return TimelinePage(
        result["rows"], result["edgeRows"], offset, result["total"], result["undated"]
    )
