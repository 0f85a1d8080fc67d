// { sources(filter: {publishedFrom: "2025-01-01", publishedTo: "2025-06-30", completeness: FULL, text: "crossings"}, first: 5) { id title publishedOn } }
// operation: sources
// {
//   "completeness": "FULL",
//   "first": 5,
//   "from": "date 2025-01-01",
//   "text": "(crossings OR crossings*)",
//   "to": "date 2025-06-30"
// }
CALL db.index.fulltext.queryNodes('source_text', $text) YIELD node AS n WITH n WHERE ($from IS NULL OR n.publishedOn >= $from) AND ($to IS NULL OR n.publishedOn <= $to) AND ($completeness IS NULL OR coalesce(n.completeness, 'PARTIAL') = $completeness) WITH n ORDER BY n.publishedOn IS NULL, n.publishedOn DESC, n.id LIMIT $first RETURN {__typename: 'Source', `id`: n.id, `title`: n.title, `publishedOn`: CASE WHEN n.publishedOn IS NULL OR n.publishedOn IS :: DATE THEN n.publishedOn ELSE {__unservable: true, label: 'Source', id: n.id, property: 'publishedOn', value: n.publishedOn, why: 'is not a date'} END} AS row
