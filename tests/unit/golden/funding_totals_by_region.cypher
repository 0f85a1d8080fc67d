// { fundingTotals(groupBy: REGION) { key label currency amount streamCount shared } }
// operation: fundingTotals
// {}
MATCH (f:FundingStream)-[:ALLOCATED_TO]->(g) WITH DISTINCT f, g WITH f, g, size(COLLECT { MATCH (f)-[:ALLOCATED_TO]->(x) RETURN DISTINCT x }) AS ways WITH g.id AS key, coalesce(g.name, g.title, g.id) AS label, f.currency AS currency, sum(f.amount) AS amount, count(DISTINCT f) AS streams, max(ways) > 1 AS shared ORDER BY key, currency RETURN collect({key: key, label: label, currency: currency, amount: toFloat(amount), streams: streams, shared: shared}) AS totals
