// V202 - hand extraction of seed/corpus/2025-01-14-pm-meeting-al-sudani-iraq.txt
// (readout of the Prime Minister's meeting with Prime Minister Al-Sudani of Iraq in Downing
// Street: defence, counterterrorism, a Partnership and Cooperation Agreement, a trade
// package, the intent to work towards a returns agreement, and people smuggling).
//
// Rules kept in this file (as in V002/V012):
// - every statement ends with a semicolon and runs unchanged in cypher-shell -f
//   (no client commands, no parameters); statements share no variables
// - nodes are MERGEd on their id and their properties SET; a node that an earlier file
//   creates is only MATCHed and given this document's EVIDENCED_BY
// - relationships are MERGEd on their ends, type, role (where they have one) and source,
//   then their quote is SET
// - every quote is an exact substring of the BODY of the file, occurring in it exactly once
// - the body says "this afternoon" and "today" but gives no date: the meeting and its steps
//   are dated 2025-01-14 from the header (the GOV.UK URL and title slug), INFERRED
// - readings are listed in seed/corpus/2025-01-14-pm-meeting-al-sudani-iraq.md

// =====================================================================================
// Countries and region
// =====================================================================================
MATCH (n:Country {id: 'GB'})
MATCH (s:Source {id: '2025-01-14-pm-meeting-al-sudani-iraq'})
MERGE (n)-[:EVIDENCED_BY {quote: 'a modern and future-looking partnership between the UK and Iraq'}]->(s);

MATCH (n:Country {id: 'IQ'})
MATCH (s:Source {id: '2025-01-14-pm-meeting-al-sudani-iraq'})
MERGE (n)-[:EVIDENCED_BY {quote: 'Iraq has become safer and more prosperous under Prime Minister Al-Sudani’s leadership'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'a modern and future-looking partnership between the UK and Iraq'}]->(s);

// Syria is named only as the place of "recent developments": no relationship.
MERGE (n:Country {id: 'SY'})
SET n.name = 'Syria'
WITH n
MATCH (s:Source {id: '2025-01-14-pm-meeting-al-sudani-iraq'})
MERGE (n)-[:EVIDENCED_BY {quote: 'following recent developments in Syria'}]->(s);

MATCH (n:Region {id: 'middle-east'})
MATCH (s:Source {id: '2025-01-14-pm-meeting-al-sudani-iraq'})
MERGE (n)-[:EVIDENCED_BY {quote: 'The leaders reflected on the situation in the Middle East'}]->(s);

// =====================================================================================
// Officials
// =====================================================================================
// "The Prime Minister" is not named: the post holder of Day 1 (prime-minister).
MATCH (n:Official {id: 'prime-minister'})
MATCH (s:Source {id: '2025-01-14-pm-meeting-al-sudani-iraq'})
MERGE (n)-[:EVIDENCED_BY {quote: 'The Prime Minister met with Prime Minister of Iraq'}]->(s);

// He "said that the UK is keen to assist": he speaks for the UK.
MATCH (a:Official {id: 'prime-minister'}), (b:Country {id: 'GB'})
MERGE (a)-[r:REPRESENTS {source: '2025-01-14-pm-meeting-al-sudani-iraq'}]->(b)
SET r.quote = 'said that the UK is keen to assist';

// The name as the text spells it, with its apostrophe ("Mohammed Shia’ Al-Sudani").
MERGE (n:Official {id: 'mohammed-shia-al-sudani'})
SET n.name = 'Mohammed Shia’ Al-Sudani', n.title = 'Prime Minister of Iraq'
WITH n
MATCH (s:Source {id: '2025-01-14-pm-meeting-al-sudani-iraq'})
MERGE (n)-[:EVIDENCED_BY {quote: 'Prime Minister of Iraq Mohammed Shia’ Al-Sudani'}]->(s);

MATCH (a:Official {id: 'mohammed-shia-al-sudani'}), (b:Country {id: 'IQ'})
MERGE (a)-[r:REPRESENTS {source: '2025-01-14-pm-meeting-al-sudani-iraq'}]->(b)
SET r.quote = 'Prime Minister of Iraq Mohammed Shia’ Al-Sudani';

