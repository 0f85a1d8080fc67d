// { organisations(country: "gb", first: 3) { id name kind } }
// operation: organisations
// {
//   "country": "GB",
//   "first": 3,
//   "skip": 0
// }
MATCH (n:Organisation) WHERE $country IS NULL OR (n)-[:BASED_IN]->(:Country {id: $country}) WITH n ORDER BY n.name, n.id SKIP $skip LIMIT $first  RETURN {__typename: 'Organisation', `id`: n.id, `name`: n.name, `kind`: CASE WHEN n.kind IS NULL OR n.kind IN ['government', 'government department', 'command', 'law enforcement agency', 'international body', 'private sector', 'parliament'] THEN n.kind ELSE {__unservable: true, label: 'Organisation', id: n.id, property: 'kind', value: n.kind, why: 'is not a word of its vocabulary'} END} AS row
