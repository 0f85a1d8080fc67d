// mutation { addParticipation(input: {initiative: "golden-probe", actor: "FR", role: PARTNER, citation: {source: "oic-summit-day1-press-release", quote: "joint work"}}) { id participants { role actor { id } } } }
// operation: addParticipation
// {
//   "actor": "FR",
//   "by": "golden tests (00000000)",
//   "change": "<uuid>",
//   "initiative": "golden-probe",
//   "nodeTypes": [
//     "Country",
//     "Region",
//     "Organisation",
//     "Official",
//     "Event",
//     "Initiative",
//     "FundingStream",
//     "Topic",
//     "Statement",
//     "Source",
//     "Reference",
//     "Figure"
//   ],
//   "operation": "addParticipation",
//   "payload": "{\"actor\": \"FR\", \"citation\": {\"quote\": \"joint work\", \"source\": \"oic-summit-day1-press-release\"}, \"initiative\": \"golden-probe\", \"role\": \"partner\"}",
//   "quote": "joint work",
//   "role": "partner",
//   "source": "oic-summit-day1-press-release"
// }
OPTIONAL MATCH (s:Source {id: $source}) WITH s, coalesce((size(s.text) - size(replace(s.text, $quote, ''))) / size($quote), 0) AS quoted WITH s, quoted, quoted = 1 AS cited OPTIONAL MATCH (i:Initiative {id: $initiative}) OPTIONAL MATCH (a:Country|Organisation|Official {id: $actor}) WITH s, quoted, cited, i, a, CASE WHEN i IS NULL THEN COLLECT { MATCH (other:Country|Region|Organisation|Official|Event|Initiative|FundingStream|Topic|Statement|Source|Reference|Figure {id: $initiative}) UNWIND labels(other) AS label WITH DISTINCT label WHERE label IN $nodeTypes RETURN label ORDER BY label } ELSE [] END AS initiativeTypes, CASE WHEN a IS NULL THEN COLLECT { MATCH (other:Country|Region|Organisation|Official|Event|Initiative|FundingStream|Topic|Statement|Source|Reference|Figure {id: $actor}) UNWIND labels(other) AS label WITH DISTINCT label WHERE label IN $nodeTypes RETURN label ORDER BY label } ELSE [] END AS actorTypes, COLLECT { MATCH (a)-[r:PARTICIPATES_IN {role: $role}]->(i) WHERE (r.source IS NOT NULL OR r.quote IS NOT NULL) AND NOT (coalesce(r.source, '') = $source AND coalesce(r.quote, '') = $quote) RETURN {source: r.source, quote: r.quote} } AS held WITH *, cited AND i IS NOT NULL AND a IS NOT NULL AND size(held) = 0 AS ok CALL (s, i, a, ok) { WITH s, i, a, ok WHERE ok MERGE (a)-[r:PARTICIPATES_IN {role: $role}]->(i) SET r += CASE WHEN r.source IS NULL AND r.quote IS NULL THEN {source: $source, quote: $quote} ELSE {} END MERGE (change:Change {id: $change}) ON CREATE SET change.at = datetime(), change.by = $by, change.operation = $operation, change.params = $payload  MERGE (change)-[:CHANGED]->(i) WITH a, i UNWIND [a, i] AS linked SET linked.partnerDegree = COUNT { (linked)--() } - COUNT { (linked)-[:EVIDENCED_BY|HAS_PROGRESS|CHANGED|STEP_OF|INVOLVES|AMOUNT_OF]-() } - COUNT { (linked)<-[:AT]-(:Step) } } WITH s IS NOT NULL AS sourceFound, quoted, cited, i, initiativeTypes, a IS NOT NULL AS actorFound, actorTypes, held, ok RETURN sourceFound, quoted, cited, i IS NOT NULL AS initiativeFound, initiativeTypes, actorFound, actorTypes, held, CASE WHEN ok THEN {__typename: 'Initiative', `id`: i.id, `participants`: [v1 IN COLLECT { MATCH (i)<-[ca_r:PARTICIPATES_IN]-(ca_a) WITH DISTINCT ca_a, ca_r.role AS ca_role ORDER BY CASE ca_role WHEN 'lead' THEN 0 WHEN 'funder' THEN 1 WHEN 'partner' THEN 2 WHEN 'implementer' THEN 3 ELSE 4 END, ca_a.name, ca_a.id RETURN {actor: ca_a, role: ca_role, rels: COLLECT { MATCH (i)<-[ca_q:PARTICIPATES_IN]-(ca_a) WHERE coalesce(ca_q.role, '') = coalesce(ca_role, '') RETURN ca_q }} } | {__typename: 'Participation', `role`: CASE WHEN v1.role IS NULL OR v1.role IN ['lead', 'partner', 'funder', 'implementer', 'beneficiary', 'signatory'] THEN toUpper(v1.role) ELSE {__unservable: true, label: 'PARTICIPATES_IN', id: startNode(head(v1.rels)).id + '|' + 'PARTICIPATES_IN' + '|' + coalesce(v1.role, '') + '|' + endNode(head(v1.rels)).id, property: 'role', value: v1.role, why: 'is not a word of its vocabulary'} END, `actor`: head([v2 IN [v1.actor] | CASE WHEN v2 IS NULL THEN null WHEN v2:Country THEN {__typename: 'Country', `id`: v2.id} WHEN v2:Organisation THEN {__typename: 'Organisation', `id`: v2.id} WHEN v2:Official THEN {__typename: 'Official', `id`: v2.id} END])}][..200]} END AS row
