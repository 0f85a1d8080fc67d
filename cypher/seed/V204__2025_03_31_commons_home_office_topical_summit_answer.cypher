// V204 - hand extraction of seed/corpus/2025-03-31-commons-home-office-topical-summit-answer.txt
// (House of Commons, Home Department questions, 31 March 2025: the answer to the opening
// topical question, on the summit being hosted in London that day, the law on illegal
// working in the gig economy, and the French Cabinet's change of its maritime rules).
//
// Rules kept in this file (as in V002/V012):
// - every statement ends with a semicolon and runs unchanged in cypher-shell -f
//   (no client commands, no parameters); statements share no variables
// - nodes are MERGEd on their id and their properties SET; a node that an earlier file
//   creates is only MATCHed and given this document's EVIDENCED_BY. CN and DE are
//   registered by V208/V214 but this file loads first: they are MERGEd with ON CREATE SET
// - relationships are MERGEd on their ends, type, role (where they have one) and source,
//   then their quote is SET
// - every quote is an exact substring of the BODY of the file, occurring in it exactly once
// - the text is partial (a TheyWorkForYou copy, cut after the answer); it does not name the
//   speaker: no Official, no Statement and no SAID are written (the header's attribution
//   to the Home Secretary is a note, not text)
// - the body dates itself: "Home Department – in the House of Commons at on 31 March 2025."
// - readings are listed in seed/corpus/2025-03-31-commons-home-office-topical-summit-answer.md

// =====================================================================================
// Countries
// =====================================================================================
MATCH (n:Country {id: 'GB'})
MATCH (s:Source {id: '2025-03-31-commons-home-office-topical-summit-answer'})
MERGE (n)-[:EVIDENCED_BY {quote: 'As part of that, the UK is strengthening the law against illegal working in the gig economy'}]->(s);

MATCH (n:Country {id: 'FR'})
MATCH (s:Source {id: '2025-03-31-commons-home-office-topical-summit-answer'})
MERGE (n)-[:EVIDENCED_BY {quote: 'close neighbours such as France, Belgium and Germany'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'As a result of our work with France'}]->(s);

MERGE (n:Country {id: 'BE'})
SET n.name = 'Belgium'
WITH n
MATCH (s:Source {id: '2025-03-31-commons-home-office-topical-summit-answer'})
MERGE (n)-[:EVIDENCED_BY {quote: 'close neighbours such as France, Belgium and Germany'}]->(s);

MERGE (n:Country {id: 'DE'})
ON CREATE SET n.name = 'Germany'
WITH n
MATCH (s:Source {id: '2025-03-31-commons-home-office-topical-summit-answer'})
MERGE (n)-[:EVIDENCED_BY {quote: 'close neighbours such as France, Belgium and Germany'}]->(s);

MATCH (n:Country {id: 'VN'})
MATCH (s:Source {id: '2025-03-31-commons-home-office-topical-summit-answer'})
MERGE (n)-[:EVIDENCED_BY {quote: 'countries further afield such as Vietnam, Iraq, Nigeria, Pakistan, China and the US'}]->(s);

MATCH (n:Country {id: 'IQ'})
MATCH (s:Source {id: '2025-03-31-commons-home-office-topical-summit-answer'})
MERGE (n)-[:EVIDENCED_BY {quote: 'countries further afield such as Vietnam, Iraq, Nigeria, Pakistan, China and the US'}]->(s);

MERGE (n:Country {id: 'NG'})
SET n.name = 'Nigeria'
WITH n
MATCH (s:Source {id: '2025-03-31-commons-home-office-topical-summit-answer'})
MERGE (n)-[:EVIDENCED_BY {quote: 'countries further afield such as Vietnam, Iraq, Nigeria, Pakistan, China and the US'}]->(s);

MERGE (n:Country {id: 'PK'})
SET n.name = 'Pakistan'
WITH n
MATCH (s:Source {id: '2025-03-31-commons-home-office-topical-summit-answer'})
MERGE (n)-[:EVIDENCED_BY {quote: 'countries further afield such as Vietnam, Iraq, Nigeria, Pakistan, China and the US'}]->(s);

