"""The data model's words: labels, relationship types, properties and vocabularies.

The one place they are written in code. `commitgraph check`, `commitgraph load`, the curation
API and the GraphQL enums read them from here, and docs/DATA-MODEL.md states the same lists
(tests/unit/test_vocabulary.py holds the two together).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from graph.store.errors import BadInput

#: Roles in `PARTICIPATES_IN.role`.
PARTICIPATION_ROLES = ("lead", "partner", "funder", "implementer", "beneficiary", "signatory")
#: Roles in `ATTENDED.role`.
ATTENDANCE_ROLES = ("host", "ally", "partner", "attendee")
INITIATIVE_KINDS = (
    "programme", "training", "campaign", "funding package", "agreement", "treaty",
    "action plan", "statement", "communique", "statistic", "policy",
)  # fmt: skip
INITIATIVE_STATUSES = (
    "announced", "agreed", "signed", "in_force", "in_progress", "delivered", "stalled", "dropped",
)  # fmt: skip
#: Step kinds in the order a commitment lives them; on one day, the later kind wins.
STEP_KINDS = (
    "met", "announced", "agreed", "signed", "in_force", "started", "reported", "delivered",
    "stalled", "dropped",
)  # fmt: skip
#: The status each step kind gives its initiative; `reported` and `met` give none.
STATUS_OF_STEP_KIND = {
    "announced": "announced", "agreed": "agreed", "signed": "signed", "in_force": "in_force",
    "started": "in_progress", "delivered": "delivered", "stalled": "stalled",
    "dropped": "dropped",
}  # fmt: skip
DATE_BASES = ("STATED", "INFERRED")
#: How much of a step's `on` the text gives: a day, or only the week, month or year it falls
#: in ("last week", "in 2018"), when `on` is the first day of that span.
DATE_PRECISIONS = ("DAY", "WEEK", "MONTH", "YEAR")
EVENT_KINDS = ("summit", "meeting", "call", "visit", "debate")
REGION_KINDS = ("continent", "sub-region", "sub-national area")
ORGANISATION_KINDS = (
    "government", "government department", "command", "law enforcement agency",
    "international body", "private sector", "parliament",
)  # fmt: skip
FUNDING_STAGES = ("pledged", "committed", "disbursed")
COMPLETENESS = ("FULL", "PARTIAL")
#: The statuses an editor may record with the curation API's progress updates.
PROGRESS_STATUSES = ("announced", "in_progress", "delivered", "stalled", "dropped")
#: `basis` of a relationship that comes from a named, versioned reference, not a document.
REFERENCE_BASIS = "REFERENCE"


@dataclass(frozen=True)
class Label:
    required: tuple[str, ...]
    optional: tuple[str, ...] = ()
    cited: bool = True  # needs an EVIDENCED_BY to a Source

    @property
    def properties(self) -> frozenset[str]:
        return frozenset(self.required + self.optional)


LABELS: dict[str, Label] = {
    "Country": Label(("id", "name"), ("aliases",)),
    "Region": Label(("id", "name", "kind"), ("aliases", "m49")),
    "Organisation": Label(("id", "name", "kind"), ("acronym", "aliases")),
    "Official": Label(("id", "title"), ("name", "aliases")),
    "Event": Label(
        ("id", "name", "kind"),
        ("location", "startDate", "startDateBasis", "startDateNote", "aliases"),
    ),
    "Initiative": Label(
        ("id", "name", "kind", "status"),
        ("summary", "audiences", "aliases", "figure", "figureQualifier"),
    ),
    "FundingStream": Label(("id", "name", "amount", "currency"), ("qualifier", "stage")),
    "AmountClaim": Label(("id", "amount", "currency"), ("qualifier",)),
    "Topic": Label(("id", "name"), ("aliases",)),
    "Figure": Label(
        ("id", "name", "value", "unit"),
        ("qualifier", "period", "summary", "asOf", "asOfBasis", "asOfNote", "aliases"),
    ),
    "Statement": Label(("id", "text")),
    "Step": Label(("id", "kind", "on", "dateBasis", "summary"), ("dateNote", "datePrecision")),
    "Source": Label(
        ("id", "title", "publisher", "completeness", "licence", "sha256", "text"),
        (
            "url", "publishedOn", "publishedOnBasis", "publishedOnNote", "reproducedBy",
            "completenessNote", "header",
        ),
        cited=False,
    ),
    "Reference": Label(("id", "title", "version"), ("url", "licence"), cited=False),
}  # fmt: skip
#: Labels the curation API and the loader write; no data file writes them.
SYSTEM_LABELS = ("ProgressUpdate", "Change", "__Migration", "__MigrationLock")

ACTORS = ("Country", "Organisation", "Official")


@dataclass(frozen=True)
class RelType:
    starts: tuple[str, ...]  # labels it may leave; () for any
    ends: tuple[str, ...]
    extra: tuple[str, ...] = ()  # properties besides source and quote
    required_extra: tuple[str, ...] = ()
    reference_allowed: bool = False  # may be a reference fact instead of a cited one

    @property
    def properties(self) -> frozenset[str]:
        base = ("source", "quote")
        reference = ("basis", "reference") if self.reference_allowed else ()
        return frozenset(base + self.extra + reference)


RELATIONSHIPS: dict[str, RelType] = {
    "EVIDENCED_BY": RelType((), ("Source",)),
    "PARTICIPATES_IN": RelType(ACTORS, ("Initiative",), ("role",), ("role",)),
    "ATTENDED": RelType(ACTORS, ("Event",), ("role",), ("role",)),
    "TARGETS": RelType(("Initiative",), ("Region", "Country")),
    "ANNOUNCED_AT": RelType(("Initiative",), ("Event",)),
    "BUILDS_ON": RelType(("Initiative",), ("Initiative",)),
    "CONTRIBUTES_TO": RelType(("Initiative",), ("Initiative",)),
    "ADDRESSES": RelType(("Initiative", "Event"), ("Topic",)),
    "DISCUSSED": RelType(("Event",), ("Topic",)),
    "PROVIDES": RelType(ACTORS, ("FundingStream",)),
    "FUNDS": RelType(("FundingStream",), ("Initiative",)),
    "ALLOCATED_TO": RelType(("FundingStream",), ("Region", "Country")),
    "AMOUNT_OF": RelType(("AmountClaim",), ("FundingStream",)),
    "PART_OF": RelType(
        ("Region", "Country", "Organisation"),
        ("Region", "Country", "Organisation"),
        reference_allowed=True,
    ),
    "BASED_IN": RelType(("Organisation",), ("Country",), reference_allowed=True),
    "HOLDS_POST": RelType(("Official",), ("Organisation",), ("title",), ("title",)),
    "REPRESENTS": RelType(("Official",), ("Country",)),
    "SAID": RelType(("Official",), ("Statement",)),
    "AT": RelType(("Statement", "Step"), ("Event",)),
    "STEP_OF": RelType(("Step",), ("Initiative", "Figure")),
    "INVOLVES": RelType(("Step",), ACTORS),
    "MEASURES": RelType(("Figure",), (*ACTORS, "Initiative", "Region", "Event", "Topic")),
    "REPORTED": RelType(ACTORS, ("Figure",)),
}
#: Relationship types the curation API writes (progress updates, the audit trail).
SYSTEM_RELATIONSHIPS = ("HAS_PROGRESS", "CHANGED")

#: Property values that must come from a vocabulary: (label or type, property) → values.
VOCABULARIES: dict[tuple[str, str], tuple[str, ...]] = {
    ("PARTICIPATES_IN", "role"): PARTICIPATION_ROLES,
    ("ATTENDED", "role"): ATTENDANCE_ROLES,
    ("Initiative", "kind"): INITIATIVE_KINDS,
    ("Initiative", "status"): INITIATIVE_STATUSES,
    ("Step", "kind"): STEP_KINDS,
    ("Step", "dateBasis"): DATE_BASES,
    ("Step", "datePrecision"): DATE_PRECISIONS,
    ("Event", "startDateBasis"): DATE_BASES,
    ("Source", "publishedOnBasis"): DATE_BASES,
    ("Figure", "asOfBasis"): DATE_BASES,
    ("Event", "kind"): EVENT_KINDS,
    ("Region", "kind"): REGION_KINDS,
    ("Organisation", "kind"): ORGANISATION_KINDS,
    ("FundingStream", "stage"): FUNDING_STAGES,
    ("Source", "completeness"): COMPLETENESS,
}


def check_word(value: object, allowed: tuple[str, ...], argument: str) -> str:
    """The word of a published list that `value` names, in that list's spelling.

    Case and the space-or-underscore between words do not matter (`In Force` is `in_force`);
    anything else is a mistake, not a filter that matches nothing, so the refusal lists the
    allowed words and suggests the nearest one for a typo (`annonced` → `announced`)."""
    text = str(value).strip()
    wanted = _folded(text)
    for word in allowed:
        if _folded(word) == wanted:
            return word
    folded = {_folded(word): word for word in allowed}
    nearest = difflib.get_close_matches(wanted, list(folded), n=1, cutoff=0.6)
    hint = f"; did you mean {folded[nearest[0]]!r}?" if nearest else ""
    choices = ", ".join(map(repr, allowed))
    raise BadInput(argument, f"{text!r} is not one of {choices}{hint}")


def _folded(word: str) -> str:
    return " ".join(word.lower().replace("_", " ").split())
