// { topics(first: 10) { id name events { id } initiatives { id } } }
// operation: topics
// {
//   "first": 10,
//   "skip": 0
// }
MATCH (n:Topic)  WITH n ORDER BY n.name, n.id SKIP $skip LIMIT $first  RETURN {__typename: 'Topic', `id`: n.id, `name`: n.name, `events`: [v1 IN COLLECT { MATCH (n)<-[:DISCUSSED|ADDRESSES]-(x:Event) WITH DISTINCT x ORDER BY x.name, x.id RETURN x } | {__typename: 'Event', `id`: v1.id}][..200], `initiatives`: [v2 IN COLLECT { MATCH (n)<-[:ADDRESSES]-(x:Initiative) WITH DISTINCT x ORDER BY x.name, x.id RETURN x } | {__typename: 'Initiative', `id`: v2.id}][..200]} AS row
