"""What each API field means in the graph: the Cypher behind every type and field.

One entry per GraphQL type. A `Scalar` reads a property; a `Related` is a list expression
(pattern comprehension or COLLECT subquery) whose items are projected as the target type.
Non-node types (Participation, Citation, Partnership, ...) project maps built here.

Country involvement, used by filters and by `Initiative.countries`, is defined once in
`countries_of`: a country is involved in an initiative when it takes part in any role,
when an organisation based in it or an official representing it takes part, or when the
initiative targets it or a region inside it.
"""

from __future__ import annotations

from typing import Any

from graph.compile.corpus_map import (
    CORPUS_TYPES,
    COUNTRY_FIELDS,
    FUNDING_STREAM_FIELDS,
    ORGANISATION_FIELDS,
    REGION_FIELDS,
    SOURCE_FIELDS,
    SOURCE_ORDER,
    attendance,
    based_in,
    citation_offset,
    citations_of,
    display_text,
    document_fact,
    documents_only,
    linked,
    part_of,
    participant_order,
    participants,
)
from graph.compile.drawing import node_label
from graph.compile.pagination import decode_cursor, page_size
from graph.compile.projection import (
    AbstractType,
    Compiler,
    Computed,
    FieldMap,
    ObjectType,
    Params,
    Related,
    Scalar,
    Selection,
)
from graph.compile.timeline_map import INITIATIVE_FIELDS, TIMELINE_TYPES
from graph.compile.unservable import of_link, of_node, typed
from graph.vocabulary import (
    ATTENDANCE_ROLES,
    DATE_BASES,
    EVENT_KINDS,
    FUNDING_STAGES,
    INITIATIVE_KINDS,
    INITIATIVE_STATUSES,
    ORGANISATION_KINDS,
    PARTICIPATION_ROLES,
    PROGRESS_STATUSES,
    REGION_KINDS,
)

ROLES = PARTICIPATION_ROLES
NODE_LABELS = (
    "Country", "Region", "Organisation", "Official", "Event", "Initiative",
    "FundingStream", "Topic", "Statement", "Source", "Reference", "Figure",
)  # fmt: skip
ACTOR_TYPES = ("Country", "Organisation", "Official")
NODE_TYPES = NODE_LABELS
REGION_DEPTH = 4  # regions nest at most this deep (sub-national area in country in continent)


def countries_of(i: str, documents: bool = False, c: str = "c") -> str:
    """Countries involved in initiative `i` (as a list of Country nodes, by id); with
    `documents`, through links the documents state, not reference facts. They are bound to `c`
    inside: name it otherwise where an outer `c` is in scope (Cypher refuses the shadowing)."""
    part, only = part_of(f"1..{REGION_DEPTH}", documents)
    return (
        f"COLLECT {{ CALL ({i}) {{ "
        f"MATCH ({i})<-[:PARTICIPATES_IN]-({c}:Country) RETURN {c} "
        f"UNION MATCH ({i})<-[:PARTICIPATES_IN]-(:Organisation|Official)"
        f"-{based_in(documents)}->({c}:Country) RETURN {c} "
        f"UNION MATCH ({i})-[:TARGETS]->({c}:Country) RETURN {c} "
        f"UNION MATCH ({i})-[:TARGETS]->(:Region)-{part}->({c}:Country) {only}"
        f"RETURN {c} "
        f"}} WITH {c} ORDER BY {c}.id RETURN {c} }}"
    )


def initiatives_of_country(c: str, documents: bool = False, i: str = "i") -> str:
    """The reverse of `countries_of`: initiatives country `c` is involved in, returned as `i`
    (named otherwise where an outer `i` is in scope)."""
    part, only = part_of(f"1..{REGION_DEPTH}", documents)
    return (
        f"CALL ({c}) {{ "
        f"MATCH ({c})-[:PARTICIPATES_IN]->({i}:Initiative) RETURN {i} "
        f"UNION MATCH ({c})<-{based_in(documents)}-(:Organisation|Official)"
        f"-[:PARTICIPATES_IN]->({i}:Initiative) RETURN {i} "
        f"UNION MATCH ({c})<-[:TARGETS]-({i}:Initiative) RETURN {i} "
        f"UNION MATCH ({c})<-{part}-(:Region)<-[:TARGETS]-({i}:Initiative) {only}"
        f"RETURN {i} }}"
    )


