// { statements(filter: {speaker: "home-secretary", event: "oic-summit", source: "oic-summit-day1-press-release", text: "no single country"}, first: 3) { id text speaker { id name } event { id } } }
// operation: statements
// {
//   "event": "oic-summit",
//   "first": 3,
//   "p1": "home-secretary",
//   "p2": "filter.speaker",
//   "p3": "oic-summit",
//   "p4": "filter.event",
//   "p5": "oic-summit-day1-press-release",
//   "p6": "filter.source",
//   "skip": 0,
//   "source": "oic-summit-day1-press-release",
//   "speaker": "home-secretary",
//   "text": "(?is).*\\bno\\s+single\\s+country\\b.*"
// }
WITH [a IN [CASE WHEN EXISTS { MATCH (:Official {id: $p1}) } THEN null ELSE $p2 END, CASE WHEN EXISTS { MATCH (:Event {id: $p3}) } THEN null ELSE $p4 END, CASE WHEN EXISTS { MATCH (:Source {id: $p5}) } THEN null ELSE $p6 END] WHERE a IS NOT NULL] AS unknown OPTIONAL CALL (unknown) { WITH unknown WHERE size(unknown) = 0 MATCH (n:Statement) WHERE ($speaker IS NULL OR EXISTS { (n)<-[:SAID]-(:Official {id: $speaker}) }) AND ($event IS NULL OR EXISTS { (n)-[:AT]->(:Event {id: $event}) }) AND ($source IS NULL OR EXISTS { (n)-[:EVIDENCED_BY]->(:Source {id: $source}) }) AND ($text IS NULL OR n.text =~ $text) WITH n ORDER BY n.name, n.id SKIP $skip LIMIT $first  RETURN {__typename: 'Statement', `id`: n.id, `text`: n.text, `speaker`: head([v1 IN COLLECT { MATCH (n)<-[:SAID]-(x:Official) WITH DISTINCT x ORDER BY x.name, x.id RETURN x } | {__typename: 'Official', `id`: v1.id, `name`: v1.name}]), `event`: head([v2 IN COLLECT { MATCH (n)-[:AT]->(x:Event) WITH DISTINCT x ORDER BY x.name, x.id RETURN x } | {__typename: 'Event', `id`: v2.id}])} AS row } RETURN unknown, row
