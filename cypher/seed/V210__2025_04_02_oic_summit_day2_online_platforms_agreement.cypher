// V210 - hand extraction of seed/corpus/2025-04-02-oic-summit-day2-online-platforms-agreement.txt
// (Home Office release on Day 2 of the Organised Immigration Crime Summit: the agreement on
// online platforms and social media, as mirrored with hard line breaks).
//
// Rules kept in this file (as in V002/V012):
// - every statement ends with a semicolon and runs unchanged in cypher-shell -f
//   (no client commands, no parameters); statements share no variables
// - nodes are MERGEd on their id and their properties SET; a node that an earlier file
//   creates is only MATCHed and given this document's EVIDENCED_BY. Nodes that another
//   corpus file may create first (x, tiktok, meta) are MERGEd with ON CREATE SET, so that
//   whichever file comes first names them and no file overwrites the other
// - relationships are MERGEd on their ends, type, role (where they have one) and source,
//   then their quote is SET
// - every quote is an exact substring of the BODY of the file, occurring in it exactly
//   once; the mirror's line breaks are written \n
// - the text is partial (cut mid-word): absence proves nothing
// - readings are listed in seed/corpus/2025-04-02-oic-summit-day2-online-platforms-agreement.md

// =====================================================================================
// Countries
// =====================================================================================
MATCH (n:Country {id: 'GB'})
MATCH (s:Source {id: '2025-04-02-oic-summit-day2-online-platforms-agreement'})
MERGE (n)-[:EVIDENCED_BY {quote: 'UK and allies including the United States yesterday pledged'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'the UK, Albania, Sweden, Tunisia, United States and\nVietnam have agreed collective action'}]->(s);

MATCH (n:Country {id: 'US'})
MATCH (s:Source {id: '2025-04-02-oic-summit-day2-online-platforms-agreement'})
MERGE (n)-[:EVIDENCED_BY {quote: 'UK and allies including the United States yesterday pledged'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'the UK, Albania, Sweden, Tunisia, United States and\nVietnam have agreed collective action'}]->(s);

MATCH (n:Country {id: 'AL'})
MATCH (s:Source {id: '2025-04-02-oic-summit-day2-online-platforms-agreement'})
MERGE (n)-[:EVIDENCED_BY {quote: 'the UK, Albania, Sweden, Tunisia, United States and\nVietnam have agreed collective action'}]->(s);

MATCH (n:Country {id: 'SE'})
MATCH (s:Source {id: '2025-04-02-oic-summit-day2-online-platforms-agreement'})
MERGE (n)-[:EVIDENCED_BY {quote: 'the UK, Albania, Sweden, Tunisia, United States and\nVietnam have agreed collective action'}]->(s);

MATCH (n:Country {id: 'TN'})
MATCH (s:Source {id: '2025-04-02-oic-summit-day2-online-platforms-agreement'})
MERGE (n)-[:EVIDENCED_BY {quote: 'the UK, Albania, Sweden, Tunisia, United States and\nVietnam have agreed collective action'}]->(s);

MATCH (n:Country {id: 'VN'})
MATCH (s:Source {id: '2025-04-02-oic-summit-day2-online-platforms-agreement'})
MERGE (n)-[:EVIDENCED_BY {quote: 'the UK, Albania, Sweden, Tunisia, United States and\nVietnam have agreed collective action'}]->(s);

// =====================================================================================
// Organisations
// =====================================================================================
MATCH (n:Organisation {id: 'national-crime-agency'})
MATCH (s:Source {id: '2025-04-02-oic-summit-day2-online-platforms-agreement'})
MERGE (n)-[:EVIDENCED_BY {quote: 'taken down by the\nNational Crime Agency since July'}]->(s);

