"""The rules a data file must keep before the API can serve it, checked statement by statement.

`commitgraph check` runs them over the files alone (`FileState`, graph/migrate/check_state.py:
what earlier files and earlier statements wrote); `commitgraph load` runs them inside each
file's transaction against the graph (graph/migrate/loader.py). The rules are docs/DATA-MODEL.md's:

- labels, relationship types and their properties are the model's, and each value that has
  a vocabulary (roles, statuses, kinds, bases) is in it;
- a country's id is an ISO 3166-1 alpha-2 code, in upper case;
- every node a file writes is cited (an EVIDENCED_BY to a Source), every relationship it
  writes carries a `source` and a `quote`, or is a reference fact (`basis: 'REFERENCE'` and
  `reference`);
- a quote occurs exactly once in the text of the source it cites, and never includes a
  `[…gap` marker; the source exists and its text is the one its sha256 names;
- an id a MATCH names exists (in an earlier file, or earlier in the same file);
- a node a file creates does not carry the name or an alias of another node of its label:
  one node per real thing.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pycountry

from graph.migrate.check_state import FileState, State, names_of
from graph.migrate.cypher_files import CypherFile
from graph.migrate.statements import UNKNOWN, Call, NodeRef, Parsed, RelRef, parse
from graph.store.errors import as_country_code
from graph.vocabulary import (
    LABELS,
    REFERENCE_BASIS,
    RELATIONSHIPS,
    SYSTEM_LABELS,
    SYSTEM_RELATIONSHIPS,
    VOCABULARIES,
)

GAP = re.compile(r"\[\s*(…|\.\.\.)\s*gap", re.IGNORECASE)
#: A slug; a Step's or an AmountClaim's id joins slugs with `--`, and a step kind keeps its `_`.
SLUG = re.compile(r"[a-z0-9]+(?:(?:-|--|_)[a-z0-9]+)*")


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


#: Files from this version on MERGE each cited relationship with its source in the pattern.
#: V002 and V012 predate the corpus and, applied, cannot change; they set `source` after MERGE.
SOURCE_IN_MERGE_SINCE = 100
#: Files after this version write a published number as a Figure: V002 and V210, applied,
#: still write theirs as an Initiative of kind statistic, which V216 and V217 turn into Figures.
STATISTIC_INITIATIVES_UNTIL = 217


def meant(value: str, choices: Iterable[str]) -> str | None:
    """The choice `value` is a misspelling of: the same in another case, or a close one."""
    choices = list(choices)
    folded = {c.casefold(): c for c in choices}
    if value.casefold() in folded:
        return folded[value.casefold()]
    match = difflib.get_close_matches(value, choices, n=1, cutoff=0.75)
    return match[0] if match else None


def closest(value: str, choices: Iterable[str]) -> str:
    """`; did you mean '…'?` when `value` is a misspelling of one of `choices`, else ''."""
    found = meant(value, choices)
    return f"; did you mean {found!r}?" if found is not None else ""


def unknown_property(owner: str, prop: str, properties: Iterable[str]) -> str:
    return f"{owner} has no property {prop!r}{closest(prop, properties)}"


_HOW_TO_SET = {
    "source": "the id of the Source it cites",
    "quote": "the words of the source it cites",
}


def carries_no(name: str, prop: str) -> str:
    how = _HOW_TO_SET.get(prop)
    return f"{name} carries no {prop}" + (f" (set {prop} to {how})" if how else "")


def no_source(source_id: str, known: Iterable[str]) -> str:
    return f"no Source has the id {source_id!r}{closest(source_id, known)}"


def sha256_mismatch(source_id: str, text: str, stated: str) -> str:
    return (
        f"the text of Source {source_id!r} has sha256 {sha256(text)[:12]}…, not the "
        f"{stated[:12]}… its sha256 states: the text or the sha256 is wrong"
    )


def _short(text: str, limit: int = 80) -> str:
    text = text.replace("\n", "\\n")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def occurrences(text: str, quote: str) -> int:
    """How often `quote` occurs in `text` without overlaps, as the curation API counts."""
    return text.count(quote) if quote else 0


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def occurs_once(path: str, line: int, source_id: str, quote: str, text: str) -> list[Problem]:
    count = occurrences(text, quote)
    if count == 1:
        return []
    shown = _short(quote)
    if count == 0:
        return [Problem(path, line, f"the quote {shown!r} is not in the text of {source_id!r}")]
    return [
        Problem(
            path,
            line,
            f"the quote {shown!r} occurs {count} times in the text of {source_id!r}: "
            "quote enough of the passage that it occurs once",
        )
    ]


class Checker:
    """The rules, applied to one file's statements at a time against a `State`."""

    def __init__(self, state: State, defer_textless: bool = False) -> None:
        """`defer_textless`: a quote of a source that has no text yet waits for a later file
        to give the source its text: `commitgraph check` reads every file, then checks the
        waiting quotes (`check_deferred`); the loader checks them when that file is applied."""
        self.state = state
        self.defer_textless = defer_textless
        self.deferred: list[tuple[str, int, str, str]] = []  # path, line, source id, quote

    def check_file(self, file: CypherFile) -> list[Problem]:
        if file.is_schema:
            return []
        problems: list[Problem] = []
        written: dict[tuple[str, str], int] = {}  # node → the line of its first MERGE
        for statement in file.statements:
            parsed = parse(statement)
            problems.extend(self.check_statement(file, parsed, written))
        for (label, id), line in written.items():
            if LABELS[label].cited and not self.state.is_cited(label, id):
                problems.append(
                    Problem(
                        str(file.path),
                        line,
                        f"({label} {{id: {id!r}}}) is written but never cited: give it an "
                        "EVIDENCED_BY {quote} to the Source that states it",
                    )
                )
        return problems

    def check_statement(
        self, file: CypherFile, parsed: Parsed, written: dict[tuple[str, str], int]
    ) -> list[Problem]:
        """The statement's problems, each said once: a wrong source id is named on the MATCH
        that names it, not again on every relationship that cites it."""
        problems: list[Problem] = []
        said: set[str] = set()
        for found in self._statement_problems(file, parsed, written):
            if found.message not in said:
                said.add(found.message)
                problems.append(found)
        return problems

    def _statement_problems(
        self, file: CypherFile, parsed: Parsed, written: dict[tuple[str, str], int]
    ) -> list[Problem]:
        path = str(file.path)
        problems: list[Problem] = []

        def problem(line: int, message: str) -> None:
            problems.append(Problem(path, line, message))

        bindings: dict[str, NodeRef] = {}
        for node in parsed.nodes:
            for label in node.labels:
                if label not in LABELS:
                    hint = closest(label, LABELS)
                    problem(node.line, f"the label {label!r} is not in the model{hint}")
            if node.var not in bindings or (node.labels and not bindings[node.var].labels):
                bindings[node.var] = node
        for _var, label, line in parsed.labels_set:
            if label not in LABELS:
                problem(line, f"the label {label!r} is not in the model{closest(label, LABELS)}")
        new_nodes: list[tuple[NodeRef, str]] = []
        for node in parsed.nodes:
            found = _label_of(node)
            if found is None or node.id is None:
                continue
            label = found
            refused_id = id_problems(path, node, label)
            problems.extend(refused_id)
            exists = self.state.has_node(label, node.id)
            if node.clause in ("MATCH", "OPTIONAL MATCH"):
                if not exists and node.clause == "MATCH" and not refused_id:
                    if label == "Source":
                        problem(node.line, no_source(node.id, self.state.ids("Source")))
                    else:
                        hint = closest(node.id, self.state.ids(label))
                        problem(
                            node.line,
                            f"(:{label} {{id: {node.id!r}}}) names no node an earlier file or "
                            f"statement wrote{hint}",
                        )
            elif node.clause in ("MERGE", "CREATE"):
                if not exists:
                    new_nodes.append((node, label))
                written.setdefault((label, node.id), node.line)
        # values the statement sets on its nodes
        for var, node in bindings.items():
            found = _label_of(node)
            if found is None:
                continue
            label = found
            values = parsed.values(var)
            model = LABELS[label]
            for prop, (value, line) in values.items():
                if prop not in model.properties:
                    problem(line, unknown_property(label, prop, model.properties))
                problems.extend(vocabulary_problems(path, line, label, prop, value))
                if (label, prop, value) == (
                    "Initiative",
                    "kind",
                    "statistic",
                ) and file.version > STATISTIC_INITIATIVES_UNTIL:
                    problem(
                        line,
                        "a published number is a Figure, not an Initiative of kind 'statistic' "
                        '(docs/DATA-MODEL.md, "A reported figure")',
                    )
            if label == "Step":
                problems.extend(_span_start(path, values))
            if node.id is not None and node.clause in ("MERGE", "CREATE", "MATCH"):
                plain = {k: v for k, (v, _) in values.items()}
                if label == "Source":
                    problems.extend(self._source(path, node, parsed, plain))
                if node.clause in ("MERGE", "CREATE") or parsed.sets:
                    self.state.wrote_node(label, node.id, plain)
        for node, label in new_nodes:
            values = {k: v for k, (v, _) in parsed.values(node.var).items()}
            names = names_of(values)
            assert node.id is not None
            twin = self.state.same_name(label, node.id, names) if names else None
            if twin is not None:
                problem(
                    node.line,
                    f"(:{label} {{id: {node.id!r}}}) is new, but {twin[1]!r} is the name or an "
                    f"alias of the existing {label} {twin[0]!r}: one node per real thing, so "
                    f"cite {twin[0]!r} (or add {node.id!r}'s other names to its aliases)",
                )
        for rel in parsed.rels:
            problems.extend(self._relationship(file, parsed, rel, bindings))
        return problems

    def _relationship(
        self, file: CypherFile, parsed: Parsed, rel: RelRef, bindings: dict[str, NodeRef]
    ) -> list[Problem]:
        path = str(file.path)
        problems: list[Problem] = []

        def problem(message: str, line: int = rel.line) -> None:
            problems.append(Problem(path, line, message))

        for name in rel.types:
            if name not in RELATIONSHIPS and name not in SYSTEM_RELATIONSHIPS:
                problem(
                    f"the relationship type {name!r} is not in the model"
                    f"{closest(name, RELATIONSHIPS)}"
                )
        if rel.clause not in ("MERGE", "CREATE") or len(rel.types) != 1:
            return problems
        name = rel.types[0]
        model = RELATIONSHIPS.get(name)
        if model is None:
            return problems
        start, end = bindings.get(rel.start), bindings.get(rel.end)
        start_label = _label_of(start)
        end_label = _label_of(end)
        if model.starts and start_label and start_label not in model.starts:
            problem(f"{name} leaves {' or '.join(model.starts)}, not {start_label}")
        if model.ends and end_label and end_label not in model.ends:
            problem(f"{name} enters {' or '.join(model.ends)}, not {end_label}")
        values = parsed.values(rel.var)
        misspelt: set[str | None] = set()  # properties it lacks as their name is misspelt
        for prop, (value, line) in values.items():
            if prop not in model.properties:
                problem(unknown_property(name, prop, model.properties), line)
                misspelt.add(meant(prop, model.properties))
            problems.extend(vocabulary_problems(path, line, name, prop, value))
        quote = values.get("quote", (None, rel.line))[0]
        if name == "EVIDENCED_BY":
            if not isinstance(quote, str):
                if quote is not UNKNOWN and "quote" not in misspelt:
                    problem("an EVIDENCED_BY carries no quote")
                return problems
            if end is None or end.id is None:
                return problems
            problems.extend(self._quote(path, rel.line, end.id, quote))
            if start is not None and start.id is not None and start_label:
                self.state.cite(start_label, start.id)
            return problems
        basis = values.get("basis", (None, 0))[0]
        if basis == REFERENCE_BASIS:
            if not model.reference_allowed:
                problem(f"{name} cannot be a reference fact: only PART_OF and BASED_IN can")
            if "reference" not in values:
                problem(f"a reference fact {name} names no reference (set reference)")
            elif isinstance(values["reference"][0], str) and not self.state.has_node(
                "Reference", values["reference"][0]
            ):
                problem(f"no Reference has the id {values['reference'][0]!r}")
            if "quote" in values:
                problem(f"a reference fact {name} carries no quote")
            return problems
        source = values.get("source", (None, 0))[0]
        for required in model.required_extra:
            if required not in values and required not in misspelt:
                problem(carries_no(name, required))
        if source is None and "source" not in misspelt:
            problem(carries_no(name, "source"))
        elif (
            rel.clause == "MERGE"
            and "source" not in rel.props
            and file.version >= SOURCE_IN_MERGE_SINCE
        ):
            problem(
                f"MERGE the {name} with its source in the pattern ({{source: {source!r}}}): "
                "merged without it, it would take over another document's relationship with "
                "the same ends and overwrite that document's citation"
            )
        if quote is None and "quote" not in misspelt:
            problem(carries_no(name, "quote"))
        if isinstance(source, str) and isinstance(quote, str):
            problems.extend(
                self._quote(path, values["quote"][1], source, quote, values["source"][1])
            )
        return problems

    def _quote(
        self, path: str, line: int, source_id: str, quote: str, source_line: int | None = None
    ) -> list[Problem]:
        shown = _short(quote)
        if GAP.search(quote):
            return [
                Problem(
                    path,
                    line,
                    f"the quote {shown!r} includes a […gap] marker: the marker is not the "
                    "document's, so quote one side of it",
                )
            ]
        source = self.state.source(source_id)
        if source is None:
            known = self.state.ids("Source")
            return [Problem(path, source_line or line, no_source(source_id, known))]
        if source.text is None:
            if self.defer_textless:
                self.deferred.append((path, line, source_id, quote))
                return []
            return [Problem(path, line, f"the Source {source_id!r} has no text to quote from")]
        return occurs_once(path, line, source_id, quote, source.text)

    def check_deferred(self) -> list[Problem]:
        """The quotes that waited for their source's text, against the text it has now."""
        problems: list[Problem] = []
        for path, line, source_id, quote in self.deferred:
            source = self.state.source(source_id)
            if source is None or source.text is None:
                problems.append(
                    Problem(path, line, f"the Source {source_id!r} has no text to quote from")
                )
            else:
                problems.extend(occurs_once(path, line, source_id, quote, source.text))
        self.deferred.clear()
        return problems

    def _source(
        self, path: str, node: NodeRef, parsed: Parsed, values: dict[str, Any]
    ) -> list[Problem]:
        """A statement that writes a Source's text or sha256: they must agree."""
        assert node.id is not None
        text = values.get("text")
        stated = values.get("sha256")
        for item in parsed.where:  # MATCH (s:Source {id}) WHERE s.sha256 = '…' SET s.text = …
            if item.var == node.var and item.prop == "sha256" and isinstance(item.value, str):
                stated = item.value
        text = text if isinstance(text, str) else None
        stated = stated if isinstance(stated, str) else None
        known = self.state.source(node.id)
        if stated is None and known is not None:
            stated = known.sha256
        problems = []
        if text is not None and stated is not None and sha256(text) != stated:
            problems.append(
                Problem(path, parsed.statement.line, sha256_mismatch(node.id, text, stated))
            )
        if known is not None and stated is not None and known.sha256 and known.sha256 != stated:
            problems.append(
                Problem(
                    path,
                    parsed.statement.line,
                    f"Source {node.id!r} is said to have sha256 {stated[:12]}…, but an earlier "
                    f"file gave it {known.sha256[:12]}…",
                )
            )
        origin = f"{path}:{parsed.statement.line}"
        self.state.wrote_source(node.id, text, stated, origin)
        return problems


