// V214 - hand extraction of seed/corpus/2025-08-05-uk-france-treaty-in-force.txt
// (UK Government release, as mirrored: the UK-France treaty that gives the "one-in,
// one-out" pilot its legal basis is ratified).
//
// Rules kept in this file (as in V002/V012):
// - every statement ends with a semicolon and runs unchanged in cypher-shell -f
//   (no client commands, no parameters); statements share no variables
// - nodes are MERGEd on their id and their properties SET; a node that an earlier file
//   creates is only MATCHed and given this document's EVIDENCED_BY. A node that another
//   corpus file may create first (DE) is MERGEd with ON CREATE SET, so that whichever file
//   comes first names it and no file overwrites the other
// - relationships are MERGEd on their ends, type, role (where they have one) and source,
//   then their quote is SET
// - every quote is an exact substring of the BODY of the file, occurring in it exactly
//   once (the mirror's straight quotes and hyphens as found); line breaks are written \n
// - the text is partial (cut mid-word in the Home Secretary's quotation): absence proves
//   nothing
// - readings are listed in seed/corpus/2025-08-05-uk-france-treaty-in-force.md

// =====================================================================================
// Countries and region
// =====================================================================================
MATCH (n:Country {id: 'GB'})
MATCH (s:Source {id: '2025-08-05-uk-france-treaty-in-force'})
MERGE (n)-[:EVIDENCED_BY {quote: 'the ratification of a treaty between the UK and France'}]->(s);

MATCH (n:Country {id: 'FR'})
MATCH (s:Source {id: '2025-08-05-uk-france-treaty-in-force'})
MERGE (n)-[:EVIDENCED_BY {quote: 'the ratification of a treaty between the UK and France'}]->(s);

MERGE (n:Country {id: 'DE'})
ON CREATE SET n.name = 'Germany'
WITH n
MATCH (s:Source {id: '2025-08-05-uk-france-treaty-in-force'})
MERGE (n)-[:EVIDENCED_BY {quote: 'The EU Commission, Germany and other partners have given the green light'}]->(s);

MATCH (n:Region {id: 'europe'})
MATCH (s:Source {id: '2025-08-05-uk-france-treaty-in-force'})
MERGE (n)-[:EVIDENCED_BY {quote: 'prevent criminal smuggling networks operating across Europe'}]->(s);

// =====================================================================================
// Organisations
// =====================================================================================
MATCH (n:Organisation {id: 'uk-government'})
MATCH (s:Source {id: '2025-08-05-uk-france-treaty-in-force'})
MERGE (n)-[:EVIDENCED_BY {quote: 'returned to France by the UK government'}]->(s);

// Named as the text names it. International body is the nearest kind of the vocabulary;
// no country and no parent body are given.
MERGE (n:Organisation {id: 'eu-commission'})
SET n.name = 'EU Commission', n.kind = 'international body'
WITH n
MATCH (s:Source {id: '2025-08-05-uk-france-treaty-in-force'})
MERGE (n)-[:EVIDENCED_BY {quote: 'The EU Commission, Germany and other partners have given the green light'}]->(s);

// =====================================================================================
// Officials
// =====================================================================================
MATCH (n:Official {id: 'keir-starmer'})
MATCH (s:Source {id: '2025-08-05-uk-france-treaty-in-force'})
MERGE (n)-[:EVIDENCED_BY {quote: 'Prime Minister Keir Starmer said:'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'Today\'s ratification follows Prime Minister Keir Starmer and French President Emmanuel Macron\'s announcement of the landmark pilot scheme'}]->(s);

MATCH (n:Official {id: 'emmanuel-macron'})
MATCH (s:Source {id: '2025-08-05-uk-france-treaty-in-force'})
MERGE (n)-[:EVIDENCED_BY {quote: 'Today\'s ratification follows Prime Minister Keir Starmer and French President Emmanuel Macron\'s announcement of the landmark pilot scheme'}]->(s);

MATCH (n:Official {id: 'yvette-cooper'})
MATCH (s:Source {id: '2025-08-05-uk-france-treaty-in-force'})
MERGE (n)-[:EVIDENCED_BY {quote: 'Home Secretary Yvette Cooper and French Interior Minister Bruno Retailleau signed the final text last week.'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'Home Secretary Yvette Cooper said:'}]->(s);

// "French Interior Minister": the text says whose minister he is, so REPRESENTS FR. No
// HOLDS_POST: no ministry is named.
MERGE (n:Official {id: 'bruno-retailleau'})
SET n.name = 'Bruno Retailleau', n.title = 'Interior Minister'
WITH n
MATCH (s:Source {id: '2025-08-05-uk-france-treaty-in-force'})
MERGE (n)-[:EVIDENCED_BY {quote: 'French Interior Minister Bruno Retailleau signed the final text last week.'}]->(s);

