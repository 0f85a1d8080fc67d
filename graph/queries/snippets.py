"""Where a search hit matched: a short stretch of the matching text, the matched words marked.

Neo4j's full-text search says how well a node matched, never where, so the snippet is found
again here from the indexed properties the query returns. Words match as search matches them:
a word of the text matches when it starts with a word typed (case aside). Matched words are
marked «like this», and a stretch cut from a longer text is marked with "…" where it was cut.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

#: How much of a long text a snippet shows, in characters (about two lines).
WIDTH = 160
#: How much of the text before the first matched word the snippet keeps.
LEAD = 40
OPEN, CLOSE, CUT = "«", "»", "…"
#: What joins the items of a list property (aliases, audiences) into one text.
LIST_JOIN = "; "

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Snippet:
    snippet: str
    field: str


def words_of(text: str) -> list[str]:
    """The words typed, as they are matched: lower case, punctuation dropped, each once."""
    return list(dict.fromkeys(w.lower() for w in _WORD.findall(text)))


def find_snippet(fields: list[tuple[str, Any]], words: list[str]) -> Snippet | None:
    """The snippet of the field matching the most distinct typed words (the first such field
    in the order given when several tie), or None when no field has any of them."""
    best: tuple[int, str, str, list[re.Match[str]]] | None = None
    for name, value in fields:
        if value is None:
            continue
        text = _plain(value)
        matches = [m for m in _WORD.finditer(text) if _typed(m.group(), words) is not None]
        found = len({_typed(m.group(), words) for m in matches})
        if found and (best is None or found > best[0]):
            best = (found, name, text, matches)
    if best is None:
        return None
    _, name, text, matches = best
    return Snippet(snippet=_marked(text, matches, words), field=name)


def _plain(value: Any) -> str:
    """A property as one line of text: list items joined, hard line breaks and runs of spaces
    made single spaces."""
    if isinstance(value, list):
        value = LIST_JOIN.join(str(item) for item in value)
    return " ".join(str(value).split())


def _typed(token: str, words: list[str]) -> str | None:
    """The typed word `token` matches (the longest, when several do), or None."""
    lowered = token.lower()
    found = [w for w in words if lowered.startswith(w)]
    return max(found, key=len) if found else None


def _marked(text: str, matches: list[re.Match[str]], words: list[str]) -> str:
    """The window of `text` with the most distinct typed words, matches marked, cuts shown."""
    start, end = _window(text, matches, words)
    inside = [m for m in matches if m.start() >= start and m.end() <= end]
    pieces, at = [], start
    for run in _runs(text, inside):
        pieces += [text[at : run[0]], OPEN, text[run[0] : run[1]], CLOSE]
        at = run[1]
    pieces.append(text[at:end])
    body = "".join(pieces)
    return f"{CUT if start > 0 else ''}{body}{CUT if end < len(text) else ''}"


def _window(text: str, matches: list[re.Match[str]], words: list[str]) -> tuple[int, int]:
    """Start and end of the stretch to show: all of a short text; in a long one, `WIDTH`
    characters starting a little before the match whose stretch holds the most distinct words,
    both ends moved to word boundaries."""
    if len(text) <= WIDTH:
        return 0, len(text)

    def distinct(first: re.Match[str]) -> int:
        reach = first.start() + WIDTH - LEAD
        near = [m for m in matches if first.start() <= m.start() < reach]
        return len({_typed(m.group(), words) for m in near})

    anchor = max(matches, key=lambda m: (distinct(m), -m.start()))
    start = max(0, anchor.start() - LEAD)
    if start > 0:
        space = text.find(" ", start, anchor.start())
        start = space + 1 if space >= 0 else anchor.start()
    end = min(len(text), start + WIDTH)
    if end < len(text):
        space = text.rfind(" ", anchor.end(), end)
        end = space if space >= 0 else end
    return start, end


def _runs(text: str, matches: list[re.Match[str]]) -> list[tuple[int, int]]:
    """Matched words next to each other (spaces between them only) as one marked run."""
    runs: list[tuple[int, int]] = []
    for m in matches:
        if runs and text[runs[-1][1] : m.start()].strip() == "":
            runs[-1] = (runs[-1][0], m.end())
        else:
            runs.append((m.start(), m.end()))
    return runs