MERGE (n:Country {id: 'CN'})
ON CREATE SET n.name = 'China'
WITH n
MATCH (s:Source {id: '2025-03-31-commons-home-office-topical-summit-answer'})
MERGE (n)-[:EVIDENCED_BY {quote: 'countries further afield such as Vietnam, Iraq, Nigeria, Pakistan, China and the US'}]->(s);

MATCH (n:Country {id: 'US'})
MATCH (s:Source {id: '2025-03-31-commons-home-office-topical-summit-answer'})
MERGE (n)-[:EVIDENCED_BY {quote: 'countries further afield such as Vietnam, Iraq, Nigeria, Pakistan, China and the US'}]->(s);

// =====================================================================================
// Organisation: the French Cabinet
// =====================================================================================
// Kept apart from V213's french-government ("The French government"): a cabinet is not the
// whole government, and no text puts one inside the other. "French" says whose it is.
MERGE (n:Organisation {id: 'french-cabinet'})
SET n.name = 'French Cabinet', n.kind = 'government'
WITH n
MATCH (s:Source {id: '2025-03-31-commons-home-office-topical-summit-answer'})
MERGE (n)-[:EVIDENCED_BY {quote: 'the French Cabinet has for the first time agreed to change its maritime rules'}]->(s);

MATCH (a:Organisation {id: 'french-cabinet'}), (b:Country {id: 'FR'})
MERGE (a)-[r:BASED_IN {source: '2025-03-31-commons-home-office-topical-summit-answer'}]->(b)
SET r.quote = 'the French Cabinet has for the first time agreed';

// =====================================================================================
// Events
// =====================================================================================
// The Commons sitting at which the answer is given, dated by the body's first line.
MERGE (n:Event {id: 'commons-home-department-questions-2025-03-31'})
SET n.name = 'Home Department questions, House of Commons',
    n.kind = 'debate',
    n.location = 'House of Commons',
    n.startDate = date('2025-03-31'),
    n.startDateBasis = 'STATED',
    n.startDateNote = 'stated: "Home Department – in the House of Commons at on 31 March 2025."'
WITH n
MATCH (s:Source {id: '2025-03-31-commons-home-office-topical-summit-answer'})
MERGE (n)-[:EVIDENCED_BY {quote: 'Home Department – in the House of Commons at on 31 March 2025.'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'If she will make a statement on her departmental responsibilities.'}]->(s);

MERGE (st:Step {id: 'commons-home-department-questions-2025-03-31--met--2025-03-31-commons-home-office-topical-summit-answer'})
SET st.kind = 'met', st.on = date('2025-03-31'), st.dateBasis = 'STATED',
    st.dateNote = 'stated: "in the House of Commons at on 31 March 2025"',
    st.summary = 'The House of Commons takes questions to the Home Department.'
WITH st
MATCH (s:Source {id: '2025-03-31-commons-home-office-topical-summit-answer'})
MERGE (st)-[:EVIDENCED_BY {quote: 'Home Department – in the House of Commons at on 31 March 2025.'}]->(s);

MATCH (st:Step {id: 'commons-home-department-questions-2025-03-31--met--2025-03-31-commons-home-office-topical-summit-answer'}), (e:Event {id: 'commons-home-department-questions-2025-03-31'})
MERGE (st)-[r:AT {source: '2025-03-31-commons-home-office-topical-summit-answer'}]->(e)
SET r.quote = 'Home Department – in the House of Commons at on 31 March 2025.';

// "the first ever international summit on organised immigration crime and border security"
// hosted "in London" "today" is read as the summit of Day 1 (oic-summit): same subject, same
// city, and the Day 1 release's "in London today as the UK convenes a major landmark summit".
// The date: the quote runs from the dated first line to "Today we are hosting", so the
// quoted text itself gives it (STATED). The summit's startDate is set by V215 only.
MATCH (n:Event {id: 'oic-summit'})
MATCH (s:Source {id: '2025-03-31-commons-home-office-topical-summit-answer'})
MERGE (n)-[:EVIDENCED_BY {quote: 'Today we are hosting in London the first ever international summit on organised immigration crime and border security, bringing together source, transit and destination countries'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'They are all discussing today how we strengthen that collaboration'}]->(s);