MATCH (a:Official {id: 'bruno-retailleau'}), (b:Country {id: 'FR'})
MERGE (a)-[r:REPRESENTS {source: '2025-08-05-uk-france-treaty-in-force'}]->(b)
SET r.quote = 'French Interior Minister Bruno Retailleau';

// =====================================================================================
// Topic
// =====================================================================================
MATCH (n:Topic {id: 'small-boat-crossings'})
MATCH (s:Source {id: '2025-08-05-uk-france-treaty-in-force'})
MERGE (n)-[:EVIDENCED_BY {quote: 'dismantling the criminal trade in small boat crossings'}]->(s);

// =====================================================================================
// Initiative: the returns pilot (V213), now with its treaty
// =====================================================================================
// The treaty "provides a legal basis for" the pilot that the Prime Minister and President
// Macron announced "just under 4 weeks ago": read as the same commitment as V213's
// uk-france-returns-pilot, followed through its steps (agreed in V213, in force here), not
// as a new initiative. Its properties are V213's and are not SET again; the names this
// text gives it go to aliases.
MATCH (n:Initiative {id: 'uk-france-returns-pilot'})
SET n.aliases = coalesce([x IN n.aliases WHERE x <> 'one-in, one-out pilot scheme'], []) + 'one-in, one-out pilot scheme'
WITH n
MATCH (s:Source {id: '2025-08-05-uk-france-treaty-in-force'})
MERGE (n)-[:EVIDENCED_BY {quote: 'The treaty provides a legal basis for the groundbreaking UK-France \'one-in, one-out\' pilot scheme.'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'Under the \'one-in, one-out\' scheme, an equal number of migrants will be eligible to come to the UK through a new route if they have not attempted an illegal crossing before - subject to full documentation and security and eligibility checks.'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'Today\'s ratification follows Prime Minister Keir Starmer and French President Emmanuel Macron\'s announcement of the landmark pilot scheme just under 4 weeks ago.'}]->(s);

MATCH (n:Initiative {id: 'uk-france-returns-pilot'})
SET n.aliases = coalesce([x IN n.aliases WHERE x <> 'UK-France Treaty on Illegal Crossings'], []) + 'UK-France Treaty on Illegal Crossings'
WITH n
MATCH (s:Source {id: '2025-08-05-uk-france-treaty-in-force'})
MERGE (n)-[:EVIDENCED_BY {quote: 'UK-France Treaty on Illegal Crossings Enacted'}]->(s);

// The treaty is "between the UK and France": both are parties. The two ministers "signed
// the final text".
MATCH (a:Country {id: 'GB'}), (i:Initiative {id: 'uk-france-returns-pilot'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'signatory', source: '2025-08-05-uk-france-treaty-in-force'}]->(i)
SET r.quote = 'the ratification of a treaty between the UK and France';

MATCH (a:Country {id: 'FR'}), (i:Initiative {id: 'uk-france-returns-pilot'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'signatory', source: '2025-08-05-uk-france-treaty-in-force'}]->(i)
SET r.quote = 'the ratification of a treaty between the UK and France';

MATCH (a:Official {id: 'yvette-cooper'}), (i:Initiative {id: 'uk-france-returns-pilot'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'signatory', source: '2025-08-05-uk-france-treaty-in-force'}]->(i)
SET r.quote = 'Home Secretary Yvette Cooper and French Interior Minister Bruno Retailleau signed the final text last week.';

MATCH (a:Official {id: 'bruno-retailleau'}), (i:Initiative {id: 'uk-france-returns-pilot'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'signatory', source: '2025-08-05-uk-france-treaty-in-force'}]->(i)
SET r.quote = 'Home Secretary Yvette Cooper and French Interior Minister Bruno Retailleau signed the final text last week.';

// The UK Government detains and returns under it.
MATCH (a:Organisation {id: 'uk-government'}), (i:Initiative {id: 'uk-france-returns-pilot'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'implementer', source: '2025-08-05-uk-france-treaty-in-force'}]->(i)
SET r.quote = 'can be detained immediately on arrival and returned to France by the UK government';

// "The EU Commission, Germany and other partners have given the green light": the text
// calls them partners; approving is all it says they do.
MATCH (a:Organisation {id: 'eu-commission'}), (i:Initiative {id: 'uk-france-returns-pilot'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'partner', source: '2025-08-05-uk-france-treaty-in-force'}]->(i)
SET r.quote = 'The EU Commission, Germany and other partners have given the green light on this innovative approach';