def initiatives_of_organisation(o: str, i: str = "i") -> str:
    """Initiatives an organisation takes part in: itself, its units, its officials, its funds.

    They are returned as `i`; name it otherwise where an outer `i` is in scope (Cypher refuses
    a subquery variable that shadows one of the enclosing query).
    """
    return (
        f"CALL ({o}) {{ "
        f"MATCH ({o})<-[:PART_OF*0..3]-(:Organisation)-[:PARTICIPATES_IN]->({i}:Initiative) "
        f"RETURN {i} "
        f"UNION MATCH ({o})<-[:HOLDS_POST]-(:Official)-[:PARTICIPATES_IN]->({i}:Initiative) "
        f"RETURN {i} "
        f"UNION MATCH ({o})-[:PROVIDES]->(:FundingStream)-[:FUNDS]->({i}:Initiative) RETURN {i} }}"
    )


def initiatives_of_actor(
    a: str, role: str | None, funds: bool, documents: bool, i: str = "i"
) -> str:
    """Initiatives actor `a` (a country, an organisation or an official) is involved in,
    returned as `i`. Without `role`, a country counts as `initiatives_of_country` says, an
    organisation as `initiatives_of_organisation`, an official when it takes part or funds.
    With `role` (the name of a parameter holding a lower-case role) only taking part in that
    role counts, through the same bodies and officials (targeting has no role). `funds`: an
    organisation or official providing a funding stream for it counts (the caller passes it
    without a role and for the funder role)."""
    takes_part = "[:PARTICIPATES_IN]" if role is None else f"[:PARTICIPATES_IN {{role: {role}}}]"
    funding = (
        f"UNION WITH {a} WHERE {a}:Organisation OR {a}:Official "
        f"MATCH ({a})-[:PROVIDES]->(:FundingStream)-[:FUNDS]->({i}:Initiative) RETURN {i} "
        if funds
        else ""
    )
    if role is None:
        country = (
            f"WITH {a} WHERE {a}:Country {initiatives_of_country(a, documents, i)} RETURN {i} "
        )
    else:
        country = (
            f"WITH {a} WHERE {a}:Country MATCH ({a})-{takes_part}->({i}:Initiative) RETURN {i} "
            f"UNION WITH {a} WHERE {a}:Country MATCH ({a})<-{based_in(documents)}-"
            f"(:Organisation|Official)-{takes_part}->({i}:Initiative) RETURN {i} "
        )
    return (
        f"CALL ({a}) {{ {country}"
        f"UNION WITH {a} WHERE {a}:Organisation MATCH ({a})<-[:PART_OF*0..3]-(:Organisation)"
        f"-{takes_part}->({i}:Initiative) RETURN {i} "
        f"UNION WITH {a} WHERE {a}:Organisation MATCH ({a})<-[:HOLDS_POST]-(:Official)"
        f"-{takes_part}->({i}:Initiative) RETURN {i} "
        f"UNION WITH {a} WHERE {a}:Official MATCH ({a})-{takes_part}->({i}:Initiative) "
        f"RETURN {i} {funding}}}"
    )


def _collect(pattern: str, order: str | None = None) -> str:
    """COLLECT of the nodes bound to `x` by `pattern`, in a stable order."""
    return (
        f"COLLECT {{ MATCH {pattern} WITH DISTINCT x ORDER BY {order or 'x.name, x.id'} RETURN x }}"
    )


def _rel(pattern: str, order: str = "x.name, x.id") -> Any:
    return lambda v, args, params: _collect(pattern.format(v=v), order)


def _citations(v: str) -> str:
    """The citations of node `v` itself, oldest source first, as a link's evidence is."""
    return (
        f"COLLECT {{ MATCH ({v})-[ca_e:EVIDENCED_BY]->(ca_s:Source) "
        f"WITH ca_s, ca_e ORDER BY {SOURCE_ORDER}, ca_e.quote "
        "RETURN {source: ca_s, quote: ca_e.quote} }"
    )


def _carried_citation(holder: str) -> str:
    """The citation a relationship or record carries as `source` (an id) and `quote`."""
    return (
        f"COLLECT {{ MATCH (s:Source {{id: {holder}.source}}) "
        f"RETURN {{source: s, quote: {holder}.quote}} }}"
    )