// "we are hosting" and, next, "As part of that, the UK is strengthening": "we" is the UK.
MATCH (a:Country {id: 'GB'}), (e:Event {id: 'oic-summit'})
MERGE (a)-[r:ATTENDED {role: 'host', source: '2025-03-31-commons-home-office-topical-summit-answer'}]->(e)
SET r.quote = 'Today we are hosting in London the first ever international summit';

// "We are bringing together Ministers and law enforcement from ...": the countries those
// people come from attend. The text calls none of them allies or partners: 'attendee'.
MATCH (a:Country {id: 'FR'}), (e:Event {id: 'oic-summit'})
MERGE (a)-[r:ATTENDED {role: 'attendee', source: '2025-03-31-commons-home-office-topical-summit-answer'}]->(e)
SET r.quote = 'We are bringing together Ministers and law enforcement from close neighbours such as France, Belgium and Germany';

MATCH (a:Country {id: 'BE'}), (e:Event {id: 'oic-summit'})
MERGE (a)-[r:ATTENDED {role: 'attendee', source: '2025-03-31-commons-home-office-topical-summit-answer'}]->(e)
SET r.quote = 'We are bringing together Ministers and law enforcement from close neighbours such as France, Belgium and Germany';

MATCH (a:Country {id: 'DE'}), (e:Event {id: 'oic-summit'})
MERGE (a)-[r:ATTENDED {role: 'attendee', source: '2025-03-31-commons-home-office-topical-summit-answer'}]->(e)
SET r.quote = 'We are bringing together Ministers and law enforcement from close neighbours such as France, Belgium and Germany';

MATCH (a:Country {id: 'VN'}), (e:Event {id: 'oic-summit'})
MERGE (a)-[r:ATTENDED {role: 'attendee', source: '2025-03-31-commons-home-office-topical-summit-answer'}]->(e)
SET r.quote = 'We are bringing together Ministers and law enforcement from close neighbours such as France, Belgium and Germany, and from countries further afield such as Vietnam, Iraq, Nigeria, Pakistan, China and the US.';

MATCH (a:Country {id: 'IQ'}), (e:Event {id: 'oic-summit'})
MERGE (a)-[r:ATTENDED {role: 'attendee', source: '2025-03-31-commons-home-office-topical-summit-answer'}]->(e)
SET r.quote = 'We are bringing together Ministers and law enforcement from close neighbours such as France, Belgium and Germany, and from countries further afield such as Vietnam, Iraq, Nigeria, Pakistan, China and the US.';

MATCH (a:Country {id: 'NG'}), (e:Event {id: 'oic-summit'})
MERGE (a)-[r:ATTENDED {role: 'attendee', source: '2025-03-31-commons-home-office-topical-summit-answer'}]->(e)
SET r.quote = 'We are bringing together Ministers and law enforcement from close neighbours such as France, Belgium and Germany, and from countries further afield such as Vietnam, Iraq, Nigeria, Pakistan, China and the US.';

MATCH (a:Country {id: 'PK'}), (e:Event {id: 'oic-summit'})
MERGE (a)-[r:ATTENDED {role: 'attendee', source: '2025-03-31-commons-home-office-topical-summit-answer'}]->(e)
SET r.quote = 'We are bringing together Ministers and law enforcement from close neighbours such as France, Belgium and Germany, and from countries further afield such as Vietnam, Iraq, Nigeria, Pakistan, China and the US.';

MATCH (a:Country {id: 'CN'}), (e:Event {id: 'oic-summit'})
MERGE (a)-[r:ATTENDED {role: 'attendee', source: '2025-03-31-commons-home-office-topical-summit-answer'}]->(e)
SET r.quote = 'We are bringing together Ministers and law enforcement from close neighbours such as France, Belgium and Germany, and from countries further afield such as Vietnam, Iraq, Nigeria, Pakistan, China and the US.';

