"""Parse and validate each distinct query text once per process, within the security limits.

Clients send the same few documents again and again with different variables; parsing and
validating one (graphql-core's visitors, plus the depth, alias and token limits) costs more
than a small query's Cypher. Neither depends on the variables, so the outcome is
kept by query text: the parsed document and the validation errors (an empty list for a valid
document, so a repeated bad one is refused as fast).

The limits live here rather than in strawberry's QueryDepthLimiter, MaxAliasesLimiter and
MaxTokensLimiter extensions: those add their rules on every request (and build new rule
classes each time), which defeats strawberry's own validation cache and costs every request
for documents already checked (docs/BENCHMARKS.md). Their rules are built once and applied
only to a document not seen before.

Which operation to run depends on the request's operationName, so that is checked on every
request, once the document is at hand: strawberry runs the first operation of a document
that has several when no operationName is given (GraphQL requires an error), and answers an
unknown operationName with a plain-text 400. Both are GraphQL request errors here
(`OPERATION_RESOLUTION_FAILURE`), listing the document's operations.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from graphql import ASTValidationRule, DocumentNode, GraphQLError, OperationDefinitionNode
from graphql.validation.validate import ValidationAbortedError
from strawberry.extensions import MaxAliasesLimiter, QueryDepthLimiter, SchemaExtension
from strawberry.types import ExecutionContext

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
        document = context.graphql_document
        if document is None:
            return  # it did not parse: strawberry answers with the syntax error
        if query and checked is None:
            _documents[query] = _Checked(document)
            while len(_documents) > MAX_DOCUMENTS:
                _documents.popitem(last=False)
        problem = operation_problem(document, _provided_operation_name(context))
        if problem is not None:
            # Raised here, before strawberry picks the operation (and would raise its own
            # 400 for an unknown name); strawberry answers an exception from an extension
            # as a request error: no data, this one error.
            raise problem

    def on_validate(self) -> Iterator[None]:
        context = self.execution_context
        checked = _documents.get(context.query) if context.query else None
        if checked is not None and checked.errors is not None:
            # strawberry validates only while `pre_execution_errors` is None.
            context.pre_execution_errors = list(checked.errors)
        else:
            context.validation_rules = (*context.validation_rules, *self.extra_rules)
        yield
        if context.pre_execution_errors:
            # in place: strawberry has already put this list in the result it returns
            context.pre_execution_errors[:] = map(_explained, context.pre_execution_errors)
        if checked is not None and checked.errors is None:
            checked.errors = list(context.pre_execution_errors or [])


#: graphql-core stops validating a document whose fields it would have to compare with each
#: other too often (a selection with hundreds of the same field, well inside the token
#: limit) and says only this.
_BUDGET_SPENT = "Validation aborted."


def _explained(error: GraphQLError) -> GraphQLError:
    if not (isinstance(error, ValidationAbortedError) and error.message == _BUDGET_SPENT):
        return error
    return GraphQLError(
        "The document is too costly to validate: a selection repeats fields (or spreads "
        "fragments) so often that comparing them with each other would take too long. "
        "Select each field once; use aliases for the same field with other arguments.",
        original_error=error,
    )


def operation_problem(document: DocumentNode, name: str | None) -> GraphQLError | None:
    """Why the request's operation cannot be told (GraphQL's GetOperation), or None."""
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    names = [d.name.value for d in operations if d.name is not None]
    listed = ", ".join(names)
    if name is None:
        if not operations:
            message = "The document has no operation (query or mutation) to run"
        elif len(operations) == 1 or len(names) < len(operations):
            return None  # one operation, or anonymous ones, which validation refuses
        else:
            message = (
                f"operationName is required: the document has {len(operations)} operations "
                f"({listed}); name the one to run"
            )
    elif name in names:
        return None
    elif names:
        message = f'Unknown operation named "{name}": the document has {listed}'
    else:
        message = f'Unknown operation named "{name}": the document has no named operation'
    return GraphQLError(message, extensions={"code": "OPERATION_RESOLUTION_FAILURE"})


def _provided_operation_name(context: ExecutionContext) -> str | None:
    """The request's operationName. `context.operation_name` falls back to the document's
    first operation when none was given, which is what must not happen here."""
    name = getattr(context, "_provided_operation_name", None)
    return name if isinstance(name, str) else None


def limited(*, max_depth: int, max_aliases: int, max_tokens: int) -> type[DocumentCache]:
    """The document cache for a schema whose documents stay within these limits."""
    rules = (
        *QueryDepthLimiter(max_depth=max_depth).validation_rules,
        *MaxAliasesLimiter(max_alias_count=max_aliases).validation_rules,
    )
    attributes = {"extra_rules": rules, "max_tokens": max_tokens}
    return type("LimitedDocumentCache", (DocumentCache,), attributes)