// "the Home Secretary" is not named here: the post holder (home-secretary). The visit she
// made is the one V201 reports (see the event below); this text does not name her, so the
// node is not yvette-cooper and no ATTENDED is written from this text.
MATCH (n:Official {id: 'home-secretary'})
MATCH (s:Source {id: '2025-01-14-pm-meeting-al-sudani-iraq'})
MERGE (n)-[:EVIDENCED_BY {quote: 'the Home Secretary’s visit to Iraq in November'}]->(s);

// =====================================================================================
// Events
// =====================================================================================
// "the Home Secretary's visit to Iraq in November" is read as the visit of V201 (a visit
// to Iraq by the Home Secretary, reported in a release dated 28 November 2024 by its header).
MATCH (n:Event {id: 'home-secretary-visit-to-iraq-and-kri'})
MATCH (s:Source {id: '2025-01-14-pm-meeting-al-sudani-iraq'})
MERGE (n)-[:EVIDENCED_BY {quote: 'the progress on border security made during the Home Secretary’s visit to Iraq in November'}]->(s);

// The meeting. No date in the text, so none in the id. Neither leader is called host:
// both attend.
MERGE (n:Event {id: 'pm-meeting-with-prime-minister-al-sudani-downing-street'})
SET n.name = 'PM meeting with Prime Minister Al-Sudani of Iraq',
    n.kind = 'meeting',
    n.location = 'Downing Street',
    n.startDate = date('2025-01-14'),
    n.startDateBasis = 'INFERRED',
    n.startDateNote = '"this afternoon" in a readout dated 2025-01-14 by its header (the GOV.UK URL and title slug), not by its text'
WITH n
MATCH (s:Source {id: '2025-01-14-pm-meeting-al-sudani-iraq'})
MERGE (n)-[:EVIDENCED_BY {quote: 'The Prime Minister met with Prime Minister of Iraq Mohammed Shia’ Al-Sudani in Downing Street this afternoon.'}]->(s);

MATCH (a:Official {id: 'prime-minister'}), (e:Event {id: 'pm-meeting-with-prime-minister-al-sudani-downing-street'})
MERGE (a)-[r:ATTENDED {role: 'attendee', source: '2025-01-14-pm-meeting-al-sudani-iraq'}]->(e)
SET r.quote = 'The Prime Minister met with Prime Minister of Iraq Mohammed Shia’ Al-Sudani in Downing Street';

MATCH (a:Official {id: 'mohammed-shia-al-sudani'}), (e:Event {id: 'pm-meeting-with-prime-minister-al-sudani-downing-street'})
MERGE (a)-[r:ATTENDED {role: 'attendee', source: '2025-01-14-pm-meeting-al-sudani-iraq'}]->(e)
SET r.quote = 'The Prime Minister met with Prime Minister of Iraq Mohammed Shia’ Al-Sudani in Downing Street';

MERGE (st:Step {id: 'pm-meeting-with-prime-minister-al-sudani-downing-street--met--2025-01-14-pm-meeting-al-sudani-iraq'})
SET st.kind = 'met', st.on = date('2025-01-14'), st.dateBasis = 'INFERRED',
    st.dateNote = '"this afternoon" in a readout dated 2025-01-14 by its header (the GOV.UK URL and title slug), not by its text',
    st.summary = 'The Prime Minister meets Prime Minister of Iraq Mohammed Shia’ Al-Sudani in Downing Street.'
WITH st
MATCH (s:Source {id: '2025-01-14-pm-meeting-al-sudani-iraq'})
MERGE (st)-[:EVIDENCED_BY {quote: 'The Prime Minister met with Prime Minister of Iraq Mohammed Shia’ Al-Sudani in Downing Street this afternoon.'}]->(s);

MATCH (st:Step {id: 'pm-meeting-with-prime-minister-al-sudani-downing-street--met--2025-01-14-pm-meeting-al-sudani-iraq'}), (e:Event {id: 'pm-meeting-with-prime-minister-al-sudani-downing-street'})
MERGE (st)-[r:AT {source: '2025-01-14-pm-meeting-al-sudani-iraq'}]->(e)
SET r.quote = 'The Prime Minister met with Prime Minister of Iraq Mohammed Shia’ Al-Sudani in Downing Street this afternoon.';

MATCH (st:Step {id: 'pm-meeting-with-prime-minister-al-sudani-downing-street--met--2025-01-14-pm-meeting-al-sudani-iraq'}), (a:Official {id: 'prime-minister'})
MERGE (st)-[r:INVOLVES {source: '2025-01-14-pm-meeting-al-sudani-iraq'}]->(a)
SET r.quote = 'The Prime Minister met with Prime Minister of Iraq Mohammed Shia’ Al-Sudani';

