"""The tokens of a Cypher statement, with the line each starts on, for graph/migrate/statements.py.

Strings come unescaped, backticked names unquoted, numbers as numbers; comments are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Token:
    kind: str  # str, name, num, param, punct
    value: Any
    line: int
    text: str


_PUNCT = ("->", "<-", "+=", "<>", "<=", ">=", "=~", "..", "::")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "'": "'", '"': '"', "\\": "\\"}
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_NUMBER = re.compile(r"\d+(\.\d+)?([eE][+-]?\d+)?")
CLAUSES = {
    "MATCH", "OPTIONAL", "MERGE", "CREATE", "SET", "WITH", "WHERE", "DELETE", "DETACH",
    "REMOVE", "RETURN", "UNWIND", "ON", "CALL", "FOREACH", "ORDER", "LIMIT", "SKIP", "UNION",
    "YIELD", "USE", "LOAD", "FINISH", "FILTER", "LET",
}  # fmt: skip


def tokenize(text: str, first_line: int = 1) -> list[Token]:
    tokens: list[Token] = []
    line = first_line
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char == "\n":
            line += 1
            i += 1
            continue
        if char.isspace():
            i += 1
            continue
        if text.startswith("//", i):
            end = text.find("\n", i)
            i = n if end == -1 else end
            continue
        if text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = n if end == -1 else end + 2
            line += text.count("\n", i, end)
            i = end
            continue
        start_line = line
        if char in "'\"":
            value, end = _string(text, i)
            tokens.append(Token("str", value, start_line, text[i:end]))
            line += text.count("\n", i, end)
            i = end
            continue
        if char == "`":
            end = i + 1
            while end < n and not (text[end] == "`" and text[end + 1 : end + 2] != "`"):
                end += 2 if text[end] == "`" else 1
            raw = text[i + 1 : end].replace("``", "`")
            tokens.append(Token("name", raw, start_line, text[i : end + 1]))
            i = end + 1
            continue
        if char == "$":
            match = _NAME.match(text, i + 1)
            end = match.end() if match else i + 1
            tokens.append(Token("param", text[i + 1 : end], start_line, text[i:end]))
            i = end
            continue
        match = _NAME.match(text, i)
        if match:
            tokens.append(Token("name", match.group(), start_line, match.group()))
            i = match.end()
            continue
        match = _NUMBER.match(text, i)
        if match:
            raw = match.group()
            number: Any = float(raw) if any(c in raw for c in ".eE") else int(raw)
            tokens.append(Token("num", number, start_line, raw))
            i = match.end()
            continue
        two = text[i : i + 2]
        if two in _PUNCT:
            tokens.append(Token("punct", two, start_line, two))
            i += 2
            continue
        tokens.append(Token("punct", char, start_line, char))
        i += 1
    return tokens


def _string(text: str, start: int) -> tuple[str, int]:
    quote = text[start]
    out: list[str] = []
    i = start + 1
    while i < len(text):
        char = text[i]
        if char == "\\":
            nxt = text[i + 1 : i + 2]
            if nxt == "u" and re.fullmatch(r"[0-9a-fA-F]{4}", text[i + 2 : i + 6]):
                out.append(chr(int(text[i + 2 : i + 6], 16)))
                i += 6
                continue
            out.append(_ESCAPES.get(nxt, "\\" + nxt))
            i += 2
            continue
        if char == quote:
            return "".join(out), i + 1
        out.append(char)
        i += 1
    return "".join(out), len(text)