#: The order of an initiative's participants, `r` their PARTICIPATES_IN and `a` themselves:
#: the lead first, then funders, partners, implementers and other roles, by name within a role.
PARTICIPANT_ORDER = participant_order("r.role", "a")


def _partners(v: str, args: dict[str, Any], params: Params) -> str:
    # The country's initiatives and their countries are computed once (`pairs`); each
    # partner's shared list is then a filter over that list. No aggregating function: Neo4j
    # 5.26 rejects collect() nested anywhere inside a RETURN that projects the outer node.
    return (
        f"COLLECT {{ WITH [i IN COLLECT {{ {initiatives_of_country(v)} "
        "WITH DISTINCT i ORDER BY i.name, i.id RETURN i } "
        f"| {{i: i, cs: {countries_of('i')}}}] AS pairs "
        f"CALL ({v}, pairs) {{ UNWIND pairs AS x UNWIND x.cs AS p WITH p WHERE p <> {v} RETURN p "
        f"UNION MATCH ({v})-[:ATTENDED]->(:Event)<-[:ATTENDED]-(p:Country) WHERE p <> {v} "
        "RETURN p } "
        "WITH p, [x IN pairs WHERE p IN x.cs | x.i] AS shared, "
        f"COLLECT {{ MATCH ({v})-[:ATTENDED]->(e:Event)<-[:ATTENDED]-(p) "
        "WITH DISTINCT e ORDER BY e.name RETURN e } AS events "
        "ORDER BY size(shared) + size(events) DESC, p.name "
        "RETURN {country: p, initiatives: shared, events: events} }"
    )


def _partners_grouped(v: str, args: dict[str, Any], params: Params, out: str) -> str:
    """`_partners` with grouping, for the root country: each (partner, initiative) pair once,
    grouped per partner, instead of filtering the country's initiative list once per partner
    (which grows with partners × initiatives). Same partners, lists and order."""
    return (
        f"CALL ({v}) {{ {initiatives_of_country(v)} "
        f"WITH DISTINCT {v}, i ORDER BY i.name, i.id "
        f"UNWIND {countries_of('i')} AS p "
        f"WITH {v}, p, i WHERE p <> {v} "
        "RETURN p, collect(i) AS shared "
        f"UNION MATCH ({v})-[:ATTENDED]->(:Event)<-[:ATTENDED]-(p:Country) WHERE p <> {v} "
        "RETURN DISTINCT p, [] AS shared } "
        f"WITH {v}, p, reduce(all = [], part IN collect(shared) | all + part) AS shared "
        f"WITH p, shared, COLLECT {{ MATCH ({v})-[:ATTENDED]->(e:Event)<-[:ATTENDED]-(p) "
        "WITH DISTINCT e ORDER BY e.name RETURN e } AS events "
        "ORDER BY size(shared) + size(events) DESC, p.name "
        f"RETURN collect({{country: p, initiatives: shared, events: events}}) AS {out}"
    )


def page_slice(args: dict[str, Any], params: Params, argument_prefix: str = "") -> tuple[str, str]:
    """The checked offset and page size of a nested connection, as parameter names."""
    requested = args.get("first")
    first = page_size(20 if requested is None else requested, f"{argument_prefix}first")
    offset = decode_cursor(args.get("after"), f"{argument_prefix}after")
    return params.add(offset), params.add(first)


def connection(items_of: Any) -> Computed:
    """An InitiativeConnection over the list expression `items_of(var)`, paged by first/after."""

    def project(v: str, selection: Selection, params: Params, compiler: Compiler) -> str:
        offset, first = page_slice(selection.args, params, f"{selection.name}.")
        items = params.var()
        all_items = items_of(v, selection.args)
        if compiler.view is not None:  # the record as of a day keeps the initiatives cited by then
            kept = params.var()
            keep = compiler.view.keep("Initiative", compiler.types["Initiative"], kept)
            all_items = f"[{kept} IN {all_items} WHERE {keep}]" if keep else all_items
        page = f"{items}[{offset}..{offset}+{first}]"
        entries = [f"offset: {offset}", f"total: size({items})", f"size: size({page})"]
        node_selections = [c for c in selection.children if c.name == "nodes"]
        edge_node_selections = [
            grandchild
            for c in selection.children
            if c.name == "edges"
            for grandchild in c.children
            if grandchild.name == "node"
        ]
        for key, chosen in (("nodes", node_selections), ("edgeNodes", edge_node_selections)):
            if chosen:
                children = [g for s in chosen for g in s.children]
                x = params.var()
                entries.append(
                    f"{key}: [{x} IN {page} | {compiler.project('Initiative', x, children)}]"
                )
        body = "{__typename: 'InitiativeConnection', " + ", ".join(entries) + "}"
        return f"head([{items} IN [{all_items}] | {body}])"

    return Computed(project)


