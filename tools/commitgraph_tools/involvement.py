"""Country involvement written out by hand, independently of the service's compiler: the
bench's driver floor and the library's `@cypher` fields both ask it, so that both are asked
exactly the same question the service answers."""

#: Initiatives country `c` is involved in, returned as `i` (inside `CALL (c) { ... }`).
INITIATIVES_OF_COUNTRY = """
  MATCH (c)-[:PARTICIPATES_IN]->(i:Initiative) RETURN i
  UNION MATCH (c)<-[:BASED_IN|REPRESENTS]-(:Organisation|Official)
              -[:PARTICIPATES_IN]->(i:Initiative) RETURN i
  UNION MATCH (c)<-[:TARGETS]-(i:Initiative) RETURN i
  UNION MATCH (c)<-[:PART_OF*1..4]-(:Region)<-[:TARGETS]-(i:Initiative) RETURN i
"""

#: Countries initiative `i` involves, returned as `p` (inside `CALL (i) { ... }`).
COUNTRIES_OF_INITIATIVE = """
  MATCH (i)<-[:PARTICIPATES_IN]-(p:Country) RETURN p
  UNION MATCH (i)<-[:PARTICIPATES_IN]-(:Organisation|Official)-[:BASED_IN|REPRESENTS]->(p:Country)
  RETURN p
  UNION MATCH (i)-[:TARGETS]->(p:Country) RETURN p
  UNION MATCH (i)-[:TARGETS]->(:Region)-[:PART_OF*1..4]->(p:Country) RETURN p
"""
