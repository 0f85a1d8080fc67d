// query($after: String) { initiatives(filter: {countries: ["FR", "VN"], countriesMatch: ANY, region: "europe", kind: "programme", status: "announced"}, first: 3, after: $after) { edges { cursor node { id } } } }
// variables: {"after": "eyJvIjogMn0"}
// operation: initiatives
// {
//   "codes": [
//     "FR",
//     "VN"
//   ],
//   "first": 3,
//   "offset": 3,
//   "p1": "europe",
//   "p2": "programme",
//   "p3": "announced",
//   "p4": "europe",
//   "p5": "filter.region"
// }
UNWIND $codes AS code MATCH (c:Country {id: code}) CALL (c) { MATCH (c)-[:PARTICIPATES_IN]->(i:Initiative) RETURN i UNION MATCH (c)<-[:BASED_IN|REPRESENTS]-(:Organisation|Official)-[:PARTICIPATES_IN]->(i:Initiative) RETURN i UNION MATCH (c)<-[:TARGETS]-(i:Initiative) RETURN i UNION MATCH (c)<-[:PART_OF*1..4]-(:Region)<-[:TARGETS]-(i:Initiative) RETURN i } WITH DISTINCT i, 0.0 AS score WITH i, score WHERE EXISTS { MATCH (i)-[:TARGETS]->(:Region|Country)-[:PART_OF*0..4]->(r:Region|Country) WHERE r.id = $p1 } AND i.kind = $p2 AND i.status = $p3 WITH i, score ORDER BY i.name, i.id WITH collect(i) AS matched WITH matched AS matched, null AS undated RETURN size(matched) AS total, undated, [i IN matched[$offset..$offset + $first] | {__typename: 'Initiative'}] AS rows, [i IN matched[$offset..$offset + $first] | {__typename: 'Initiative', `id`: i.id}] AS edgeRows, [a IN [CASE WHEN EXISTS { MATCH (:Region|Country {id: $p4}) } THEN null ELSE $p5 END] WHERE a IS NOT NULL] AS unknown
