// { shortestPaths(from: "FR", to: "IQ", first: 3) { length nodes { id } } }
// operation: shortest_paths
// {
//   "first": 3,
//   "from_id": "FR",
//   "max_hops": 6,
//   "to_id": "IQ"
// }

CALL db.relationshipTypes() YIELD relationshipType
WITH count(CASE WHEN NOT relationshipType IN ['PART_OF', 'BASED_IN', 'HOLDS_POST', 'REPRESENTS', 'TARGETS', 'ANNOUNCED_AT', 'BUILDS_ON', 'CONTRIBUTES_TO', 'ADDRESSES', 'FUNDS', 'ALLOCATED_TO', 'DISCUSSED', 'SAID', 'AT', 'HAS_PROGRESS', 'CHANGED', 'MEASURES', 'PARTICIPATES_IN', 'ATTENDED', 'PROVIDES', 'REPORTED', 'EVIDENCED_BY', 'STEP_OF', 'INVOLVES', 'AMOUNT_OF'] THEN 1 END) > 0 AS unlisted
OPTIONAL MATCH (a:Country|Region|Organisation|Official|Event|Initiative|FundingStream|Topic|Statement|Figure) WHERE a.id = $from_id
OPTIONAL MATCH (b:Country|Region|Organisation|Official|Event|Initiative|FundingStream|Topic|Statement|Figure) WHERE b.id = $to_id

CALL (a, b, unlisted) {
  OPTIONAL MATCH p = allShortestPaths((a)-[*0..10]-(b))
  WHERE all(r IN relationships(p) WHERE NOT type(r) IN ['EVIDENCED_BY', 'HAS_PROGRESS', 'CHANGED', 'STEP_OF', 'INVOLVES', 'AMOUNT_OF'])
    AND all(x IN nodes(p) WHERE NOT unlisted OR x:Country|Region|Organisation|Official|Event|Initiative|FundingStream|Topic|Statement|Figure)
  WITH p WHERE length(p) <= $max_hops
  WITH p WHERE p IS NOT NULL
  WITH p, [x IN nodes(p) | x.id] AS ids,
    [r IN relationships(p) | type(r) + '|' + coalesce(r.role, '')] AS links,
    [r IN relationships(p) | startNode(r).id] AS starts
  ORDER BY ids, links, starts, [r IN relationships(p) | elementId(r)]
  WITH ids, links, starts, head(collect(p)) AS p
  ORDER BY ids, links, starts
  LIMIT $first
  RETURN collect({nodes: [x IN nodes(p) | {id: x.id, label: toString(coalesce(x.name, x.title, x.id)), type: ['Country', 'Region', 'Organisation', 'Official', 'Event', 'Initiative', 'FundingStream', 'Topic', 'Statement', 'Figure'][[i IN range(0, size(['Country', 'Region', 'Organisation', 'Official', 'Event', 'Initiative', 'FundingStream', 'Topic', 'Statement', 'Figure']) - 1) WHERE ['Country', 'Region', 'Organisation', 'Official', 'Event', 'Initiative', 'FundingStream', 'Topic', 'Statement', 'Figure'][i] IN labels(x)][0]]}], edges: [r IN relationships(p) | {source: startNode(r).id, target: endNode(r).id, type: type(r), role: r.role}], length: length(p)}) AS paths
}
RETURN a IS NOT NULL AS from_found, b IS NOT NULL AS to_found, paths