MATCH (st:Step {id: 'pm-meeting-with-prime-minister-al-sudani-downing-street--met--2025-01-14-pm-meeting-al-sudani-iraq'}), (a:Official {id: 'mohammed-shia-al-sudani'})
MERGE (st)-[r:INVOLVES {source: '2025-01-14-pm-meeting-al-sudani-iraq'}]->(a)
SET r.quote = 'The Prime Minister met with Prime Minister of Iraq Mohammed Shia’ Al-Sudani';

// =====================================================================================
// Initiatives
// =====================================================================================
// Step kinds: what the leaders do at the meeting ("committed", "discussed their intent")
// and what the text puts "today" (the signing of the Partnership and Cooperation
// Agreement) are dated by the meeting. Where the text gives no time for the step (the
// signing of the defence statement, the announcement of the trade package), a 'reported'
// step records that the readout reports it, and the status comes from the text.

// The joint statement on defence: "bilateral defence ties" between the two leaders'
// countries, the UK and Iraq (named in the paragraph before). Who signed it and when is
// not said.
MERGE (n:Initiative {id: 'uk-iraq-joint-statement-on-defence'})
SET n.name = 'UK-Iraq joint statement on defence',
    n.summary = 'A new joint statement on defence, whose signing the two Prime Ministers welcomed as deepening bilateral defence ties.',
    n.kind = 'statement',
    n.status = 'signed'
WITH n
MATCH (s:Source {id: '2025-01-14-pm-meeting-al-sudani-iraq'})
MERGE (n)-[:EVIDENCED_BY {quote: 'They also welcomed the deepening of bilateral defence ties through the signing of a new joint statement on defence'}]->(s);

MATCH (a:Country {id: 'GB'}), (i:Initiative {id: 'uk-iraq-joint-statement-on-defence'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'partner', source: '2025-01-14-pm-meeting-al-sudani-iraq'}]->(i)
SET r.quote = 'the deepening of bilateral defence ties through the signing of a new joint statement on defence';

MATCH (a:Country {id: 'IQ'}), (i:Initiative {id: 'uk-iraq-joint-statement-on-defence'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'partner', source: '2025-01-14-pm-meeting-al-sudani-iraq'}]->(i)
SET r.quote = 'the deepening of bilateral defence ties through the signing of a new joint statement on defence';

MERGE (st:Step {id: 'uk-iraq-joint-statement-on-defence--reported--2025-01-14-pm-meeting-al-sudani-iraq'})
SET st.kind = 'reported', st.on = date('2025-01-14'), st.dateBasis = 'INFERRED',
    st.dateNote = 'the readout reports the statement as signed without saying when; the step is dated by the readout, 2025-01-14 by its header (the GOV.UK URL and title slug)',
    st.summary = 'The two Prime Ministers welcome the signing of a new joint statement on defence.'
WITH st
MATCH (s:Source {id: '2025-01-14-pm-meeting-al-sudani-iraq'})
MERGE (st)-[:EVIDENCED_BY {quote: 'the signing of a new joint statement on defence'}]->(s);

MATCH (st:Step {id: 'uk-iraq-joint-statement-on-defence--reported--2025-01-14-pm-meeting-al-sudani-iraq'}), (i:Initiative {id: 'uk-iraq-joint-statement-on-defence'})
MERGE (st)-[r:STEP_OF {source: '2025-01-14-pm-meeting-al-sudani-iraq'}]->(i)
SET r.quote = 'the signing of a new joint statement on defence';

// Counterterrorism: the leaders "committed to continuing strong cooperation". Status
// agreed (a commitment the two make at the meeting).
MERGE (n:Initiative {id: 'uk-iraq-counterterrorism-cooperation'})
SET n.name = 'UK-Iraq cooperation on counterterrorism',
    n.summary = 'The two Prime Ministers committed to continuing strong cooperation on counterterrorism.',
    n.kind = 'agreement',
    n.status = 'agreed'
WITH n
MATCH (s:Source {id: '2025-01-14-pm-meeting-al-sudani-iraq'})
MERGE (n)-[:EVIDENCED_BY {quote: 'committed to continuing strong cooperation on counterterrorism'}]->(s);