MATCH (a:Country {id: 'US'}), (e:Event {id: 'oic-summit'})
MERGE (a)-[r:ATTENDED {role: 'attendee', source: '2025-03-31-commons-home-office-topical-summit-answer'}]->(e)
SET r.quote = 'We are bringing together Ministers and law enforcement from close neighbours such as France, Belgium and Germany, and from countries further afield such as Vietnam, Iraq, Nigeria, Pakistan, China and the US.';

MERGE (st:Step {id: 'oic-summit--met--2025-03-31-commons-home-office-topical-summit-answer'})
SET st.kind = 'met', st.on = date('2025-03-31'), st.dateBasis = 'STATED',
    st.dateNote = 'stated: the answer given "in the House of Commons at on 31 March 2025" says "Today we are hosting in London the first ever international summit on organised immigration crime and border security"',
    st.summary = 'The UK hosts in London the first ever international summit on organised immigration crime and border security.'
WITH st
MATCH (s:Source {id: '2025-03-31-commons-home-office-topical-summit-answer'})
MERGE (st)-[:EVIDENCED_BY {quote: 'Home Department – in the House of Commons at on 31 March 2025.\nIf she will make a statement on her departmental responsibilities.\nToday we are hosting in London the first ever international summit on organised immigration crime and border security'}]->(s);

MATCH (st:Step {id: 'oic-summit--met--2025-03-31-commons-home-office-topical-summit-answer'}), (e:Event {id: 'oic-summit'})
MERGE (st)-[r:AT {source: '2025-03-31-commons-home-office-topical-summit-answer'}]->(e)
SET r.quote = 'Home Department – in the House of Commons at on 31 March 2025.\nIf she will make a statement on her departmental responsibilities.\nToday we are hosting in London the first ever international summit on organised immigration crime and border security';

MATCH (st:Step {id: 'oic-summit--met--2025-03-31-commons-home-office-topical-summit-answer'}), (a:Country {id: 'GB'})
MERGE (st)-[r:INVOLVES {source: '2025-03-31-commons-home-office-topical-summit-answer'}]->(a)
SET r.quote = 'Today we are hosting in London the first ever international summit';

// =====================================================================================
// Initiatives
// =====================================================================================
// The law against illegal working in the gig economy: "the UK is strengthening" it, so
// in_progress, UK lead. "As part of that" ties it to the summit's work but does not say it
// was announced there: no ANNOUNCED_AT. The text gives no start date, so a 'reported'
// step records that this answer reports it under way.
MERGE (n:Initiative {id: 'illegal-working-gig-economy-law'})
SET n.name = 'Strengthening the law against illegal working in the gig economy',
    n.summary = 'The UK is strengthening the law against illegal working in the gig economy, so that employer checks will have to be done, alongside increasing illegal working raids and returns.',
    n.kind = 'policy',
    n.status = 'in_progress'
WITH n
MATCH (s:Source {id: '2025-03-31-commons-home-office-topical-summit-answer'})
MERGE (n)-[:EVIDENCED_BY {quote: 'the UK is strengthening the law against illegal working in the gig economy, so employer checks will have to be done, alongside increasing illegal working raids and returns.'}]->(s);

MATCH (a:Country {id: 'GB'}), (i:Initiative {id: 'illegal-working-gig-economy-law'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'lead', source: '2025-03-31-commons-home-office-topical-summit-answer'}]->(i)
SET r.quote = 'the UK is strengthening the law against illegal working in the gig economy';

MERGE (st:Step {id: 'illegal-working-gig-economy-law--reported--2025-03-31-commons-home-office-topical-summit-answer'})
SET st.kind = 'reported', st.on = date('2025-03-31'), st.dateBasis = 'INFERRED',
    st.dateNote = 'the text says the law "is" being strengthened without a date; the step is dated by the answer, given "in the House of Commons at on 31 March 2025" (the first line of the body)',
    st.summary = 'The Commons answer reports that the UK is strengthening the law against illegal working in the gig economy.'
WITH st
MATCH (s:Source {id: '2025-03-31-commons-home-office-topical-summit-answer'})
MERGE (st)-[:EVIDENCED_BY {quote: 'As part of that, the UK is strengthening the law against illegal working in the gig economy'}]->(s);