// The three companies, named as the text names them; no country is given for any of them.
// They are not put inside Day 1's "social media organisations" group: the text does not
// say they are the representatives Day 1 speaks of. "Tik Tok" (the later spelling) goes to
// aliases.
MERGE (n:Organisation {id: 'x'})
ON CREATE SET n.name = 'X', n.kind = 'private sector'
WITH n
MATCH (s:Source {id: '2025-04-02-oic-summit-day2-online-platforms-agreement'})
MERGE (n)-[:EVIDENCED_BY {quote: 'Representatives from X, Tik Tok, and Meta attended the Organised'}]->(s);

MERGE (n:Organisation {id: 'tiktok'})
ON CREATE SET n.name = 'TikTok', n.kind = 'private sector'
SET n.aliases = coalesce([x IN n.aliases WHERE x <> 'Tik Tok'], []) + 'Tik Tok'
WITH n
MATCH (s:Source {id: '2025-04-02-oic-summit-day2-online-platforms-agreement'})
MERGE (n)-[:EVIDENCED_BY {quote: 'media sites – such as TikTok and Meta'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'Representatives from X, Tik Tok, and Meta attended the Organised'}]->(s);

MERGE (n:Organisation {id: 'meta'})
ON CREATE SET n.name = 'Meta', n.kind = 'private sector'
WITH n
MATCH (s:Source {id: '2025-04-02-oic-summit-day2-online-platforms-agreement'})
MERGE (n)-[:EVIDENCED_BY {quote: 'media sites – such as TikTok and Meta'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'Representatives from X, Tik Tok, and Meta attended the Organised'}]->(s);

// =====================================================================================
// Event: the summit (Day 1's oic-summit)
// =====================================================================================
MATCH (n:Event {id: 'oic-summit'})
MATCH (s:Source {id: '2025-04-02-oic-summit-day2-online-platforms-agreement'})
MERGE (n)-[:EVIDENCED_BY {quote: 'In an agreement secured at the UK\'s Organised Immigration Crime\nSummit'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'attended the Organised\nImmigration Crime Summit'}]->(s);

// "the UK's Organised Immigration Crime Summit": the UK is the host.
MATCH (a:Country {id: 'GB'}), (e:Event {id: 'oic-summit'})
MERGE (a)-[r:ATTENDED {role: 'host', source: '2025-04-02-oic-summit-day2-online-platforms-agreement'}]->(e)
SET r.quote = 'the UK\'s Organised Immigration Crime\nSummit';

// The text says the companies' representatives attended; it gives them no other role.
MATCH (a:Organisation {id: 'x'}), (e:Event {id: 'oic-summit'})
MERGE (a)-[r:ATTENDED {role: 'attendee', source: '2025-04-02-oic-summit-day2-online-platforms-agreement'}]->(e)
SET r.quote = 'Representatives from X, Tik Tok, and Meta attended the Organised\nImmigration Crime Summit';

MATCH (a:Organisation {id: 'tiktok'}), (e:Event {id: 'oic-summit'})
MERGE (a)-[r:ATTENDED {role: 'attendee', source: '2025-04-02-oic-summit-day2-online-platforms-agreement'}]->(e)
SET r.quote = 'Representatives from X, Tik Tok, and Meta attended the Organised\nImmigration Crime Summit';

MATCH (a:Organisation {id: 'meta'}), (e:Event {id: 'oic-summit'})
MERGE (a)-[r:ATTENDED {role: 'attendee', source: '2025-04-02-oic-summit-day2-online-platforms-agreement'}]->(e)
SET r.quote = 'Representatives from X, Tik Tok, and Meta attended the Organised\nImmigration Crime Summit';

// The summit sat "yesterday" (the day of the pledge). The text gives no date.
MERGE (st:Step {id: 'oic-summit--met--2025-04-02-oic-summit-day2-online-platforms-agreement'})
SET st.kind = 'met',
    st.on = date('2025-04-01'),
    st.dateBasis = 'INFERRED',
    st.dateNote = 'the text gives no date, only "yesterday pledged" for the agreement secured at the summit; the release itself is undated in the text obtained, and its header dates it 2 April 2025 from press copy (PA/LBC, 2 April 2025, report the agreement as made on Tuesday 1 April 2025)',
    st.summary = 'The Organised Immigration Crime Summit is in session the day before the release, when the agreement on online platforms is secured there.'