MATCH (a:Official {id: 'prime-minister'}), (i:Initiative {id: 'uk-iraq-counterterrorism-cooperation'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'partner', source: '2025-01-14-pm-meeting-al-sudani-iraq'}]->(i)
SET r.quote = 'They also welcomed the deepening of bilateral defence ties through the signing of a new joint statement on defence and committed to continuing strong cooperation on counterterrorism.';

MATCH (a:Official {id: 'mohammed-shia-al-sudani'}), (i:Initiative {id: 'uk-iraq-counterterrorism-cooperation'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'partner', source: '2025-01-14-pm-meeting-al-sudani-iraq'}]->(i)
SET r.quote = 'They also welcomed the deepening of bilateral defence ties through the signing of a new joint statement on defence and committed to continuing strong cooperation on counterterrorism.';

MERGE (st:Step {id: 'uk-iraq-counterterrorism-cooperation--agreed--2025-01-14-pm-meeting-al-sudani-iraq'})
SET st.kind = 'agreed', st.on = date('2025-01-14'), st.dateBasis = 'INFERRED',
    st.dateNote = 'the leaders commit at the meeting of "this afternoon", in a readout dated 2025-01-14 by its header (the GOV.UK URL and title slug)',
    st.summary = 'The two Prime Ministers commit to continuing strong cooperation on counterterrorism.'
WITH st
MATCH (s:Source {id: '2025-01-14-pm-meeting-al-sudani-iraq'})
MERGE (st)-[:EVIDENCED_BY {quote: 'committed to continuing strong cooperation on counterterrorism'}]->(s);

MATCH (st:Step {id: 'uk-iraq-counterterrorism-cooperation--agreed--2025-01-14-pm-meeting-al-sudani-iraq'}), (i:Initiative {id: 'uk-iraq-counterterrorism-cooperation'})
MERGE (st)-[r:STEP_OF {source: '2025-01-14-pm-meeting-al-sudani-iraq'}]->(i)
SET r.quote = 'committed to continuing strong cooperation on counterterrorism';

MATCH (st:Step {id: 'uk-iraq-counterterrorism-cooperation--agreed--2025-01-14-pm-meeting-al-sudani-iraq'}), (a:Official {id: 'prime-minister'})
MERGE (st)-[r:INVOLVES {source: '2025-01-14-pm-meeting-al-sudani-iraq'}]->(a)
SET r.quote = 'They also welcomed the deepening of bilateral defence ties through the signing of a new joint statement on defence and committed to continuing strong cooperation on counterterrorism.';

MATCH (st:Step {id: 'uk-iraq-counterterrorism-cooperation--agreed--2025-01-14-pm-meeting-al-sudani-iraq'}), (a:Official {id: 'mohammed-shia-al-sudani'})
MERGE (st)-[r:INVOLVES {source: '2025-01-14-pm-meeting-al-sudani-iraq'}]->(a)
SET r.quote = 'They also welcomed the deepening of bilateral defence ties through the signing of a new joint statement on defence and committed to continuing strong cooperation on counterterrorism.';

// The Partnership and Cooperation Agreement, signed "today". The partnership "between the
// UK and Iraq" is "illustrated by" its signing: the two are its parties (partners; the signatories
// are not named).
MERGE (n:Initiative {id: 'uk-iraq-partnership-and-cooperation-agreement'})
SET n.name = 'UK-Iraq Partnership and Cooperation Agreement',
    n.summary = 'The landmark Partnership and Cooperation Agreement, signed on the day of the meeting, which illustrates the expanding partnership between the UK and Iraq on economic growth.',
    n.kind = 'agreement',
    n.status = 'signed'
WITH n
MATCH (s:Source {id: '2025-01-14-pm-meeting-al-sudani-iraq'})
MERGE (n)-[:EVIDENCED_BY {quote: 'the signing of the landmark Partnership and Cooperation Agreement today'}]->(s);

MATCH (a:Country {id: 'GB'}), (i:Initiative {id: 'uk-iraq-partnership-and-cooperation-agreement'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'partner', source: '2025-01-14-pm-meeting-al-sudani-iraq'}]->(i)
SET r.quote = 'the expanding partnership between the UK and Iraq in this space, as illustrated by the signing of the landmark Partnership and Cooperation Agreement today';

MATCH (a:Country {id: 'IQ'}), (i:Initiative {id: 'uk-iraq-partnership-and-cooperation-agreement'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'partner', source: '2025-01-14-pm-meeting-al-sudani-iraq'}]->(i)
SET r.quote = 'the expanding partnership between the UK and Iraq in this space, as illustrated by the signing of the landmark Partnership and Cooperation Agreement today';