def _label_of(node: NodeRef | None) -> str | None:
    if node is None:
        return None
    return next((label for label in node.labels if label in LABELS), None)


def id_problems(path: str, node: NodeRef, label: str) -> list[Problem]:
    assert node.id is not None
    if label == "Country":
        code = node.id
        upper = as_country_code(code) if len(code) == 2 else None
        if upper is None:
            return [Problem(path, node.line, f"{code!r} is not an ISO 3166-1 alpha-2 country code")]
        if code != upper:
            return [
                Problem(
                    path,
                    node.line,
                    f"{code!r}: a country's id is its ISO 3166-1 alpha-2 code in upper case "
                    f"({code.upper()!r})",
                )
            ]
        return []
    if not SLUG.fullmatch(node.id):
        return [
            Problem(
                path,
                node.line,
                f"{node.id!r} is not an id: lower-case letters, digits and hyphens "
                "(docs/DATA-MODEL.md, Ids)",
            )
        ]
    if as_country_code(node.id):
        return [
            Problem(
                path,
                node.line,
                f"{node.id!r} spells a country code, which every id argument reads as that "
                "country's (docs/DATA-MODEL.md, Ids)",
            )
        ]
    return []


def vocabulary_problems(path: str, line: int, owner: str, prop: str, value: Any) -> list[Problem]:
    problems = []
    allowed = VOCABULARIES.get((owner, prop))
    if allowed is not None and isinstance(value, str) and value not in allowed:
        problems.append(
            Problem(
                path,
                line,
                f"{owner}.{prop} {value!r} is not one of {', '.join(allowed)}"
                f"{closest(value, allowed)}",
            )
        )
    if (
        prop == "currency"
        and isinstance(value, str)
        and pycountry.currencies.get(alpha_3=value) is None
    ):
        problems.append(Problem(path, line, f"{value!r} is not an ISO 4217 currency code"))
    if isinstance(value, Call) and value.name == "date" and value.args:
        try:
            date.fromisoformat(str(value.args[0]))
        except ValueError:
            problems.append(Problem(path, line, f"{value.args[0]!r} is not a date (YYYY-MM-DD)"))
    return problems


