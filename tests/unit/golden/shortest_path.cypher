// { shortestPath(from: "VN", to: "IQ", maxHops: 4) { length nodes { id } edges { type } } }
// operation: shortest_path
// {
//   "from_id": "VN",
//   "max_hops": 4,
//   "to_id": "IQ"
// }

CALL db.relationshipTypes() YIELD relationshipType
WITH count(CASE WHEN NOT relationshipType IN ['PART_OF', 'BASED_IN', 'HOLDS_POST', 'REPRESENTS', 'TARGETS', 'ANNOUNCED_AT', 'BUILDS_ON', 'CONTRIBUTES_TO', 'ADDRESSES', 'FUNDS', 'ALLOCATED_TO', 'DISCUSSED', 'SAID', 'AT', 'HAS_PROGRESS', 'CHANGED', 'MEASURES', 'PARTICIPATES_IN', 'ATTENDED', 'PROVIDES', 'REPORTED', 'EVIDENCED_BY', 'STEP_OF', 'INVOLVES', 'AMOUNT_OF'] THEN 1 END) > 0 AS unlisted
OPTIONAL MATCH (a:Country|Region|Organisation|Official|Event|Initiative|FundingStream|Topic|Statement|Figure) WHERE a.id = $from_id
OPTIONAL MATCH (b:Country|Region|Organisation|Official|Event|Initiative|FundingStream|Topic|Statement|Figure) WHERE b.id = $to_id

OPTIONAL CALL (a, b, unlisted) {
  MATCH p = shortestPath((a)-[*0..10]-(b))
  WHERE all(r IN relationships(p) WHERE NOT type(r) IN ['EVIDENCED_BY', 'HAS_PROGRESS', 'CHANGED', 'STEP_OF', 'INVOLVES', 'AMOUNT_OF'])
    AND all(x IN nodes(p) WHERE NOT unlisted OR x:Country|Region|Organisation|Official|Event|Initiative|FundingStream|Topic|Statement|Figure)
  WITH p WHERE length(p) <= $max_hops
  RETURN [x IN nodes(p) | {id: x.id, label: toString(coalesce(x.name, x.title, x.id)), type: ['Country', 'Region', 'Organisation', 'Official', 'Event', 'Initiative', 'FundingStream', 'Topic', 'Statement', 'Figure'][[i IN range(0, size(['Country', 'Region', 'Organisation', 'Official', 'Event', 'Initiative', 'FundingStream', 'Topic', 'Statement', 'Figure']) - 1) WHERE ['Country', 'Region', 'Organisation', 'Official', 'Event', 'Initiative', 'FundingStream', 'Topic', 'Statement', 'Figure'][i] IN labels(x)][0]]}] AS nodes, [r IN relationships(p) | {source: startNode(r).id, target: endNode(r).id, type: type(r), role: r.role}] AS edges, length(p) AS length
}
RETURN a IS NOT NULL AS from_found, b IS NOT NULL AS to_found, nodes, edges, length

