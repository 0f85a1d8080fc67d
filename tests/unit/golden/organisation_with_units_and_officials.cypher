// { organisation(id: "national-crime-agency") { id name acronym country { id } units { id } officials { id title } } }
// operation: organisation
// {
//   "id": "national-crime-agency"
// }
MATCH (n:Organisation {id: $id})  RETURN {__typename: 'Organisation', `id`: n.id, `name`: n.name, `acronym`: n.acronym, `country`: head([v1 IN COLLECT { MATCH (n)-[ca_r:BASED_IN]->(x:Country) WITH x, ca_r ORDER BY coalesce(ca_r.basis, '') <> 'REFERENCE' DESC, x.name, x.id RETURN x } | {__typename: 'Country', `id`: v1.id}]), `units`: [v2 IN COLLECT { MATCH (n)<-[:PART_OF]-(x:Organisation) WITH DISTINCT x ORDER BY x.name, x.id RETURN x } | {__typename: 'Organisation', `id`: v2.id}][..200], `officials`: [v3 IN COLLECT { MATCH (n)<-[:HOLDS_POST]-(x:Official) WITH DISTINCT x ORDER BY x.name, x.id RETURN x } | {__typename: 'Official', `id`: v3.id, `title`: v3.title}][..200]} AS row
