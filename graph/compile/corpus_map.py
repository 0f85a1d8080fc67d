"""What several documents in one graph add to the API's types (docs/DATA-MODEL.md).

- A `Source` says what it is: where it was read, how complete it is, how its date is known,
  and how many nodes and relationships cite it.
- A funding stream lists every amount the sources give (`AmountClaim` nodes, each
  `-[:AMOUNT_OF {source, quote}]->` the stream). Its own `amount` stays what its first
  extraction wrote; a stream no claim node speaks for has one claim, its own amount with its
  first citation.
- One link, every citation: each document that states a link adds a relationship of its own
  (MERGEd on its source), so a participation or an attendance is the link (actor, role) once,
  with the citation of every relationship behind it, oldest source first.
- Reference facts (`basis: 'REFERENCE'`, `reference`: a `Reference` id) carry no quote: a
  `Link` lists them apart from the documents' citations.

Variables bound inside the subqueries here start with `ca_`, so that none shadows a variable
of an enclosing query (Cypher refuses that).
"""

from __future__ import annotations

from typing import Any

from graph.compile.projection import FieldMap, ObjectType, Params, Related, Scalar
from graph.compile.unservable import of_node
from graph.vocabulary import COMPLETENESS, DATE_BASES

#: Relationship types that carry a citation as `source` and `quote` (V013 indexes `source`).
CITED_TYPES = (
    "PARTICIPATES_IN", "ATTENDED", "TARGETS", "ANNOUNCED_AT", "BUILDS_ON", "CONTRIBUTES_TO",
    "ADDRESSES", "DISCUSSED", "PROVIDES", "FUNDS", "ALLOCATED_TO", "AMOUNT_OF", "PART_OF",
    "BASED_IN", "HOLDS_POST", "REPRESENTS", "SAID", "AT", "STEP_OF", "INVOLVES", "HAS_PROGRESS",
    "MEASURES", "REPORTED",
)  # fmt: skip

#: Sources in the order an analyst reads them: oldest first, undated last, then by id.
SOURCE_ORDER = "ca_s.publishedOn IS NULL, ca_s.publishedOn, ca_s.id"


def document_fact(r: str) -> str:
    """Cypher: relationship `r` is stated by a document, not taken from a reference."""
    return f"coalesce({r}.basis, '') <> 'REFERENCE'"


def documents_only(args: dict[str, Any]) -> bool:
    """Whether a field's `includeReference: false` asks for the documents' word alone."""
    return args.get("includeReference") is False


def based_in(documents: bool) -> str:
    """The relationship pattern from an organisation or official to its country: BASED_IN or
    REPRESENTS, stated by a document when `documents`."""
    if not documents:
        return "[:BASED_IN|REPRESENTS]"
    return f"[ca_b:BASED_IN|REPRESENTS WHERE {document_fact('ca_b')}]"


def part_of(depth: str, documents: bool) -> tuple[str, str]:
    """(pattern, condition) for a PART_OF path of `depth` hops (e.g. "1..4"), each hop stated
    by a document when `documents`; the condition is "" or a WHERE clause and a space."""
    if not documents:
        return f"[:PART_OF*{depth}]", ""
    return f"[ca_ps:PART_OF*{depth}]", f"WHERE all(ca_p IN ca_ps WHERE {document_fact('ca_p')}) "


def cited_by(s: str) -> str:
    """How many nodes (through EVIDENCED_BY) and relationships (by `source`) cite source `s`."""
    relationships = " + ".join(
        f"COUNT {{ MATCH ()-[ca_r:{t}]->() WHERE ca_r.source = {s}.id }}" for t in CITED_TYPES
    )
    nodes = f"size(COLLECT {{ MATCH ({s})<-[:EVIDENCED_BY]-(ca_n) RETURN DISTINCT ca_n }})"
    return f"{nodes} + {relationships}"


def citations_of(relationships: str) -> str:
    """The citations the relationships in list `relationships` carry, oldest source first.

    A relationship without a source (a reference fact) gives none: `Link.references` shows it.
    """
    return (
        f"COLLECT {{ UNWIND {relationships} AS ca_x MATCH (ca_s:Source {{id: ca_x.source}}) "
        f"WITH ca_s, ca_x ORDER BY {SOURCE_ORDER}, ca_x.quote "
        "RETURN {source: ca_s, quote: ca_x.quote} }"
    )


def citation_offset(c: str) -> str:
    """Cypher: where citation map `c`'s quote begins in its source's text (characters before
    its first occurrence), or null when the text does not hold it. One expression, so the
    offset costs no round trip of its own."""
    return (
        f"CASE WHEN {c}.quote <> '' AND {c}.source.text CONTAINS {c}.quote "
        f"THEN size(split({c}.source.text, {c}.quote)[0]) END"
    )


