// { initiatives(filter: {actor: "home-office", role: LEAD, event: "oic-summit", topic: "ocg-online-operations", audience: "Iraqi officials"}, first: 5) { totalCount nodes { id name } } }
// operation: initiatives
// {
//   "first": 5,
//   "offset": 0,
//   "p1": "lead",
//   "p10": "ocg-online-operations",
//   "p11": "filter.topic",
//   "p2": "home-office",
//   "p3": "oic-summit",
//   "p4": "ocg-online-operations",
//   "p5": "(?is).*\\bIraqi\\s+officials\\b.*",
//   "p6": "home-office",
//   "p7": "filter.actor",
//   "p8": "oic-summit",
//   "p9": "filter.event"
// }
MATCH (i:Initiative) WITH i, 0.0 AS score WITH i, score WHERE i IN COLLECT { MATCH (a:Country|Organisation|Official {id: $p2}) CALL (a) { WITH a WHERE a:Country MATCH (a)-[:PARTICIPATES_IN {role: $p1}]->(found:Initiative) RETURN found UNION WITH a WHERE a:Country MATCH (a)<-[:BASED_IN|REPRESENTS]-(:Organisation|Official)-[:PARTICIPATES_IN {role: $p1}]->(found:Initiative) RETURN found UNION WITH a WHERE a:Organisation MATCH (a)<-[:PART_OF*0..3]-(:Organisation)-[:PARTICIPATES_IN {role: $p1}]->(found:Initiative) RETURN found UNION WITH a WHERE a:Organisation MATCH (a)<-[:HOLDS_POST]-(:Official)-[:PARTICIPATES_IN {role: $p1}]->(found:Initiative) RETURN found UNION WITH a WHERE a:Official MATCH (a)-[:PARTICIPATES_IN {role: $p1}]->(found:Initiative) RETURN found } RETURN found } AND EXISTS { (i)-[:ANNOUNCED_AT]->(:Event {id: $p3}) } AND EXISTS { (i)-[:ADDRESSES]->(:Topic {id: $p4}) } AND any(audience IN coalesce(i.audiences, []) WHERE audience =~ $p5) WITH i, score ORDER BY i.name, i.id WITH collect(i) AS matched WITH matched AS matched, null AS undated RETURN size(matched) AS total, undated, [i IN matched[$offset..$offset + $first] | {__typename: 'Initiative', `id`: i.id, `name`: i.name}] AS rows, [i IN matched[$offset..$offset + $first] | {__typename: 'Initiative'}] AS edgeRows, [a IN [CASE WHEN EXISTS { MATCH (:Country|Organisation|Official {id: $p6}) } THEN null ELSE $p7 END, CASE WHEN EXISTS { MATCH (:Event {id: $p8}) } THEN null ELSE $p9 END, CASE WHEN EXISTS { MATCH (:Topic {id: $p10}) } THEN null ELSE $p11 END] WHERE a IS NOT NULL] AS unknown