def _country_initiatives(v: str, args: dict[str, Any]) -> str:
    i = f"{v}_i"  # a nested list: the root's own `i` may be in scope
    involved = initiatives_of_country(v, documents_only(args), i)
    return f"COLLECT {{ {involved} WITH DISTINCT {i} ORDER BY {i}.name, {i}.id RETURN {i} }}"


def _country_organisations(v: str, args: dict[str, Any], params: Params) -> str:
    only = f"WHERE {document_fact('ca_r')} " if documents_only(args) else ""
    return (
        f"COLLECT {{ MATCH ({v})<-[ca_r:BASED_IN]-(x:Organisation) {only}"
        "WITH DISTINCT x ORDER BY x.name, x.id RETURN x }"
    )


def _organisation_country(v: str, args: dict[str, Any], params: Params) -> str:
    """The country an organisation is based in: one a document states before a reference's."""
    return (
        f"COLLECT {{ MATCH ({v})-[ca_r:BASED_IN]->(x:Country) "
        f"WITH x, ca_r ORDER BY {document_fact('ca_r')} DESC, x.name, x.id RETURN x }}"
    )


def _organisation_initiatives(v: str, args: dict[str, Any]) -> str:
    return (
        f"COLLECT {{ {initiatives_of_organisation(v)} "
        "WITH DISTINCT i ORDER BY i.name, i.id RETURN i }"
    )


def _prop(name: str) -> Scalar:
    return Scalar(lambda v: f"{v}.{name}")


def _word(label: str, name: str, words: tuple[str, ...]) -> Scalar:
    """Property `name` of a `label` node, served as stored when it is one of `words`."""
    return Scalar(lambda v: f"{v}.{name}", of_node(label, name, words))


def _same(v: str, args: dict[str, Any], params: Params) -> str:
    return f"[{v}]"


def _node_fields(**fields: FieldMap) -> dict[str, FieldMap]:
    """The fields every node type has (the `Node` interface's), then its own."""
    common: dict[str, FieldMap] = {
        "id": _prop("id"),
        "label": Scalar(node_label),
        "sources": Related(lambda v, a, p: _citations(v), "Citation"),
        "aliases": Scalar(lambda v: f"coalesce({v}.aliases, [])"),
    }
    return {**common, **fields}


def _with_evidence(pattern: str, path: bool = False) -> Related:
    """The `<field>WithEvidence` twin of a field over `pattern` (see `corpus_map.linked`)."""
    return Related(linked(pattern, path), "Link")


def _present(key: str) -> Any:
    """A single-valued field read from map entry `key`, which may be null."""
    return lambda v, a, p: f"[x IN [{v}.{key}] WHERE x IS NOT NULL]"


