// { initiatives(filter: {role: FUNDER}) { nodes { id } } }
// operation: initiatives
// {
//   "first": 20,
//   "offset": 0,
//   "p1": "funder"
// }
MATCH (i:Initiative) WITH i, 0.0 AS score WITH i, score WHERE (EXISTS { (i)<-[:PARTICIPATES_IN {role: $p1}]-() } OR EXISTS { (i)<-[:FUNDS]-(:FundingStream)<-[:PROVIDES]-() }) WITH i, score ORDER BY i.name, i.id WITH collect(i) AS matched WITH matched AS matched, null AS undated RETURN size(matched) AS total, undated, [i IN matched[$offset..$offset + $first] | {__typename: 'Initiative', `id`: i.id}] AS rows, [i IN matched[$offset..$offset + $first] | {__typename: 'Initiative'}] AS edgeRows, [] AS unknown
