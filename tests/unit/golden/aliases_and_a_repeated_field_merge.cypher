// { france: country(id: "FR") { code: id name name organisations { id } organisations { name } } }
// operation: country
// {
//   "id": "FR"
// }
MATCH (n:Country {id: $id})  RETURN {__typename: 'Country', `code`: n.id, `name`: n.name, `organisations`: [v1 IN COLLECT { MATCH (n)<-[ca_r:BASED_IN]-(x:Organisation) WITH DISTINCT x ORDER BY x.name, x.id RETURN x } | {__typename: 'Organisation', `id`: v1.id, `name`: v1.name}][..200]} AS row
