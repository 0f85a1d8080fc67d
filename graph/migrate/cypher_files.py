"""Versioned Cypher files (`V001__name.cypher`) and the statements inside them.

The splitter knows Cypher's string literals, quoted names and comments, so a `;` inside a
quote or a comment never ends a statement, and each statement keeps the line it starts on
for error messages.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

FILE_NAME = re.compile(r"^V(?P<version>\d+)__(?P<name>[A-Za-z0-9_\-]+)\.cypher$")
SCHEMA_STATEMENT = re.compile(
    r"^\s*(CREATE|DROP)\s+(OR\s+REPLACE\s+)?"
    r"((RANGE|TEXT|POINT|LOOKUP|FULLTEXT|VECTOR|BTREE)\s+)?(CONSTRAINT|INDEX)\b",
    re.IGNORECASE,
)
ROWS_SUFFIXES = (".csv", ".json")


class CypherFileError(ValueError):
    """A file that cannot be loaded as it is; the message names the file and the line."""


@dataclass(frozen=True)
class Statement:
    text: str
    line: int  # 1-based line of the file on which the statement starts


@dataclass(frozen=True)
class CypherFile:
    path: Path
    version: int
    name: str
    checksum: str
    statements: tuple[Statement, ...]
    rows_path: Path | None  # a CSV or JSON file beside it: the statement UNWINDs $rows

    @property
    def label(self) -> str:
        return f"V{self.version:03d}__{self.name}"

    @property
    def is_schema(self) -> bool:
        return all(SCHEMA_STATEMENT.match(s.text) for s in self.statements)


def read_cypher_file(path: Path) -> CypherFile:
    match = FILE_NAME.match(path.name)
    if not match:
        raise CypherFileError(
            f"{path}: a Cypher file must be named V<number>__<name>.cypher, e.g. V003__fixes.cypher"
        )
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise CypherFileError(f"{path}: not UTF-8 text ({error})") from error
    text = text.replace("\r\n", "\n")
    statements = tuple(split_statements(text, path))
    if not statements:
        raise CypherFileError(f"{path}: no Cypher statement in the file")
    kinds = {bool(SCHEMA_STATEMENT.match(s.text)) for s in statements}
    if len(kinds) > 1:
        first_data = next(s for s in statements if not SCHEMA_STATEMENT.match(s.text))
        raise CypherFileError(
            f"{path}:{first_data.line}: schema and data statements are mixed in one file; Neo4j "
            "runs schema changes outside data transactions, so put them in a file of their own"
        )
    rows_paths = [p for p in (path.with_suffix(s) for s in ROWS_SUFFIXES) if p.exists()]
    if len(rows_paths) > 1:  # loading one of them silently would drop the other's rows
        raise CypherFileError(
            f"{path}: {' and '.join(p.name for p in rows_paths)} both lie beside it; a "
            "versioned file takes one rows file, so give the other its own version"
        )
    rows_path = rows_paths[0] if rows_paths else None
    if rows_path is not None and len(statements) != 1:
        raise CypherFileError(
            f"{path}: a file with rows beside it ({rows_path.name}) must hold exactly one "
            "statement that uses UNWIND $rows"
        )
    return CypherFile(
        path=path,
        version=int(match["version"]),
        name=match["name"],
        checksum=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        statements=statements,
        rows_path=rows_path,
    )


def discover(paths: list[Path]) -> list[CypherFile]:
    """The files under the given folders (and their subfolders) and files, in version order;
    versions must be unique. A folder without a Cypher file is an error, not an empty load."""
    files: list[CypherFile] = []
    for path in paths:
        if path.is_dir():
            found = sorted(path.rglob("*.cypher"))
            if not found:
                raise CypherFileError(f"{path}: no .cypher file in this folder or below it")
            files.extend(read_cypher_file(p) for p in found)
        elif path.is_file():
            files.append(read_cypher_file(path))
        else:
            raise CypherFileError(f"{path}: no such file or folder")
    files.sort(key=lambda f: f.version)
    seen: dict[int, Path] = {}
    for file in files:
        if file.version in seen and seen[file.version] != file.path:
            raise CypherFileError(
                f"version V{file.version:03d} is used twice: {seen[file.version]} and "
                f"{file.path}; a new file takes the next free version, "
                f"{next_free(files, file.version)}"
            )
        seen[file.version] = file.path
    return list({f.path: f for f in files}.values())


def next_free(files: Iterable[CypherFile], version: int) -> str:
    """The version after the highest of `version`'s hundred among `files` (`V2NN` for an
    extraction), as a file name starts: a new file applies after every file of its kind."""
    hundred = version // 100 * 100
    taken = [f.version for f in files if f.version // 100 * 100 == hundred]
    return f"V{max(taken, default=hundred) + 1:03d}"


def split_statements(text: str, path: Path | str = "<text>") -> list[Statement]:
    """Split on `;` outside string literals, backticked names and comments."""
    statements: list[Statement] = []
    buffer: list[str] = []
    start_line: int | None = None
    line = 1
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        pair = text[i : i + 2]
        if pair == "//":
            end = text.find("\n", i)
            i = n if end == -1 else end
            continue
        if pair == "/*":
            end = text.find("*/", i + 2)
            if end == -1:
                raise CypherFileError(f"{path}:{line}: a /* comment is never closed")
            newlines = text.count("\n", i, end + 2)
            line += newlines
            i = end + 2
            # keep the comment's line breaks, so Neo4j's "line N" still maps to the file
            buffer.append("\n" * newlines or " ")
            continue
        if char in "'\"`":
            end = _end_of_quoted(text, i, char)
            if end == -1:
                raise CypherFileError(f"{path}:{line}: a {char} quote is never closed")
            if start_line is None:
                start_line = line
            buffer.append(text[i : end + 1])
            line += text.count("\n", i, end + 1)
            i = end + 1
            continue
        if char == ";":
            statement = "".join(buffer).strip()
            if statement:
                statements.append(Statement(statement, start_line or line))
            buffer, start_line = [], None
            i += 1
            continue
        if char == "\n":
            line += 1
        elif not char.isspace() and start_line is None:
            start_line = line
        buffer.append(char)
        i += 1
    rest = "".join(buffer).strip()
    if rest:
        raise CypherFileError(
            f"{path}:{start_line}: the last statement does not end with ';' "
            "(cypher-shell -f needs every statement terminated)"
        )
    return statements


def _end_of_quoted(text: str, start: int, quote: str) -> int:
    i = start + 1
    while i < len(text):
        if text[i] == "\\" and quote != "`":
            i += 2
            continue
        if text[i] == quote:
            if quote == "`" and text[i + 1 : i + 2] == "`":
                i += 2
                continue
            return i
        i += 1
    return -1
