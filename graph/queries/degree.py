"""The partnership degree kept on each node, and the check that it is still true.

A network capped at `limit` nodes keeps, within each hop, the most linked nodes first. Counted
at query time, that ranking walks the relationships of every node in reach, so the busiest
country's network cost followed its thousands of neighbours' links rather than the answer.
The count is kept instead on each partnership node as `partnerDegree`
(`graph.queries.network.DEGREE`): `commitgraph load`, the curation writes and the synth set
it where they change links, in the same transaction where they can, and
`commitgraph degrees --check` says where it has drifted from the count. The network counts
for itself on a node that has none (`graph.queries.network.RANKED_LINKS`), so a graph loaded
before the property existed still answers until `commitgraph degrees` fills it in.
"""

from __future__ import annotations

from dataclasses import dataclass

from neo4j import Driver

from graph.queries.network import DEGREE, LABELS, partner_links


def refresh(var: str) -> str:
    """Cypher: set node `var`'s stored degree from its links (a clause of a write)."""
    return f"SET {var}.{DEGREE} = {partner_links(var)}"


#: Every partnership node whose stored degree is missing or differs from its links, with the
#: count it should have.
_DRIFTED = f"""MATCH (n:{LABELS})
WITH n, {partner_links("n")} AS links
WHERE n.{DEGREE} IS NULL OR n.{DEGREE} <> links"""

DRIFT = f"{_DRIFTED}\nRETURN count(n) AS drifted, collect(n.id)[..10] AS examples"

#: Sets every drifted degree inside a transaction that changed links (a loaded file's).
REFRESH_DRIFTED = f"{_DRIFTED}\nSET n.{DEGREE} = links\nRETURN count(n) AS refreshed"

#: Sets every drifted degree, in batches (an implicit transaction: CALL IN TRANSACTIONS).
REFRESH_ALL = f"""{_DRIFTED}
CALL (n, links) {{ SET n.{DEGREE} = links }} IN TRANSACTIONS OF 5000 ROWS
RETURN count(n) AS refreshed"""


@dataclass(frozen=True)
class Drift:
    """How many partnership nodes have no stored degree or a wrong one, and a few of them."""

    drifted: int
    examples: list[str]


def drift(driver: Driver, database: str) -> Drift:
    with driver.session(database=database, default_access_mode="READ") as session:
        record = session.run(DRIFT).single()
    assert record is not None  # an aggregate: always one row
    return Drift(int(record["drifted"]), [str(x) for x in record["examples"]])


def refresh_all(driver: Driver, database: str) -> int:
    """Set every drifted stored degree; return how many were set."""
    with driver.session(database=database) as session:
        record = session.run(REFRESH_ALL).single()
    return int(record["refreshed"]) if record else 0
