// V213 - hand extraction of seed/corpus/2025-07-10-uk-france-major-deal-channel-crossings.txt
// (UK Government release "UK and France agree major deal to crack down on illegal Channel
// crossings": the Prime Minister and President Macron agree a returns pilot).
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
// - the text is partial (cut mid-word in the Prime Minister's quotation): absence proves
//   nothing
// - readings are listed in seed/corpus/2025-07-10-uk-france-major-deal-channel-crossings.md

// =====================================================================================
// Countries and region
// =====================================================================================
MATCH (n:Country {id: 'GB'})
MATCH (s:Source {id: '2025-07-10-uk-france-major-deal-channel-crossings'})
MERGE (n)-[:EVIDENCED_BY {quote: 'an equal number of migrants will be able to come to the UK from France'}]->(s);

MATCH (n:Country {id: 'FR'})
MATCH (s:Source {id: '2025-07-10-uk-france-major-deal-channel-crossings'})
MERGE (n)-[:EVIDENCED_BY {quote: 'The Prime Minister and French President Macron agree to return illegal migrants to France.'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'an equal number of migrants will be able to come to the UK from France'}]->(s);

// Europe is named as the space the journeys cross and the relationships the Prime
// Minister resets; nothing is aimed at it, so no TARGETS.
MATCH (n:Region {id: 'europe'})
MATCH (s:Source {id: '2025-07-10-uk-france-major-deal-channel-crossings'})
MERGE (n)-[:EVIDENCED_BY {quote: 'prevent illegal migrant journeys across Europe to the UK'}]->(s);

// =====================================================================================
// Organisations
// =====================================================================================
// "the government" in a UK release: the UK Government, as in the Day 1 reading.
MATCH (n:Organisation {id: 'uk-government'})
MATCH (s:Source {id: '2025-07-10-uk-france-major-deal-channel-crossings'})
MERGE (n)-[:EVIDENCED_BY {quote: 'the government is now unlocking, for the first time, the levels of co-operation'}]->(s);

// "The French government": the text says whose government it is, so BASED_IN FR. Kept
// apart from V204's french-cabinet: other words, and no text makes them one body.
MERGE (n:Organisation {id: 'french-government'})
SET n.name = 'French government', n.kind = 'government'
WITH n
MATCH (s:Source {id: '2025-07-10-uk-france-major-deal-channel-crossings'})
MERGE (n)-[:EVIDENCED_BY {quote: 'The French government are working to implement new ways of cracking down on small boats'}]->(s);

MATCH (a:Organisation {id: 'french-government'}), (b:Country {id: 'FR'})
MERGE (a)-[r:BASED_IN {source: '2025-07-10-uk-france-major-deal-channel-crossings'}]->(b)
SET r.quote = 'The French government';

// =====================================================================================
// Officials
// =====================================================================================
// This text names the Prime Minister ("Prime Minister Keir Starmer said:"), so every
// "The Prime Minister" of this text is keir-starmer, not V002's unnamed prime-minister.
// No REPRESENTS GB and no HOLDS_POST: the text gives the title, not whose it is.
MERGE (n:Official {id: 'keir-starmer'})
SET n.name = 'Keir Starmer', n.title = 'Prime Minister'
WITH n
MATCH (s:Source {id: '2025-07-10-uk-france-major-deal-channel-crossings'})
MERGE (n)-[:EVIDENCED_BY {quote: 'Prime Minister Keir Starmer said:'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'The Prime Minister and French President Emmanuel Macron have agreed'}]->(s);

MATCH (n:Official {id: 'emmanuel-macron'})
MATCH (s:Source {id: '2025-07-10-uk-france-major-deal-channel-crossings'})
MERGE (n)-[:EVIDENCED_BY {quote: 'The Prime Minister and French President Emmanuel Macron have agreed'}]->(s);

// =====================================================================================
// Topic
// =====================================================================================
MATCH (n:Topic {id: 'small-boat-crossings'})
MATCH (s:Source {id: '2025-07-10-uk-france-major-deal-channel-crossings'})
MERGE (n)-[:EVIDENCED_BY {quote: 'prevent dangerous small boat crossings'}]->(s);

// =====================================================================================
// Initiative: the returns pilot
// =====================================================================================
// One commitment from the deal to the treaty (V214 records its later steps). Agreed here.
// The text does not say where the deal was made (the 37th UK-France Summit of V211/V212
// is not named), so no ANNOUNCED_AT and no AT. No text links it to Day 1's joint work
// with France (uk-france-source-transit-joint-work) or any other earlier initiative, so
// no BUILDS_ON.
MERGE (n:Initiative {id: 'uk-france-returns-pilot'})
SET n.name = 'UK-France returns pilot',
    n.summary = 'A pilot scheme agreed by the Prime Minister and President Macron under which small boat arrivals are returned to France and an equal number of migrants can come to the UK from France through a new legal route, fully documented and subject to strict security checks, to prevent illegal journeys and dangerous small boat crossings and undermine the business model of the smuggling gangs.',
    n.kind = 'agreement',
    n.status = 'agreed'
WITH n
MATCH (s:Source {id: '2025-07-10-uk-france-major-deal-channel-crossings'})
MERGE (n)-[:EVIDENCED_BY {quote: 'A new pilot scheme will see small boat arrivals being returned to France then an equal number of migrants will be able to come to the UK from France through a new legal route – fully documented and subject to strict security checks.'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'The pilot agreement is intended to prevent illegal migrant journeys across Europe to the UK and prevent dangerous small boat crossings'}]->(s);

// "Both countries are working to implement the pilot": both implement it.
MATCH (a:Country {id: 'GB'}), (i:Initiative {id: 'uk-france-returns-pilot'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'implementer', source: '2025-07-10-uk-france-major-deal-channel-crossings'}]->(i)
SET r.quote = 'Both countries are working to implement the pilot in the coming weeks';