def display_text(text: str) -> str:
    """Cypher: string `text` with its line breaks, tabs and runs of spaces as one space, and
    none at either end, so that a quote reads as a sentence in a report."""
    spaced = f"replace(replace(replace({text}, '\\r', ' '), '\\n', ' '), '\\t', ' ')"
    return (
        f"reduce(ca_t = '', ca_w IN split({spaced}, ' ') | CASE WHEN ca_w = '' THEN ca_t "
        "WHEN ca_t = '' THEN ca_w ELSE ca_t + ' ' + ca_w END)"
    )


def linked(pattern: str, path: bool = False) -> Any:
    """A list field of `Link`s: each node that `pattern` links to, once, by name, with every
    relationship that states the link (its citations, and its reference facts).

    `pattern` binds the field's node as `{v}`, the relationship as `{r}` and the other end as
    `ca_a`. With `path`, `{r}` is a variable-length relationship, and a link is stated by the
    relationships of every path that makes it. Unlike `grouped_links`, links are not told
    apart by role: a `Link` has none.
    """

    def expr(v: str, args: dict[str, Any], params: Params) -> str:
        first, again = (pattern.format(v=v, r=r) for r in ("ca_r", "ca_q"))
        rels = (
            f"COLLECT {{ MATCH {again} UNWIND ca_q AS ca_y RETURN DISTINCT ca_y }}"
            if path
            else f"COLLECT {{ MATCH {again} RETURN ca_q }}"
        )
        return (
            f"COLLECT {{ MATCH {first} WITH DISTINCT ca_a ORDER BY ca_a.name, ca_a.id "
            f"RETURN {{actor: ca_a, rels: {rels}}} }}"
        )

    return expr


def references_of(relationships: str) -> str:
    """The references behind the reference facts in list `relationships`, by id."""
    return (
        f"COLLECT {{ UNWIND {relationships} AS ca_x MATCH (ca_f:Reference {{id: ca_x.reference}}) "
        "WITH DISTINCT ca_f ORDER BY ca_f.id RETURN ca_f }"
    )


def grouped_links(pattern: str, order: str, condition: str = "") -> str:
    """Each (other end, role) that `pattern` links to, once, with all its relationships.

    `pattern` is a format string: `{r}` is the relationship's variable, and it binds the other
    end as `ca_a`. It is matched again per group instead of grouped with collect(), as Neo4j
    5.26 refuses an aggregation in a subquery expression of a RETURN that also projects the
    outer node. `order` sorts the groups by `ca_role` and `ca_a`.
    """
    where = f"WHERE {condition.format(r='ca_r')} " if condition else ""
    again = f"AND {condition.format(r='ca_q')} " if condition else ""
    return (
        f"COLLECT {{ MATCH {pattern.format(r='ca_r')} {where}"
        "WITH DISTINCT ca_a, ca_r.role AS ca_role "
        f"ORDER BY {order} "
        "RETURN {actor: ca_a, role: ca_role, rels: COLLECT { "
        f"MATCH {pattern.format(r='ca_q')} "
        f"WHERE coalesce(ca_q.role, '') = coalesce(ca_role, '') {again}RETURN ca_q }}}} }}"
    )


def participant_order(role: str, actor: str) -> str:
    """The order of an initiative's participants: the lead first, then funders, partners,
    implementers and other roles, by name within a role."""
    return (
        f"CASE {role} WHEN 'lead' THEN 0 WHEN 'funder' THEN 1 WHEN 'partner' THEN 2 "
        f"WHEN 'implementer' THEN 3 ELSE 4 END, {actor}.name, {actor}.id"
    )


def participants(v: str, args: dict[str, Any], params: Params) -> str:
    role = args.get("role")
    condition = "" if role is None else f"{{r}}.role = {params.add(str(role).lower())}"
    return grouped_links(
        f"({v})<-[{{r}}:PARTICIPATES_IN]-(ca_a)", participant_order("ca_role", "ca_a"), condition
    )


def attendance(v: str, args: dict[str, Any], params: Params) -> str:
    return grouped_links(f"({v})<-[{{r}}:ATTENDED]-(ca_a)", "ca_role, ca_a.name, ca_a.id")


def _links(pattern: str) -> Any:
    """A list field of `Link`s over `pattern` (see `grouped_links`), ordered by name; with
    `includeReference: false`, reference facts are left out."""

    def expr(v: str, args: dict[str, Any], params: Params) -> str:
        condition = document_fact("{r}") if documents_only(args) else ""
        return grouped_links(pattern.format(v=v, r="{r}"), "ca_a.name, ca_a.id", condition)

    return expr


