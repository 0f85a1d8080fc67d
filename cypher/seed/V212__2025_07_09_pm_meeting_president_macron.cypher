// V212 - hand extraction of seed/corpus/2025-07-09-pm-meeting-president-macron.txt
// (10 Downing Street readout "PM meeting with President Macron of France", during the
// State Visit, the day before the 37th UK-France Summit).
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
// - readings are listed in seed/corpus/2025-07-09-pm-meeting-president-macron.md

// =====================================================================================
// Countries
// =====================================================================================
MATCH (n:Country {id: 'FR'})
MATCH (s:Source {id: '2025-07-09-pm-meeting-president-macron'})
MERGE (n)-[:EVIDENCED_BY {quote: 'The Prime Minister met the French President Emmanuel Macron in Downing Street.'}]->(s);

MATCH (n:Country {id: 'GB'})
MATCH (s:Source {id: '2025-07-09-pm-meeting-president-macron'})
MERGE (n)-[:EVIDENCED_BY {quote: 'better energy security for the UK'}]->(s);

// Named only as the object of the two countries' joint leadership: no initiative is
// described, so the country gets this document's citation and nothing else.
MERGE (n:Country {id: 'UA'})
ON CREATE SET n.name = 'Ukraine'
WITH n
MATCH (s:Source {id: '2025-07-09-pm-meeting-president-macron'})
MERGE (n)-[:EVIDENCED_BY {quote: 'from joint leadership in support of Ukraine'}]->(s);

// =====================================================================================
// Officials
// =====================================================================================
// The Prime Minister is not named in this text: the post holder of V002.
MATCH (n:Official {id: 'prime-minister'})
MATCH (s:Source {id: '2025-07-09-pm-meeting-president-macron'})
MERGE (n)-[:EVIDENCED_BY {quote: 'The Prime Minister met the French President Emmanuel Macron in Downing Street.'}]->(s);

MATCH (n:Official {id: 'emmanuel-macron'})
MATCH (s:Source {id: '2025-07-09-pm-meeting-president-macron'})
MERGE (n)-[:EVIDENCED_BY {quote: 'The Prime Minister met the French President Emmanuel Macron in Downing Street.'}]->(s);

// =====================================================================================
// Organisations
// =====================================================================================
// EDF takes a stake in Sizewell C: each is read as a company (a body one takes a stake in,
// a body that takes one). The text says nothing more of either: kind private sector is
// the nearest kind of the vocabulary, and no country is given.
MERGE (n:Organisation {id: 'edf'})
SET n.name = 'EDF', n.kind = 'private sector'
WITH n
MATCH (s:Source {id: '2025-07-09-pm-meeting-president-macron'})
MERGE (n)-[:EVIDENCED_BY {quote: 'EDF would take a 12.5% stake in Sizewell C'}]->(s);

MERGE (n:Organisation {id: 'sizewell-c'})
SET n.name = 'Sizewell C', n.kind = 'private sector'
WITH n
MATCH (s:Source {id: '2025-07-09-pm-meeting-president-macron'})
MERGE (n)-[:EVIDENCED_BY {quote: 'a 12.5% stake in Sizewell C'}]->(s);

// =====================================================================================
// Topic: small boat crossings
// =====================================================================================
MERGE (n:Topic {id: 'small-boat-crossings'})
SET n.name = 'Small boat crossings'
WITH n
MATCH (s:Source {id: '2025-07-09-pm-meeting-president-macron'})
MERGE (n)-[:EVIDENCED_BY {quote: 'tackling the threat of irregular migration and small boat crossings is a shared priority'}]->(s);

// =====================================================================================
// Events
// =====================================================================================
// The meeting: the text gives no date. It puts the 37th UK-France Summit "tomorrow", and
// V211 puts the UK-France Summit on Thursday 10 July 2025, so the meeting is of 9 July 2025.
MERGE (n:Event {id: 'pm-meeting-with-president-macron-downing-street'})
SET n.name = 'PM meeting with President Macron of France',
    n.kind = 'meeting',
    n.location = 'Downing Street',
    n.startDate = date('2025-07-09'),
    n.startDateBasis = 'INFERRED',
    n.startDateNote = 'the text gives no date; it puts the 37th UK-France Summit "tomorrow", and 2025-07-05-pm-call-president-macron puts the UK-France Summit on the Thursday after 5 July 2025, i.e. 10 July 2025; the header (a mirror item of 10 July 2025, press reports of 9 July 2025) agrees'
WITH n
MATCH (s:Source {id: '2025-07-09-pm-meeting-president-macron'})
MERGE (n)-[:EVIDENCED_BY {quote: 'PM meeting with President Macron of France'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'The Prime Minister met the French President Emmanuel Macron in Downing Street.'}]->(s);

// The text does not say who hosted: both attended.
MATCH (a:Official {id: 'prime-minister'}), (e:Event {id: 'pm-meeting-with-president-macron-downing-street'})
MERGE (a)-[r:ATTENDED {role: 'attendee', source: '2025-07-09-pm-meeting-president-macron'}]->(e)
SET r.quote = 'The Prime Minister met the French President Emmanuel Macron in Downing Street.';

MATCH (a:Official {id: 'emmanuel-macron'}), (e:Event {id: 'pm-meeting-with-president-macron-downing-street'})
MERGE (a)-[r:ATTENDED {role: 'attendee', source: '2025-07-09-pm-meeting-president-macron'}]->(e)
SET r.quote = 'The Prime Minister met the French President Emmanuel Macron in Downing Street.';

