"""What the checks of graph/migrate/checks.py know of what came before a statement.

`State` is what they ask; `FileState` answers from the files checked so far, for
`commitgraph check` without Neo4j, as graph/migrate/verify.py's `GraphState` answers from the
graph inside a load's transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from graph.migrate.statements import UNKNOWN

#: Properties compared to find a second node for one real thing.
NAME_PROPERTIES = ("name", "aliases", "acronym")


@dataclass
class SourceText:
    text: str | None
    sha256: str | None
    origin: str  # where the text was read: a file and line, or "the graph"


class State(Protocol):
    """What the checks need to know of what came before a statement."""

    def has_node(self, label: str, id: str) -> bool: ...

    def ids(self, label: str) -> Iterable[str]: ...

    def source(self, id: str) -> SourceText | None: ...

    def same_name(self, label: str, id: str, names: list[str]) -> tuple[str, str] | None:
        """Another node of `label` that has one of `names` as its name, alias or acronym:
        (its id, the name they share)."""
        ...

    def wrote_node(self, label: str, id: str, values: dict[str, Any]) -> None: ...

    def wrote_source(self, id: str, text: str | None, sha256: str | None, origin: str) -> None: ...

    def cite(self, label: str, id: str) -> None: ...

    def is_cited(self, label: str, id: str) -> bool: ...


@dataclass
class FileState:
    """What the files checked so far wrote, for `commitgraph check` (no Neo4j)."""

    seed_dir: Path | None = None
    nodes: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    sources: dict[str, SourceText] = field(default_factory=dict)
    cited: set[tuple[str, str]] = field(default_factory=set)

    def has_node(self, label: str, id: str) -> bool:
        return id in self.nodes.get(label, {})

    def ids(self, label: str) -> Iterable[str]:
        return self.nodes.get(label, {}).keys()

    def source(self, id: str) -> SourceText | None:
        known = self.sources.get(id)
        if known is not None and known.text is not None:
            return known
        if not self.has_node("Source", id):
            return None
        from_seed = self._seed_text(id)
        if from_seed is not None:
            return SourceText(from_seed[0], known.sha256 if known else None, from_seed[1])
        return known

    def _seed_text(self, id: str) -> tuple[str, str] | None:
        """A source whose text no Cypher file sets: the seed folder's copy of it."""
        if self.seed_dir is None:
            return None
        from graph.migrate.sources import split_header

        for path in (self.seed_dir / "corpus" / f"{id}.txt", self.seed_dir / f"{id}.txt"):
            if path.is_file():
                raw = path.read_bytes().decode("utf-8")
                fields, _, body = split_header(raw)
                return (body if fields else raw), str(path)
        return None

    def same_name(self, label: str, id: str, names: list[str]) -> tuple[str, str] | None:
        wanted = {n.casefold(): n for n in names}
        for other, values in self.nodes.get(label, {}).items():
            if other == id:
                continue
            for name in names_of(values):
                if name.casefold() in wanted:
                    return other, name
        return None

    def wrote_node(self, label: str, id: str, values: dict[str, Any]) -> None:
        node = self.nodes.setdefault(label, {}).setdefault(id, {})
        node.update({k: v for k, v in values.items() if v is not UNKNOWN})

    def wrote_source(self, id: str, text: str | None, sha256: str | None, origin: str) -> None:
        known = self.sources.get(id, SourceText(None, None, origin))
        self.sources[id] = SourceText(
            text if text is not None else known.text,
            sha256 if sha256 is not None else known.sha256,
            origin if text is not None else known.origin,
        )

    def cite(self, label: str, id: str) -> None:
        self.cited.add((label, id))

    def is_cited(self, label: str, id: str) -> bool:
        return (label, id) in self.cited


def names_of(values: dict[str, Any]) -> list[str]:
    """The names a node is known by, to find a second node for one real thing."""
    names: list[str] = []
    for prop in NAME_PROPERTIES:  # an Official's title is not among them: posts share titles
        value = values.get(prop)
        if isinstance(value, str):
            names.append(value)
        elif isinstance(value, list):
            names.extend(v for v in value if isinstance(v, str))
    return names