def fact_basis(rels: str) -> str:
    """Cypher: DOCUMENT when a relationship of list `rels` is stated by a document, else
    REFERENCE (every one of them is a reference fact)."""
    return (
        f"CASE WHEN any(ca_x IN {rels} WHERE {document_fact('ca_x')}) "
        "THEN 'DOCUMENT' ELSE 'REFERENCE' END"
    )


def _amount_claims(v: str, args: dict[str, Any], params: Params) -> str:
    claims = (
        f"COLLECT {{ MATCH ({v})<-[ca_r:AMOUNT_OF]-(ca_c:AmountClaim) "
        "OPTIONAL MATCH (ca_s:Source {id: ca_r.source}) "
        f"WITH ca_c, ca_r, ca_s ORDER BY {SOURCE_ORDER}, ca_c.id "
        "RETURN {money: ca_c, rels: [ca_r]} }"
    )
    own = (
        f"[{{money: {v}, rels: [], evidence: COLLECT {{ MATCH ({v})-[ca_e:EVIDENCED_BY]->"
        f"(ca_s:Source) WITH ca_s, ca_e ORDER BY {SOURCE_ORDER}, ca_e.quote "
        "RETURN {source: ca_s, quote: ca_e.quote} }[..1]}]"
    )
    return f"CASE WHEN EXISTS {{ ({v})<-[:AMOUNT_OF]-(:AmountClaim) }} THEN {claims} ELSE {own} END"


def _claim_citation(v: str, args: dict[str, Any], params: Params) -> str:
    return f"coalesce({v}.evidence, {citations_of(f'{v}.rels')})"


def _prop(name: str) -> Scalar:
    return Scalar(lambda v: f"{v}.{name}")


SOURCE_FIELDS: dict[str, FieldMap] = {
    "url": _prop("url"),
    "completeness": Scalar(
        lambda v: f"coalesce({v}.completeness, 'PARTIAL')",
        of_node("Source", "completeness", COMPLETENESS, stored=True),
    ),
    "completenessNote": _prop("completenessNote"),
    "publishedOnBasis": Scalar(
        lambda v: f"{v}.publishedOnBasis", of_node("Source", "publishedOnBasis", DATE_BASES)
    ),
    "publishedOnNote": _prop("publishedOnNote"),
    "reproducedBy": _prop("reproducedBy"),
    "licence": _prop("licence"),
    "text": _prop("text"),
    "citedBy": Scalar(cited_by),
}

ORGANISATION_FIELDS: dict[str, FieldMap] = {
    "basedIn": Related(_links("({v})-[{r}:BASED_IN]->(ca_a)"), "Link"),
}
COUNTRY_FIELDS: dict[str, FieldMap] = {
    "memberOf": Related(_links("({v})-[{r}:PART_OF]->(ca_a:Region)"), "Link"),
}
REGION_FIELDS: dict[str, FieldMap] = {
    "members": Related(_links("({v})<-[{r}:PART_OF]-(ca_a)"), "Link"),
}

FUNDING_STREAM_FIELDS: dict[str, FieldMap] = {
    "amountClaims": Related(_amount_claims, "AmountClaim"),
}

CORPUS_TYPES: dict[str, ObjectType] = {
    "AmountClaim": ObjectType(
        fields={
            "money": Related(lambda v, a, p: f"[{v}.money]", "Money", many=False),
            "citation": Related(_claim_citation, "Citation", many=False),
        }
    ),
    "Link": ObjectType(
        fields={
            "node": Related(lambda v, a, p: f"[{v}.actor]", "Node", many=False),
            "evidence": Related(lambda v, a, p: citations_of(f"{v}.rels"), "Citation"),
            "references": Related(lambda v, a, p: references_of(f"{v}.rels"), "Reference"),
            "basis": Scalar(lambda v: fact_basis(f"{v}.rels")),
        }
    ),
    "GraphEdge": ObjectType(
        fields={
            # a drawn edge is compiled over `v`, the list of relationships that state it
            "citations": Related(lambda v, a, p: citations_of(v), "Citation"),
            "references": Related(lambda v, a, p: references_of(v), "Reference"),
            "basis": Scalar(fact_basis),
        }
    ),
    "Reference": ObjectType(
        label="Reference",
        interfaces=("Node",),
        fields={
            "id": _prop("id"),
            "label": Scalar(lambda v: f"toString({v}.title)"),
            "sources": Related(lambda v, a, p: "[]", "Citation"),  # a reference cites nothing
            "aliases": Scalar(lambda v: "[]"),
            "title": _prop("title"),
            "version": _prop("version"),
            "url": _prop("url"),
            "licence": _prop("licence"),
        },
    ),
}
