// V216 - the returns figure is a Figure, not an initiative (docs/DATA-MODEL.md, "A reported
// figure"). V002 wrote "more than 24,000 people with no right to be here have been returned
// since the election" as the Initiative `returns-since-election` (kind statistic, status
// delivered), and V206 added its citations, an implementer and a `reported` step. A published
// count is nothing anyone committed to, so it moves to a `Figure` of the same id, with:
// - every citation the initiative had (Day 1's, and V206's three), each with its source;
// - MEASURES the UK Government: V206 says who did what it counts ("the government has
//   returned more than 24,000 individuals"), the same quote as V206's implementer link;
// - REPORTED by the Prime Minister: V206's step says he announced it, with that step's quote;
// - asOf 2025-03-31, INFERRED as V206's step was: the text says "today (Monday 31 March)"
//   with no year, and Day 1's release is undated;
// - V206's `reported` step, STEP_OF the figure instead, with the same quote: the dated record
//   that the Prime Minister made it public (a `reported` step gives no status).
// The initiative and its implementer link are then deleted. A second run of V206 after this
// file changes nothing: what it MATCHes on the initiative finds nothing, and the step it
// MERGEs is this one. The reading is in seed/corpus/2025-03-31-pm-returns-reach-24000.md.

MERGE (f:Figure {id: 'returns-since-election'})
SET f.name = 'Returns of people with no right to be here since the election',
    f.value = 24000,
    f.unit = 'people',
    f.qualifier = 'more than',
    f.period = 'since the General Election',
    f.summary = 'More than 24,000 people with no right to be in the UK returned since the General Election, the highest rate of returns in eight years.',
    f.asOf = date('2025-03-31'),
    f.asOfBasis = 'INFERRED',
    f.asOfNote = 'the Prime Minister announces the figure "today (Monday 31 March)" without a year; the year 2025 is from the header of 2025-03-31-pm-returns-reach-24000'
WITH f
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (f)-[:EVIDENCED_BY {quote: 'more than 24,000 people with\nno right to be here have been returned since the election – the\nhighest rate of returns in eight years.'}]->(s);

MATCH (f:Figure {id: 'returns-since-election'})
MATCH (s:Source {id: '2025-03-31-pm-returns-reach-24000'})
MERGE (f)-[:EVIDENCED_BY {quote: 'as returns reach 24,000 since the election\n\nThe Prime Minister today (Monday 31 March) announced the government has returned more than 24,000 individuals with no right to be in the UK since the General Election – the highest returns rate for eight years.'}]->(s)
MERGE (f)-[:EVIDENCED_BY {quote: 'More than 24,000 people with no right to be here returned since July'}]->(s)
MERGE (f)-[:EVIDENCED_BY {quote: 'Highest rate of returns in eight years'}]->(s);

MATCH (f:Figure {id: 'returns-since-election'}), (a:Organisation {id: 'uk-government'})
MERGE (f)-[r:MEASURES {source: '2025-03-31-pm-returns-reach-24000'}]->(a)
SET r.quote = 'as returns reach 24,000 since the election\n\nThe Prime Minister today (Monday 31 March) announced the government has returned more than 24,000 individuals';

MATCH (a:Official {id: 'prime-minister'}), (f:Figure {id: 'returns-since-election'})
MERGE (a)-[r:REPORTED {source: '2025-03-31-pm-returns-reach-24000'}]->(f)
SET r.quote = 'Prime Minister announces massive surge in immigration enforcement as returns reach 24,000 since the election';

MATCH (st:Step {id: 'returns-since-election--reported--2025-03-31-pm-returns-reach-24000'}), (f:Figure {id: 'returns-since-election'})
MERGE (st)-[r:STEP_OF {source: '2025-03-31-pm-returns-reach-24000'}]->(f)
SET r.quote = 'as returns reach 24,000 since the election\n\nThe Prime Minister today (Monday 31 March) announced the government has returned more than 24,000 individuals';

MATCH (n:Initiative {id: 'returns-since-election'})
DETACH DELETE n;