MATCH (e:Event {id: 'pm-meeting-with-president-macron-downing-street'}), (t:Topic {id: 'small-boat-crossings'})
MERGE (e)-[r:ADDRESSES {source: '2025-07-09-pm-meeting-president-macron'}]->(t)
SET r.quote = 'The leaders agreed tackling the threat of irregular migration and small boat crossings is a shared priority that requires shared solutions.';

MERGE (st:Step {id: 'pm-meeting-with-president-macron-downing-street--met--2025-07-09-pm-meeting-president-macron'})
SET st.kind = 'met',
    st.on = date('2025-07-09'),
    st.dateBasis = 'INFERRED',
    st.dateNote = 'the text gives no date; it puts the 37th UK-France Summit "tomorrow", and 2025-07-05-pm-call-president-macron puts the UK-France Summit on the Thursday after 5 July 2025, i.e. 10 July 2025; the header (a mirror item of 10 July 2025, press reports of 9 July 2025) agrees',
    st.summary = 'The Prime Minister meets President Emmanuel Macron of France in Downing Street during the State Visit, the day before the 37th UK-France Summit.'
WITH st
MATCH (s:Source {id: '2025-07-09-pm-meeting-president-macron'})
MERGE (st)-[:EVIDENCED_BY {quote: 'The Prime Minister met the French President Emmanuel Macron in Downing Street.'}]->(s);

MATCH (st:Step {id: 'pm-meeting-with-president-macron-downing-street--met--2025-07-09-pm-meeting-president-macron'}), (e:Event {id: 'pm-meeting-with-president-macron-downing-street'})
MERGE (st)-[r:AT {source: '2025-07-09-pm-meeting-president-macron'}]->(e)
SET r.quote = 'The Prime Minister met the French President Emmanuel Macron in Downing Street.';

MATCH (st:Step {id: 'pm-meeting-with-president-macron-downing-street--met--2025-07-09-pm-meeting-president-macron'}), (a:Official {id: 'prime-minister'})
MERGE (st)-[r:INVOLVES {source: '2025-07-09-pm-meeting-president-macron'}]->(a)
SET r.quote = 'The Prime Minister met the French President Emmanuel Macron in Downing Street.';

MATCH (st:Step {id: 'pm-meeting-with-president-macron-downing-street--met--2025-07-09-pm-meeting-president-macron'}), (a:Official {id: 'emmanuel-macron'})
MERGE (st)-[r:INVOLVES {source: '2025-07-09-pm-meeting-president-macron'}]->(a)
SET r.quote = 'The Prime Minister met the French President Emmanuel Macron in Downing Street.';

// The State Visit (V211): under way ("so far"). The President is on it.
MATCH (n:Event {id: 'state-visit-of-president-macron-to-the-uk'})
MATCH (s:Source {id: '2025-07-09-pm-meeting-president-macron'})
MERGE (n)-[:EVIDENCED_BY {quote: 'They reflected on the State Visit of the President so far'}]->(s);

MATCH (a:Official {id: 'emmanuel-macron'}), (e:Event {id: 'state-visit-of-president-macron-to-the-uk'})
MERGE (a)-[r:ATTENDED {role: 'attendee', source: '2025-07-09-pm-meeting-president-macron'}]->(e)
SET r.quote = 'They reflected on the State Visit of the President so far';

// The 37th UK-France Summit (V211): "taking place tomorrow". Still ahead in this text, so
// no met step; its start date is V211's and is not SET again.
MATCH (n:Event {id: '37th-uk-france-summit'})
SET n.aliases = coalesce([x IN n.aliases WHERE x <> '37th UK-France Summit'], []) + '37th UK-France Summit'
WITH n
MATCH (s:Source {id: '2025-07-09-pm-meeting-president-macron'})
MERGE (n)-[:EVIDENCED_BY {quote: 'Finally, they looked ahead to the 37th UK-France Summit taking place tomorrow and agreed to aim for concrete progress on these areas.'}]->(s);

// =====================================================================================
// Initiative: EDF's stake in Sizewell C
// =====================================================================================
// "the news that EDF would take" a stake: announced, not yet done. No dated step: the
// text does not say when the news was given.
MERGE (n:Initiative {id: 'edf-sizewell-c-stake'})
SET n.name = 'EDF 12.5% stake in Sizewell C',
    n.summary = 'EDF would take a 12.5% stake in Sizewell C, leading to lower bills, more jobs and better energy security for the UK; the Prime Minister welcomed the news.',
    n.kind = 'funding package',
    n.status = 'announced'
WITH n
MATCH (s:Source {id: '2025-07-09-pm-meeting-president-macron'})
MERGE (n)-[:EVIDENCED_BY {quote: 'The Prime Minister welcomed the news that EDF would take a 12.5% stake in Sizewell C leading to lower bills, more jobs and better energy security for the UK.'}]->(s);

MATCH (a:Organisation {id: 'edf'}), (i:Initiative {id: 'edf-sizewell-c-stake'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'funder', source: '2025-07-09-pm-meeting-president-macron'}]->(i)
SET r.quote = 'EDF would take a 12.5% stake in Sizewell C';

MATCH (a:Organisation {id: 'sizewell-c'}), (i:Initiative {id: 'edf-sizewell-c-stake'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'beneficiary', source: '2025-07-09-pm-meeting-president-macron'}]->(i)
SET r.quote = 'a 12.5% stake in Sizewell C';

MATCH (i:Initiative {id: 'edf-sizewell-c-stake'}), (c:Country {id: 'GB'})
MERGE (i)-[r:TARGETS {source: '2025-07-09-pm-meeting-president-macron'}]->(c)
SET r.quote = 'leading to lower bills, more jobs and better energy security for the UK';
