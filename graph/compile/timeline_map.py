"""What a timeline entry is in the graph: a `Step` or a curation `ProgressUpdate`, as one map.

Both kinds of node become the same map (`entry`), so the timeline, `Initiative.history` and
`Initiative.statusOn` share one definition of what an entry says:

- a Step gives its own kind, date, date basis, note and summary; its initiative (STEP_OF),
  or the figure it reports (STEP_OF a Figure), its event (AT, for `met` steps) and its actors
  (INVOLVES);
- a ProgressUpdate is an editor's dated status: its kind is the step kind of that status
  (in_progress is STARTED), its date basis INFERRED (the editor gave the day), its summary the
  editor's note, its initiative the one that HAS_PROGRESS it, and it involves no actor.

An entry's citation is its first EVIDENCED_BY (by source id, then quote); an entry without
one is not shown anywhere, since every entry is cited. The status an entry gives its
initiative follows docs/DATA-MODEL.md ("A dated step"): `reported` and `met` give none.
"""

from __future__ import annotations

import datetime
from typing import Any

from graph.compile.projection import (
    Compiler,
    Computed,
    FieldMap,
    ObjectType,
    Params,
    Related,
    Scalar,
    Selection,
)
from graph.compile.unservable import Vocabulary
from graph.store.errors import BadInput
from graph.vocabulary import DATE_BASES, DATE_PRECISIONS, STATUS_OF_STEP_KIND, STEP_KINDS

#: Step kinds in the order a commitment lives them; on one day, entries sort this way.
KINDS = STEP_KINDS
#: The initiative status each kind gives (DATA-MODEL, "A dated step").
STATUS_OF_KIND = STATUS_OF_STEP_KIND
PROGRESS_NOTE = "a progress update: the day is the one its editor recorded"


def _kind_rank(kind: str) -> str:
    cases = " ".join(f"WHEN '{k}' THEN {n}" for n, k in enumerate(KINDS))
    return f"CASE {kind} {cases} ELSE {len(KINDS)} END"


def _status_of(kind: str) -> str:
    cases = " ".join(f"WHEN '{k}' THEN '{s}'" for k, s in STATUS_OF_KIND.items())
    return f"CASE {kind} {cases} ELSE null END"


def entry(e: str) -> str:
    """Cypher: the entry map of `e`, a Step or a ProgressUpdate node."""
    kind = (
        f"CASE WHEN {e}:Step THEN {e}.kind "
        f"WHEN {e}.status = 'in_progress' THEN 'started' ELSE {e}.status END"
    )
    return (
        f"{{id: {e}.id, label: CASE WHEN {e}:Step THEN 'Step' ELSE 'ProgressUpdate' END, "
        f"on: {e}.on, kind: {kind}, rank: {_kind_rank(kind)}, "
        f"status: {_status_of(kind)}, "
        f"dateBasis: CASE WHEN {e}:Step THEN {e}.dateBasis ELSE 'INFERRED' END, "
        f"dateNote: CASE WHEN {e}:Step THEN {e}.dateNote ELSE '{PROGRESS_NOTE}' END, "
        f"datePrecision: CASE WHEN {e}:Step THEN coalesce({e}.datePrecision, 'DAY') "
        "ELSE 'DAY' END, "
        f"summary: CASE WHEN {e}:Step THEN {e}.summary ELSE coalesce({e}.note, "
        f"'Status recorded as ' + replace({e}.status, '_', ' ') + '.') END, "
        f"initiative: COLLECT {{ MATCH ({e})-[:STEP_OF]->(tl_x:Initiative) RETURN tl_x "
        f"UNION MATCH ({e})<-[:HAS_PROGRESS]-(tl_x:Initiative) RETURN tl_x }}[0], "
        f"figure: COLLECT {{ MATCH ({e})-[:STEP_OF]->(tl_x:Figure) RETURN tl_x }}[0], "
        f"event: COLLECT {{ MATCH ({e})-[:AT]->(tl_x:Event) "
        "WITH tl_x ORDER BY tl_x.id RETURN tl_x }[0], "
        f"actors: COLLECT {{ MATCH ({e})-[:INVOLVES]->(tl_x) "
        "WITH DISTINCT tl_x ORDER BY tl_x.name, tl_x.id RETURN tl_x }, "
        f"citation: COLLECT {{ MATCH ({e})-[tl_c:EVIDENCED_BY]->(tl_s:Source) "
        "WITH tl_s, tl_c ORDER BY tl_s.id, tl_c.quote "
        "RETURN {source: tl_s, quote: tl_c.quote} }[0]}"
    )


def entry_order(x: str) -> str:
    """The order of entries `x`: oldest first; on one day, in lifecycle order, then by id."""
    return f"{x}.on, {x}.rank, {x}.id"


