// mutation { recordProgress(input: {initiative: "golden-probe", status: IN_PROGRESS, on: "2025-06-01", note: "Under way", citation: {source: "oic-summit-day1-press-release", quote: "joint work"}}) { id progress { status on note } } }
// operation: recordProgress
// {
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
//   "note": "Under way",
//   "on": "date 2025-06-01",
//   "operation": "recordProgress",
//   "payload": "{\"citation\": {\"quote\": \"joint work\", \"source\": \"oic-summit-day1-press-release\"}, \"initiative\": \"golden-probe\", \"note\": \"Under way\", \"on\": \"2025-06-01\", \"status\": \"IN_PROGRESS\"}",
//   "quote": "joint work",
//   "source": "oic-summit-day1-press-release",
//   "status": "in_progress",
//   "update": "<uuid>"
// }
OPTIONAL MATCH (s:Source {id: $source}) WITH s, coalesce((size(s.text) - size(replace(s.text, $quote, ''))) / size($quote), 0) AS quoted WITH s, quoted, quoted = 1 AS cited OPTIONAL MATCH (i:Initiative {id: $initiative}) WITH s, quoted, cited, i, cited AND i IS NOT NULL AS ok, CASE WHEN i IS NULL THEN COLLECT { MATCH (other:Country|Region|Organisation|Official|Event|Initiative|FundingStream|Topic|Statement|Source|Reference|Figure {id: $initiative}) UNWIND labels(other) AS label WITH DISTINCT label WHERE label IN $nodeTypes RETURN label ORDER BY label } ELSE [] END AS initiativeTypes CALL (s, i, ok) { WITH s, i, ok WHERE ok MERGE (u:ProgressUpdate {id: $update}) ON CREATE SET u.status = $status, u.on = $on, u.note = $note, u.source = $source, u.quote = $quote, u.recordedAt = datetime(), u.recordedBy = $by MERGE (i)-[:HAS_PROGRESS {source: $source, quote: $quote}]->(u) MERGE (u)-[:EVIDENCED_BY {quote: $quote}]->(s) WITH i, u WHERE NOT EXISTS { MATCH (i)-[:HAS_PROGRESS]->(later:ProgressUpdate) WHERE later.on > u.on } SET i.status = u.status } CALL (i, ok) { WITH i, ok WHERE ok MERGE (change:Change {id: $change}) ON CREATE SET change.at = datetime(), change.by = $by, change.operation = $operation, change.params = $payload  MERGE (change)-[:CHANGED]->(i) } WITH s IS NOT NULL AS sourceFound, quoted, cited, i, ok, initiativeTypes RETURN sourceFound, quoted, cited, i IS NOT NULL AS initiativeFound, initiativeTypes, CASE WHEN ok THEN {__typename: 'Initiative', `id`: i.id, `progress`: [v1 IN COLLECT { MATCH (i)-[:HAS_PROGRESS]->(x:ProgressUpdate) WITH DISTINCT x ORDER BY x.on, x.recordedAt, x.id RETURN x } | {__typename: 'ProgressUpdate', `status`: CASE WHEN v1.status IS NULL OR v1.status IN ['announced', 'in_progress', 'delivered', 'stalled', 'dropped'] THEN toUpper(v1.status) ELSE {__unservable: true, label: 'ProgressUpdate', id: v1.id, property: 'status', value: v1.status, why: 'is not a word of its vocabulary'} END, `on`: CASE WHEN v1.on IS NOT NULL AND v1.on IS :: DATE THEN v1.on ELSE {__unservable: true, label: 'ProgressUpdate', id: v1.id, property: 'on', value: v1.on, why: 'is not a date'} END, `note`: v1.note}]} END AS row