def _span_start(path: str, values: dict[str, tuple[Any, int]]) -> list[Problem]:
    """A step the text dates only by its week, month or year has `on` at that span's first
    day, so that steps order and filter by date alike whatever their precision."""
    precision, on = values.get("datePrecision"), values.get("on")
    if precision is None or on is None:
        return []
    value, line = on
    if not (isinstance(value, Call) and value.name == "date" and value.args):
        return []
    try:
        day = date.fromisoformat(str(value.args[0]))
    except ValueError:
        return []  # vocabulary_problems names it
    first = {
        "WEEK": (day.weekday() == 0, "a Monday"),
        "MONTH": (day.day == 1, "the 1st of its month"),
        "YEAR": ((day.month, day.day) == (1, 1), "1 January"),
    }.get(str(precision[0]))
    if first is None or first[0]:
        return []
    return [
        Problem(
            path,
            line,
            f"Step.on {day} must be the first day of its span with datePrecision "
            f"{precision[0]!r}: {first[1]}",
        )
    ]


def check_files(
    files: list[CypherFile], report: set[Path] | None = None, seed_dir: Path | None = None
) -> list[Problem]:
    """Check files in version order, each against what the files before it wrote; report the
    problems of the files in `report` (all when None)."""
    state = FileState(seed_dir=seed_dir)
    checker = Checker(state, defer_textless=True)
    problems: list[Problem] = []
    for file in sorted(files, key=lambda f: f.version):
        problems.extend(checker.check_file(file))
    problems.extend(checker.check_deferred())
    if report is None:
        return problems
    return [p for p in problems if Path(p.path).resolve() in report]