MATCH (a:Country {id: 'FR'}), (i:Initiative {id: 'uk-france-returns-pilot'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'implementer', source: '2025-07-10-uk-france-major-deal-channel-crossings'}]->(i)
SET r.quote = 'Both countries are working to implement the pilot in the coming weeks';

MATCH (i:Initiative {id: 'uk-france-returns-pilot'}), (t:Topic {id: 'small-boat-crossings'})
MERGE (i)-[r:ADDRESSES {source: '2025-07-10-uk-france-major-deal-channel-crossings'}]->(t)
SET r.quote = 'prevent dangerous small boat crossings';

// The agreement: the text gives no date; the header dates the release.
MERGE (st:Step {id: 'uk-france-returns-pilot--agreed--2025-07-10-uk-france-major-deal-channel-crossings'})
SET st.kind = 'agreed',
    st.on = date('2025-07-10'),
    st.dateBasis = 'INFERRED',
    st.dateNote = 'the text gives no date ("have agreed"); its header dates the release 2025-07-10 from news copy placing the agreement at the 37th UK-France Summit on Thursday 10 July 2025 (the mirror item is of 11 July); the text itself does not name the summit',
    st.summary = 'The Prime Minister and French President Emmanuel Macron agree to take forward a pilot scheme returning small boat arrivals to France in exchange for an equal number of migrants coming to the UK through a new legal route.'
WITH st
MATCH (s:Source {id: '2025-07-10-uk-france-major-deal-channel-crossings'})
MERGE (st)-[:EVIDENCED_BY {quote: 'have agreed to take forward a groundbreaking partnership to address illegal Channel crossings'}]->(s);

MATCH (st:Step {id: 'uk-france-returns-pilot--agreed--2025-07-10-uk-france-major-deal-channel-crossings'}), (i:Initiative {id: 'uk-france-returns-pilot'})
MERGE (st)-[r:STEP_OF {source: '2025-07-10-uk-france-major-deal-channel-crossings'}]->(i)
SET r.quote = 'The Prime Minister and French President Macron agree to return illegal migrants to France.';

MATCH (st:Step {id: 'uk-france-returns-pilot--agreed--2025-07-10-uk-france-major-deal-channel-crossings'}), (a:Official {id: 'keir-starmer'})
MERGE (st)-[r:INVOLVES {source: '2025-07-10-uk-france-major-deal-channel-crossings'}]->(a)
SET r.quote = 'The Prime Minister and French President Emmanuel Macron have agreed to take forward a groundbreaking partnership';

MATCH (st:Step {id: 'uk-france-returns-pilot--agreed--2025-07-10-uk-france-major-deal-channel-crossings'}), (a:Official {id: 'emmanuel-macron'})
MERGE (st)-[r:INVOLVES {source: '2025-07-10-uk-france-major-deal-channel-crossings'}]->(a)
SET r.quote = 'The Prime Minister and French President Emmanuel Macron have agreed to take forward a groundbreaking partnership';

// =====================================================================================
// Initiative: the French government's new ways of cracking down on small boats
// =====================================================================================
// A separate paragraph, not tied by the text to the pilot, so no link. Possibly the same
// work as V204's french-maritime-rules-change (the French Cabinet agreeing to change its
// maritime rules), but this text does not say so: kept apart, see the notes.
// "are working to implement": under way, so in_progress. No dated step (no date given).
MERGE (n:Initiative {id: 'french-small-boats-crackdown'})
SET n.name = 'French government\'s new ways of cracking down on small boats',
    n.summary = 'The French government are working to implement new ways of cracking down on small boats, including a review of their maritime tactics so that their operational teams can intervene on the water and taxi boats that pick up migrants waiting in the water can be stopped.',
    n.kind = 'policy',
    n.status = 'in_progress'
WITH n
MATCH (s:Source {id: '2025-07-10-uk-france-major-deal-channel-crossings'})
MERGE (n)-[:EVIDENCED_BY {quote: 'The French government are working to implement new ways of cracking down on small boats, including a review of their maritime tactics so their operational teams can intervene on the water, ensuring taxi boats that pickup migrants waiting in the water can be stopped.'}]->(s);

MATCH (a:Organisation {id: 'french-government'}), (i:Initiative {id: 'french-small-boats-crackdown'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'lead', source: '2025-07-10-uk-france-major-deal-channel-crossings'}]->(i)
SET r.quote = 'The French government are working to implement new ways of cracking down on small boats';

MATCH (i:Initiative {id: 'french-small-boats-crackdown'}), (t:Topic {id: 'small-boat-crossings'})
MERGE (i)-[r:ADDRESSES {source: '2025-07-10-uk-france-major-deal-channel-crossings'}]->(t)
SET r.quote = 'new ways of cracking down on small boats';

// =====================================================================================
// Statement
// =====================================================================================
// The quotation is cut mid-word by the gap: only its first, complete sentence is kept.
MERGE (n:Statement {id: 'statement-keir-starmer-uk-france-deal'})
SET n.text = 'This ground-breaking deal is a crucial further step in turning the tide on illegal small boat crossings and restoring order to our immigration system.'
WITH n
MATCH (s:Source {id: '2025-07-10-uk-france-major-deal-channel-crossings'})
MERGE (n)-[:EVIDENCED_BY {quote: n.text}]->(s);

MATCH (o:Official {id: 'keir-starmer'}), (t:Statement {id: 'statement-keir-starmer-uk-france-deal'})
MERGE (o)-[r:SAID {source: '2025-07-10-uk-france-major-deal-channel-crossings'}]->(t)
SET r.quote = 'Prime Minister Keir Starmer said:';
