// V208 - hand extraction of seed/corpus/2025-04-01-statement-on-organised-immigration-crime-online.txt
// ("Statement on organised immigration crime": the joint statement on online platforms of
// the representatives of seven governments at the Border Security Summit).
//
// Rules kept in this file (as in V002/V012):
// - every statement ends with a semicolon and runs unchanged in cypher-shell -f
//   (no client commands, no parameters); statements share no variables
// - nodes are MERGEd on their id and their properties SET; a node that an earlier file
//   creates is only MATCHed and given this document's EVIDENCED_BY (its properties are
//   not SET again). Nodes that another corpus file may create first (AL, CN) are MERGEd
//   with ON CREATE SET, so that whichever file comes first names them and no file
//   overwrites the other
// - relationships are MERGEd on their ends, type, role (where they have one) and source,
//   then their quote is SET
// - every quote is an exact substring of the BODY of the file (after the header and the
//   first blank line), occurring in it exactly once; line breaks are written \n
// - the text is partial (only about 2,000 characters): absence proves nothing
// - readings are listed in seed/corpus/2025-04-01-statement-on-organised-immigration-crime-online.md

// =====================================================================================
// Countries: the seven governments whose representatives make the statement
// =====================================================================================
MERGE (n:Country {id: 'AL'})
ON CREATE SET n.name = 'Albania'
WITH n
MATCH (s:Source {id: '2025-04-01-statement-on-organised-immigration-crime-online'})
MERGE (n)-[:EVIDENCED_BY {quote: 'We, the representatives of the governments of Albania, China, Sweden, Tunisia, United Kingdom, United States, Vietnam'}]->(s);

MERGE (n:Country {id: 'CN'})
ON CREATE SET n.name = 'China'
WITH n
MATCH (s:Source {id: '2025-04-01-statement-on-organised-immigration-crime-online'})
MERGE (n)-[:EVIDENCED_BY {quote: 'We, the representatives of the governments of Albania, China, Sweden, Tunisia, United Kingdom, United States, Vietnam'}]->(s);

MERGE (n:Country {id: 'SE'})
ON CREATE SET n.name = 'Sweden'
WITH n
MATCH (s:Source {id: '2025-04-01-statement-on-organised-immigration-crime-online'})
MERGE (n)-[:EVIDENCED_BY {quote: 'We, the representatives of the governments of Albania, China, Sweden, Tunisia, United Kingdom, United States, Vietnam'}]->(s);

MERGE (n:Country {id: 'TN'})
ON CREATE SET n.name = 'Tunisia'
WITH n
MATCH (s:Source {id: '2025-04-01-statement-on-organised-immigration-crime-online'})
MERGE (n)-[:EVIDENCED_BY {quote: 'We, the representatives of the governments of Albania, China, Sweden, Tunisia, United Kingdom, United States, Vietnam'}]->(s);

MATCH (n:Country {id: 'GB'})
MATCH (s:Source {id: '2025-04-01-statement-on-organised-immigration-crime-online'})
MERGE (n)-[:EVIDENCED_BY {quote: 'We, the representatives of the governments of Albania, China, Sweden, Tunisia, United Kingdom, United States, Vietnam'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'the Border Security Summit hosted by the United Kingdom'}]->(s);

MATCH (n:Country {id: 'US'})
MATCH (s:Source {id: '2025-04-01-statement-on-organised-immigration-crime-online'})
MERGE (n)-[:EVIDENCED_BY {quote: 'We, the representatives of the governments of Albania, China, Sweden, Tunisia, United Kingdom, United States, Vietnam'}]->(s);

MATCH (n:Country {id: 'VN'})
MATCH (s:Source {id: '2025-04-01-statement-on-organised-immigration-crime-online'})
MERGE (n)-[:EVIDENCED_BY {quote: 'We, the representatives of the governments of Albania, China, Sweden, Tunisia, United Kingdom, United States, Vietnam'}]->(s);

// =====================================================================================
// Event: the summit
// =====================================================================================
// "the Border Security Summit hosted by the United Kingdom" is read as the summit of the
// Day 1 release (oic-summit): the UK-Vietnam release (V209) names it "the Border Security
// Summit on Organised Immigration Crime in London". Its name here goes to aliases.
MATCH (n:Event {id: 'oic-summit'})
SET n.aliases = coalesce([x IN n.aliases WHERE x <> 'Border Security Summit'], []) + 'Border Security Summit'
WITH n
MATCH (s:Source {id: '2025-04-01-statement-on-organised-immigration-crime-online'})
MERGE (n)-[:EVIDENCED_BY {quote: 'meeting within the framework of the Border Security Summit hosted by the United Kingdom'}]->(s);