MERGE (st:Step {id: 'uk-iraq-partnership-and-cooperation-agreement--signed--2025-01-14-pm-meeting-al-sudani-iraq'})
SET st.kind = 'signed', st.on = date('2025-01-14'), st.dateBasis = 'INFERRED',
    st.dateNote = '"today" in a readout dated 2025-01-14 by its header (the GOV.UK URL and title slug), not by its text',
    st.summary = 'The landmark Partnership and Cooperation Agreement between the UK and Iraq is signed.'
WITH st
MATCH (s:Source {id: '2025-01-14-pm-meeting-al-sudani-iraq'})
MERGE (st)-[:EVIDENCED_BY {quote: 'the signing of the landmark Partnership and Cooperation Agreement today'}]->(s);

MATCH (st:Step {id: 'uk-iraq-partnership-and-cooperation-agreement--signed--2025-01-14-pm-meeting-al-sudani-iraq'}), (i:Initiative {id: 'uk-iraq-partnership-and-cooperation-agreement'})
MERGE (st)-[r:STEP_OF {source: '2025-01-14-pm-meeting-al-sudani-iraq'}]->(i)
SET r.quote = 'the signing of the landmark Partnership and Cooperation Agreement today';

// The £12.3 billion trade package. A trade package, not money given to an initiative, so no
// FundingStream; kind programme (a package of measures). Its announcement is not dated
// ("today" may belong to the signing only): a 'reported' step.
MERGE (n:Initiative {id: 'uk-iraq-trade-package'})
SET n.name = 'UK-Iraq £12.3 billion trade package',
    n.summary = 'A £12.3 billion trade package whose announcement the Prime Minister welcomed as part of the expanding partnership between the UK and Iraq on economic growth.',
    n.kind = 'programme',
    n.status = 'announced'
WITH n
MATCH (s:Source {id: '2025-01-14-pm-meeting-al-sudani-iraq'})
MERGE (n)-[:EVIDENCED_BY {quote: 'the announcement of a £12.3 billion trade package'}]->(s);

MATCH (a:Country {id: 'GB'}), (i:Initiative {id: 'uk-iraq-trade-package'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'partner', source: '2025-01-14-pm-meeting-al-sudani-iraq'}]->(i)
SET r.quote = 'the expanding partnership between the UK and Iraq in this space';

MATCH (a:Country {id: 'IQ'}), (i:Initiative {id: 'uk-iraq-trade-package'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'partner', source: '2025-01-14-pm-meeting-al-sudani-iraq'}]->(i)
SET r.quote = 'the expanding partnership between the UK and Iraq in this space';

MERGE (st:Step {id: 'uk-iraq-trade-package--reported--2025-01-14-pm-meeting-al-sudani-iraq'})
SET st.kind = 'reported', st.on = date('2025-01-14'), st.dateBasis = 'INFERRED',
    st.dateNote = 'the readout reports the package as announced without saying when ("today" may qualify the signing only); the step is dated by the readout, 2025-01-14 by its header (the GOV.UK URL and title slug)',
    st.summary = 'The Prime Minister welcomes the announcement of a £12.3 billion trade package.'
WITH st
MATCH (s:Source {id: '2025-01-14-pm-meeting-al-sudani-iraq'})
MERGE (st)-[:EVIDENCED_BY {quote: 'the announcement of a £12.3 billion trade package'}]->(s);

MATCH (st:Step {id: 'uk-iraq-trade-package--reported--2025-01-14-pm-meeting-al-sudani-iraq'}), (i:Initiative {id: 'uk-iraq-trade-package'})
MERGE (st)-[r:STEP_OF {source: '2025-01-14-pm-meeting-al-sudani-iraq'}]->(i)
SET r.quote = 'the announcement of a £12.3 billion trade package';

// The returns agreement: the leaders "discussed their intent to work towards" it. Not
// agreed: status announced (a stated intent, the nearest value). The parties are the UK
// and Iraq ("between the UK and Iraq"); the two leaders state the intent at the meeting.
// No BUILDS_ON to the November visit's work: this text does not tie the returns agreement
// to it, and no text of V201 that was obtained mentions returns.
MERGE (n:Initiative {id: 'uk-iraq-returns-agreement'})
SET n.name = 'UK-Iraq returns agreement',
    n.summary = 'A new and ambitious returns agreement between the UK and Iraq, which the two Prime Ministers discussed their intent to work towards.',
    n.kind = 'agreement',
    n.status = 'announced'