def known_labels() -> frozenset[str]:
    return frozenset(LABELS) | frozenset(SYSTEM_LABELS)


def check_paths(
    paths: list[Path], cypher_dir: Path, seed_dir: Path | None
) -> tuple[int, list[Problem]]:
    """`commitgraph check`: the files under `paths`, each on top of the files before it. The
    repository's own files of lower versions are read first, but for the one a checked file
    copies (same file name): the copy being edited stands in for it. A checked file that takes
    another repository file's version is refused, naming both, as the load would refuse it."""
    from graph.migrate.cypher_files import (
        CypherFileError,
        discover,
        next_free,
        read_cypher_file,
    )

    checked = discover(paths)
    chosen = {f.path.resolve() for f in checked}
    by_version = {f.version: f for f in checked}
    top = max(by_version, default=0)
    repository: list[CypherFile] = []
    for folder in (cypher_dir / "schema", cypher_dir / "seed"):
        for path in sorted(folder.rglob("*.cypher")) if folder.is_dir() else []:
            try:
                repository.append(read_cypher_file(path))
            except CypherFileError:
                continue  # a file that cannot be read is named when it is checked itself
    context: list[CypherFile] = []
    for file in repository:
        if file.path.resolve() in chosen:
            continue
        same = by_version.get(file.version)
        if same is not None and same.path.name != file.path.name:
            raise CypherFileError(
                f"version V{file.version:03d} is used twice: {same.path} and {file.path}; a new "
                f"file takes the next free version, {next_free(repository, file.version)}"
            )
        if same is None and file.version < top:
            context.append(file)
    return len(checked), check_files([*context, *checked], chosen, seed_dir)
