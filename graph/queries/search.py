"""Full-text search over initiatives, actors, statements and figures.

The schema keeps four full-text indexes (`INDEXES`; cypher/schema/V015 and V017 last define
them): initiatives by name, other names, audiences and summary; actors, regions, events and
topics by name, title, acronym and other names; statements by their text; figures by name,
other names, period and summary. One query asks all four and keeps the best hits. A hit whose
name, title, acronym or one of whose other names is exactly what was typed (`exact`) comes
before the rest, because Lucene's scores from separate indexes do not compare: otherwise a
document that mentions "Home Secretary" twice outranks the Home Secretary. Each hit brings
back its indexed properties, from which `snippets` shows where it matched. The GraphQL layer
reuses the same Cypher through `search_cypher` with its own RETURN, so both APIs rank the
same way."""

from __future__ import annotations

import re
from typing import Any

from graph.compile.drawing import node_label, primary_type
from graph.compile.pagination import page_size
from graph.models import SearchHit
from graph.queries.snippets import Snippet, find_snippet, words_of
from graph.store.driver import Graph
from graph.store.errors import BadInput

MAX_FIRST = 100
MAX_TEXT = 200
#: How many hits each index offers before they are ranked together, so that an exact
#: name an index scores below other hits of its own still reaches the first page.
POOL = 50

#: Each full-text index and the properties it reads, in the order a snippet prefers them.
INDEXES: dict[str, tuple[str, ...]] = {
    "initiative_text": ("name", "aliases", "audiences", "summary"),
    "actor_names": ("name", "title", "acronym", "aliases"),
    "statement_text": ("text",),
    "figure_text": ("name", "aliases", "period", "summary"),
}
#: The indexed properties that name a node; typing one of them exactly ranks it first.
NAMES = ("name", "title", "acronym", "aliases")
#: The indexed properties that hold lists of strings.
LISTS = ("aliases", "audiences")

# Every character Lucene's classic query parser gives a meaning to. `&&` and `||` are
# covered by escaping `&` and `|` one by one.
_SPECIAL = re.compile(r'([+\-!(){}\[\]^"~*?:\\/&|])')
# Operators the parser reads only in upper case; the analyser lower-cases terms anyway.
_OPERATORS = {"AND", "OR", "NOT", "TO"}


def lucene_query(text: str) -> str:
    """Turn what a person typed into a Lucene query that cannot fail to parse.

    Every word is escaped and matched as itself or as a prefix (`fraud` finds
    "fraudulent"), and words are OR-ed, so more matching words rank higher. Nothing the
    person types is read as Lucene syntax.
    """
    if not isinstance(text, str) or not text.strip():
        raise BadInput("text", "give some words to search for")
    if len(text) > MAX_TEXT:
        raise BadInput("text", f"at most {MAX_TEXT} characters, got {len(text)}")
    clauses = []
    for word in text.split():
        escaped = _SPECIAL.sub(r"\\\1", word.lower() if word in _OPERATORS else word)
        clauses.append(f"({escaped} OR {escaped}*)")
    return " ".join(clauses)


def phrase_pattern(text: str, argument: str) -> str:
    """A Java regular expression matching text that contains these words in this order, in
    any case, however the text breaks its lines between them (quotes keep the source's hard
    line breaks). The words are escaped: nothing typed is read as a pattern."""
    words = text.split() if isinstance(text, str) else []
    if not words:
        raise BadInput(argument, "must not be blank")
    if len(text) > MAX_TEXT:
        raise BadInput(argument, f"at most {MAX_TEXT} characters, got {len(text)}")
    return r"(?is).*\b" + r"\s+".join(map(re.escape, words)) + r"\b.*"


def search_params(text: str, first: int) -> dict[str, Any]:
    """The parameters of `search_cypher` for what a person typed: `$text` (the Lucene
    query), `$phrases` (the text as an exact name is compared, with and without a leading
    "the": "the UK" is the UK's name as much as "UK"), `$first` and `$pool`."""
    first = page_size(first, "first", MAX_FIRST)
    phrase = " ".join(text.split()).lower()
    return {
        "text": lucene_query(text),
        "phrases": list(dict.fromkeys([phrase, phrase.removeprefix("the ")])),
        "first": first,
        "pool": max(first, POOL),
    }


def _branch(index: str, fields: tuple[str, ...]) -> str:
    """One index's hits, each with its indexed properties (`texts`, [name, value] pairs) and
    whether one of its names is exactly the text typed (`exact`)."""
    texts = ", ".join(f"['{f}', node.{f}]" for f in fields)
    single = ", ".join(f"node.{f}" for f in fields if f in NAMES and f not in LISTS)
    lists = "".join(f" + coalesce(node.{f}, [])" for f in fields if f in NAMES and f in LISTS)
    names = f"([{single}]{lists})"
    exact = (
        f"any(x IN {names} WHERE x IS NOT NULL AND toLower(x) IN $phrases)" if single else "false"
    )
    return (
        f"CALL db.index.fulltext.queryNodes('{index}', $text, {{limit: $pool}}) "
        f"YIELD node, score RETURN node, score, [{texts}] AS texts, {exact} AS exact"
    )


def search_cypher(return_clause: str) -> str:
    """The search query, ending in `RETURN <return_clause>` over `node`, `score`, `texts`
    and `exact`.

    Parameters: those of `search_params`. Hits arrive exact names first, then best score
    first, already cut to `$first` (ties broken by id, so pages are stable).
    """
    branches = " UNION ALL ".join(_branch(index, fields) for index, fields in INDEXES.items())
    return (
        f"CALL () {{ {branches} }} "
        f"WITH node, score, texts, exact ORDER BY exact DESC, score DESC, node.id LIMIT $first "
        f"RETURN {return_clause}"
    )


SEARCH = search_cypher(
    f"node.id AS id, {primary_type('node', beyond=True)} AS type, {node_label('node')} AS label, "
    "score, exact, texts"
)


def snippet_of(texts: list[list[Any]], text: str) -> Snippet | None:
    """Where a hit matched the text typed, from its indexed properties (`texts`); None when
    none holds a word typed as a word (a prefix of odd punctuation can match in Lucene)."""
    return find_snippet([(name, value) for name, value in texts], words_of(text))


async def search(graph: Graph, text: str, first: int = 10) -> list[SearchHit]:
    """The `first` best hits for `text` across initiatives, actors, statements and figures."""
    rows = await graph.read("search", SEARCH, search_params(text, first))
    hits = []
    for row in rows:
        found = snippet_of(row["texts"], text)
        where = {"snippet": found.snippet, "field": found.field} if found else {}
        hits.append(SearchHit.model_validate({**row, **where}))
    return hits