WITH n
MATCH (s:Source {id: '2025-01-14-pm-meeting-al-sudani-iraq'})
MERGE (n)-[:EVIDENCED_BY {quote: 'On illegal migration, the leaders discussed their intent to work towards a new and ambitious returns agreement between the UK and Iraq.'}]->(s);

MATCH (i:Initiative {id: 'uk-iraq-returns-agreement'}), (e:Event {id: 'pm-meeting-with-prime-minister-al-sudani-downing-street'})
MERGE (i)-[r:ANNOUNCED_AT {source: '2025-01-14-pm-meeting-al-sudani-iraq'}]->(e)
SET r.quote = 'the leaders discussed their intent to work towards a new and ambitious returns agreement';

MATCH (a:Country {id: 'GB'}), (i:Initiative {id: 'uk-iraq-returns-agreement'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'partner', source: '2025-01-14-pm-meeting-al-sudani-iraq'}]->(i)
SET r.quote = 'a new and ambitious returns agreement between the UK and Iraq';

MATCH (a:Country {id: 'IQ'}), (i:Initiative {id: 'uk-iraq-returns-agreement'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'partner', source: '2025-01-14-pm-meeting-al-sudani-iraq'}]->(i)
SET r.quote = 'a new and ambitious returns agreement between the UK and Iraq';

MATCH (a:Official {id: 'prime-minister'}), (i:Initiative {id: 'uk-iraq-returns-agreement'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'partner', source: '2025-01-14-pm-meeting-al-sudani-iraq'}]->(i)
SET r.quote = 'the leaders discussed their intent to work towards a new and ambitious returns agreement';

MATCH (a:Official {id: 'mohammed-shia-al-sudani'}), (i:Initiative {id: 'uk-iraq-returns-agreement'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'partner', source: '2025-01-14-pm-meeting-al-sudani-iraq'}]->(i)
SET r.quote = 'the leaders discussed their intent to work towards a new and ambitious returns agreement';

MERGE (st:Step {id: 'uk-iraq-returns-agreement--announced--2025-01-14-pm-meeting-al-sudani-iraq'})
SET st.kind = 'announced', st.on = date('2025-01-14'), st.dateBasis = 'INFERRED',
    st.dateNote = 'the leaders state the intent at the meeting of "this afternoon", in a readout dated 2025-01-14 by its header (the GOV.UK URL and title slug)',
    st.summary = 'The Prime Minister and Prime Minister Al-Sudani discuss their intent to work towards a new and ambitious returns agreement between the UK and Iraq.'
WITH st
MATCH (s:Source {id: '2025-01-14-pm-meeting-al-sudani-iraq'})
MERGE (st)-[:EVIDENCED_BY {quote: 'the leaders discussed their intent to work towards a new and ambitious returns agreement between the UK and Iraq'}]->(s);

MATCH (st:Step {id: 'uk-iraq-returns-agreement--announced--2025-01-14-pm-meeting-al-sudani-iraq'}), (i:Initiative {id: 'uk-iraq-returns-agreement'})
MERGE (st)-[r:STEP_OF {source: '2025-01-14-pm-meeting-al-sudani-iraq'}]->(i)
SET r.quote = 'the leaders discussed their intent to work towards a new and ambitious returns agreement between the UK and Iraq';

MATCH (st:Step {id: 'uk-iraq-returns-agreement--announced--2025-01-14-pm-meeting-al-sudani-iraq'}), (a:Official {id: 'prime-minister'})
MERGE (st)-[r:INVOLVES {source: '2025-01-14-pm-meeting-al-sudani-iraq'}]->(a)
SET r.quote = 'the leaders discussed their intent to work towards a new and ambitious returns agreement';

MATCH (st:Step {id: 'uk-iraq-returns-agreement--announced--2025-01-14-pm-meeting-al-sudani-iraq'}), (a:Official {id: 'mohammed-shia-al-sudani'})
MERGE (st)-[r:INVOLVES {source: '2025-01-14-pm-meeting-al-sudani-iraq'}]->(a)
SET r.quote = 'the leaders discussed their intent to work towards a new and ambitious returns agreement';

