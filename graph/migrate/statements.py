"""What a statement in the house style of cypher/ writes, read without Neo4j.

Not a Cypher parser: a reader of the tokens (graph/migrate/cypher_tokens.py) of the patterns
the data files use (see docs/DATA-MODEL.md and V002), enough to say which nodes a statement
MATCHes or MERGEs by id, which relationships it writes with which properties, and which
literal values it SETs, each with the line of the file it is on. Anything it cannot read as
a literal is `UNKNOWN`, so the checks built on it say nothing about it rather than something
false.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from graph.migrate.cypher_files import Statement
from graph.migrate.cypher_tokens import CLAUSES, Token, tokenize


class _Unknown:
    def __repr__(self) -> str:
        return "UNKNOWN"


UNKNOWN: Any = _Unknown()


@dataclass(frozen=True)
class Call:
    """A function call of literals, e.g. `date('2025-03-31')`."""

    name: str
    args: tuple[Any, ...]


@dataclass(frozen=True)
class Ref:
    """A property of another variable, e.g. the `n.text` of `{quote: n.text}`."""

    var: str
    prop: str


@dataclass
class NodeRef:
    var: str
    labels: tuple[str, ...]
    props: dict[str, Any]
    clause: str  # MATCH, OPTIONAL MATCH, MERGE, CREATE
    line: int

    @property
    def id(self) -> str | None:
        value = self.props.get("id")
        return value if isinstance(value, str) else None


@dataclass
class RelRef:
    var: str
    types: tuple[str, ...]
    start: str  # variable of the node it leaves
    end: str  # variable of the node it enters
    props: dict[str, Any]
    clause: str
    line: int


@dataclass
class Assignment:
    var: str
    prop: str  # "" for `var += {...}` and `var = {...}`
    value: Any
    line: int
    on_create: bool = False


@dataclass
class Parsed:
    statement: Statement
    nodes: list[NodeRef] = field(default_factory=list)
    rels: list[RelRef] = field(default_factory=list)
    sets: list[Assignment] = field(default_factory=list)
    labels_set: list[tuple[str, str, int]] = field(default_factory=list)
    where: list[Assignment] = field(default_factory=list)
    deletes: bool = False
    removes: bool = False

    def binding(self, var: str) -> NodeRef | None:
        """The first pattern that names `var` with a label (the one that binds it)."""
        for node in self.nodes:
            if node.var == var and node.labels:
                return node
        return next((n for n in self.nodes if n.var == var), None)

    def values(self, var: str) -> dict[str, tuple[Any, int]]:
        """Properties a statement gives `var`: in its pattern, then by SET, with their lines."""
        out: dict[str, tuple[Any, int]] = {}
        for node in self.nodes:
            if node.var == var:
                for key, value in node.props.items():
                    out.setdefault(key, (value, node.line))
        for rel in self.rels:
            if rel.var == var:
                for key, value in rel.props.items():
                    out.setdefault(key, (value, rel.line))
        for item in self.sets:
            if item.var != var:
                continue
            if item.prop:
                out[item.prop] = (item.value, item.line)
            elif isinstance(item.value, dict):
                for key, value in item.value.items():
                    out[key] = (value, item.line)
        for key, (value, line) in list(out.items()):
            if isinstance(value, Ref):
                resolved = self.values(value.var).get(value.prop) if value.var != var else None
                if value.var == var:
                    resolved = out.get(value.prop)
                out[key] = (resolved[0] if resolved else UNKNOWN, line)
        return out


class _Reader:
    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.i = 0
        self.anonymous = 0

    def peek(self, offset: int = 0) -> Token | None:
        j = self.i + offset
        return self.tokens[j] if j < len(self.tokens) else None

    def at(self, value: str, offset: int = 0) -> bool:
        token = self.peek(offset)
        if token is None:
            return False
        if token.kind == "punct":
            return bool(token.value == value)
        return token.kind == "name" and token.value.upper() == value

    def take(self) -> Token:
        token = self.tokens[self.i]
        self.i += 1
        return token

    def fresh(self) -> str:
        self.anonymous += 1
        return f" anon{self.anonymous}"  # a space: no Cypher name can clash with it


def parse(statement: Statement) -> Parsed:
    """Read what `statement` matches, merges and sets (see the module's docstring)."""
    reader = _Reader(tokenize(statement.text, statement.line))
    parsed = Parsed(statement)
    clause = ""
    on_create = False
    while reader.peek() is not None:
        token = reader.peek()
        assert token is not None
        word = token.value.upper() if token.kind == "name" else None
        if word in CLAUSES and not _is_property_key(reader):
            reader.take()
            if word == "OPTIONAL" and reader.at("MATCH"):
                reader.take()
                clause = "OPTIONAL MATCH"
            elif word == "ON" and (reader.at("CREATE") or reader.at("MATCH")):
                on_create = reader.take().value.upper() == "CREATE"
                if reader.at("SET"):
                    reader.take()
                clause = "SET"
                continue
            elif word == "DETACH":
                clause = "DELETE"
                parsed.deletes = True
                if reader.at("DELETE"):
                    reader.take()
            else:
                clause = word
                if word == "DELETE":
                    parsed.deletes = True
                if word == "REMOVE":
                    parsed.removes = True
            on_create = False if clause != "SET" else on_create
            continue
        if clause in ("MATCH", "OPTIONAL MATCH", "MERGE", "CREATE") and reader.at("("):
            _pattern(reader, parsed, clause)
            continue
        if clause == "SET":
            _set_item(reader, parsed, on_create)
            continue
        if clause == "WHERE" and token.kind == "name" and reader.at(".", 1):
            _where_item(reader, parsed)
            continue
        reader.take()
    return parsed


def _is_property_key(reader: _Reader) -> bool:
    """`n.set` or `{on: …}`: a clause word used as a name."""
    before = reader.peek(-1) if reader.i > 0 else None
    if before is None or before.kind != "punct":
        return False
    return before.value == "." or (before.value in "{," and reader.at(":", 1))


def _pattern(reader: _Reader, parsed: Parsed, clause: str) -> None:
    """One pattern path: (node) (-[rel]-> (node))*, then an optional comma."""
    previous = _node(reader, parsed, clause)
    while True:
        if reader.at("-") or reader.at("<-"):
            left_arrow = reader.take().value == "<-"
            rel: tuple[str, tuple[str, ...], dict[str, Any], int] | None = None
            if reader.at("["):
                rel = _rel_body(reader)
            right_arrow = False
            if reader.at("->"):
                reader.take()
                right_arrow = True
            elif reader.at("-"):
                reader.take()
            if not reader.at("("):
                return
            following = _node(reader, parsed, clause)
            if rel is not None:
                var, types, props, line = rel
                start, end = (following, previous) if left_arrow else (previous, following)
                if not (left_arrow or right_arrow):
                    start, end = previous, following
                parsed.rels.append(RelRef(var, types, start, end, props, clause, line))
            previous = following
            continue
        return


def _node(reader: _Reader, parsed: Parsed, clause: str) -> str:
    open_token = reader.take()  # (
    var = ""
    labels: list[str] = []
    props: dict[str, Any] = {}
    token = reader.peek()
    if token is not None and token.kind == "name":
        var = reader.take().value
    while reader.at(":") or reader.at("|") or reader.at("&"):
        reader.take()
        token = reader.peek()
        if token is not None and token.kind == "name":
            labels.append(reader.take().value)
    if reader.at("{"):
        value = _value(reader)
        props = value if isinstance(value, dict) else {}
    depth = 0
    while reader.peek() is not None and not (reader.at(")") and depth == 0):
        token = reader.take()
        if token.kind == "punct" and token.value == "(":
            depth += 1
        elif token.kind == "punct" and token.value == ")":
            depth -= 1
    if reader.peek() is not None:
        reader.take()  # )
    if not var:
        var = reader.fresh()
    parsed.nodes.append(NodeRef(var, tuple(labels), props, clause, open_token.line))
    return var


def _rel_body(reader: _Reader) -> tuple[str, tuple[str, ...], dict[str, Any], int]:
    open_token = reader.take()  # [
    var = ""
    types: list[str] = []
    props: dict[str, Any] = {}
    token = reader.peek()
    if token is not None and token.kind == "name":
        var = reader.take().value
    while reader.at(":") or reader.at("|"):
        reader.take()
        if reader.at("!"):
            reader.take()
        token = reader.peek()
        if token is not None and token.kind == "name":
            types.append(reader.take().value)
    if reader.at("{"):
        value = _value(reader)
        props = value if isinstance(value, dict) else {}
    while reader.peek() is not None and not reader.at("]"):
        reader.take()
    if reader.peek() is not None:
        reader.take()  # ]
    return var or reader.fresh(), tuple(types), props, open_token.line


def _set_item(reader: _Reader, parsed: Parsed, on_create: bool) -> None:
    token = reader.peek()
    if token is None or token.kind != "name":
        reader.take()
        return
    var = reader.take().value
    line = token.line
    if reader.at("."):
        reader.take()
        prop_token = reader.peek()
        if prop_token is None or prop_token.kind != "name":
            return
        prop = reader.take().value
        if reader.at("="):
            reader.take()
            parsed.sets.append(Assignment(var, prop, _value(reader), line, on_create))
        return
    if reader.at("+=") or reader.at("="):
        reader.take()
        parsed.sets.append(Assignment(var, "", _value(reader), line, on_create))
        return
    if reader.at(":"):
        while reader.at(":"):
            reader.take()
            label = reader.peek()
            if label is not None and label.kind == "name":
                parsed.labels_set.append((var, reader.take().value, line))


def _where_item(reader: _Reader, parsed: Parsed) -> None:
    token = reader.take()
    reader.take()  # .
    prop = reader.peek()
    if prop is None or prop.kind != "name":
        return
    reader.take()
    if reader.at("="):
        reader.take()
        start = reader.i
        value = _value(reader)
        if reader.i > start:
            parsed.where.append(Assignment(token.value, prop.value, value, token.line))


def _value(reader: _Reader) -> Any:
    """A literal (string, number, boolean, null, list, map, call of literals) or UNKNOWN; the
    reader ends after it, or at the next `,` / clause word / closing bracket if unreadable."""
    token = reader.peek()
    if token is None:
        return UNKNOWN
    if token.kind in ("str", "num"):
        reader.take()
        return token.value if _ends_here(reader) else _skip(reader)
    if token.kind == "punct" and token.value == "-":
        nxt = reader.peek(1)
        if nxt is not None and nxt.kind == "num":
            reader.take()
            reader.take()
            return -nxt.value if _ends_here(reader) else _skip(reader)
    if token.kind == "punct" and token.value == "[":
        reader.take()
        items: list[Any] = []
        while reader.peek() is not None and not reader.at("]"):
            items.append(_value(reader))
            if reader.at(","):
                reader.take()
            elif not reader.at("]"):
                _skip_to_close(reader, "]")
                return UNKNOWN
        if reader.peek() is not None:
            reader.take()
        if any(item is UNKNOWN for item in items):
            return UNKNOWN
        return items if _ends_here(reader) else _skip(reader)
    if token.kind == "punct" and token.value == "{":
        reader.take()
        mapping: dict[str, Any] = {}
        while reader.peek() is not None and not reader.at("}"):
            key = reader.take()
            if not reader.at(":"):
                _skip_to_close(reader, "}")
                return UNKNOWN
            reader.take()
            mapping[str(key.value)] = _value(reader)
            if reader.at(","):
                reader.take()
        if reader.peek() is not None:
            reader.take()
        return mapping
    if token.kind == "name":
        word = token.value.lower()
        prop = reader.peek(2)
        if reader.at(".", 1) and prop is not None and prop.kind == "name" and _ends_here(reader, 3):
            reader.take()
            reader.take()
            reader.take()
            return Ref(token.value, prop.value)
        if word in ("true", "false", "null") and _ends_here(reader, 1):
            reader.take()
            return {"true": True, "false": False, "null": None}[word]
        if reader.at("(", 1):
            reader.take()
            reader.take()
            args: list[Any] = []
            while reader.peek() is not None and not reader.at(")"):
                args.append(_value(reader))
                if reader.at(","):
                    reader.take()
                elif not reader.at(")"):
                    _skip_to_close(reader, ")")
                    return UNKNOWN
            if reader.peek() is not None:
                reader.take()
            if any(a is UNKNOWN for a in args):
                return UNKNOWN
            return Call(word, tuple(args)) if _ends_here(reader) else _skip(reader)
    return _skip(reader)


def _ends_here(reader: _Reader, offset: int = 0) -> bool:
    token = reader.peek(offset)
    if token is None:
        return True
    if token.kind == "punct":
        return token.value in (",", ")", "]", "}", ";")
    return token.kind == "name" and token.value.upper() in CLAUSES


def _skip(reader: _Reader) -> Any:
    """Skip an expression this reader cannot evaluate, up to where the next item starts."""
    depth = 0
    while reader.peek() is not None:
        token = reader.peek()
        assert token is not None
        if token.kind == "punct" and token.value in "([{":
            depth += 1
        elif token.kind == "punct" and token.value in ")]}":
            if depth == 0:
                break
            depth -= 1
        elif depth == 0 and (
            (token.kind == "punct" and token.value == ",")
            or (token.kind == "name" and token.value.upper() in CLAUSES)
        ):
            break
        reader.take()
    return UNKNOWN


def _skip_to_close(reader: _Reader, close: str) -> None:
    depth = 0
    while reader.peek() is not None:
        token = reader.take()
        if token.kind == "punct" and token.value in "([{":
            depth += 1
        elif token.kind == "punct" and token.value in ")]}":
            if depth == 0 and token.value == close:
                return
            depth -= 1
