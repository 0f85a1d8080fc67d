// mutation { upsertInitiative(input: {id: "golden-probe", name: "Probe", summary: "A probe", kind: "programme", status: "announced", citation: {source: "oic-summit-day1-press-release", quote: "joint work"}}) { id name sources { quote } } }
// operation: upsertInitiative
// {
//   "by": "golden tests (00000000)",
//   "change": "<uuid>",
//   "id": "golden-probe",
//   "kind": "programme",
//   "name": "Probe",
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
//   "operation": "upsertInitiative",
//   "payload": "{\"citation\": {\"quote\": \"joint work\", \"source\": \"oic-summit-day1-press-release\"}, \"id\": \"golden-probe\", \"kind\": \"programme\", \"name\": \"Probe\", \"status\": \"announced\", \"summary\": \"A probe\"}",
//   "quote": "joint work",
//   "source": "oic-summit-day1-press-release",
//   "status": "announced",
//   "summary": "A probe"
// }
OPTIONAL MATCH (s:Source {id: $source}) WITH s, coalesce((size(s.text) - size(replace(s.text, $quote, ''))) / size($quote), 0) AS quoted WITH s, quoted, quoted = 1 AS cited WITH s, quoted, cited, COLLECT { MATCH (other:Country|Region|Organisation|Official|Event|Initiative|FundingStream|Topic|Statement|Source|Reference|Figure {id: $id}) WHERE NOT other:Initiative UNWIND labels(other) AS label WITH DISTINCT label WHERE label IN $nodeTypes RETURN label ORDER BY label } AS takenBy WITH s, quoted, cited, takenBy, cited AND size(takenBy) = 0 AS ok CALL (s, ok) { WITH s, ok WHERE ok MERGE (i:Initiative {id: $id}) ON CREATE SET i.status = coalesce($status, 'announced') SET i.name = $name, i.summary = $summary, i.kind = $kind, i.status = coalesce($status, i.status) MERGE (i)-[:EVIDENCED_BY {quote: $quote}]->(s) MERGE (change:Change {id: $change}) ON CREATE SET change.at = datetime(), change.by = $by, change.operation = $operation, change.params = $payload  MERGE (change)-[:CHANGED]->(i) WITH i SET i.partnerDegree = COUNT { (i)--() } - COUNT { (i)-[:EVIDENCED_BY|HAS_PROGRESS|CHANGED|STEP_OF|INVOLVES|AMOUNT_OF]-() } - COUNT { (i)<-[:AT]-(:Step) } } WITH s IS NOT NULL AS sourceFound, quoted, cited, takenBy, ok OPTIONAL MATCH (i:Initiative {id: $id}) WHERE ok RETURN sourceFound, quoted, cited, takenBy, CASE WHEN i IS NULL THEN null ELSE {__typename: 'Initiative', `id`: i.id, `name`: i.name, `sources`: [v1 IN COLLECT { MATCH (i)-[ca_e:EVIDENCED_BY]->(ca_s:Source) WITH ca_s, ca_e ORDER BY ca_s.publishedOn IS NULL, ca_s.publishedOn, ca_s.id, ca_e.quote RETURN {source: ca_s, quote: ca_e.quote} } | {__typename: 'Citation', `quote`: v1.quote}][..200]} END AS row
