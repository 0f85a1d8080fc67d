// { fundingStreams(region: "western-balkans", funder: "uk-government", first: 10) { id name amount { amount currency } funders { id } regions { id } } }
// operation: fundingStreams
// {
//   "first": 10,
//   "funder": "uk-government",
//   "p1": "western-balkans",
//   "p2": "region",
//   "p3": "uk-government",
//   "p4": "funder",
//   "region": "western-balkans",
//   "skip": 0
// }
WITH [a IN [CASE WHEN EXISTS { MATCH (:Region|Country {id: $p1}) } THEN null ELSE $p2 END, CASE WHEN EXISTS { MATCH (:Country|Organisation|Official {id: $p3}) } THEN null ELSE $p4 END] WHERE a IS NOT NULL] AS unknown OPTIONAL CALL (unknown) { WITH unknown WHERE size(unknown) = 0 MATCH (n:FundingStream) WHERE ($region IS NULL OR EXISTS { MATCH (n)-[:ALLOCATED_TO]->(:Region|Country)-[:PART_OF*0..4]->(r:Region|Country) WHERE r.id = $region }) AND ($funder IS NULL OR EXISTS { MATCH (a)-[:PROVIDES]->(n) WHERE (a.id = $funder OR EXISTS { MATCH (a)-[:PART_OF|HOLDS_POST*1..3]->(:Organisation {id: $funder}) } OR EXISTS { MATCH (a)-[:PART_OF|HOLDS_POST*0..3]->(:Organisation)-[:BASED_IN|REPRESENTS]->(:Country {id: $funder}) } OR EXISTS { MATCH (a)-[:REPRESENTS]->(:Country {id: $funder}) }) }) WITH n ORDER BY n.name, n.id SKIP $skip LIMIT $first  RETURN {__typename: 'FundingStream', `id`: n.id, `name`: n.name, `amount`: head([v1 IN [n] | {__typename: 'Money', `amount`: toFloat(v1.amount), `currency`: v1.currency}]), `funders`: [v2 IN COLLECT { MATCH (n)<-[:PROVIDES]-(x) WITH DISTINCT x ORDER BY x.name, x.id RETURN x } | CASE WHEN v2 IS NULL THEN null WHEN v2:Country THEN {__typename: 'Country', `id`: v2.id} WHEN v2:Organisation THEN {__typename: 'Organisation', `id`: v2.id} WHEN v2:Official THEN {__typename: 'Official', `id`: v2.id} END][..200], `regions`: [v3 IN COLLECT { MATCH (n)-[:ALLOCATED_TO]->(x:Region) WITH DISTINCT x ORDER BY x.name, x.id RETURN x } | {__typename: 'Region', `id`: v3.id}][..200]} AS row } RETURN unknown, row
