// V206 - hand extraction of seed/corpus/2025-03-31-pm-returns-reach-24000.txt
// (press release of Monday 31 March 2025: the Prime Minister, speaking at the Organised
// Immigration Crime Summit, announces that more than 24,000 people with no right to be in
// the UK have been returned since the General Election).
//
// Rules kept in this file (as in V002/V012):
// - every statement ends with a semicolon and runs unchanged in cypher-shell -f
//   (no client commands, no parameters); statements share no variables
// - every node this text speaks of exists since V002: they are only MATCHed and given this
//   document's EVIDENCED_BY (their properties are not SET again)
// - relationships are MERGEd on their ends, type, role (where they have one) and source,
//   then their quote is SET
// - every quote is an exact substring of the BODY of the file, occurring in it exactly once.
//   The lead sentence is printed twice in the body, so its quotes take in the title line
//   before it or the paragraph after it
// - the text is partial (cut mid-word): absence proves nothing
// - the body says "today (Monday 31 March)" without a year: dates are INFERRED, the year
//   from the header
// - readings are listed in seed/corpus/2025-03-31-pm-returns-reach-24000.md

// =====================================================================================
// Country, organisations, official
// =====================================================================================
MATCH (n:Country {id: 'GB'})
MATCH (s:Source {id: '2025-03-31-pm-returns-reach-24000'})
MERGE (n)-[:EVIDENCED_BY {quote: 'being removed from the UK since July 5th'}]->(s);

MATCH (n:Organisation {id: 'uk-government'})
MATCH (s:Source {id: '2025-03-31-pm-returns-reach-24000'})
MERGE (n)-[:EVIDENCED_BY {quote: 'The massive surge in removals followed the government’s immediate action to redeploy staff across the Home Office'}]->(s);

MATCH (n:Organisation {id: 'home-office'})
MATCH (s:Source {id: '2025-03-31-pm-returns-reach-24000'})
MERGE (n)-[:EVIDENCED_BY {quote: 'redeploy staff across the Home Office'}]->(s);

MATCH (n:Official {id: 'prime-minister'})
MATCH (s:Source {id: '2025-03-31-pm-returns-reach-24000'})
MERGE (n)-[:EVIDENCED_BY {quote: 'Prime Minister announces massive surge in immigration enforcement as returns reach 24,000 since the election'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'At the Summit the Prime Minister set out the approach this government is taking'}]->(s);

// =====================================================================================
// Event: the summit
// =====================================================================================
MATCH (n:Event {id: 'oic-summit'})
MATCH (s:Source {id: '2025-03-31-pm-returns-reach-24000'})
MERGE (n)-[:EVIDENCED_BY {quote: 'Speaking at the Organised Immigration Crime Summit, where over 40 countries and organisations have come together to agree new action to smash people-smuggling gangs'}]->(s);

// The Prime Minister speaks at the summit. This text does not call him host: 'attendee'
// (V002 has him host from Day 1's words).
MATCH (a:Official {id: 'prime-minister'}), (e:Event {id: 'oic-summit'})
MERGE (a)-[r:ATTENDED {role: 'attendee', source: '2025-03-31-pm-returns-reach-24000'}]->(e)
SET r.quote = 'Speaking at the Organised Immigration Crime Summit, where over 40 countries and organisations have come together to agree new action to smash people-smuggling gangs, the Prime Minister outlined';

// The quote does not carry the date; the lead paragraph just before it says "today
// (Monday 31 March)", with no year.
MERGE (st:Step {id: 'oic-summit--met--2025-03-31-pm-returns-reach-24000'})
SET st.kind = 'met', st.on = date('2025-03-31'), st.dateBasis = 'INFERRED',
    st.dateNote = 'the Prime Minister speaks at the summit on the day he announces the figures, "today (Monday 31 March)" in the text; the year 2025 is from the header',
    st.summary = 'The Prime Minister speaks at the Organised Immigration Crime Summit, where over 40 countries and organisations have come together.'
WITH st
MATCH (s:Source {id: '2025-03-31-pm-returns-reach-24000'})
MERGE (st)-[:EVIDENCED_BY {quote: 'the highest returns rate for eight years. \n\nSpeaking at the Organised Immigration Crime Summit'}]->(s);