// Attendance: the United Kingdom hosts; the representatives of the other six governments
// are "meeting within the framework of" the summit.
MATCH (a:Country {id: 'GB'}), (e:Event {id: 'oic-summit'})
MERGE (a)-[r:ATTENDED {role: 'host', source: '2025-04-01-statement-on-organised-immigration-crime-online'}]->(e)
SET r.quote = 'the Border Security Summit hosted by the United Kingdom';

MATCH (a:Country {id: 'AL'}), (e:Event {id: 'oic-summit'})
MERGE (a)-[r:ATTENDED {role: 'attendee', source: '2025-04-01-statement-on-organised-immigration-crime-online'}]->(e)
SET r.quote = 'We, the representatives of the governments of Albania, China, Sweden, Tunisia, United Kingdom, United States, Vietnam, united as an international community in the fight against organised immigration crime (OIC), meeting within the framework of the Border Security Summit';

MATCH (a:Country {id: 'CN'}), (e:Event {id: 'oic-summit'})
MERGE (a)-[r:ATTENDED {role: 'attendee', source: '2025-04-01-statement-on-organised-immigration-crime-online'}]->(e)
SET r.quote = 'We, the representatives of the governments of Albania, China, Sweden, Tunisia, United Kingdom, United States, Vietnam, united as an international community in the fight against organised immigration crime (OIC), meeting within the framework of the Border Security Summit';

MATCH (a:Country {id: 'SE'}), (e:Event {id: 'oic-summit'})
MERGE (a)-[r:ATTENDED {role: 'attendee', source: '2025-04-01-statement-on-organised-immigration-crime-online'}]->(e)
SET r.quote = 'We, the representatives of the governments of Albania, China, Sweden, Tunisia, United Kingdom, United States, Vietnam, united as an international community in the fight against organised immigration crime (OIC), meeting within the framework of the Border Security Summit';

MATCH (a:Country {id: 'TN'}), (e:Event {id: 'oic-summit'})
MERGE (a)-[r:ATTENDED {role: 'attendee', source: '2025-04-01-statement-on-organised-immigration-crime-online'}]->(e)
SET r.quote = 'We, the representatives of the governments of Albania, China, Sweden, Tunisia, United Kingdom, United States, Vietnam, united as an international community in the fight against organised immigration crime (OIC), meeting within the framework of the Border Security Summit';

MATCH (a:Country {id: 'US'}), (e:Event {id: 'oic-summit'})
MERGE (a)-[r:ATTENDED {role: 'attendee', source: '2025-04-01-statement-on-organised-immigration-crime-online'}]->(e)
SET r.quote = 'We, the representatives of the governments of Albania, China, Sweden, Tunisia, United Kingdom, United States, Vietnam, united as an international community in the fight against organised immigration crime (OIC), meeting within the framework of the Border Security Summit';

MATCH (a:Country {id: 'VN'}), (e:Event {id: 'oic-summit'})
MERGE (a)-[r:ATTENDED {role: 'attendee', source: '2025-04-01-statement-on-organised-immigration-crime-online'}]->(e)
SET r.quote = 'We, the representatives of the governments of Albania, China, Sweden, Tunisia, United Kingdom, United States, Vietnam, united as an international community in the fight against organised immigration crime (OIC), meeting within the framework of the Border Security Summit';

// =====================================================================================
// Topic (Day 1): OCGs' operations online
// =====================================================================================
// The statement's subject is the Day 1 topic in nearly the same words ("advertise and
// facilitate illegal immigration services").
MATCH (n:Topic {id: 'ocg-online-operations'})
MATCH (s:Source {id: '2025-04-01-statement-on-organised-immigration-crime-online'})
MERGE (n)-[:EVIDENCED_BY {quote: 'Organised criminal groups are exploiting these platforms to advertise and facilitate illegal immigration services'}]->(s);

// =====================================================================================
// Initiative: the statement
// =====================================================================================
// One commitment: the Day 2 release (V210) reports the same agreement with its own list of
// signatories (without China); both lists are kept, each with its own source.
// Status agreed: the representatives "hereby affirm" it (see the step below).
MERGE (n:Initiative {id: 'statement-on-organised-immigration-crime'})
SET n.name = 'Statement on organised immigration crime',
    n.summary = 'A statement of the representatives of the governments of Albania, China, Sweden, Tunisia, the United Kingdom, the United States and Vietnam, meeting within the framework of the Border Security Summit hosted by the United Kingdom, affirming their collective responsibility to address organised criminal groups exploiting online platforms to facilitate irregular immigration, including human trafficking, and calling on all governments, international organisations and industry partners to work together to prevent the misuse of online platforms for illegal immigration services.',
    n.kind = 'statement',
    n.status = 'agreed',
    n.audiences = ['governments', 'international organisations', 'industry partners']
