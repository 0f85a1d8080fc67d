// { shortestPath(from: "FR", to: "IQ") { edges { type quotes: citations { text } } } }
// operation: shortest_path
// {
//   "from_id": "FR",
//   "max_hops": 6,
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
  RETURN [x IN nodes(p) | {id: x.id, label: toString(coalesce(x.name, x.title, x.id)), type: ['Country', 'Region', 'Organisation', 'Official', 'Event', 'Initiative', 'FundingStream', 'Topic', 'Statement', 'Figure'][[i IN range(0, size(['Country', 'Region', 'Organisation', 'Official', 'Event', 'Initiative', 'FundingStream', 'Topic', 'Statement', 'Figure']) - 1) WHERE ['Country', 'Region', 'Organisation', 'Official', 'Event', 'Initiative', 'FundingStream', 'Topic', 'Statement', 'Figure'][i] IN labels(x)][0]]}] AS nodes, [r IN relationships(p) | {source: startNode(r).id, target: endNode(r).id, type: type(r), role: r.role}] AS edges, length(p) AS length, [r IN relationships(p) | head([rs IN [COLLECT { UNWIND [startNode(r)] AS ge_a UNWIND [endNode(r)] AS ge_b MATCH (ge_a)-[ge_q]->(ge_b) WHERE type(ge_q) = type(r) AND coalesce(ge_q.role, '') = coalesce(r.role, '') WITH ge_q ORDER BY ge_q.source RETURN ge_q }] | {__typename: 'GraphEdge', `quotes`: [v1 IN COLLECT { UNWIND rs AS ca_x MATCH (ca_s:Source {id: ca_x.source}) WITH ca_s, ca_x ORDER BY ca_s.publishedOn IS NULL, ca_s.publishedOn, ca_s.id, ca_x.quote RETURN {source: ca_s, quote: ca_x.quote} } | {__typename: 'Citation', `text`: reduce(ca_t = '', ca_w IN split(replace(replace(replace(v1.quote, '\r', ' '), '\n', ' '), '\t', ' '), ' ') | CASE WHEN ca_w = '' THEN ca_t WHEN ca_t = '' THEN ca_w ELSE ca_t + ' ' + ca_w END)}][..200]}])] AS edgeFields
}
RETURN a IS NOT NULL AS from_found, b IS NOT NULL AS to_found, nodes, edges, length, edgeFields

