// V211 - hand extraction of seed/corpus/2025-07-05-pm-call-president-macron.txt
// (GOV.UK readout "PM call with President Macron of France: 5 July 2025").
//
// Rules kept in this file (as in V002/V012):
// - every statement ends with a semicolon and runs unchanged in cypher-shell -f
//   (no client commands, no parameters); statements share no variables
// - nodes are MERGEd on their id and their properties SET; a node that an earlier file
//   creates is only MATCHed and given this document's EVIDENCED_BY
// - relationships are MERGEd on their ends, type, role (where they have one) and source,
//   then their quote is SET
// - every quote is an exact substring of the BODY of the file, occurring in it exactly
//   once; line breaks are written \n
// - readings are listed in seed/corpus/2025-07-05-pm-call-president-macron.md

// =====================================================================================
// Countries
// =====================================================================================
MATCH (n:Country {id: 'FR'})
MATCH (s:Source {id: '2025-07-05-pm-call-president-macron'})
MERGE (n)-[:EVIDENCED_BY {quote: 'the President of France Emmanuel Macron'}]->(s);

MATCH (n:Country {id: 'GB'})
MATCH (s:Source {id: '2025-07-05-pm-call-president-macron'})
MERGE (n)-[:EVIDENCED_BY {quote: 'He looked forward to welcoming the President to the UK next week'}]->(s);

// =====================================================================================
// Officials
// =====================================================================================
// The Prime Minister is not named in this text: the post holder of V002.
MATCH (n:Official {id: 'prime-minister'})
MATCH (s:Source {id: '2025-07-05-pm-call-president-macron'})
MERGE (n)-[:EVIDENCED_BY {quote: 'The Prime Minister spoke to the President of France Emmanuel Macron this morning.'}]->(s);

MERGE (n:Official {id: 'emmanuel-macron'})
SET n.name = 'Emmanuel Macron', n.title = 'President of France'
WITH n
MATCH (s:Source {id: '2025-07-05-pm-call-president-macron'})
MERGE (n)-[:EVIDENCED_BY {quote: 'the President of France Emmanuel Macron'}]->(s);

MATCH (a:Official {id: 'emmanuel-macron'}), (b:Country {id: 'FR'})
MERGE (a)-[r:REPRESENTS {source: '2025-07-05-pm-call-president-macron'}]->(b)
SET r.quote = 'the President of France Emmanuel Macron';

// =====================================================================================
// Events
// =====================================================================================
// The call: the title line of the body gives its date, and the call was "this morning".
MERGE (n:Event {id: 'pm-call-with-president-macron-2025-07-05'})
SET n.name = 'PM call with President Macron of France',
    n.kind = 'call',
    n.startDate = date('2025-07-05'),
    n.startDateBasis = 'STATED',
    n.startDateNote = 'the title line of the readout gives "5 July 2025"; the call was "this morning"'
WITH n
MATCH (s:Source {id: '2025-07-05-pm-call-president-macron'})
MERGE (n)-[:EVIDENCED_BY {quote: 'PM call with President Macron of France: 5 July 2025'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'The Prime Minister spoke to the President of France Emmanuel Macron this morning.'}]->(s);

// Who called whom is not said: both take part, neither is the host.
MATCH (a:Official {id: 'prime-minister'}), (e:Event {id: 'pm-call-with-president-macron-2025-07-05'})
MERGE (a)-[r:ATTENDED {role: 'attendee', source: '2025-07-05-pm-call-president-macron'}]->(e)
SET r.quote = 'The Prime Minister spoke to the President of France Emmanuel Macron this morning.';

MATCH (a:Official {id: 'emmanuel-macron'}), (e:Event {id: 'pm-call-with-president-macron-2025-07-05'})
MERGE (a)-[r:ATTENDED {role: 'attendee', source: '2025-07-05-pm-call-president-macron'}]->(e)
SET r.quote = 'The Prime Minister spoke to the President of France Emmanuel Macron this morning.';

MERGE (st:Step {id: 'pm-call-with-president-macron-2025-07-05--met--2025-07-05-pm-call-president-macron'})
SET st.kind = 'met',
    st.on = date('2025-07-05'),
    st.dateBasis = 'STATED',
    st.summary = 'The Prime Minister speaks to President Emmanuel Macron of France by phone on the morning of 5 July 2025.'
WITH st
MATCH (s:Source {id: '2025-07-05-pm-call-president-macron'})
MERGE (st)-[:EVIDENCED_BY {quote: 'PM call with President Macron of France: 5 July 2025'}]->(s);

MATCH (st:Step {id: 'pm-call-with-president-macron-2025-07-05--met--2025-07-05-pm-call-president-macron'}), (e:Event {id: 'pm-call-with-president-macron-2025-07-05'})
MERGE (st)-[r:AT {source: '2025-07-05-pm-call-president-macron'}]->(e)
SET r.quote = 'PM call with President Macron of France: 5 July 2025';

MATCH (st:Step {id: 'pm-call-with-president-macron-2025-07-05--met--2025-07-05-pm-call-president-macron'}), (a:Official {id: 'prime-minister'})
MERGE (st)-[r:INVOLVES {source: '2025-07-05-pm-call-president-macron'}]->(a)
SET r.quote = 'The Prime Minister spoke to the President of France Emmanuel Macron this morning.';

MATCH (st:Step {id: 'pm-call-with-president-macron-2025-07-05--met--2025-07-05-pm-call-president-macron'}), (a:Official {id: 'emmanuel-macron'})
MERGE (st)-[r:INVOLVES {source: '2025-07-05-pm-call-president-macron'}]->(a)
SET r.quote = 'The Prime Minister spoke to the President of France Emmanuel Macron this morning.';

// The State Visit: announced for "next week", so no start date (no day is given). Its
// place is the UK ("welcoming the President to the UK"). Nobody is recorded as attending
// it here: it has not happened yet in this text.
MERGE (n:Event {id: 'state-visit-of-president-macron-to-the-uk'})
SET n.name = 'State Visit of the President of France to the UK',
    n.kind = 'visit',
    n.location = 'UK'
WITH n
MATCH (s:Source {id: '2025-07-05-pm-call-president-macron'})
MERGE (n)-[:EVIDENCED_BY {quote: 'He looked forward to welcoming the President to the UK next week, with both leaders agreeing that the State Visit will provide a historic opportunity to showcase the breadth of the UK-France relationship.'}]->(s);

// The UK-France Summit "on Thursday": read as the 37th UK-France Summit of V212 (which
// puts it the day after the Downing Street meeting held during the State Visit). Its date
// is computed from this text: the readout is of 5 July 2025 (a Saturday), and the next
// Thursday is 10 July 2025. It is still ahead, so no met step is written.
MERGE (n:Event {id: '37th-uk-france-summit'})
SET n.name = 'UK-France Summit',
    n.kind = 'summit',
    n.startDate = date('2025-07-10'),
    n.startDateBasis = 'INFERRED',
    n.startDateNote = 'the call of 5 July 2025 (a Saturday; the date is in the readout\'s title line) looks ahead to "the UK-France Summit on Thursday": the next Thursday is 10 July 2025; a planned date, reported before the summit'
WITH n
MATCH (s:Source {id: '2025-07-05-pm-call-president-macron'})
MERGE (n)-[:EVIDENCED_BY {quote: 'Turning to the UK-France Summit on Thursday, they hoped to make good progress across a wide range of our joint priorities including migration, growth, defence and security.'}]->(s);