MATCH (st:Step {id: 'illegal-working-gig-economy-law--reported--2025-03-31-commons-home-office-topical-summit-answer'}), (i:Initiative {id: 'illegal-working-gig-economy-law'})
MERGE (st)-[r:STEP_OF {source: '2025-03-31-commons-home-office-topical-summit-answer'}]->(i)
SET r.quote = 'As part of that, the UK is strengthening the law against illegal working in the gig economy';

MATCH (st:Step {id: 'illegal-working-gig-economy-law--reported--2025-03-31-commons-home-office-topical-summit-answer'}), (a:Country {id: 'GB'})
MERGE (st)-[r:INVOLVES {source: '2025-03-31-commons-home-office-topical-summit-answer'}]->(a)
SET r.quote = 'the UK is strengthening the law against illegal working in the gig economy';

// The French Cabinet's change of its maritime rules: "has ... agreed", so agreed; the
// Cabinet leads. It is aimed at French waters (TARGETS FR). "As a result of our work with
// France" says the UK's work led to it, not that the UK is a party: no UK participation.
// The day it was agreed is not given: a 'reported' step.
MERGE (n:Initiative {id: 'french-maritime-rules-change'})
SET n.name = 'French Cabinet change of its maritime rules to intervene in French waters',
    n.summary = 'The French Cabinet has for the first time agreed to change its maritime rules, so that the French authorities can intervene in French waters to prevent boat crossings; the answer presents this as a result of "our work with France".',
    n.kind = 'policy',
    n.status = 'agreed'
WITH n
MATCH (s:Source {id: '2025-03-31-commons-home-office-topical-summit-answer'})
MERGE (n)-[:EVIDENCED_BY {quote: 'As a result of our work with France, the French Cabinet has for the first time agreed to change its maritime rules, so that the French authorities can intervene in French waters to prevent boat crossings.'}]->(s);

MATCH (a:Organisation {id: 'french-cabinet'}), (i:Initiative {id: 'french-maritime-rules-change'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'lead', source: '2025-03-31-commons-home-office-topical-summit-answer'}]->(i)
SET r.quote = 'the French Cabinet has for the first time agreed to change its maritime rules';

MATCH (i:Initiative {id: 'french-maritime-rules-change'}), (c:Country {id: 'FR'})
MERGE (i)-[r:TARGETS {source: '2025-03-31-commons-home-office-topical-summit-answer'}]->(c)
SET r.quote = 'so that the French authorities can intervene in French waters to prevent boat crossings';

MERGE (st:Step {id: 'french-maritime-rules-change--reported--2025-03-31-commons-home-office-topical-summit-answer'})
SET st.kind = 'reported', st.on = date('2025-03-31'), st.dateBasis = 'INFERRED',
    st.dateNote = 'the text says the French Cabinet "has" agreed without saying when; the step is dated by the answer, given "in the House of Commons at on 31 March 2025" (the first line of the body)',
    st.summary = 'The Commons answer reports that the French Cabinet has for the first time agreed to change its maritime rules.'
WITH st
MATCH (s:Source {id: '2025-03-31-commons-home-office-topical-summit-answer'})
MERGE (st)-[:EVIDENCED_BY {quote: 'the French Cabinet has for the first time agreed to change its maritime rules'}]->(s);

MATCH (st:Step {id: 'french-maritime-rules-change--reported--2025-03-31-commons-home-office-topical-summit-answer'}), (i:Initiative {id: 'french-maritime-rules-change'})
MERGE (st)-[r:STEP_OF {source: '2025-03-31-commons-home-office-topical-summit-answer'}]->(i)
SET r.quote = 'the French Cabinet has for the first time agreed to change its maritime rules';

MATCH (st:Step {id: 'french-maritime-rules-change--reported--2025-03-31-commons-home-office-topical-summit-answer'}), (a:Organisation {id: 'french-cabinet'})
MERGE (st)-[r:INVOLVES {source: '2025-03-31-commons-home-office-topical-summit-answer'}]->(a)
SET r.quote = 'the French Cabinet has for the first time agreed';
