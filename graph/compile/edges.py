"""What a drawn edge (GraphQL `GraphEdge`) adds to its ends, type and role: its citations.

The network and path queries draw edges themselves (graph/compile/drawing.py); the fields of
an edge that need a selection compiled (`citations { quote source { title } }`) are compiled
here into one Cypher map per edge, over the list of relationships that state the edge, and
the queries return those maps beside the edges, in the same round trip.
"""

from __future__ import annotations

from graph.compile.as_of import AsOf
from graph.compile.projection import Compiler, ObjectType, Params, Selection
from graph.compile.schema_map import TYPES

EDGE_TYPE = "GraphEdge"


def edge_projection(
    selections: list[Selection], params: Params, rels: str, day: str | None = None
) -> str | None:
    """Cypher: the map of the compiled fields the selection asks of an edge, over `rels` (a
    list of the relationships that state it), as the record stood on `day` (a `$name`) when
    given; None when it asks for none of them, so the query stays as it was."""
    compiled = TYPES[EDGE_TYPE]
    assert isinstance(compiled, ObjectType)
    wanted = [s for s in selections if s.name in compiled.fields]
    if not wanted:
        return None
    view = None if day is None else AsOf(day)
    return Compiler(TYPES, params, view=view).project(EDGE_TYPE, rels, wanted)


def link_relationships(r: str) -> str:
    """Cypher list: every relationship that states the same link as relationship `r` (the
    same ends, type and role), one per source."""
    return (
        f"COLLECT {{ UNWIND [startNode({r})] AS ge_a UNWIND [endNode({r})] AS ge_b "
        f"MATCH (ge_a)-[ge_q]->(ge_b) WHERE type(ge_q) = type({r}) "
        f"AND coalesce(ge_q.role, '') = coalesce({r}.role, '') "
        "WITH ge_q ORDER BY ge_q.source RETURN ge_q }"
    )
