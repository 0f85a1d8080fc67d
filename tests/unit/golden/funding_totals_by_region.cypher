// { fundingTotals(groupBy: REGION) { key label currency amount streamCount shared } }
// operation: fundingTotals
// {
//   "lower": [
//     "over",
//     "more than",
//     "at least"
//   ],
//   "upper": [
//     "up to",
//     "at most",
//     "under",
//     "less than"
//   ]
// }
MATCH (f:FundingStream)-[:ALLOCATED_TO]->(g) WITH DISTINCT f, g WITH f, g, size(COLLECT { MATCH (f)-[:ALLOCATED_TO]->(x) RETURN DISTINCT x }) AS ways WITH g.id AS key, coalesce(g.name, g.title, g.id) AS label, f.currency AS currency, sum(f.amount) AS amount, count(DISTINCT f) AS streams, max(ways) > 1 AS shared, collect(DISTINCT toLower(trim(f.qualifier))) AS qualifiers, max(0) AS unknown WITH key, label, currency, amount, streams, shared, unknown, unknown > 0 OR any(q IN qualifiers WHERE q IN $lower) AS lower, any(q IN qualifiers WHERE q IN $upper) AS upper, any(q IN qualifiers WHERE q <> '' AND NOT q IN $lower + $upper) AS other ORDER BY key, currency RETURN collect({key: key, label: label, currency: currency, amount: toFloat(amount), streams: streams, shared: shared, precision: CASE WHEN NOT lower AND NOT upper AND NOT other THEN 'exact' WHEN lower AND NOT upper AND NOT other THEN 'at least' WHEN upper AND NOT lower AND NOT other THEN 'at most' ELSE 'approximate' END, unknown: unknown}) AS totals
