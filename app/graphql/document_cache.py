"""Parse and validate each distinct query text once per process.

Clients send the same few documents again and again with different variables; parsing and
validating one (graphql-core's visitors, plus the depth, alias and token limits, which are
validation rules) costs about 2 ms, more than a small query's Cypher. Neither depends on the
variables, so the outcome is kept by query text: the parsed document and the validation
errors (an empty list for a valid document, so a repeated bad one is refused as fast).

strawberry's own ParserCache and ValidationCache do not serve here: the validation cache is
keyed by the document object and the rule classes, and the limit extensions make new rule
classes per request, so it never hits.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass

from graphql import DocumentNode, GraphQLError
from strawberry.extensions import SchemaExtension

#: Distinct documents kept; the least recently used goes first. A document is at most the
#: request body limit, so the cache's memory is bounded too.
MAX_DOCUMENTS = 256


@dataclass
class _Checked:
    document: DocumentNode
    errors: list[GraphQLError] | None = None  # None until validated


_documents: OrderedDict[str, _Checked] = OrderedDict()


def cached_documents() -> int:
    return len(_documents)


class DocumentCache(SchemaExtension):
    def on_parse(self) -> Iterator[None]:
        context = self.execution_context
        query = context.query
        checked = _documents.get(query) if query else None
        if checked is not None:
            _documents.move_to_end(query)  # type: ignore[arg-type]
            context.graphql_document = checked.document
        yield
        if query and checked is None and context.graphql_document is not None:
            _documents[query] = _Checked(context.graphql_document)
            while len(_documents) > MAX_DOCUMENTS:
                _documents.popitem(last=False)

    def on_validate(self) -> Iterator[None]:
        context = self.execution_context
        checked = _documents.get(context.query) if context.query else None
        if checked is not None and checked.errors is not None:
            # strawberry validates only while `pre_execution_errors` is None.
            context.pre_execution_errors = list(checked.errors)
        yield
        if checked is not None and checked.errors is None:
            checked.errors = list(context.pre_execution_errors or [])