MATCH (st:Step {id: 'oic-summit--met--2025-03-31-pm-returns-reach-24000'}), (e:Event {id: 'oic-summit'})
MERGE (st)-[r:AT {source: '2025-03-31-pm-returns-reach-24000'}]->(e)
SET r.quote = 'Speaking at the Organised Immigration Crime Summit, where over 40 countries and organisations have come together';

MATCH (st:Step {id: 'oic-summit--met--2025-03-31-pm-returns-reach-24000'}), (a:Official {id: 'prime-minister'})
MERGE (st)-[r:INVOLVES {source: '2025-03-31-pm-returns-reach-24000'}]->(a)
SET r.quote = 'At the Summit the Prime Minister set out the approach';

// =====================================================================================
// Initiatives
// =====================================================================================
// The Plan for Change (Day 1).
MATCH (n:Initiative {id: 'plan-for-change'})
MATCH (s:Source {id: '2025-03-31-pm-returns-reach-24000'})
MERGE (n)-[:EVIDENCED_BY {quote: 'as government begins to restore order to immigration system under the Plan for Change'}]->(s);

// The returns figure: Day 1's returns-since-election ("more than 24,000 people with no
// right to be here have been returned since the election – the highest rate of returns in
// eight years"). The same figure with the same qualifier ("more than"), so no second claim.
// This text says who returned them: "the government" (the UK Government of Day 1), so it
// is the implementer. The announcement is a 'reported' step (a statistic is reported; the
// status stays delivered), involving the Prime Minister who announces it.
// The breakdown (21% more enforced returns, 16% more foreign national offenders removed,
// the 4 biggest charter flights) is not extracted as separate initiatives: see the notes.
MATCH (n:Initiative {id: 'returns-since-election'})
MATCH (s:Source {id: '2025-03-31-pm-returns-reach-24000'})
MERGE (n)-[:EVIDENCED_BY {quote: 'as returns reach 24,000 since the election\n\nThe Prime Minister today (Monday 31 March) announced the government has returned more than 24,000 individuals with no right to be in the UK since the General Election – the highest returns rate for eight years.'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'More than 24,000 people with no right to be here returned since July'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'Highest rate of returns in eight years'}]->(s);

MATCH (a:Organisation {id: 'uk-government'}), (i:Initiative {id: 'returns-since-election'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'implementer', source: '2025-03-31-pm-returns-reach-24000'}]->(i)
SET r.quote = 'as returns reach 24,000 since the election\n\nThe Prime Minister today (Monday 31 March) announced the government has returned more than 24,000 individuals';

MERGE (st:Step {id: 'returns-since-election--reported--2025-03-31-pm-returns-reach-24000'})
SET st.kind = 'reported', st.on = date('2025-03-31'), st.dateBasis = 'INFERRED',
    st.dateNote = 'the text says "today (Monday 31 March)" without a year; the year 2025 is from the header',
    st.summary = 'The Prime Minister announces that more than 24,000 people with no right to be in the UK have been returned since the General Election, the highest returns rate for eight years.'
WITH st
MATCH (s:Source {id: '2025-03-31-pm-returns-reach-24000'})
MERGE (st)-[:EVIDENCED_BY {quote: 'as returns reach 24,000 since the election\n\nThe Prime Minister today (Monday 31 March) announced the government has returned more than 24,000 individuals'}]->(s);

MATCH (st:Step {id: 'returns-since-election--reported--2025-03-31-pm-returns-reach-24000'}), (i:Initiative {id: 'returns-since-election'})
MERGE (st)-[r:STEP_OF {source: '2025-03-31-pm-returns-reach-24000'}]->(i)
SET r.quote = 'as returns reach 24,000 since the election\n\nThe Prime Minister today (Monday 31 March) announced the government has returned more than 24,000 individuals';

MATCH (st:Step {id: 'returns-since-election--reported--2025-03-31-pm-returns-reach-24000'}), (a:Official {id: 'prime-minister'})
MERGE (st)-[r:INVOLVES {source: '2025-03-31-pm-returns-reach-24000'}]->(a)
SET r.quote = 'Prime Minister announces massive surge in immigration enforcement as returns reach 24,000 since the election';
