"""Full-text search over initiatives, actors and statements.

The schema (cypher/schema/V001) keeps three full-text indexes: `initiative_text` (name,
summary), `actor_names` (name, acronym, title of countries, organisations, officials,
regions, events, topics) and `statement_text`. One query asks all three and keeps the best
hits. The GraphQL layer reuses the same Cypher through `search_cypher` with its own RETURN,
so both APIs rank the same way.
"""

from __future__ import annotations

import re

from graph.compile.drawing import node_map
from graph.compile.pagination import page_size
from graph.models import SearchHit
from graph.store.driver import Graph
from graph.store.errors import BadInput

MAX_FIRST = 100
MAX_TEXT = 200
INDEXES = ("initiative_text", "actor_names", "statement_text")

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


def search_cypher(return_clause: str) -> str:
    """The search query, ending in `RETURN <return_clause>` over `node` and `score`.

    Parameters: `$text` (a `lucene_query` result) and `$first`. Hits arrive best first,
    already cut to `$first` (ties broken by id, so pages are stable).
    """
    branches = " UNION ALL ".join(
        f"CALL db.index.fulltext.queryNodes('{index}', $text, {{limit: $first}}) "
        f"YIELD node, score RETURN node, score"
        for index in INDEXES
    )
    return (
        f"CALL () {{ {branches} }} "
        f"WITH node, score ORDER BY score DESC, node.id LIMIT $first "
        f"RETURN {return_clause}"
    )


SEARCH = search_cypher(f"{node_map('node', properties=False, beyond=True)} AS node, score")


async def search(graph: Graph, text: str, first: int = 10) -> list[SearchHit]:
    """The `first` best hits for `text` across initiatives, actors and statements."""
    first = page_size(first, "first", MAX_FIRST)
    rows = await graph.read("search", SEARCH, {"text": lucene_query(text), "first": first})
    return [SearchHit(**row["node"], score=row["score"]) for row in rows]