// People smuggling: having welcomed "the progress on border security made during the Home
// Secretary's visit to Iraq in November", the leaders "committed to working even more
// closely to disrupt people smuggling networks". New work that grows out of the visit's
// joint statement on border security (V201: "commitments of both countries to work more
// closely in tackling people smuggling"): a new initiative that BUILDS_ON it. The visit's
// other border security work (training, KRI projects) is not linked: "even more closely"
// answers the joint statement's "more closely".
MERGE (n:Initiative {id: 'uk-iraq-people-smuggling-cooperation'})
SET n.name = 'UK-Iraq commitment to work even more closely to disrupt people smuggling networks',
    n.summary = 'Welcoming the progress on border security made during the Home Secretary\'s visit to Iraq in November, the two Prime Ministers committed to working even more closely to disrupt people smuggling networks.',
    n.kind = 'agreement',
    n.status = 'agreed'
WITH n
MATCH (s:Source {id: '2025-01-14-pm-meeting-al-sudani-iraq'})
MERGE (n)-[:EVIDENCED_BY {quote: 'committed to working even more closely to disrupt people smuggling networks'}]->(s);

MATCH (i:Initiative {id: 'uk-iraq-people-smuggling-cooperation'}), (p:Initiative {id: 'uk-iraq-border-security-joint-statement'})
MERGE (i)-[r:BUILDS_ON {source: '2025-01-14-pm-meeting-al-sudani-iraq'}]->(p)
SET r.quote = 'They welcomed the progress on border security made during the Home Secretary’s visit to Iraq in November and committed to working even more closely to disrupt people smuggling networks.';

MATCH (a:Official {id: 'prime-minister'}), (i:Initiative {id: 'uk-iraq-people-smuggling-cooperation'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'partner', source: '2025-01-14-pm-meeting-al-sudani-iraq'}]->(i)
SET r.quote = 'They welcomed the progress on border security made during the Home Secretary’s visit to Iraq in November and committed to working even more closely';

MATCH (a:Official {id: 'mohammed-shia-al-sudani'}), (i:Initiative {id: 'uk-iraq-people-smuggling-cooperation'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'partner', source: '2025-01-14-pm-meeting-al-sudani-iraq'}]->(i)
SET r.quote = 'They welcomed the progress on border security made during the Home Secretary’s visit to Iraq in November and committed to working even more closely';

MERGE (st:Step {id: 'uk-iraq-people-smuggling-cooperation--agreed--2025-01-14-pm-meeting-al-sudani-iraq'})
SET st.kind = 'agreed', st.on = date('2025-01-14'), st.dateBasis = 'INFERRED',
    st.dateNote = 'the leaders commit at the meeting of "this afternoon", in a readout dated 2025-01-14 by its header (the GOV.UK URL and title slug)',
    st.summary = 'The two Prime Ministers commit to working even more closely to disrupt people smuggling networks.'
WITH st
MATCH (s:Source {id: '2025-01-14-pm-meeting-al-sudani-iraq'})
MERGE (st)-[:EVIDENCED_BY {quote: 'committed to working even more closely to disrupt people smuggling networks'}]->(s);

MATCH (st:Step {id: 'uk-iraq-people-smuggling-cooperation--agreed--2025-01-14-pm-meeting-al-sudani-iraq'}), (i:Initiative {id: 'uk-iraq-people-smuggling-cooperation'})
MERGE (st)-[r:STEP_OF {source: '2025-01-14-pm-meeting-al-sudani-iraq'}]->(i)
SET r.quote = 'committed to working even more closely to disrupt people smuggling networks';

MATCH (st:Step {id: 'uk-iraq-people-smuggling-cooperation--agreed--2025-01-14-pm-meeting-al-sudani-iraq'}), (a:Official {id: 'prime-minister'})
MERGE (st)-[r:INVOLVES {source: '2025-01-14-pm-meeting-al-sudani-iraq'}]->(a)
SET r.quote = 'They welcomed the progress on border security made during the Home Secretary’s visit to Iraq in November and committed to working even more closely';

MATCH (st:Step {id: 'uk-iraq-people-smuggling-cooperation--agreed--2025-01-14-pm-meeting-al-sudani-iraq'}), (a:Official {id: 'mohammed-shia-al-sudani'})
MERGE (st)-[r:INVOLVES {source: '2025-01-14-pm-meeting-al-sudani-iraq'}]->(a)
SET r.quote = 'They welcomed the progress on border security made during the Home Secretary’s visit to Iraq in November and committed to working even more closely';
