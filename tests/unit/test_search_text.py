"""Search text becomes a Lucene query that matches words, never Lucene syntax."""

from __future__ import annotations

import pytest

from graph.queries.search import lucene_query, search_cypher
from graph.store.errors import BadInput


def test_lucene_query_escapes_every_special_character() -> None:
    assert lucene_query("fraud") == "(fraud OR fraud*)"
    assert lucene_query("a+b") == r"(a\+b OR a\+b*)"
    assert lucene_query("NOT") == "(not OR not*)"
    special = '+-&|!(){}[]^"~*?:\\/'
    escaped = lucene_query(special)
    for char in special:
        assert f"\\{char}" in escaped
    with pytest.raises(BadInput):
        lucene_query(" \t")


def test_search_cypher_ends_with_the_callers_return_clause() -> None:
    cypher = search_cypher("node.id AS id, score")
    assert cypher.endswith("RETURN node.id AS id, score")
    assert "$text" in cypher and "$first" in cypher
    for index in ("initiative_text", "actor_names", "statement_text"):
        assert index in cypher
