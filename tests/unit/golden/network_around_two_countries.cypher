// { network(focus: ["FR", "IQ"], depth: 2, types: ["Country", "Initiative"], limit: 50) { nodes { id label type } edges { source target type role } truncated } }
// operation: network
// {
//   "asOf": null,
//   "depth": 2,
//   "focus": [
//     "FR",
//     "IQ"
//   ],
//   "limit": 50,
//   "types": [
//     "Country",
//     "Initiative"
//   ]
// }

MATCH (f:Country|Region|Organisation|Official|Event|Initiative|FundingStream|Topic|Statement|Figure) WHERE f.id IN $focus
WITH collect(f) AS l0
CALL (l0) {
  UNWIND CASE WHEN $depth >= 1 AND size([n IN (l0) WHERE ($types IS NULL OR any(l IN labels(n) WHERE l IN $types))]) <= $limit
              THEN l0 ELSE [] END AS x
  MATCH (x)-[:!EVIDENCED_BY]-(y:Country|Region|Organisation|Official|Event|Initiative|FundingStream|Topic|Statement|Figure)
  RETURN collect(DISTINCT y) AS reached
}
WITH l0, [y IN reached WHERE NOT y IN l0] AS l1
CALL (l0, l1) {
  UNWIND CASE WHEN $depth >= 2 AND size([n IN (l0 + l1) WHERE ($types IS NULL OR any(l IN labels(n) WHERE l IN $types))]) <= $limit
              THEN l1 ELSE [] END AS x
  MATCH (x)-[:!EVIDENCED_BY]-(y:Country|Region|Organisation|Official|Event|Initiative|FundingStream|Topic|Statement|Figure)
  RETURN collect(DISTINCT y) AS reached
}
WITH l0, l1, [y IN reached WHERE NOT y IN l0 + l1] AS l2
CALL (l0, l1, l2) {
  UNWIND CASE WHEN $depth >= 3 AND size([n IN (l0 + l1 + l2) WHERE ($types IS NULL OR any(l IN labels(n) WHERE l IN $types))]) <= $limit
              THEN l2 ELSE [] END AS x
  MATCH (x)-[:!EVIDENCED_BY]-(y:Country|Region|Organisation|Official|Event|Initiative|FundingStream|Topic|Statement|Figure)
  RETURN collect(DISTINCT y) AS reached
}
WITH l0, l1, l2, [y IN reached WHERE NOT y IN l0 + l1 + l2] AS l3
WITH reduce(ranked = [], level IN [l0, l1, l2, l3] | ranked + COLLECT {
  UNWIND [n IN level WHERE ($types IS NULL OR any(l IN labels(n) WHERE l IN $types))] AS n
  WITH n ORDER BY coalesce(n.partnerDegree, COUNT { (n)--() } - COUNT { (n)-[:EVIDENCED_BY|HAS_PROGRESS|CHANGED|STEP_OF|INVOLVES|AMOUNT_OF]-() }) DESC, n.id
  RETURN n
}) AS ranked
WITH ranked[..$limit] AS ns, size(ranked) > $limit AS truncated

CALL (ns) {
  UNWIND ns AS n
  WITH n, [i IN range(0, size(['Country', 'Region', 'Organisation', 'Official', 'Event', 'Initiative', 'FundingStream', 'Topic', 'Statement', 'Figure']) - 1) WHERE ['Country', 'Region', 'Organisation', 'Official', 'Event', 'Initiative', 'FundingStream', 'Topic', 'Statement', 'Figure'][i] IN labels(n)][0] AS rank
  ORDER BY rank, n.id
  RETURN collect(coalesce(n.id, {})) AS node_ids,
         collect(coalesce(toString(coalesce(n.name, n.title, n.id)), {})) AS node_labels,
         collect(coalesce(['Country', 'Region', 'Organisation', 'Official', 'Event', 'Initiative', 'FundingStream', 'Topic', 'Statement', 'Figure'][rank], {})) AS node_types
}
CALL (ns) {
  CALL (ns) {
    UNWIND ns AS n
    MATCH (n)-[r:PART_OF|BASED_IN|HOLDS_POST|REPRESENTS|TARGETS|ANNOUNCED_AT|BUILDS_ON|CONTRIBUTES_TO|ADDRESSES|FUNDS|ALLOCATED_TO|DISCUSSED|SAID|AT|HAS_PROGRESS|CHANGED|MEASURES]->(b) WHERE b IN ns
    RETURN n AS a, r, b
  UNION ALL
    UNWIND ns AS n
    MATCH (n)<-[r:PARTICIPATES_IN|ATTENDED|PROVIDES|REPORTED]-(a) WHERE a IN ns
    RETURN a, r, n AS b
  UNION ALL
    CALL db.relationshipTypes() YIELD relationshipType
WITH count(CASE WHEN NOT relationshipType IN ['PART_OF', 'BASED_IN', 'HOLDS_POST', 'REPRESENTS', 'TARGETS', 'ANNOUNCED_AT', 'BUILDS_ON', 'CONTRIBUTES_TO', 'ADDRESSES', 'FUNDS', 'ALLOCATED_TO', 'DISCUSSED', 'SAID', 'AT', 'HAS_PROGRESS', 'CHANGED', 'MEASURES', 'PARTICIPATES_IN', 'ATTENDED', 'PROVIDES', 'REPORTED', 'EVIDENCED_BY', 'STEP_OF', 'INVOLVES', 'AMOUNT_OF'] THEN 1 END) > 0 AS unlisted
    UNWIND CASE WHEN unlisted THEN ns ELSE [] END AS n
    MATCH (n)-[r:!PART_OF&!BASED_IN&!HOLDS_POST&!REPRESENTS&!TARGETS&!ANNOUNCED_AT&!BUILDS_ON&!CONTRIBUTES_TO&!ADDRESSES&!FUNDS&!ALLOCATED_TO&!DISCUSSED&!SAID&!AT&!HAS_PROGRESS&!CHANGED&!MEASURES&!PARTICIPATES_IN&!ATTENDED&!PROVIDES&!REPORTED&!EVIDENCED_BY&!STEP_OF&!INVOLVES&!AMOUNT_OF]->(b) WHERE b IN ns
    RETURN n AS a, r, b
}
  WITH a, b, r ORDER BY coalesce(r.basis, '') = 'REFERENCE', r.source, elementId(r)
  WITH a.id AS source, type(r) AS type, b.id AS target, r.role AS role, collect(r) AS rs
  WITH source, type, target, role, source + '|' + type + '|' + coalesce(role, '') + '|' + target AS id
  ORDER BY source, type, target, coalesce(role, ''), id
  RETURN collect(coalesce(source, {})) AS sources, collect(coalesce(target, {})) AS targets,
         collect(coalesce(type, {})) AS edge_types, collect(coalesce(role, {})) AS roles
}
RETURN truncated, node_ids, node_labels, node_types, sources, targets, edge_types, roles, [x IN $focus WHERE NOT EXISTS { MATCH (f:Country|Region|Organisation|Official|Event|Initiative|FundingStream|Topic|Statement|Figure) WHERE f.id = x }] AS unknown_focus