WITH st
MATCH (s:Source {id: '2025-04-02-oic-summit-day2-online-platforms-agreement'})
MERGE (st)-[:EVIDENCED_BY {quote: 'UK and allies including the United States yesterday pledged\nfurther action'}]->(s);

MATCH (st:Step {id: 'oic-summit--met--2025-04-02-oic-summit-day2-online-platforms-agreement'}), (e:Event {id: 'oic-summit'})
MERGE (st)-[r:AT {source: '2025-04-02-oic-summit-day2-online-platforms-agreement'}]->(e)
SET r.quote = 'In an agreement secured at the UK\'s Organised Immigration Crime\nSummit';

// =====================================================================================
// Topic (Day 1): OCGs' operations online
// =====================================================================================
MATCH (n:Topic {id: 'ocg-online-operations'})
MATCH (s:Source {id: '2025-04-02-oic-summit-day2-online-platforms-agreement'})
MERGE (n)-[:EVIDENCED_BY {quote: 'prevent people smugglers using social media\nchannels to advertise and facilitate organised immigration crime'}]->(s);

// =====================================================================================
// Initiative: the agreement on online platforms = the Statement on organised immigration
// crime (V208)
// =====================================================================================
// Read as the same commitment as the joint statement of V208: the same subject in nearly
// the same words ("to work together to prevent the misuse of online platforms"), at the
// same summit, by the same governments less China. Its properties are V208's and are not
// SET again here; this release's own list of signatories (without China) is added with
// this source, and V208's list (with China) stays.
MATCH (n:Initiative {id: 'statement-on-organised-immigration-crime'})
MATCH (s:Source {id: '2025-04-02-oic-summit-day2-online-platforms-agreement'})
MERGE (n)-[:EVIDENCED_BY {quote: 'have agreed collective action to get governments,\norganisations, and industry partners to work together to prevent\nthe misuse of online platforms and social media sites to\nfacilitate illegal migration.'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'The agreement sets out how countries will:\n- Work with social media companies to design out opportunities\nfor criminal gangs to advertise and glorify illegal migration.'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: '- Work with digital platforms to help them invest in strong\ndetection and moderation tools to tackle Organised Immigration\nCrime (OIC) online, and to support this with effective laws and\nthrough international cooperation.'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: '- Agree to share trends to work together to understand how\norganised crime groups use online platforms and key approaches to\ndetect and disrupt how people smuggling gangs facilitate OIC\nonline.'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'Countries agreed to continue to work together to ensure a strong\nglobal response'}]->(s);

MATCH (i:Initiative {id: 'statement-on-organised-immigration-crime'}), (e:Event {id: 'oic-summit'})
MERGE (i)-[r:ANNOUNCED_AT {source: '2025-04-02-oic-summit-day2-online-platforms-agreement'}]->(e)
SET r.quote = 'In an agreement secured at the UK\'s Organised Immigration Crime\nSummit';

MATCH (i:Initiative {id: 'statement-on-organised-immigration-crime'}), (t:Topic {id: 'ocg-online-operations'})
MERGE (i)-[r:ADDRESSES {source: '2025-04-02-oic-summit-day2-online-platforms-agreement'}]->(t)
SET r.quote = 'prevent people smugglers using social media\nchannels to advertise and facilitate organised immigration crime';

// Signatories as this release lists them: six countries, China not among them.
MATCH (a:Country {id: 'GB'}), (i:Initiative {id: 'statement-on-organised-immigration-crime'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'signatory', source: '2025-04-02-oic-summit-day2-online-platforms-agreement'}]->(i)
SET r.quote = 'the UK, Albania, Sweden, Tunisia, United States and\nVietnam have agreed collective action';