MATCH (a:Country {id: 'DE'}), (i:Initiative {id: 'uk-france-returns-pilot'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'partner', source: '2025-08-05-uk-france-treaty-in-force'}]->(i)
SET r.quote = 'The EU Commission, Germany and other partners have given the green light on this innovative approach';

MATCH (i:Initiative {id: 'uk-france-returns-pilot'}), (t:Topic {id: 'small-boat-crossings'})
MERGE (i)-[r:ADDRESSES {source: '2025-08-05-uk-france-treaty-in-force'}]->(t)
SET r.quote = 'The latest step towards dismantling the criminal trade in small boat crossings';

// =====================================================================================
// Dated step: the treaty is ratified ("Enacted")
// =====================================================================================
// Kind in_force: the text reports the ratification "today", headed "Enacted", and says
// the agreement now means arrivals "can be detained immediately". The date is the
// header's. The signing of the final text ("last week") and the announcement ("just under
// 4 weeks ago") have no day in the text, so no step is written for them.
MERGE (st:Step {id: 'uk-france-returns-pilot--in_force--2025-08-05-uk-france-treaty-in-force'})
SET st.kind = 'in_force',
    st.on = date('2025-08-05'),
    st.dateBasis = 'INFERRED',
    st.dateNote = '"taken today" in a release that gives no date; its header dates it 2025-08-05 from a news agency report datelined "LONDON, Aug 5"; the text says ratification, read as in force (headed "Enacted"; the agreement "means that anyone entering the UK on a small boat can be detained"); the header notes another source giving 6 August 2025 for entry into force, not used here',
    st.summary = 'The treaty between the UK and France that provides the legal basis for the one-in, one-out pilot is ratified; detentions are expected to begin within days.'
WITH st
MATCH (s:Source {id: '2025-08-05-uk-france-treaty-in-force'})
MERGE (st)-[:EVIDENCED_BY {quote: 'The latest step towards dismantling the criminal trade in small boat crossings was taken today by the ratification of a treaty between the UK and France to help prevent dangerous journeys at sea.'}]->(s)
MERGE (st)-[:EVIDENCED_BY {quote: 'The agreement means that anyone entering the UK on a small boat can be detained immediately on arrival and returned to France by the UK government - with detentions expected to begin within days.'}]->(s);

MATCH (st:Step {id: 'uk-france-returns-pilot--in_force--2025-08-05-uk-france-treaty-in-force'}), (i:Initiative {id: 'uk-france-returns-pilot'})
MERGE (st)-[r:STEP_OF {source: '2025-08-05-uk-france-treaty-in-force'}]->(i)
SET r.quote = 'The treaty provides a legal basis for the groundbreaking UK-France \'one-in, one-out\' pilot scheme.';

MATCH (st:Step {id: 'uk-france-returns-pilot--in_force--2025-08-05-uk-france-treaty-in-force'}), (a:Country {id: 'GB'})
MERGE (st)-[r:INVOLVES {source: '2025-08-05-uk-france-treaty-in-force'}]->(a)
SET r.quote = 'taken today by the ratification of a treaty between the UK and France';

MATCH (st:Step {id: 'uk-france-returns-pilot--in_force--2025-08-05-uk-france-treaty-in-force'}), (a:Country {id: 'FR'})
MERGE (st)-[r:INVOLVES {source: '2025-08-05-uk-france-treaty-in-force'}]->(a)
SET r.quote = 'taken today by the ratification of a treaty between the UK and France';

// =====================================================================================
// Statement
// =====================================================================================
// The Prime Minister's quotation is whole (it ends before "Home Secretary Yvette Cooper
// said:"). The Home Secretary's is cut after a few words by the gap: no Statement is made
// of it. The text does not place the quotation at an event, so no AT.
MERGE (n:Statement {id: 'statement-keir-starmer-uk-france-treaty'})
SET n.text = 'This government has been fixing the foundations of the broken asylum system we inherited and today we send a clear message - if you come here illegally on a small boat you will face being sent back to France.\n\nThis is the product of months of grown-up diplomacy delivering real results for British people as we broker deals no government has been able to achieve and strike at the heart of these vile gangs\' business model.\n\nThe days of gimmicks and broken promises are over - we will restore order to our borders with the seriousness and competence the British people deserve.'
WITH n
MATCH (s:Source {id: '2025-08-05-uk-france-treaty-in-force'})
MERGE (n)-[:EVIDENCED_BY {quote: n.text}]->(s);

MATCH (o:Official {id: 'keir-starmer'}), (t:Statement {id: 'statement-keir-starmer-uk-france-treaty'})
MERGE (o)-[r:SAID {source: '2025-08-05-uk-france-treaty-in-force'}]->(t)
SET r.quote = 'Prime Minister Keir Starmer said:';
