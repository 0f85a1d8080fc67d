// { officials(organisation: "uk-government") { id name title organisation { id } } }
// operation: officials
// {
//   "first": 500,
//   "organisation": "uk-government",
//   "p1": "uk-government",
//   "p2": "organisation",
//   "skip": 0
// }
WITH [a IN [CASE WHEN EXISTS { MATCH (:Organisation {id: $p1}) } THEN null ELSE $p2 END] WHERE a IS NOT NULL] AS unknown OPTIONAL CALL (unknown) { WITH unknown WHERE size(unknown) = 0 MATCH (n:Official) WHERE $organisation IS NULL OR (n)-[:HOLDS_POST]->(:Organisation)-[:PART_OF*0..3]->(:Organisation {id: $organisation}) WITH n ORDER BY n.name, n.id SKIP $skip LIMIT $first  RETURN {__typename: 'Official', `id`: n.id, `name`: n.name, `title`: n.title, `organisation`: head([v1 IN COLLECT { MATCH (n)-[:HOLDS_POST]->(x:Organisation) WITH DISTINCT x ORDER BY x.name, x.id RETURN x } | {__typename: 'Organisation', `id`: v1.id}])} AS row } RETURN unknown, row