MATCH (a:Country {id: 'AL'}), (i:Initiative {id: 'statement-on-organised-immigration-crime'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'signatory', source: '2025-04-02-oic-summit-day2-online-platforms-agreement'}]->(i)
SET r.quote = 'the UK, Albania, Sweden, Tunisia, United States and\nVietnam have agreed collective action';

MATCH (a:Country {id: 'SE'}), (i:Initiative {id: 'statement-on-organised-immigration-crime'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'signatory', source: '2025-04-02-oic-summit-day2-online-platforms-agreement'}]->(i)
SET r.quote = 'the UK, Albania, Sweden, Tunisia, United States and\nVietnam have agreed collective action';

MATCH (a:Country {id: 'TN'}), (i:Initiative {id: 'statement-on-organised-immigration-crime'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'signatory', source: '2025-04-02-oic-summit-day2-online-platforms-agreement'}]->(i)
SET r.quote = 'the UK, Albania, Sweden, Tunisia, United States and\nVietnam have agreed collective action';

MATCH (a:Country {id: 'US'}), (i:Initiative {id: 'statement-on-organised-immigration-crime'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'signatory', source: '2025-04-02-oic-summit-day2-online-platforms-agreement'}]->(i)
SET r.quote = 'the UK, Albania, Sweden, Tunisia, United States and\nVietnam have agreed collective action';

MATCH (a:Country {id: 'VN'}), (i:Initiative {id: 'statement-on-organised-immigration-crime'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'signatory', source: '2025-04-02-oic-summit-day2-online-platforms-agreement'}]->(i)
SET r.quote = 'the UK, Albania, Sweden, Tunisia, United States and\nVietnam have agreed collective action';

// The agreement, as this release dates it: "yesterday".
MERGE (st:Step {id: 'statement-on-organised-immigration-crime--agreed--2025-04-02-oic-summit-day2-online-platforms-agreement'})
SET st.kind = 'agreed',
    st.on = date('2025-04-01'),
    st.dateBasis = 'INFERRED',
    st.dateNote = 'the text says "yesterday pledged" and gives no date; the release is undated in the text obtained, and its header dates it 2 April 2025 from press copy (PA/LBC, 2 April 2025, report the agreement as made on Tuesday 1 April 2025)',
    st.summary = 'At the Organised Immigration Crime Summit the UK, Albania, Sweden, Tunisia, the United States and Vietnam agree collective action to prevent the misuse of online platforms and social media sites to facilitate illegal migration.'
WITH st
MATCH (s:Source {id: '2025-04-02-oic-summit-day2-online-platforms-agreement'})
MERGE (st)-[:EVIDENCED_BY {quote: 'In an agreement secured at the UK\'s Organised Immigration Crime\nSummit, the UK, Albania, Sweden, Tunisia, United States and\nVietnam have agreed collective action'}]->(s);

MATCH (st:Step {id: 'statement-on-organised-immigration-crime--agreed--2025-04-02-oic-summit-day2-online-platforms-agreement'}), (i:Initiative {id: 'statement-on-organised-immigration-crime'})
MERGE (st)-[r:STEP_OF {source: '2025-04-02-oic-summit-day2-online-platforms-agreement'}]->(i)
SET r.quote = 'UK and allies including the United States yesterday pledged\nfurther action';

MATCH (st:Step {id: 'statement-on-organised-immigration-crime--agreed--2025-04-02-oic-summit-day2-online-platforms-agreement'}), (e:Event {id: 'oic-summit'})
MERGE (st)-[r:AT {source: '2025-04-02-oic-summit-day2-online-platforms-agreement'}]->(e)
SET r.quote = 'In an agreement secured at the UK\'s Organised Immigration Crime\nSummit';

