"""Parse and validate each distinct query text once per process, within the security limits.

Clients send the same few documents again and again with different variables; parsing and
validating one (graphql-core's visitors, plus the depth, alias and token limits) costs about
2 ms, more than a small query's Cypher. Neither depends on the variables, so the outcome is
kept by query text: the parsed document and the validation errors (an empty list for a valid
document, so a repeated bad one is refused as fast).

The limits live here rather than in strawberry's QueryDepthLimiter, MaxAliasesLimiter and
MaxTokensLimiter extensions: those add their rules on every request (and build new rule
classes each time), which defeats strawberry's own validation cache and cost 0.13 ms per
request in a loop, 0.3-0.4 ms in a server, for documents already checked. Their rules are
built once and applied only to a document not seen before.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from graphql import ASTValidationRule, DocumentNode, GraphQLError
from strawberry.extensions import MaxAliasesLimiter, QueryDepthLimiter, SchemaExtension

#: Distinct documents kept; the least recently used goes first. A document is at most the
#: request body limit, so the cache's memory is bounded too.
MAX_DOCUMENTS = 256


@dataclass
class _Checked:
    document: DocumentNode
    errors: list[GraphQLError] | None = None  # None until validated


#: Keyed by query text alone, so it serves one schema with one set of limits (there is one).
_documents: OrderedDict[str, _Checked] = OrderedDict()


def cached_documents() -> int:
    return len(_documents)


class DocumentCache(SchemaExtension):
    """Use `limited(...)` in a schema: the subclass it returns carries the limits."""

    extra_rules: ClassVar[tuple[type[ASTValidationRule], ...]] = ()
    max_tokens: ClassVar[int | None] = None

    def on_parse(self) -> Iterator[None]:
        context = self.execution_context
        query = context.query
        checked = _documents.get(query) if query else None
        if checked is not None:
            _documents.move_to_end(query)  # type: ignore[arg-type]
            context.graphql_document = checked.document
        elif self.max_tokens is not None:
            context.parse_options["max_tokens"] = self.max_tokens
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
        else:
            context.validation_rules = (*context.validation_rules, *self.extra_rules)
        yield
        if checked is not None and checked.errors is None:
            checked.errors = list(context.pre_execution_errors or [])


def limited(*, max_depth: int, max_aliases: int, max_tokens: int) -> type[DocumentCache]:
    """The document cache for a schema whose documents stay within these limits."""
    rules = (
        *QueryDepthLimiter(max_depth=max_depth).validation_rules,
        *MaxAliasesLimiter(max_alias_count=max_aliases).validation_rules,
    )
    attributes = {"extra_rules": rules, "max_tokens": max_tokens}
    return type("LimitedDocumentCache", (DocumentCache,), attributes)
