// { countries(first: 5, skip: 10) { id name } }
// operation: countries
// {
//   "first": 5,
//   "skip": 10
// }
MATCH (n:Country)  WITH n ORDER BY n.name, n.id SKIP $skip LIMIT $first  RETURN {__typename: 'Country', `id`: n.id, `name`: n.name} AS row