MATCH (st:Step {id: 'statement-on-organised-immigration-crime--agreed--2025-04-02-oic-summit-day2-online-platforms-agreement'}), (a:Country {id: 'GB'})
MERGE (st)-[r:INVOLVES {source: '2025-04-02-oic-summit-day2-online-platforms-agreement'}]->(a)
SET r.quote = 'the UK, Albania, Sweden, Tunisia, United States and\nVietnam have agreed collective action';

MATCH (st:Step {id: 'statement-on-organised-immigration-crime--agreed--2025-04-02-oic-summit-day2-online-platforms-agreement'}), (a:Country {id: 'AL'})
MERGE (st)-[r:INVOLVES {source: '2025-04-02-oic-summit-day2-online-platforms-agreement'}]->(a)
SET r.quote = 'the UK, Albania, Sweden, Tunisia, United States and\nVietnam have agreed collective action';

MATCH (st:Step {id: 'statement-on-organised-immigration-crime--agreed--2025-04-02-oic-summit-day2-online-platforms-agreement'}), (a:Country {id: 'SE'})
MERGE (st)-[r:INVOLVES {source: '2025-04-02-oic-summit-day2-online-platforms-agreement'}]->(a)
SET r.quote = 'the UK, Albania, Sweden, Tunisia, United States and\nVietnam have agreed collective action';

MATCH (st:Step {id: 'statement-on-organised-immigration-crime--agreed--2025-04-02-oic-summit-day2-online-platforms-agreement'}), (a:Country {id: 'TN'})
MERGE (st)-[r:INVOLVES {source: '2025-04-02-oic-summit-day2-online-platforms-agreement'}]->(a)
SET r.quote = 'the UK, Albania, Sweden, Tunisia, United States and\nVietnam have agreed collective action';

MATCH (st:Step {id: 'statement-on-organised-immigration-crime--agreed--2025-04-02-oic-summit-day2-online-platforms-agreement'}), (a:Country {id: 'US'})
MERGE (st)-[r:INVOLVES {source: '2025-04-02-oic-summit-day2-online-platforms-agreement'}]->(a)
SET r.quote = 'the UK, Albania, Sweden, Tunisia, United States and\nVietnam have agreed collective action';

MATCH (st:Step {id: 'statement-on-organised-immigration-crime--agreed--2025-04-02-oic-summit-day2-online-platforms-agreement'}), (a:Country {id: 'VN'})
MERGE (st)-[r:INVOLVES {source: '2025-04-02-oic-summit-day2-online-platforms-agreement'}]->(a)
SET r.quote = 'the UK, Albania, Sweden, Tunisia, United States and\nVietnam have agreed collective action';

// =====================================================================================
// Initiative: the NCA's take-downs of social media accounts (a figure)
// =====================================================================================
// Like Day 1's returns figure: a statistic, delivered ("has seen ... taken down"). The
// figure is kept in the summary (the data model has no figure property). No dated step:
// the text gives "since July" with no year and no date for the count.
MERGE (n:Initiative {id: 'nca-social-media-account-takedowns'})
SET n.name = 'Social media accounts used to sell spaces on boats taken down by the National Crime Agency',
    n.summary = '18,000 social media accounts used to sell spaces on boats taken down by the National Crime Agency since July, 10,000 more than last year.',
    n.kind = 'statistic',
    n.status = 'delivered'
WITH n
MATCH (s:Source {id: '2025-04-02-oic-summit-day2-online-platforms-agreement'})
MERGE (n)-[:EVIDENCED_BY {quote: 'While ramped up law enforcement action has seen 18,000 social\nmedia accounts used to sell spaces on boats taken down by the\nNational Crime Agency since July – 10,000 more than last year'}]->(s);

MATCH (a:Organisation {id: 'national-crime-agency'}), (i:Initiative {id: 'nca-social-media-account-takedowns'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'implementer', source: '2025-04-02-oic-summit-day2-online-platforms-agreement'}]->(i)
SET r.quote = 'taken down by the\nNational Crime Agency since July';
