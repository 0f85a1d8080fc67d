"""The checks of `commitgraph check`, run by `commitgraph load` inside a file's transaction.

The loader runs a data file's statements, then, before the commit, asks the graph about
what the file touched: the nodes its patterns name (by label and id), the sources it cites
and the relationships of its nodes that cite those sources. It refuses the file (the
transaction rolls back) when the graph would hold something the API cannot serve: the
problems `graph.migrate.checks` finds, checked against the graph instead of the files, and
what only the graph can tell (a statement that changed nothing, a source text whose sha256
is not the one stated, a node left without a citation, a relationship left without one).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from neo4j import ManagedTransaction, Transaction

from graph.migrate.check_state import SourceText, names_of
from graph.migrate.checks import (
    Checker,
    Problem,
    carries_no,
    closest,
    id_problems,
    meant,
    no_source,
    occurrences,
    occurs_once,
    sha256,
    sha256_mismatch,
    unknown_property,
    vocabulary_problems,
)
from graph.migrate.cypher_files import CypherFile, Statement
from graph.migrate.statements import NodeRef, Parsed, parse
from graph.vocabulary import (
    LABELS,
    REFERENCE_BASIS,
    RELATIONSHIPS,
    STATUS_OF_STEP_KIND,
    STEP_KINDS,
    SYSTEM_LABELS,
    SYSTEM_RELATIONSHIPS,
    VOCABULARIES,
)

#: A load's transaction, or the one a dry run rolls back.
Tx = ManagedTransaction | Transaction
_BACKTICK = "`"


def _label(name: str) -> str:
    return _BACKTICK + name.replace(_BACKTICK, _BACKTICK * 2) + _BACKTICK


def _each_label(labels: Iterable[str], branch: str) -> str:
    """One subquery over every label of the model, each branch reading its label's index:
    a query text that is the same for every file, so Neo4j plans it once, not once per label
    and file. `branch` is a clause with `{label}` where the label goes; it yields `n` (and
    more), returned with `label`."""
    return " UNION ALL ".join(
        branch.format(label=_label(label), literal=repr(label)) for label in labels
    )


#: The nodes of each model label with the ids of `$ids[label]`, as the checks read them (a
#: source's text, read by `_texts` where it is needed, left out).
_NODE_TAIL = (
    "RETURN label, n.id AS id, labels(n) AS labels, n {.*, text: null} AS props, "
    "EXISTS { (n)-[:EVIDENCED_BY]->(:Source) } AS cited"
)
_NODES = (
    "CALL () { "
    + _each_label(
        LABELS, "MATCH (n:{label}) WHERE n.id IN $ids[{literal}] RETURN {literal} AS label, n"
    )
    + " } "
    + _NODE_TAIL
)

#: The nodes of the labels `$labels` with a name, alias or acronym among `$names` (lower
#: case), each with its names (and each name in lower case, when it is text), in id order.
_NAMED = (
    "CALL () { "
    + _each_label(
        LABELS,
        "MATCH (n:{label}) WHERE {literal} IN $labels AND n.id IS NOT NULL "
        "RETURN {literal} AS label, n",
    )
    + " } "
    "WITH label, n, [x IN coalesce(n.aliases, []) + [n.name, n.acronym] WHERE x IS NOT NULL "
    "  | [x, CASE WHEN x IS :: STRING THEN toLower(x) END]] AS names "
    "WHERE any(pair IN names WHERE pair[1] IN $names) "
    "RETURN label, n.id AS id, names ORDER BY id"
)

#: The relationships of the nodes of `$ids[label]` that cite one of `$sources` (or nothing),
#: but for the types of `$skip`.
_RELATIONSHIPS = (
    "CALL () { "
    + _each_label(
        [label for label in LABELS if label != "Source"],
        "MATCH (n:{label})-[r]-(m) WHERE n.id IN $ids[{literal}] "
        "RETURN {literal} AS label, n, r, m",
    )
    + " } "
    "WITH label, n, r, m WHERE NOT type(r) IN $skip AND (r.source IS NULL OR r.source IN $sources) "
    "RETURN label, n.id AS id, type(r) AS type, properties(r) AS props, "
    "startNode(r) = n AS outgoing, m.id AS other"
)


@dataclass
class GraphState:
    """`checks.State` over the graph of the open transaction: what was there before the file,
    plus what the file's statements wrote before the one being checked."""

    tx: Tx
    before: set[tuple[str, str]]
    after: dict[tuple[str, str], dict[str, Any]]
    texts: dict[str, SourceText]
    created: set[tuple[str, str]]
    name_labels: set[str] = field(default_factory=set)  # labels of the named nodes it writes
    names: set[str] = field(default_factory=set)  # their names, in lower case
    overlay: set[tuple[str, str]] = field(default_factory=set)
    _ids: dict[str, list[str]] = field(default_factory=dict)
    _named: dict[str, list[tuple[Any, list[tuple[Any, str | None]]]]] | None = None

    def has_node(self, label: str, id: str) -> bool:
        return (label, id) in self.before or (label, id) in self.overlay

    def ids(self, label: str) -> Iterable[str]:
        if label not in self._ids:
            rows = self.tx.run(
                f"MATCH (n:{_label(label)}) WHERE n.id IS NOT NULL RETURN n.id AS id LIMIT 5000"
            )
            self._ids[label] = [r["id"] for r in rows]
        return self._ids[label]

    def source(self, id: str) -> SourceText | None:
        return self.texts.get(id)

    def same_name(self, label: str, id: str, names: list[str]) -> tuple[str, str] | None:
        not_yet = {i for (lb, i) in self.created if lb == label and (lb, i) not in self.overlay}
        wanted = {n.lower() for n in names}
        for other, known in self._named_nodes().get(label, []):
            if other == id or other in not_yet:
                continue
            shared = [name for name, lowered in known if lowered in wanted]
            if shared:
                return other, shared[0]
        return None

    def _named_nodes(self) -> dict[str, list[tuple[Any, list[tuple[Any, str | None]]]]]:
        """The nodes, by label and in id order, that may share a name with a node the file
        creates: read at the first question, as the graph does not change while it is
        checked."""
        if self._named is None:
            self._named = defaultdict(list)
            rows = self.tx.run(
                _NAMED,
                labels=sorted(self.name_labels),
                names=sorted(self.names),
            )
            for row in rows:
                known = [(name, lowered) for name, lowered in row["names"]]
                self._named[row["label"]].append((row["id"], known))
        return self._named

    def wrote_node(self, label: str, id: str, values: dict[str, Any]) -> None:
        self.overlay.add((label, id))

    def wrote_source(self, id: str, text: str | None, sha256: str | None, origin: str) -> None:
        self.overlay.add(("Source", id))

    def cite(self, label: str, id: str) -> None:
        pass  # the graph knows; `is_cited` asks it

    def is_cited(self, label: str, id: str) -> bool:
        node = self.after.get((label, id))
        return bool(node and node["cited"])