TYPES: dict[str, ObjectType | AbstractType] = {
    "Node": AbstractType(NODE_TYPES),
    "Actor": AbstractType(ACTOR_TYPES),
    "Country": ObjectType(
        label="Country",
        interfaces=("Node", "Actor"),
        fields=_node_fields(
            name=_prop("name"),
            organisations=Related(_country_organisations, "Organisation"),
            organisationsWithEvidence=_with_evidence("({v})<-[{r}:BASED_IN]-(ca_a:Organisation)"),
            initiatives=connection(_country_initiatives),
            partners=Related(_partners, "Partnership", hoisted=_partners_grouped),
            events=Related(_rel("({v})-[:ATTENDED]->(x:Event)"), "Event"),
            eventsWithEvidence=_with_evidence("({v})-[{r}:ATTENDED]->(ca_a:Event)"),
            regions=Related(_rel("({v})<-[:PART_OF*1..4]-(x:Region)"), "Region"),
            regionsWithEvidence=_with_evidence(
                "({v})<-[{r}:PART_OF*1..4]-(ca_a:Region)", path=True
            ),
            figures=Related(_rel("({v})<-[:MEASURES]-(x:Figure)"), "Figure"),
            figuresWithEvidence=_with_evidence("({v})<-[{r}:MEASURES]-(ca_a:Figure)"),
            **COUNTRY_FIELDS,
        ),
    ),
    "Partnership": ObjectType(
        fields={
            "country": Related(lambda v, a, p: f"[{v}.country]", "Country", many=False),
            "sharedInitiatives": Related(lambda v, a, p: f"{v}.initiatives", "Initiative"),
            "sharedEvents": Related(lambda v, a, p: f"{v}.events", "Event"),
        }
    ),
    "Organisation": ObjectType(
        label="Organisation",
        interfaces=("Node", "Actor"),
        fields=_node_fields(
            name=_prop("name"),
            acronym=_prop("acronym"),
            kind=_word("Organisation", "kind", ORGANISATION_KINDS),
            country=Related(_organisation_country, "Country", many=False),
            parent=Related(_rel("({v})-[:PART_OF]->(x:Organisation)"), "Organisation", many=False),
            parentWithEvidence=_with_evidence("({v})-[{r}:PART_OF]->(ca_a:Organisation)"),
            units=Related(_rel("({v})<-[:PART_OF]-(x:Organisation)"), "Organisation"),
            unitsWithEvidence=_with_evidence("({v})<-[{r}:PART_OF]-(ca_a:Organisation)"),
            officials=Related(_rel("({v})<-[:HOLDS_POST]-(x:Official)"), "Official"),
            officialsWithEvidence=_with_evidence("({v})<-[{r}:HOLDS_POST]-(ca_a:Official)"),
            initiatives=connection(_organisation_initiatives),
            fundingStreams=Related(_rel("({v})-[:PROVIDES]->(x:FundingStream)"), "FundingStream"),
            fundingStreamsWithEvidence=_with_evidence("({v})-[{r}:PROVIDES]->(ca_a:FundingStream)"),
            figures=Related(_rel("({v})<-[:MEASURES]-(x:Figure)"), "Figure"),
            figuresWithEvidence=_with_evidence("({v})<-[{r}:MEASURES]-(ca_a:Figure)"),
            **ORGANISATION_FIELDS,
        ),
    ),
    "Official": ObjectType(
        label="Official",
        interfaces=("Node", "Actor"),
        fields=_node_fields(
            name=_prop("name"),
            title=_prop("title"),
            organisation=Related(
                _rel("({v})-[:HOLDS_POST]->(x:Organisation)"), "Organisation", many=False
            ),
            organisationWithEvidence=_with_evidence("({v})-[{r}:HOLDS_POST]->(ca_a:Organisation)"),
            country=Related(_rel("({v})-[:REPRESENTS]->(x:Country)"), "Country", many=False),
            countryWithEvidence=_with_evidence("({v})-[{r}:REPRESENTS]->(ca_a:Country)"),
            statements=Related(_rel("({v})-[:SAID]->(x:Statement)", "x.id"), "Statement"),
            statementsWithEvidence=_with_evidence("({v})-[{r}:SAID]->(ca_a:Statement)"),
            figures=Related(_rel("({v})<-[:MEASURES]-(x:Figure)"), "Figure"),
            figuresWithEvidence=_with_evidence("({v})<-[{r}:MEASURES]-(ca_a:Figure)"),
        ),
    ),
    "Region": ObjectType(
        label="Region",
        interfaces=("Node",),
        fields=_node_fields(
            name=_prop("name"),
            kind=_word("Region", "kind", REGION_KINDS),
            partOf=Related(_rel("({v})-[:PART_OF]->(x:Region|Country)"), "Node"),
            partOfWithEvidence=_with_evidence("({v})-[{r}:PART_OF]->(ca_a:Region|Country)"),
            contains=Related(_rel("({v})<-[:PART_OF]-(x:Region)"), "Region"),
            containsWithEvidence=_with_evidence("({v})<-[{r}:PART_OF]-(ca_a:Region)"),
            figures=Related(_rel("({v})<-[:MEASURES]-(x:Figure)"), "Figure"),
            figuresWithEvidence=_with_evidence("({v})<-[{r}:MEASURES]-(ca_a:Figure)"),
            **REGION_FIELDS,
        ),
    ),
    "Topic": ObjectType(
        label="Topic",
        interfaces=("Node",),
        fields=_node_fields(
            name=_prop("name"),
            events=Related(_rel("({v})<-[:DISCUSSED|ADDRESSES]-(x:Event)"), "Event"),
            eventsWithEvidence=_with_evidence("({v})<-[{r}:DISCUSSED|ADDRESSES]-(ca_a:Event)"),
            initiatives=Related(_rel("({v})<-[:ADDRESSES]-(x:Initiative)"), "Initiative"),
            initiativesWithEvidence=_with_evidence("({v})<-[{r}:ADDRESSES]-(ca_a:Initiative)"),
            figures=Related(_rel("({v})<-[:MEASURES]-(x:Figure)"), "Figure"),
            figuresWithEvidence=_with_evidence("({v})<-[{r}:MEASURES]-(ca_a:Figure)"),
        ),
    ),
    "Citation": ObjectType(
        fields={
            "source": Related(lambda v, a, p: f"[{v}.source]", "Source", many=False),
            "quote": Scalar(lambda v: f"{v}.quote"),
            "offset": Scalar(citation_offset),
            "text": Scalar(lambda v: display_text(f"{v}.quote")),
        }
    ),
    # A map {funder, initiative, stream, rels} that graph/queries/funding.py builds: a stream
    # the funder provides, or a FUNDER participation for which no stream states an amount.
    "Funding": ObjectType(
        fields={
            "funder": Related(lambda v, a, p: f"[{v}.funder]", "Actor", many=False),
            "initiative": Related(_present("initiative"), "Initiative", many=False),
            "stream": Related(_present("stream"), "FundingStream", many=False),
            "amount": Related(_present("stream"), "Money", many=False),
            "amountKnown": Scalar(lambda v: f"{v}.stream IS NOT NULL"),
            "evidence": Related(lambda v, a, p: citations_of(f"{v}.rels"), "Citation"),
        }
    ),
    "Participation": ObjectType(
        fields={
            "actor": Related(lambda v, a, p: f"[{v}.actor]", "Actor", many=False),
            "role": Scalar(
                lambda v: f"toUpper({v}.role)",
                of_link("PARTICIPATES_IN", "role", PARTICIPATION_ROLES),
            ),
            "evidence": Related(lambda v, a, p: citations_of(f"{v}.rels"), "Citation"),
        }
    ),
    "Money": ObjectType(
        fields={
            "amount": Scalar(lambda v: f"toFloat({v}.amount)"),
            "currency": _prop("currency"),
            "qualifier": _prop("qualifier"),
        }
    ),
    "FundingStream": ObjectType(
        label="FundingStream",
        interfaces=("Node",),
        fields=_node_fields(
            name=_prop("name"),
            stage=_word("FundingStream", "stage", FUNDING_STAGES),
            amount=Related(_same, "Money", many=False),
            funders=Related(_rel("({v})<-[:PROVIDES]-(x)"), "Actor"),
            fundersWithEvidence=_with_evidence("({v})<-[{r}:PROVIDES]-(ca_a)"),
            regions=Related(_rel("({v})-[:ALLOCATED_TO]->(x:Region)"), "Region"),
            regionsWithEvidence=_with_evidence("({v})-[{r}:ALLOCATED_TO]->(ca_a:Region)"),
            allocatedTo=Related(_rel("({v})-[:ALLOCATED_TO]->(x:Region|Country)"), "Node"),
            allocatedToWithEvidence=_with_evidence(
                "({v})-[{r}:ALLOCATED_TO]->(ca_a:Region|Country)"
            ),
            initiatives=Related(_rel("({v})-[:FUNDS]->(x:Initiative)"), "Initiative"),
            initiativesWithEvidence=_with_evidence("({v})-[{r}:FUNDS]->(ca_a:Initiative)"),
            **FUNDING_STREAM_FIELDS,
        ),
    ),
    "Initiative": ObjectType(
        label="Initiative",
        interfaces=("Node",),
        fields=_node_fields(
            name=_prop("name"),
            summary=_prop("summary"),
            kind=_word("Initiative", "kind", INITIATIVE_KINDS),
            status=_word("Initiative", "status", INITIATIVE_STATUSES),
            participants=Related(participants, "Participation"),
            countries=Related(
                lambda v, a, p: countries_of(v, documents_only(a), f"{v}_c"), "Country"
            ),
            regions=Related(_rel("({v})-[:TARGETS]->(x:Region)"), "Region"),
            regionsWithEvidence=_with_evidence("({v})-[{r}:TARGETS]->(ca_a:Region)"),
            targets=Related(_rel("({v})-[:TARGETS]->(x:Region|Country)"), "Node"),
            targetsWithEvidence=_with_evidence("({v})-[{r}:TARGETS]->(ca_a:Region|Country)"),
            audiences=Scalar(lambda v: f"coalesce({v}.audiences, [])"),
            funding=Related(_rel("({v})<-[:FUNDS]-(x:FundingStream)"), "FundingStream"),
            fundingWithEvidence=_with_evidence("({v})<-[{r}:FUNDS]-(ca_a:FundingStream)"),
            events=Related(_rel("({v})-[:ANNOUNCED_AT]->(x:Event)"), "Event"),
            eventsWithEvidence=_with_evidence("({v})-[{r}:ANNOUNCED_AT]->(ca_a:Event)"),
            buildsOn=Related(_rel("({v})-[:BUILDS_ON]->(x:Initiative)"), "Initiative"),
            buildsOnWithEvidence=_with_evidence("({v})-[{r}:BUILDS_ON]->(ca_a:Initiative)"),
            builtOnBy=Related(_rel("({v})<-[:BUILDS_ON]-(x:Initiative)"), "Initiative"),
            builtOnByWithEvidence=_with_evidence("({v})<-[{r}:BUILDS_ON]-(ca_a:Initiative)"),
            contributesTo=Related(_rel("({v})-[:CONTRIBUTES_TO]->(x:Initiative)"), "Initiative"),
            contributesToWithEvidence=_with_evidence(
                "({v})-[{r}:CONTRIBUTES_TO]->(ca_a:Initiative)"
            ),
            topics=Related(_rel("({v})-[:ADDRESSES]->(x:Topic)"), "Topic"),
            topicsWithEvidence=_with_evidence("({v})-[{r}:ADDRESSES]->(ca_a:Topic)"),
            figures=Related(_rel("({v})<-[:MEASURES]-(x:Figure)"), "Figure"),
            figuresWithEvidence=_with_evidence("({v})<-[{r}:MEASURES]-(ca_a:Figure)"),
            progress=Related(
                _rel("({v})-[:HAS_PROGRESS]->(x:ProgressUpdate)", "x.on, x.recordedAt, x.id"),
                "ProgressUpdate",
                capped=False,
            ),
            **INITIATIVE_FIELDS,
        ),
    ),
    "ProgressUpdate": ObjectType(
        fields={
            "status": Scalar(
                lambda v: f"toUpper({v}.status)",
                of_node("ProgressUpdate", "status", PROGRESS_STATUSES, stored=True),
            ),
            "on": Scalar(lambda v: f"{v}.on", typed("ProgressUpdate", "on", "DATE", required=True)),
            "note": _prop("note"),
            "citation": Related(lambda v, a, p: _carried_citation(v), "Citation", many=False),
            "recordedAt": Scalar(lambda v: f"toString({v}.recordedAt)"),
            "recordedBy": _prop("recordedBy"),
        }
    ),
    "Event": ObjectType(
        label="Event",
        interfaces=("Node",),
        fields=_node_fields(
            name=_prop("name"),
            kind=_word("Event", "kind", EVENT_KINDS),
            location=_prop("location"),
            startDate=Scalar(lambda v: f"{v}.startDate", typed("Event", "startDate", "DATE")),
            startDateBasis=_word("Event", "startDateBasis", DATE_BASES),
            startDateNote=_prop("startDateNote"),
            attendees=Related(_rel("({v})<-[:ATTENDED]-(x)"), "Actor"),
            attendeesWithEvidence=_with_evidence("({v})<-[{r}:ATTENDED]-(ca_a)"),
            attendance=Related(attendance, "Attendance"),
            initiatives=Related(_rel("({v})<-[:ANNOUNCED_AT]-(x:Initiative)"), "Initiative"),
            initiativesWithEvidence=_with_evidence("({v})<-[{r}:ANNOUNCED_AT]-(ca_a:Initiative)"),
            statements=Related(_rel("({v})<-[:AT]-(x:Statement)", "x.id"), "Statement"),
            statementsWithEvidence=_with_evidence("({v})<-[{r}:AT]-(ca_a:Statement)"),
            topics=Related(_rel("({v})-[:DISCUSSED|ADDRESSES]->(x:Topic)"), "Topic"),
            topicsWithEvidence=_with_evidence("({v})-[{r}:DISCUSSED|ADDRESSES]->(ca_a:Topic)"),
            figures=Related(_rel("({v})<-[:MEASURES]-(x:Figure)"), "Figure"),
            figuresWithEvidence=_with_evidence("({v})<-[{r}:MEASURES]-(ca_a:Figure)"),
        ),
    ),
    "Attendance": ObjectType(
        fields={
            "actor": Related(lambda v, a, p: f"[{v}.actor]", "Actor", many=False),
            "role": Scalar(lambda v: f"{v}.role", of_link("ATTENDED", "role", ATTENDANCE_ROLES)),
            "evidence": Related(lambda v, a, p: citations_of(f"{v}.rels"), "Citation"),
        }
    ),
    "Statement": ObjectType(
        label="Statement",
        interfaces=("Node",),
        fields=_node_fields(
            text=_prop("text"),
            speaker=Related(_rel("({v})<-[:SAID]-(x:Official)"), "Official", many=False),
            speakerWithEvidence=_with_evidence("({v})<-[{r}:SAID]-(ca_a:Official)"),
            event=Related(_rel("({v})-[:AT]->(x:Event)"), "Event", many=False),
            eventWithEvidence=_with_evidence("({v})-[{r}:AT]->(ca_a:Event)"),
            source=Related(_rel("({v})-[:EVIDENCED_BY]->(x:Source)"), "Source", many=False),
        ),
    ),
    "Figure": ObjectType(
        label="Figure",
        interfaces=("Node",),
        fields=_node_fields(
            name=_prop("name"),
            value=Scalar(lambda v: f"toFloat({v}.value)"),
            unit=_prop("unit"),
            qualifier=_prop("qualifier"),
            period=_prop("period"),
            summary=_prop("summary"),
            asOf=Scalar(lambda v: f"{v}.asOf", typed("Figure", "asOf", "DATE")),
            asOfBasis=_word("Figure", "asOfBasis", DATE_BASES),
            asOfNote=_prop("asOfNote"),
            measures=Related(_rel("({v})-[:MEASURES]->(x)"), "Node"),
            measuresWithEvidence=_with_evidence("({v})-[{r}:MEASURES]->(ca_a)"),
            reportedBy=Related(_rel("({v})<-[:REPORTED]-(x)"), "Actor"),
            reportedByWithEvidence=_with_evidence("({v})<-[{r}:REPORTED]-(ca_a)"),
        ),
    ),
    "SearchHit": ObjectType(
        fields={
            "node": Related(lambda v, a, p: f"[{v}.node]", "Node", many=False),
            "score": Scalar(lambda v: f"{v}.score"),
            "label": Scalar(lambda v: node_label(f"{v}.node")),
            "exact": Scalar(lambda v: f"{v}.exact"),
            # the indexed properties, made into the snippet by graph.queries.lookups
            "snippet": Scalar(lambda v: f"{v}.texts"),
            "field": Scalar(lambda v: f"{v}.texts"),
        }
    ),
    "Source": ObjectType(
        label="Source",
        interfaces=("Node",),
        fields=_node_fields(
            title=_prop("title"),
            publisher=_prop("publisher"),
            publishedOn=Scalar(
                lambda v: f"{v}.publishedOn", typed("Source", "publishedOn", "DATE")
            ),
            sha256=_prop("sha256"),
            **SOURCE_FIELDS,
        ),
    ),
    **CORPUS_TYPES,
    **TIMELINE_TYPES,
}
