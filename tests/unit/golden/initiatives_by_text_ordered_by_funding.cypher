// { initiatives(filter: {text: "border security", organisation: "home-office"}, orderBy: {field: FUNDING, direction: DESC}) { nodes { id name } } }
// operation: initiatives
// {
//   "first": 20,
//   "offset": 0,
//   "p1": "home-office",
//   "p2": "home-office",
//   "p3": "filter.organisation",
//   "text": "(border OR border*) (security OR security*)"
// }
CALL db.index.fulltext.queryNodes('initiative_text', $text) YIELD node AS i, score WITH i, score WHERE i IN COLLECT { MATCH (o:Organisation {id: $p1}) CALL (o) { MATCH (o)<-[:PART_OF*0..3]-(:Organisation)-[:PARTICIPATES_IN]->(found:Initiative) RETURN found UNION MATCH (o)<-[:HOLDS_POST]-(:Official)-[:PARTICIPATES_IN]->(found:Initiative) RETURN found UNION MATCH (o)-[:PROVIDES]->(:FundingStream)-[:FUNDS]->(found:Initiative) RETURN found } RETURN found } WITH i, score, COLLECT { MATCH (i)<-[:FUNDS]-(f:FundingStream) RETURN f.amount ORDER BY f.amount DESC LIMIT 1 }[0] AS max_amount ORDER BY coalesce(max_amount, -1) DESC, i.name, i.id WITH collect(i) AS matched WITH matched AS matched, null AS undated RETURN size(matched) AS total, undated, [i IN matched[$offset..$offset + $first] | {__typename: 'Initiative', `id`: i.id, `name`: i.name}] AS rows, [i IN matched[$offset..$offset + $first] | {__typename: 'Initiative'}] AS edgeRows, [a IN [CASE WHEN EXISTS { MATCH (:Organisation {id: $p2}) } THEN null ELSE $p3 END] WHERE a IS NOT NULL] AS unknown
