// { initiatives(filter: {countries: ["FR", "iq"]}, first: 5) { totalCount nodes { id name } pageInfo { hasNextPage endCursor } } }
// operation: initiatives
// {
//   "codes": [
//     "FR",
//     "IQ"
//   ],
//   "first": 5,
//   "offset": 0
// }
UNWIND $codes AS code MATCH (c:Country {id: code}) CALL (c) { MATCH (c)-[:PARTICIPATES_IN]->(i:Initiative) RETURN i UNION MATCH (c)<-[:BASED_IN|REPRESENTS]-(:Organisation|Official)-[:PARTICIPATES_IN]->(i:Initiative) RETURN i UNION MATCH (c)<-[:TARGETS]-(i:Initiative) RETURN i UNION MATCH (c)<-[:PART_OF*1..4]-(:Region)<-[:TARGETS]-(i:Initiative) RETURN i } WITH i, count(DISTINCT code) AS hits WHERE hits = size($codes) WITH i, 0.0 AS score WITH i, score  WITH i, score ORDER BY i.name, i.id WITH collect(i) AS matched WITH matched AS matched, null AS undated RETURN size(matched) AS total, undated, [i IN matched[$offset..$offset + $first] | {__typename: 'Initiative', `id`: i.id, `name`: i.name}] AS rows, [i IN matched[$offset..$offset + $first] | {__typename: 'Initiative'}] AS edgeRows, [] AS unknown
