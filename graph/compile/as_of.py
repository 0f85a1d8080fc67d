"""The record as it stood on a day (`asOf`): what the sources published by then say.

- A node is shown only when at least one of its citations (EVIDENCED_BY) comes from a source
  published on or before the day; a source, when it was published by then; a reference (UN
  M49, the IMAGE regions, the government-bodies file) always, as it is background, not a
  document's claim.
- A participation, an attendance or a `Link` (the link with every relationship behind it) is
  shown when at least one of its relationships is cited from such a source, or is a reference
  fact;
  a citation, when its source is; an amount claim, when its citation is; a timeline entry,
  when its citation is.
- An initiative's status is the one its latest entry up to the day gives (`status_on`); an
  initiative with no status-giving entry at all keeps its recorded status, and one whose
  entries all come later is `announced` (it is shown, so a source had mentioned it by then).
- A source with no `publishedOn` is never "on or before" a day: the facts only it states are
  left out. Root fields count the items they leave out for that reason.

Links between nodes that carry no citation map (an initiative's funding, its targets, a
country's initiatives) are shown when the node at their other end is. Only lists are
filtered: a single value (a participation's actor, an entry's initiative, a citation's
source) is shown with the item that holds it, whose own citation names it.
"""

from __future__ import annotations

from graph.compile.projection import AbstractType, ObjectType
from graph.compile.timeline_map import entries_of_initiative, status_on

SOURCE = "Source"
REFERENCE = "Reference"


def node_cited_by(n: str, day: str) -> str:
    """Cypher: node `n` (not a Source) is cited from a source published on or before `day`."""
    return (
        f"EXISTS {{ MATCH ({n})-[:EVIDENCED_BY]->(ao_s:Source) WHERE ao_s.publishedOn <= {day} }}"
    )


def node_undated(n: str) -> str:
    """Cypher: node `n` is cited, but only from sources without a date."""
    return (
        f"EXISTS {{ MATCH ({n})-[:EVIDENCED_BY]->(:Source) }} AND NOT EXISTS {{ "
        f"MATCH ({n})-[:EVIDENCED_BY]->(ao_s:Source) WHERE ao_s.publishedOn IS NOT NULL }}"
    )


def rel_cited_by(r: str, day: str) -> str:
    """Cypher: relationship `r` is a reference fact or cites a source published by `day`."""
    return (
        f"(coalesce({r}.basis, '') = 'REFERENCE' OR EXISTS {{ "
        f"MATCH (ao_s:Source {{id: {r}.source}}) WHERE ao_s.publishedOn <= {day} }})"
    )


def _node(n: str, day: str) -> str:
    return (
        f"CASE WHEN {n}:{SOURCE} THEN coalesce({n}.publishedOn <= {day}, false) "
        f"WHEN {n}:{REFERENCE} THEN true ELSE {node_cited_by(n, day)} END"
    )


def _links(rels: str, day: str) -> str:
    return (
        f"any(ao_r IN {rels} WHERE ao_r.basis = 'REFERENCE' OR EXISTS {{ "
        f"MATCH (ao_s:Source {{id: ao_r.source}}) WHERE ao_s.publishedOn <= {day} }})"
    )


def _citation(c: str, day: str) -> str:
    return f"coalesce({c}.source.publishedOn <= {day}, false)"


class AsOf:
    """The compiler's view of the graph as of the day in parameter `day` (a `$name`)."""

    def __init__(self, day: str) -> None:
        self.day = day

    def keep(self, type_name: str, kind: ObjectType | AbstractType, var: str) -> str | None:
        day = self.day
        if isinstance(kind, AbstractType) or kind.label is not None:
            return _node(var, day)
        if type_name == "Citation":
            return _citation(var, day)
        if type_name == "TimelineEntry":
            return _citation(f"{var}.citation", day)
        if type_name in ("Participation", "Attendance", "Link"):
            return _links(f"{var}.rels", day)
        if type_name == "AmountClaim":
            return (
                f"CASE WHEN {var}.evidence IS NOT NULL "
                f"THEN any(ao_c IN {var}.evidence WHERE {_citation('ao_c', day)}) "
                f"ELSE {_links(f'{var}.rels', day)} END"
            )
        return None

    def scalar(self, type_name: str, field_name: str, var: str) -> str | None:
        if type_name == "Initiative" and field_name == "status":
            return status_as_of(var, self.day)
        return None


def status_as_of(i: str, day: str) -> str:
    """Cypher: initiative `i`'s status as the sources published by `day` record it."""
    return (
        f"coalesce({status_on(i, day)}, CASE WHEN any(ao_e IN {entries_of_initiative(i)} "
        f"WHERE ao_e.status IS NOT NULL) THEN 'announced' ELSE {i}.status END)"
    )