@dataclass(frozen=True)
class WrittenAt:
    """Where a file writes a relationship: the line of its pattern and of each property."""

    line: int
    props: dict[str, int]

    def of(self, prop: str) -> int:
        return self.props.get(prop, self.line)


_LITERAL = (str, int, float, bool)


@dataclass
class FileFacts:
    """What a data file's statements name, read once from its text."""

    parsed: list[Parsed]
    refs: dict[str, set[str]]  # label → ids its patterns name
    sources: set[str]  # ids of the sources it cites or writes
    lines: dict[tuple[str, str], int]  # node → the first line that names it
    written: dict[tuple[str, str], int]  # nodes it MERGEs or CREATEs → the first such line
    name_labels: set[str]  # labels of the nodes it MERGEs or CREATEs with a name
    names: set[str]  # their names, aliases and acronyms, in lower case

    @classmethod
    def of(cls, file: CypherFile) -> FileFacts:
        parsed = [parse(s) for s in file.statements]
        refs: dict[str, set[str]] = defaultdict(set)
        sources: set[str] = set()
        lines: dict[tuple[str, str], int] = {}
        written: dict[tuple[str, str], int] = {}
        name_labels: set[str] = set()
        names: set[str] = set()
        for p in parsed:
            for node in p.nodes:
                if node.id is not None and node.clause in ("MERGE", "CREATE"):
                    known = names_of({k: v for k, (v, _) in p.values(node.var).items()})
                    if known:
                        name_labels.update(label for label in node.labels if label in LABELS)
                        names.update(name.lower() for name in known)
                for label in node.labels:
                    if node.id is not None:
                        refs[label].add(node.id)
                        lines.setdefault((label, node.id), node.line)
                        if node.clause in ("MERGE", "CREATE"):
                            written.setdefault((label, node.id), node.line)
                if "Source" in node.labels and node.id is not None:
                    sources.add(node.id)
            for rel in p.rels:
                source = p.values(rel.var).get("source", (None, 0))[0]
                if isinstance(source, str):
                    sources.add(source)
        return cls(parsed, dict(refs), sources, lines, written, name_labels, names)

    def writer(self, label: str, id: str, prop: str) -> tuple[Parsed, int] | None:
        """The last statement that gives the node `prop`, and the line of that value: the
        value the graph holds, so a problem with it is named where it was written."""
        found = None
        for parsed in self.parsed:
            for node in parsed.nodes:
                if node.id == id and label in node.labels:
                    value = parsed.values(node.var).get(prop)
                    if value is not None:
                        found = (parsed, value[1])
        return found

    def value_line(self, label: str, id: str, prop: str) -> int:
        found = self.writer(label, id, prop)
        return found[1] if found else self.lines.get((label, id), 0)

    def source_line(self, id: str) -> int:
        """The statement that gives the Source its text (or its sha256)."""
        found = self.writer("Source", id, "text") or self.writer("Source", id, "sha256")
        return found[0].statement.line if found else self.lines.get(("Source", id), 0)

    def label_line(self, label: str, id: str) -> int | None:
        """The first line that gives the node with `id` the label."""
        for parsed in self.parsed:
            for node in parsed.nodes:
                if node.id == id and label in node.labels:
                    return node.line
            for var, given, line in parsed.labels_set:
                bound = parsed.binding(var)
                if given == label and bound is not None and bound.id == id:
                    return line
        return None

    def relationship(
        self, name: str, start: str, end: str, props: dict[str, Any]
    ) -> WrittenAt | None:
        """The last statement that MERGEs or CREATEs this `name` from `start` to `end` (ids),
        with a pattern whose literal properties are the relationship's."""
        found = None
        for parsed in self.parsed:
            for rel in parsed.rels:
                if rel.clause not in ("MERGE", "CREATE") or name not in rel.types:
                    continue
                a, b = parsed.binding(rel.start), parsed.binding(rel.end)
                if a is None or b is None or a.id != start or b.id != end:
                    continue
                if any(props.get(k) != v for k, v in rel.props.items() if isinstance(v, _LITERAL)):
                    continue
                values = parsed.values(rel.var)
                found = WrittenAt(rel.line, {k: line for k, (_, line) in values.items()})
        return found


