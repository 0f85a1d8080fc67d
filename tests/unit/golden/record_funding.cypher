// mutation { recordFunding(input: {id: "golden-funding", name: "Probe funding", amount: 1000000, currency: "gbp", qualifier: "up to", funders: ["uk-government"], initiatives: ["golden-probe"], regions: ["IQ"], citation: {source: "oic-summit-day1-press-release", quote: "joint work"}}) { id amount { amount currency qualifier } } }
// operation: recordFunding
// {
//   "amount": 1000000.0,
//   "by": "golden tests (00000000)",
//   "change": "<uuid>",
//   "currency": "GBP",
//   "funders": [
//     "uk-government"
//   ],
//   "id": "golden-funding",
//   "initiatives": [
//     "golden-probe"
//   ],
//   "name": "Probe funding",
//   "nodeTypes": [
//     "Country",
//     "Region",
//     "Organisation",
//     "Official",
//     "Event",
//     "Initiative",
//     "FundingStream",
//     "Topic",
//     "Statement",
//     "Source",
//     "Reference",
//     "Figure"
//   ],
//   "operation": "recordFunding",
//   "payload": "{\"amount\": 1000000.0, \"citation\": {\"quote\": \"joint work\", \"source\": \"oic-summit-day1-press-release\"}, \"currency\": \"gbp\", \"funders\": [\"uk-government\"], \"id\": \"golden-funding\", \"initiatives\": [\"golden-probe\"], \"name\": \"Probe funding\", \"qualifier\": \"up to\", \"regions\": [\"IQ\"]}",
//   "qualifier": "up to",
//   "quote": "joint work",
//   "regions": [
//     "IQ"
//   ],
//   "source": "oic-summit-day1-press-release"
// }
OPTIONAL MATCH (s:Source {id: $source}) WITH s, coalesce((size(s.text) - size(replace(s.text, $quote, ''))) / size($quote), 0) AS quoted WITH s, quoted, quoted = 1 AS cited WITH s, quoted, cited, COLLECT { MATCH (a:Country|Organisation|Official) WHERE a.id IN $funders RETURN a } AS fs, COLLECT { MATCH (i:Initiative) WHERE i.id IN $initiatives RETURN i } AS ins, COLLECT { MATCH (r:Region|Country) WHERE r.id IN $regions RETURN r } AS rs, COLLECT { MATCH (other:Country|Region|Organisation|Official|Event|Initiative|FundingStream|Topic|Statement|Source|Reference|Figure {id: $id}) WHERE NOT other:FundingStream UNWIND labels(other) AS label WITH DISTINCT label WHERE label IN $nodeTypes RETURN label ORDER BY label } AS takenBy WITH s, quoted, cited, fs, ins, rs, takenBy, [x IN $funders WHERE NOT x IN [n IN fs | n.id] | {id: x, types: COLLECT { MATCH (other:Country|Region|Organisation|Official|Event|Initiative|FundingStream|Topic|Statement|Source|Reference|Figure {id: x}) UNWIND labels(other) AS label WITH DISTINCT label WHERE label IN $nodeTypes RETURN label ORDER BY label }}] AS missingFunders, [x IN $initiatives WHERE NOT x IN [n IN ins | n.id] | {id: x, types: COLLECT { MATCH (other:Country|Region|Organisation|Official|Event|Initiative|FundingStream|Topic|Statement|Source|Reference|Figure {id: x}) UNWIND labels(other) AS label WITH DISTINCT label WHERE label IN $nodeTypes RETURN label ORDER BY label }}] AS missingInitiatives, [x IN $regions WHERE NOT x IN [n IN rs | n.id] | {id: x, types: COLLECT { MATCH (other:Country|Region|Organisation|Official|Event|Initiative|FundingStream|Topic|Statement|Source|Reference|Figure {id: x}) UNWIND labels(other) AS label WITH DISTINCT label WHERE label IN $nodeTypes RETURN label ORDER BY label }}] AS missingRegions WITH *, cited AND size(takenBy) + size(missingFunders) + size(missingInitiatives) + size(missingRegions) = 0 AS ok CALL (s, fs, ins, rs, ok) { WITH s, fs, ins, rs, ok WHERE ok MERGE (f:FundingStream {id: $id}) SET f.name = $name, f.amount = $amount, f.currency = $currency, f.qualifier = $qualifier MERGE (f)-[:EVIDENCED_BY {quote: $quote}]->(s) FOREACH (a IN fs | MERGE (a)-[p:PROVIDES]->(f) SET p += CASE WHEN p.source IS NULL AND p.quote IS NULL THEN {source: $source, quote: $quote} ELSE {} END) FOREACH (i IN ins | MERGE (f)-[p:FUNDS]->(i) SET p += CASE WHEN p.source IS NULL AND p.quote IS NULL THEN {source: $source, quote: $quote} ELSE {} END) FOREACH (r IN rs | MERGE (f)-[p:ALLOCATED_TO]->(r) SET p += CASE WHEN p.source IS NULL AND p.quote IS NULL THEN {source: $source, quote: $quote} ELSE {} END) MERGE (change:Change {id: $change}) ON CREATE SET change.at = datetime(), change.by = $by, change.operation = $operation, change.params = $payload  MERGE (change)-[:CHANGED]->(f) WITH f, fs, ins, rs UNWIND [f] + fs + ins + rs AS linked SET linked.partnerDegree = COUNT { (linked)--() } - COUNT { (linked)-[:EVIDENCED_BY|HAS_PROGRESS|CHANGED|STEP_OF|INVOLVES|AMOUNT_OF]-() } - COUNT { (linked)<-[:AT]-(:Step) } } WITH s IS NOT NULL AS sourceFound, quoted, cited, ok, takenBy, missingFunders, missingInitiatives, missingRegions OPTIONAL MATCH (f:FundingStream {id: $id}) WHERE ok RETURN sourceFound, quoted, cited, takenBy, missingFunders, missingInitiatives, missingRegions, CASE WHEN f IS NULL THEN null ELSE {__typename: 'FundingStream', `id`: f.id, `amount`: head([v1 IN [f] | {__typename: 'Money', `amount`: toFloat(v1.amount), `currency`: v1.currency, `qualifier`: v1.qualifier}])} END AS row
