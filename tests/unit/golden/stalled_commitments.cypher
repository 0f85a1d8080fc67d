// query($since: Date!) { stalledCommitments(event: "oic-summit", since: $since) { id name progress { status on } } }
// variables: {"since": "2025-06-01"}
// operation: stalledCommitments
// {
//   "event": "oic-summit",
//   "finished": [
//     "delivered",
//     "dropped"
//   ],
//   "p1": "oic-summit",
//   "p2": "event",
//   "since": "date 2025-06-01"
// }
WITH [a IN [CASE WHEN EXISTS { MATCH (:Event {id: $p1}) } THEN null ELSE $p2 END] WHERE a IS NOT NULL] AS unknown OPTIONAL CALL (unknown) { WITH unknown WHERE size(unknown) = 0 MATCH (:Event {id: $event})<-[:ANNOUNCED_AT]-(i:Initiative) WHERE NOT coalesce(i.status, '') IN $finished AND NOT EXISTS { MATCH (i)-[:HAS_PROGRESS]->(u:ProgressUpdate) WHERE u.on >= $since } AND NOT EXISTS { MATCH (st:Step)-[:STEP_OF]->(i) WHERE st.on >= $since } WITH i ORDER BY i.name, i.id RETURN {__typename: 'Initiative', `id`: i.id, `name`: i.name, `progress`: [v1 IN COLLECT { MATCH (i)-[:HAS_PROGRESS]->(x:ProgressUpdate) WITH DISTINCT x ORDER BY x.on, x.recordedAt, x.id RETURN x } | {__typename: 'ProgressUpdate', `status`: CASE WHEN v1.status IS NULL OR v1.status IN ['announced', 'in_progress', 'delivered', 'stalled', 'dropped'] THEN toUpper(v1.status) ELSE {__unservable: true, label: 'ProgressUpdate', id: v1.id, property: 'status', value: v1.status, why: 'is not a word of its vocabulary'} END, `on`: CASE WHEN v1.on IS NOT NULL AND v1.on IS :: DATE THEN v1.on ELSE {__unservable: true, label: 'ProgressUpdate', id: v1.id, property: 'on', value: v1.on, why: 'is not a date'} END}]} AS row } RETURN unknown, row