def _nodes(tx: Tx, refs: dict[str, set[str]]) -> dict[tuple[str, str], Any]:
    """The named nodes the graph holds: labels, the properties the checks read, citations.
    One query for the model's labels; one for each label outside it (a file the checks
    refuse)."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    queries: list[tuple[str, dict[str, Any]]] = [
        (_NODES, {"ids": {label: sorted(refs.get(label, ())) for label in LABELS}})
    ]
    queries.extend(
        (
            f"MATCH (n:{_label(label)}) WHERE n.id IN $ids WITH $label AS label, n " + _NODE_TAIL,
            {"ids": sorted(ids), "label": label},
        )
        for label, ids in refs.items()
        if label not in LABELS
    )
    for query, parameters in queries:
        for row in tx.run(query, parameters):
            props = dict(row["props"])
            props.pop("text", None)
            found[(row["label"], row["id"])] = {
                "labels": row["labels"],
                "props": props,
                "cited": row["cited"],
            }
    return found


def before_file(tx: Tx, facts: FileFacts) -> set[tuple[str, str]]:
    """The nodes the file names that exist before its statements run."""
    return set(_nodes(tx, facts.refs))


def verify_file(
    tx: Tx,
    file: CypherFile,
    facts: FileFacts,
    before: set[tuple[str, str]],
    statement_counters: list[Counter[str]],
    first_time: bool,
) -> list[Problem]:
    """Every problem of the file, against the graph its statements left; none means commit."""
    path = str(file.path)
    problems: set[Problem] = set()
    after = _nodes(tx, facts.refs)
    texts = _texts(tx, facts.sources)
    created = {key for key in facts.written if key not in before}
    state = GraphState(tx, before, after, texts, created, facts.name_labels, facts.names)
    checker = Checker(state, defer_textless=True)
    written: dict[tuple[str, str], int] = {}
    for parsed in facts.parsed:
        problems.update(checker.check_statement(file, parsed, written))
    for (label, id), line in written.items():
        if label in LABELS and LABELS[label].cited and not state.is_cited(label, id):
            problems.add(
                Problem(
                    path,
                    line,
                    f"({label} {{id: {id!r}}}) is left without an EVIDENCED_BY: every node "
                    "is cited by the Source that states it",
                )
            )
    for key, node in after.items():
        label, id = key
        for extra in node["labels"]:
            if extra not in LABELS and extra not in SYSTEM_LABELS:
                problems.add(
                    Problem(
                        path,
                        facts.label_line(extra, id) or facts.lines.get(key, 0),
                        f"the label {extra!r} is not in the model{closest(extra, LABELS)}",
                    )
                )
        if key in facts.written and label in LABELS:
            node_ref = NodeRef("", (label,), {"id": id}, "MERGE", facts.lines[key])
            problems.update(id_problems(path, node_ref, label))
            for prop, value in node["props"].items():
                if (label, prop) in VOCABULARIES:
                    line = facts.value_line(label, id, prop)
                    problems.update(vocabulary_problems(path, line, label, prop, value))
    for source_id in sorted(facts.sources):
        known = texts.get(source_id)
        if known is None or known.text is None:
            continue  # no such source: each citation of it is already a problem; no text yet:
            # its citations are checked when the file that gives it its text is loaded
        if known.sha256 is None or sha256(known.text) != known.sha256:
            mismatch = sha256_mismatch(source_id, known.text, known.sha256 or "none")
            problems.add(Problem(path, facts.source_line(source_id), mismatch))
    problems.update(_relationships(state, path, facts, texts, after))
    problems.update(_citations_of_new_texts(tx, path, facts, texts))
    if first_time and file.rows_path is None and not _reapplied(statement_counters):
        for statement, counters in zip(file.statements, statement_counters, strict=True):
            if not any(counters.values()) and not _named_already(problems, statement):
                problems.add(
                    Problem(
                        path,
                        statement.line,
                        "this statement changed nothing the first time its file was applied: "
                        + _why_nothing(facts, statement, before, after),
                    )
                )
    return sorted(problems)


def _citations_of_new_texts(
    tx: Tx, path: str, facts: FileFacts, texts: dict[str, SourceText]
) -> set[Problem]:
    """A file that gives a Source its text (V011 for Day 1) has every quote already citing
    that source checked against it: they were written when there was no text to check."""
    problems: set[Problem] = set()
    for parsed in facts.parsed:
        for node in parsed.nodes:
            if "Source" not in node.labels or node.id is None:
                continue
            if "text" not in parsed.values(node.var):
                continue
            known = texts.get(node.id)
            if known is None or known.text is None:
                continue
            rows = tx.run(
                "MATCH (n)-[r:EVIDENCED_BY]->(:Source {id: $id}) "
                "RETURN n.id AS id, 'EVIDENCED_BY' AS type, r.quote AS quote "
                "UNION ALL MATCH (a)-[r]->(b) WHERE r.source = $id "
                "RETURN a.id + ' ' + type(r) + ' ' + b.id AS id, type(r) AS type, "
                "r.quote AS quote",
                id=node.id,
            )
            for row in rows:
                quote = row["quote"]
                count = occurrences(known.text, quote) if isinstance(quote, str) else 0
                if count != 1:
                    found = "is not in" if count == 0 else f"occurs {count} times in"
                    problems.add(
                        Problem(
                            path,
                            parsed.statement.line,
                            f"the quote {quote!r} of {row['type']} ({row['id']}) {found} the "
                            f"text this file gives {node.id!r}",
                        )
                    )
    return problems


def _reapplied(statement_counters: list[Counter[str]]) -> bool:
    """A file whose ledger entry was lost, applied again: it only sets properties again (Neo4j
    counts a SET of an unchanged value), so its statements that MERGE relationships change
    nothing, rightly. A file that changed nothing at all was not there before either."""
    total: Counter[str] = Counter()
    for counters in statement_counters:
        total.update(counters)
    return bool(total["properties_set"]) and not any(
        total[name]
        for name in (
            "nodes_created", "nodes_deleted", "relationships_created",
            "relationships_deleted", "labels_added", "labels_removed",
        )
    )  # fmt: skip


def _named_already(problems: set[Problem], statement: Statement) -> bool:
    """A problem on one of the statement's lines explains, or comes with, its changing
    nothing (a MATCH of a misspelt id or label): the statement is named once."""
    last = statement.line + statement.text.count("\n")
    return any(statement.line <= p.line <= last for p in problems)


def _why_nothing(
    facts: FileFacts,
    statement: Statement,
    before: set[tuple[str, str]],
    after: dict[tuple[str, str], Any],
) -> str:
    """What the graph tells of a statement that changed nothing: the nodes its MATCH names by
    id that did not exist when it ran, or else that they existed."""
    parsed = next(p for p in facts.parsed if p.statement is statement)
    missing: list[str] = []
    present: list[str] = []
    for node in parsed.nodes:
        if node.clause != "MATCH" or node.id is None:
            continue
        for label in node.labels:
            key = (label, node.id)
            made = facts.written.get(key)
            existed = key in after and (key in before or (made is not None and made < node.line))
            named = f"(:{label} {{id: {node.id!r}}})"
            if named not in missing + present:
                (present if existed else missing).append(named)
    if missing:
        return "a MATCH found nothing (no " + ", ".join(missing) + ")"
    exists = f", though {', '.join(present)} {'exists' if len(present) == 1 else 'exist'}"
    if any(not item.on_create for item in parsed.sets):
        return f"no row reached its SET: its MATCH found no row{exists if present else ''}"
    return f"its MATCH found no row, or what it MERGEs was already there{exists if present else ''}"


def _texts(tx: Tx, ids: set[str]) -> dict[str, SourceText]:
    rows = tx.run(
        "MATCH (s:Source) WHERE s.id IN $ids RETURN s.id AS id, s.text AS text, s.sha256 AS sha",
        ids=sorted(ids),
    )
    return {r["id"]: SourceText(r["text"], r["sha"], "the graph") for r in rows}


def _relationships(
    state: GraphState,
    path: str,
    facts: FileFacts,
    texts: dict[str, SourceText],
    after: dict[tuple[str, str], Any],
) -> set[Problem]:
    """The relationships of the file's written nodes that cite its sources (or nothing):
    each of a type of the model, with its vocabulary, a source and a quote found once."""
    problems: set[Problem] = set()
    by_label: dict[str, list[str]] = defaultdict(list)
    for label, id in facts.written:
        if (label, id) in after and label in LABELS and label != "Source":
            by_label[label].append(id)
    if not by_label:
        return problems
    rows = state.tx.run(
        _RELATIONSHIPS,
        ids={label: sorted(by_label.get(label, ())) for label in LABELS if label != "Source"},
        skip=["EVIDENCED_BY", *SYSTEM_RELATIONSHIPS],
        sources=sorted(facts.sources),
    )
    for row in rows:
        name, props = row["type"], row["props"]
        start, end = (row["id"], row["other"]) if row["outgoing"] else (row["other"], row["id"])
        written = facts.relationship(name, start, end, props)
        if written is None:  # not a pattern of the file: named at its node's first line
            written = WrittenAt(facts.lines[(row["label"], row["id"])], {})
        line = written.line
        model = RELATIONSHIPS.get(name)
        if model is None:
            hint = closest(name, RELATIONSHIPS)
            problems.add(
                Problem(path, line, f"the relationship type {name!r} is not in the model{hint}")
            )
            continue
        misspelt: set[str | None] = set()
        for prop, value in props.items():
            if prop not in model.properties:
                problems.add(
                    Problem(path, written.of(prop), unknown_property(name, prop, model.properties))
                )
                misspelt.add(meant(prop, model.properties))
            problems.update(vocabulary_problems(path, written.of(prop), name, prop, value))
        if props.get("basis") == REFERENCE_BASIS and props.get("reference"):
            continue
        source, quote = props.get("source"), props.get("quote")
        if source is None or quote is None:
            for missing in ("source", "quote"):
                if props.get(missing) is None and missing not in misspelt:
                    message = carries_no(name, missing)
                    if not written.props:  # the line alone does not say which relationship
                        message += f": the {name} from {start!r} to {end!r}"
                    problems.add(Problem(path, line, message))
            continue
        known = texts.get(source)
        if known is None:
            problems.add(
                Problem(path, written.of("source"), no_source(source, state.ids("Source")))
            )
            continue
        if known.text is None:
            continue  # checked when the file that gives the source its text is loaded
        problems.update(occurs_once(path, written.of("quote"), source, quote, known.text))
    return problems


def recompute_statuses(tx: Tx, facts: FileFacts) -> None:
    """Each initiative the file touched takes the status of its latest dated step (on one
    day, the kind a commitment reaches later wins); `reported` and `met` give none."""
    initiatives = sorted(facts.refs.get("Initiative", set()))
    steps = sorted(facts.refs.get("Step", set()))
    rank = " ".join(f"WHEN '{k}' THEN {n}" for n, k in enumerate(STEP_KINDS))
    status = " ".join(f"WHEN '{k}' THEN '{s}'" for k, s in STATUS_OF_STEP_KIND.items())
    tx.run(
        "CALL () { UNWIND $initiatives AS id MATCH (i:Initiative {id: id}) RETURN i "
        "UNION UNWIND $steps AS id MATCH (:Step {id: id})-[:STEP_OF]->(i:Initiative) RETURN i } "
        "WITH DISTINCT i "
        "CALL (i) { MATCH (st:Step)-[:STEP_OF]->(i) "
        "  WHERE st.on IS NOT NULL AND st.kind IN $kinds "
        f"  RETURN st.kind AS kind ORDER BY st.on DESC, CASE st.kind {rank} END DESC LIMIT 1 }} "
        f"WITH i, CASE kind {status} END AS status "
        "WHERE status IS NOT NULL AND coalesce(i.status, '') <> status "
        "SET i.status = status",
        initiatives=initiatives,
        steps=steps,
        kinds=list(STATUS_OF_STEP_KIND),
    ).consume()