def entries_of_initiative(i: str) -> str:
    """Cypher list: every cited entry of initiative `i`, oldest first."""
    return (
        f"COLLECT {{ CALL ({i}) {{ MATCH ({i})<-[:STEP_OF]-(tl_e:Step) RETURN tl_e "
        f"UNION MATCH ({i})-[:HAS_PROGRESS]->(tl_e:ProgressUpdate) RETURN tl_e }} "
        f"WITH {entry('tl_e')} AS tl_entry WHERE tl_entry.citation IS NOT NULL "
        f"WITH tl_entry ORDER BY {entry_order('tl_entry')} RETURN tl_entry }}"
    )


def status_on(i: str, day: str) -> str:
    """Cypher: the status of initiative `i` on `day` (an expression giving a date), from its
    latest status-giving entry dated on or before it and cited from a source published on or
    before it; null when there is none."""
    return (
        f"head([tl_y IN {entries_of_initiative(i)} WHERE tl_y.status IS NOT NULL "
        f"AND tl_y.on <= {day} AND tl_y.citation.source.publishedOn <= {day} "
        "| tl_y.status][-1..])"
    )


def as_date(value: object, argument: str) -> datetime.date:
    """A date argument: nested GraphQL arguments may arrive as their literal's text."""
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError as error:
        raise BadInput(argument, f"{value!r} is not a date (YYYY-MM-DD)") from error


def _status_on(v: str, selection: Selection, params: Params, compiler: Compiler) -> str:
    day = as_date(selection.args.get("date"), f"{selection.name}.date")
    return status_on(v, params.add(day))


def _optional(key: str) -> Any:
    return lambda v, args, params: f"[tl_z IN [{v}.{key}] WHERE tl_z IS NOT NULL]"


def span_end(e: str) -> str:
    """Cypher: the last day of entry `e`'s span (its `on` but for a step dated by its week,
    month or year), so that a window that overlaps the span finds the entry."""
    return (
        f"CASE WHEN NOT {e}.on IS :: DATE THEN {e}.on "
        f"WHEN {e}.datePrecision = 'WEEK' THEN {e}.on + duration({{days: 6}}) "
        f"WHEN {e}.datePrecision = 'MONTH' THEN {e}.on + duration({{months: 1, days: -1}}) "
        f"WHEN {e}.datePrecision = 'YEAR' THEN {e}.on + duration({{years: 1, days: -1}}) "
        f"ELSE {e}.on END"
    )


def _of_entry(
    name: str, words: tuple[str, ...] | None, type_: str | None = None, required: bool = False
) -> Vocabulary:
    """Entry key `name`, stored on its Step under that name; a progress update's kind is its
    `status`, and its date basis is always INFERRED."""
    return Vocabulary(
        words,
        lambda v: f"{v}.label",
        lambda v: f"{v}.id",
        (lambda v: f"CASE {v}.label WHEN 'Step' THEN 'kind' ELSE 'status' END")
        if name == "kind"
        else (lambda v: f"'{name}'"),
        lambda v: f"{v}.{name}",
        type_,
        required,
    )


#: The GraphQL types of the timeline, for `schema_map.TYPES`.
TIMELINE_TYPES: dict[str, ObjectType] = {
    "TimelineEntry": ObjectType(
        fields={
            "on": Scalar(lambda v: f"{v}.on", _of_entry("on", None, "DATE", required=True)),
            "dateBasis": Scalar(
                lambda v: f"{v}.dateBasis", _of_entry("dateBasis", DATE_BASES, required=True)
            ),
            "dateNote": Scalar(lambda v: f"{v}.dateNote"),
            "datePrecision": Scalar(
                lambda v: f"{v}.datePrecision", _of_entry("datePrecision", DATE_PRECISIONS)
            ),
            "kind": Scalar(lambda v: f"toUpper({v}.kind)", _of_entry("kind", KINDS, required=True)),
            "summary": Scalar(
                lambda v: f"{v}.summary", _of_entry("summary", None, "STRING", required=True)
            ),
            "initiative": Related(_optional("initiative"), "Initiative", many=False),
            "event": Related(_optional("event"), "Event", many=False),
            "figure": Related(_optional("figure"), "Figure", many=False),
            "actors": Related(lambda v, a, p: f"{v}.actors", "Actor"),
            "citation": Related(lambda v, a, p: f"[{v}.citation]", "Citation", many=False),
        }
    ),
}

#: Fields of `Initiative` that the timeline defines.
INITIATIVE_FIELDS: dict[str, FieldMap] = {
    "history": Related(lambda v, a, p: entries_of_initiative(v), "TimelineEntry", capped=False),
    "statusOn": Computed(_status_on),
}