WITH n
MATCH (s:Source {id: '2025-04-01-statement-on-organised-immigration-crime-online'})
MERGE (n)-[:EVIDENCED_BY {quote: 'Statement on organised immigration crime\n\nStatement from the representatives of the governments of Albania, China, Sweden, Tunisia, United Kingdom, United States and Vietnam'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'hereby affirm our collective responsibility to address the threat posed by organised criminal groups exploiting online platforms for the facilitation of irregular immigration including human trafficking'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'We call upon all governments, international organisations, and industry partners to join us in this endeavour to work together to prevent the misuse of online platforms for illegal immigration services.'}]->(s);

MATCH (i:Initiative {id: 'statement-on-organised-immigration-crime'}), (e:Event {id: 'oic-summit'})
MERGE (i)-[r:ANNOUNCED_AT {source: '2025-04-01-statement-on-organised-immigration-crime-online'}]->(e)
SET r.quote = 'meeting within the framework of the Border Security Summit hosted by the United Kingdom, hereby affirm';

MATCH (i:Initiative {id: 'statement-on-organised-immigration-crime'}), (t:Topic {id: 'ocg-online-operations'})
MERGE (i)-[r:ADDRESSES {source: '2025-04-01-statement-on-organised-immigration-crime-online'}]->(t)
SET r.quote = 'Organised criminal groups are exploiting these platforms to advertise and facilitate illegal immigration services';

// Signatories: the seven governments the statement speaks for ("We, the representatives
// of the governments of ..."), China included.
MATCH (a:Country {id: 'AL'}), (i:Initiative {id: 'statement-on-organised-immigration-crime'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'signatory', source: '2025-04-01-statement-on-organised-immigration-crime-online'}]->(i)
SET r.quote = 'We, the representatives of the governments of Albania, China, Sweden, Tunisia, United Kingdom, United States, Vietnam';

MATCH (a:Country {id: 'CN'}), (i:Initiative {id: 'statement-on-organised-immigration-crime'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'signatory', source: '2025-04-01-statement-on-organised-immigration-crime-online'}]->(i)
SET r.quote = 'We, the representatives of the governments of Albania, China, Sweden, Tunisia, United Kingdom, United States, Vietnam';

MATCH (a:Country {id: 'SE'}), (i:Initiative {id: 'statement-on-organised-immigration-crime'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'signatory', source: '2025-04-01-statement-on-organised-immigration-crime-online'}]->(i)
SET r.quote = 'We, the representatives of the governments of Albania, China, Sweden, Tunisia, United Kingdom, United States, Vietnam';

MATCH (a:Country {id: 'TN'}), (i:Initiative {id: 'statement-on-organised-immigration-crime'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'signatory', source: '2025-04-01-statement-on-organised-immigration-crime-online'}]->(i)
SET r.quote = 'We, the representatives of the governments of Albania, China, Sweden, Tunisia, United Kingdom, United States, Vietnam';

MATCH (a:Country {id: 'GB'}), (i:Initiative {id: 'statement-on-organised-immigration-crime'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'signatory', source: '2025-04-01-statement-on-organised-immigration-crime-online'}]->(i)
SET r.quote = 'We, the representatives of the governments of Albania, China, Sweden, Tunisia, United Kingdom, United States, Vietnam';

MATCH (a:Country {id: 'US'}), (i:Initiative {id: 'statement-on-organised-immigration-crime'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'signatory', source: '2025-04-01-statement-on-organised-immigration-crime-online'}]->(i)
SET r.quote = 'We, the representatives of the governments of Albania, China, Sweden, Tunisia, United Kingdom, United States, Vietnam';

MATCH (a:Country {id: 'VN'}), (i:Initiative {id: 'statement-on-organised-immigration-crime'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'signatory', source: '2025-04-01-statement-on-organised-immigration-crime-online'}]->(i)
SET r.quote = 'We, the representatives of the governments of Albania, China, Sweden, Tunisia, United Kingdom, United States, Vietnam';

// =====================================================================================
// Dated step: the statement is made
// =====================================================================================
// The text obtained gives no date, and neither does the header as a stated date: the
// only date is an index's release date. INFERRED, and the note says so.
MERGE (st:Step {id: 'statement-on-organised-immigration-crime--agreed--2025-04-01-statement-on-organised-immigration-crime-online'})
SET st.kind = 'agreed',
    st.on = date('2025-04-01'),
    st.dateBasis = 'INFERRED',
    st.dateNote = 'the text gives no date; the header has no stated date either, only the release date 2025-04-01 of an index entry (ngj.jp) for the statement (the verbatim copy is on a mirror archive page for 2025-04-02), so the date is the listing date of the statement, not a date the statement gives',
    st.summary = 'The representatives of the governments of Albania, China, Sweden, Tunisia, the United Kingdom, the United States and Vietnam, meeting at the Border Security Summit, affirm the statement on organised immigration crime online.'
