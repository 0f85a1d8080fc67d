// { events(first: 2) { id name attendance { role actor { id } } statements { text } } }
// operation: events
// {
//   "first": 2,
//   "skip": 0
// }
MATCH (n:Event)  WITH n ORDER BY n.name, n.id SKIP $skip LIMIT $first  RETURN {__typename: 'Event', `id`: n.id, `name`: n.name, `attendance`: [v1 IN COLLECT { MATCH (n)<-[ca_r:ATTENDED]-(ca_a) WITH DISTINCT ca_a, ca_r.role AS ca_role ORDER BY ca_role, ca_a.name, ca_a.id RETURN {actor: ca_a, role: ca_role, rels: COLLECT { MATCH (n)<-[ca_q:ATTENDED]-(ca_a) WHERE coalesce(ca_q.role, '') = coalesce(ca_role, '') RETURN ca_q }} } | {__typename: 'Attendance', `role`: CASE WHEN v1.role IS NULL OR v1.role IN ['host', 'ally', 'partner', 'attendee'] THEN v1.role ELSE {__unservable: true, label: 'ATTENDED', id: startNode(head(v1.rels)).id + '|' + 'ATTENDED' + '|' + coalesce(v1.role, '') + '|' + endNode(head(v1.rels)).id, property: 'role', value: v1.role, why: 'is not a word of its vocabulary'} END, `actor`: head([v2 IN [v1.actor] | CASE WHEN v2 IS NULL THEN null WHEN v2:Country THEN {__typename: 'Country', `id`: v2.id} WHEN v2:Organisation THEN {__typename: 'Organisation', `id`: v2.id} WHEN v2:Official THEN {__typename: 'Official', `id`: v2.id} END])}][..200], `statements`: [v3 IN COLLECT { MATCH (n)<-[:AT]-(x:Statement) WITH DISTINCT x ORDER BY x.id RETURN x } | {__typename: 'Statement', `text`: v3.text}][..200]} AS row