WITH st
MATCH (s:Source {id: '2025-04-01-statement-on-organised-immigration-crime-online'})
MERGE (st)-[:EVIDENCED_BY {quote: 'meeting within the framework of the Border Security Summit hosted by the United Kingdom, hereby affirm our collective responsibility'}]->(s);

MATCH (st:Step {id: 'statement-on-organised-immigration-crime--agreed--2025-04-01-statement-on-organised-immigration-crime-online'}), (i:Initiative {id: 'statement-on-organised-immigration-crime'})
MERGE (st)-[r:STEP_OF {source: '2025-04-01-statement-on-organised-immigration-crime-online'}]->(i)
SET r.quote = 'hereby affirm our collective responsibility';

MATCH (st:Step {id: 'statement-on-organised-immigration-crime--agreed--2025-04-01-statement-on-organised-immigration-crime-online'}), (e:Event {id: 'oic-summit'})
MERGE (st)-[r:AT {source: '2025-04-01-statement-on-organised-immigration-crime-online'}]->(e)
SET r.quote = 'meeting within the framework of the Border Security Summit hosted by the United Kingdom, hereby affirm';

MATCH (st:Step {id: 'statement-on-organised-immigration-crime--agreed--2025-04-01-statement-on-organised-immigration-crime-online'}), (a:Country {id: 'AL'})
MERGE (st)-[r:INVOLVES {source: '2025-04-01-statement-on-organised-immigration-crime-online'}]->(a)
SET r.quote = 'We, the representatives of the governments of Albania, China, Sweden, Tunisia, United Kingdom, United States, Vietnam';

MATCH (st:Step {id: 'statement-on-organised-immigration-crime--agreed--2025-04-01-statement-on-organised-immigration-crime-online'}), (a:Country {id: 'CN'})
MERGE (st)-[r:INVOLVES {source: '2025-04-01-statement-on-organised-immigration-crime-online'}]->(a)
SET r.quote = 'We, the representatives of the governments of Albania, China, Sweden, Tunisia, United Kingdom, United States, Vietnam';

MATCH (st:Step {id: 'statement-on-organised-immigration-crime--agreed--2025-04-01-statement-on-organised-immigration-crime-online'}), (a:Country {id: 'SE'})
MERGE (st)-[r:INVOLVES {source: '2025-04-01-statement-on-organised-immigration-crime-online'}]->(a)
SET r.quote = 'We, the representatives of the governments of Albania, China, Sweden, Tunisia, United Kingdom, United States, Vietnam';

MATCH (st:Step {id: 'statement-on-organised-immigration-crime--agreed--2025-04-01-statement-on-organised-immigration-crime-online'}), (a:Country {id: 'TN'})
MERGE (st)-[r:INVOLVES {source: '2025-04-01-statement-on-organised-immigration-crime-online'}]->(a)
SET r.quote = 'We, the representatives of the governments of Albania, China, Sweden, Tunisia, United Kingdom, United States, Vietnam';

MATCH (st:Step {id: 'statement-on-organised-immigration-crime--agreed--2025-04-01-statement-on-organised-immigration-crime-online'}), (a:Country {id: 'GB'})
MERGE (st)-[r:INVOLVES {source: '2025-04-01-statement-on-organised-immigration-crime-online'}]->(a)
SET r.quote = 'We, the representatives of the governments of Albania, China, Sweden, Tunisia, United Kingdom, United States, Vietnam';

MATCH (st:Step {id: 'statement-on-organised-immigration-crime--agreed--2025-04-01-statement-on-organised-immigration-crime-online'}), (a:Country {id: 'US'})
MERGE (st)-[r:INVOLVES {source: '2025-04-01-statement-on-organised-immigration-crime-online'}]->(a)
SET r.quote = 'We, the representatives of the governments of Albania, China, Sweden, Tunisia, United Kingdom, United States, Vietnam';

MATCH (st:Step {id: 'statement-on-organised-immigration-crime--agreed--2025-04-01-statement-on-organised-immigration-crime-online'}), (a:Country {id: 'VN'})
MERGE (st)-[r:INVOLVES {source: '2025-04-01-statement-on-organised-immigration-crime-online'}]->(a)
SET r.quote = 'We, the representatives of the governments of Albania, China, Sweden, Tunisia, United Kingdom, United States, Vietnam';
