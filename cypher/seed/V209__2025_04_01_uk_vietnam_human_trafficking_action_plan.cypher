// V209 - hand extraction of seed/corpus/2025-04-01-uk-vietnam-human-trafficking-action-plan.txt
// (Home Office release "UK and Vietnam sign agreement to tackle human trafficking": the
// UK-Vietnam joint action plan signed at the Border Security Summit, and its funding).
//
// Rules kept in this file (as in V002/V012):
// - every statement ends with a semicolon and runs unchanged in cypher-shell -f
//   (no client commands, no parameters); statements share no variables
// - nodes are MERGEd on their id and their properties SET; a node that an earlier file
//   creates is only MATCHed and given this document's EVIDENCED_BY. A node that another
//   corpus file may create first (yvette-cooper) is MERGEd with ON CREATE SET, so that
//   whichever file comes first names it and no file overwrites the other
// - relationships are MERGEd on their ends, type, role (where they have one) and source,
//   then their quote is SET
// - every quote is an exact substring of the BODY of the file, occurring in it exactly
//   once; line breaks are written \n
// - readings are listed in seed/corpus/2025-04-01-uk-vietnam-human-trafficking-action-plan.md

// =====================================================================================
// Countries
// =====================================================================================
MATCH (n:Country {id: 'GB'})
MATCH (s:Source {id: '2025-04-01-uk-vietnam-human-trafficking-action-plan'})
MERGE (n)-[:EVIDENCED_BY {quote: 'The UK and Vietnam are joining forces to clamp down on human trafficking'}]->(s);

MATCH (n:Country {id: 'VN'})
MATCH (s:Source {id: '2025-04-01-uk-vietnam-human-trafficking-action-plan'})
MERGE (n)-[:EVIDENCED_BY {quote: 'The UK and Vietnam are joining forces to clamp down on human trafficking'}]->(s);

// =====================================================================================
// Organisations
// =====================================================================================
MATCH (n:Organisation {id: 'home-office'})
MATCH (s:Source {id: '2025-04-01-uk-vietnam-human-trafficking-action-plan'})
MERGE (n)-[:EVIDENCED_BY {quote: 'through the Home Office Modern Slavery Fund'}]->(s);

// "the Government of Vietnam": the text says whose government it is, so BASED_IN VN.
// It is not made a participant of the plan: the sentence says the UK works "together with"
// it to shut down gangs, not that it is a party to the plan (Vietnam, the country, is).
MERGE (n:Organisation {id: 'government-of-vietnam'})
SET n.name = 'Government of Vietnam', n.kind = 'government'
WITH n
MATCH (s:Source {id: '2025-04-01-uk-vietnam-human-trafficking-action-plan'})
MERGE (n)-[:EVIDENCED_BY {quote: 'Together with the Government of Vietnam, we are working to shut down these vile trafficking gangs'}]->(s);

MATCH (a:Organisation {id: 'government-of-vietnam'}), (b:Country {id: 'VN'})
MERGE (a)-[r:BASED_IN {source: '2025-04-01-uk-vietnam-human-trafficking-action-plan'}]->(b)
SET r.quote = 'the Government of Vietnam';

// =====================================================================================
// Officials
// =====================================================================================
// Yvette Cooper: named, with the title Home Secretary. Not linked to the unnamed
// home-secretary of the Day 1 release (that is a post holder the Day 1 text does not
// name). No REPRESENTS GB: the text calls her "the Home Secretary" without saying whose
// (contrast "Vietnam Minister for Public Security"). No HOLDS_POST: no body is named.
MERGE (n:Official {id: 'yvette-cooper'})
ON CREATE SET n.name = 'Yvette Cooper', n.title = 'Home Secretary'
WITH n
MATCH (s:Source {id: '2025-04-01-uk-vietnam-human-trafficking-action-plan'})
MERGE (n)-[:EVIDENCED_BY {quote: 'by the Home Secretary Yvette Cooper'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'Yvette Cooper, Home Secretary, said:'}]->(s);

// "General" is a rank, left out of the id and the name. No HOLDS_POST: no ministry is named.
MERGE (n:Official {id: 'luong-tam-quang'})
SET n.name = 'Luong Tam Quang', n.title = 'Minister for Public Security'
WITH n
MATCH (s:Source {id: '2025-04-01-uk-vietnam-human-trafficking-action-plan'})
MERGE (n)-[:EVIDENCED_BY {quote: 'Vietnam Minister for Public Security General Luong Tam Quang'}]->(s);

MATCH (a:Official {id: 'luong-tam-quang'}), (b:Country {id: 'VN'})
MERGE (a)-[r:REPRESENTS {source: '2025-04-01-uk-vietnam-human-trafficking-action-plan'}]->(b)
SET r.quote = 'Vietnam Minister for Public Security General Luong Tam Quang';

// =====================================================================================
// Event: the summit (Day 1's oic-summit)
// =====================================================================================
MATCH (n:Event {id: 'oic-summit'})
SET n.aliases = coalesce([x IN n.aliases WHERE x <> 'Border Security Summit on Organised Immigration Crime'], []) + 'Border Security Summit on Organised Immigration Crime'
WITH n
MATCH (s:Source {id: '2025-04-01-uk-vietnam-human-trafficking-action-plan'})
MERGE (n)-[:EVIDENCED_BY {quote: 'at the Border Security Summit on Organised Immigration Crime in London'}]->(s);

// The two signatories signed "at" the summit, so they were there; the text gives them no
// host role.
MATCH (a:Official {id: 'yvette-cooper'}), (e:Event {id: 'oic-summit'})
MERGE (a)-[r:ATTENDED {role: 'attendee', source: '2025-04-01-uk-vietnam-human-trafficking-action-plan'}]->(e)
SET r.quote = 'The agreement was signed yesterday, 31 March, at the Border Security Summit on Organised Immigration Crime in London by the Home Secretary Yvette Cooper';

MATCH (a:Official {id: 'luong-tam-quang'}), (e:Event {id: 'oic-summit'})
MERGE (a)-[r:ATTENDED {role: 'attendee', source: '2025-04-01-uk-vietnam-human-trafficking-action-plan'}]->(e)
SET r.quote = 'at the Border Security Summit on Organised Immigration Crime in London by the Home Secretary Yvette Cooper and Vietnam Minister for Public Security General Luong Tam Quang';

// The summit sat on 31 March: the day and month are the text's, the year is not.
MERGE (st:Step {id: 'oic-summit--met--2025-04-01-uk-vietnam-human-trafficking-action-plan'})
SET st.kind = 'met',
    st.on = date('2025-03-31'),
    st.dateBasis = 'INFERRED',
    st.dateNote = 'the text says "yesterday, 31 March" without a year; the year 2025 is from the header, which dates the release 1 April 2025 (per the ukpol.co.uk mirror)',
    st.summary = 'The Border Security Summit on Organised Immigration Crime in London is in session on 31 March, when the UK-Vietnam agreement is signed there.'
WITH st
MATCH (s:Source {id: '2025-04-01-uk-vietnam-human-trafficking-action-plan'})
MERGE (st)-[:EVIDENCED_BY {quote: 'The agreement was signed yesterday, 31 March, at the Border Security Summit on Organised Immigration Crime in London'}]->(s);

MATCH (st:Step {id: 'oic-summit--met--2025-04-01-uk-vietnam-human-trafficking-action-plan'}), (e:Event {id: 'oic-summit'})
MERGE (st)-[r:AT {source: '2025-04-01-uk-vietnam-human-trafficking-action-plan'}]->(e)
SET r.quote = 'yesterday, 31 March, at the Border Security Summit on Organised Immigration Crime in London';

// =====================================================================================
// Initiatives
// =====================================================================================
// The joint action plan: signed (see the step below).
MERGE (n:Initiative {id: 'uk-vietnam-human-trafficking-action-plan'})
SET n.name = 'UK-Vietnam joint action plan to tackle human trafficking',
    n.summary = 'A joint action plan signed by the UK and Vietnam to reduce the risks of human trafficking, committing both countries to stop traffickers from exploiting vulnerable people by discouraging dangerous journeys, enhancing information sharing and co-ordinating efforts to disrupt trafficking, and to support victims.',
    n.kind = 'action plan',
    n.status = 'signed'
WITH n
MATCH (s:Source {id: '2025-04-01-uk-vietnam-human-trafficking-action-plan'})
MERGE (n)-[:EVIDENCED_BY {quote: 'A new joint action plan will reduce the risks of human trafficking by discouraging dangerous journeys, disrupting trafficking gangs and supporting victims.'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'The agreement commits both countries to stop traffickers from exploiting vulnerable people by discouraging dangerous journeys, enhancing information sharing and co-ordinating efforts to disrupt trafficking.'}]->(s);

MATCH (i:Initiative {id: 'uk-vietnam-human-trafficking-action-plan'}), (e:Event {id: 'oic-summit'})
MERGE (i)-[r:ANNOUNCED_AT {source: '2025-04-01-uk-vietnam-human-trafficking-action-plan'}]->(e)
SET r.quote = 'The agreement was signed yesterday, 31 March, at the Border Security Summit';

MATCH (a:Country {id: 'GB'}), (i:Initiative {id: 'uk-vietnam-human-trafficking-action-plan'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'signatory', source: '2025-04-01-uk-vietnam-human-trafficking-action-plan'}]->(i)
SET r.quote = 'UK and Vietnam sign agreement to tackle human trafficking';

MATCH (a:Country {id: 'VN'}), (i:Initiative {id: 'uk-vietnam-human-trafficking-action-plan'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'signatory', source: '2025-04-01-uk-vietnam-human-trafficking-action-plan'}]->(i)
SET r.quote = 'UK and Vietnam sign agreement to tackle human trafficking';

MATCH (a:Official {id: 'yvette-cooper'}), (i:Initiative {id: 'uk-vietnam-human-trafficking-action-plan'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'signatory', source: '2025-04-01-uk-vietnam-human-trafficking-action-plan'}]->(i)
SET r.quote = 'The agreement was signed yesterday, 31 March, at the Border Security Summit on Organised Immigration Crime in London by the Home Secretary Yvette Cooper';

MATCH (a:Official {id: 'luong-tam-quang'}), (i:Initiative {id: 'uk-vietnam-human-trafficking-action-plan'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'signatory', source: '2025-04-01-uk-vietnam-human-trafficking-action-plan'}]->(i)
SET r.quote = 'by the Home Secretary Yvette Cooper and Vietnam Minister for Public Security General Luong Tam Quang';

// "go after criminals both in the UK and Vietnam": the plan aims at both countries.
MATCH (i:Initiative {id: 'uk-vietnam-human-trafficking-action-plan'}), (c:Country {id: 'GB'})
MERGE (i)-[r:TARGETS {source: '2025-04-01-uk-vietnam-human-trafficking-action-plan'}]->(c)
SET r.quote = 'this plan allows us to go after criminals both in the UK and Vietnam';

MATCH (i:Initiative {id: 'uk-vietnam-human-trafficking-action-plan'}), (c:Country {id: 'VN'})
MERGE (i)-[r:TARGETS {source: '2025-04-01-uk-vietnam-human-trafficking-action-plan'}]->(c)
SET r.quote = 'this plan allows us to go after criminals both in the UK and Vietnam';

// The 2018 memorandum of understanding: signed, but the text gives only the year, so no
// dated step is written for it.
MERGE (n:Initiative {id: 'uk-vietnam-mou-2018'})
SET n.name = 'UK-Vietnam memorandum of understanding (2018)',
    n.summary = 'A memorandum of understanding signed by the UK and Vietnam in 2018, on which the 2025 joint action plan on human trafficking builds.',
    n.kind = 'agreement',
    n.status = 'signed'
WITH n
MATCH (s:Source {id: '2025-04-01-uk-vietnam-human-trafficking-action-plan'})
MERGE (n)-[:EVIDENCED_BY {quote: 'a memorandum of understanding signed by the 2 countries in 2018'}]->(s);

MATCH (a:Country {id: 'GB'}), (i:Initiative {id: 'uk-vietnam-mou-2018'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'signatory', source: '2025-04-01-uk-vietnam-human-trafficking-action-plan'}]->(i)
SET r.quote = 'a memorandum of understanding signed by the 2 countries in 2018';

MATCH (a:Country {id: 'VN'}), (i:Initiative {id: 'uk-vietnam-mou-2018'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'signatory', source: '2025-04-01-uk-vietnam-human-trafficking-action-plan'}]->(i)
SET r.quote = 'a memorandum of understanding signed by the 2 countries in 2018';

MATCH (i:Initiative {id: 'uk-vietnam-human-trafficking-action-plan'}), (p:Initiative {id: 'uk-vietnam-mou-2018'})
MERGE (i)-[r:BUILDS_ON {source: '2025-04-01-uk-vietnam-human-trafficking-action-plan'}]->(p)
SET r.quote = 'It builds on a memorandum of understanding signed by the 2 countries in 2018.';

// The Home Office Modern Slavery Fund: a fund that has run since 2018 and goes on funding
// the plan over the next year, so in_progress. The Home Office is its lead ("the Home
// Office Modern Slavery Fund").
MERGE (n:Initiative {id: 'modern-slavery-fund'})
SET n.name = 'Modern Slavery Fund',
    n.summary = 'The Home Office Modern Slavery Fund, through which the UK has invested over £7 million since 2018 to strengthen Vietnam’s anti-trafficking response, and which supports delivery of the UK-Vietnam joint action plan with up to £1 million over the next year.',
    n.kind = 'programme',
    n.status = 'in_progress'
WITH n
MATCH (s:Source {id: '2025-04-01-uk-vietnam-human-trafficking-action-plan'})
MERGE (n)-[:EVIDENCED_BY {quote: 'through the Home Office Modern Slavery Fund'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'through the Modern Slavery Fund which has identified 720 victims of trafficking and migrants in vulnerable situations'}]->(s);

MATCH (a:Organisation {id: 'home-office'}), (i:Initiative {id: 'modern-slavery-fund'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'lead', source: '2025-04-01-uk-vietnam-human-trafficking-action-plan'}]->(i)
SET r.quote = 'the Home Office Modern Slavery Fund';

MATCH (i:Initiative {id: 'modern-slavery-fund'}), (p:Initiative {id: 'uk-vietnam-human-trafficking-action-plan'})
MERGE (i)-[r:CONTRIBUTES_TO {source: '2025-04-01-uk-vietnam-human-trafficking-action-plan'}]->(p)
SET r.quote = 'Delivery of the joint action plan is supported by up to £1 million of funding over the next year through the Home Office Modern Slavery Fund.';

// =====================================================================================
// Funding streams
// =====================================================================================
// "up to £1 million ... over the next year": amount 1000000 with qualifier up to; the
// money is set for the plan's delivery, so stage committed.
MERGE (n:FundingStream {id: 'modern-slavery-fund-uk-vietnam-action-plan'})
SET n.name = 'Modern Slavery Fund funding for the UK-Vietnam joint action plan',
    n.amount = 1000000,
    n.currency = 'GBP',
    n.qualifier = 'up to',
    n.stage = 'committed'
WITH n
MATCH (s:Source {id: '2025-04-01-uk-vietnam-human-trafficking-action-plan'})
MERGE (n)-[:EVIDENCED_BY {quote: 'supported by up to £1 million of funding over the next year through the Home Office Modern Slavery Fund'}]->(s);

MATCH (a:Organisation {id: 'home-office'}), (f:FundingStream {id: 'modern-slavery-fund-uk-vietnam-action-plan'})
MERGE (a)-[r:PROVIDES {source: '2025-04-01-uk-vietnam-human-trafficking-action-plan'}]->(f)
SET r.quote = 'up to £1 million of funding over the next year through the Home Office Modern Slavery Fund';

MATCH (f:FundingStream {id: 'modern-slavery-fund-uk-vietnam-action-plan'}), (i:Initiative {id: 'uk-vietnam-human-trafficking-action-plan'})
MERGE (f)-[r:FUNDS {source: '2025-04-01-uk-vietnam-human-trafficking-action-plan'}]->(i)
SET r.quote = 'Delivery of the joint action plan is supported by up to £1 million of funding';

// "Since 2018 the UK has invested over £7 million": spent, so stage disbursed; over.
MERGE (n:FundingStream {id: 'modern-slavery-fund-vietnam-since-2018'})
SET n.name = 'UK investment in Vietnam\'s anti-trafficking response through the Modern Slavery Fund since 2018',
    n.amount = 7000000,
    n.currency = 'GBP',
    n.qualifier = 'over',
    n.stage = 'disbursed'
WITH n
MATCH (s:Source {id: '2025-04-01-uk-vietnam-human-trafficking-action-plan'})
MERGE (n)-[:EVIDENCED_BY {quote: 'Since 2018 the UK has invested over £7 million to strengthen Vietnam’s anti-trafficking response through the Modern Slavery Fund'}]->(s);

MATCH (a:Country {id: 'GB'}), (f:FundingStream {id: 'modern-slavery-fund-vietnam-since-2018'})
MERGE (a)-[r:PROVIDES {source: '2025-04-01-uk-vietnam-human-trafficking-action-plan'}]->(f)
SET r.quote = 'Since 2018 the UK has invested over £7 million';

MATCH (f:FundingStream {id: 'modern-slavery-fund-vietnam-since-2018'}), (i:Initiative {id: 'modern-slavery-fund'})
MERGE (f)-[r:FUNDS {source: '2025-04-01-uk-vietnam-human-trafficking-action-plan'}]->(i)
SET r.quote = 'invested over £7 million to strengthen Vietnam’s anti-trafficking response through the Modern Slavery Fund';

MATCH (f:FundingStream {id: 'modern-slavery-fund-vietnam-since-2018'}), (c:Country {id: 'VN'})
MERGE (f)-[r:ALLOCATED_TO {source: '2025-04-01-uk-vietnam-human-trafficking-action-plan'}]->(c)
SET r.quote = 'to strengthen Vietnam’s anti-trafficking response';

// =====================================================================================
// Dated steps
// =====================================================================================
// Signed "yesterday, 31 March": the day and month are the text's, the year is not.
MERGE (st:Step {id: 'uk-vietnam-human-trafficking-action-plan--signed--2025-04-01-uk-vietnam-human-trafficking-action-plan'})
SET st.kind = 'signed',
    st.on = date('2025-03-31'),
    st.dateBasis = 'INFERRED',
    st.dateNote = 'the text says "signed yesterday, 31 March" without a year; the year 2025 is from the header, which dates the release 1 April 2025 (per the ukpol.co.uk mirror)',
    st.summary = 'The UK and Vietnam sign the joint action plan on human trafficking at the Border Security Summit in London: Home Secretary Yvette Cooper and Vietnam Minister for Public Security Luong Tam Quang sign it.'
WITH st
MATCH (s:Source {id: '2025-04-01-uk-vietnam-human-trafficking-action-plan'})
MERGE (st)-[:EVIDENCED_BY {quote: 'The agreement was signed yesterday, 31 March, at the Border Security Summit on Organised Immigration Crime in London by the Home Secretary Yvette Cooper and Vietnam Minister for Public Security General Luong Tam Quang.'}]->(s);

MATCH (st:Step {id: 'uk-vietnam-human-trafficking-action-plan--signed--2025-04-01-uk-vietnam-human-trafficking-action-plan'}), (i:Initiative {id: 'uk-vietnam-human-trafficking-action-plan'})
MERGE (st)-[r:STEP_OF {source: '2025-04-01-uk-vietnam-human-trafficking-action-plan'}]->(i)
SET r.quote = 'The agreement was signed yesterday, 31 March';

MATCH (st:Step {id: 'uk-vietnam-human-trafficking-action-plan--signed--2025-04-01-uk-vietnam-human-trafficking-action-plan'}), (e:Event {id: 'oic-summit'})
MERGE (st)-[r:AT {source: '2025-04-01-uk-vietnam-human-trafficking-action-plan'}]->(e)
SET r.quote = 'The agreement was signed yesterday, 31 March, at the Border Security Summit';

MATCH (st:Step {id: 'uk-vietnam-human-trafficking-action-plan--signed--2025-04-01-uk-vietnam-human-trafficking-action-plan'}), (a:Country {id: 'GB'})
MERGE (st)-[r:INVOLVES {source: '2025-04-01-uk-vietnam-human-trafficking-action-plan'}]->(a)
SET r.quote = 'UK and Vietnam sign agreement to tackle human trafficking';

MATCH (st:Step {id: 'uk-vietnam-human-trafficking-action-plan--signed--2025-04-01-uk-vietnam-human-trafficking-action-plan'}), (a:Country {id: 'VN'})
MERGE (st)-[r:INVOLVES {source: '2025-04-01-uk-vietnam-human-trafficking-action-plan'}]->(a)
SET r.quote = 'UK and Vietnam sign agreement to tackle human trafficking';

MATCH (st:Step {id: 'uk-vietnam-human-trafficking-action-plan--signed--2025-04-01-uk-vietnam-human-trafficking-action-plan'}), (a:Official {id: 'yvette-cooper'})
MERGE (st)-[r:INVOLVES {source: '2025-04-01-uk-vietnam-human-trafficking-action-plan'}]->(a)
SET r.quote = 'by the Home Secretary Yvette Cooper and Vietnam Minister';

MATCH (st:Step {id: 'uk-vietnam-human-trafficking-action-plan--signed--2025-04-01-uk-vietnam-human-trafficking-action-plan'}), (a:Official {id: 'luong-tam-quang'})
MERGE (st)-[r:INVOLVES {source: '2025-04-01-uk-vietnam-human-trafficking-action-plan'}]->(a)
SET r.quote = 'Vietnam Minister for Public Security General Luong Tam Quang';

// The Modern Slavery Fund's results since 2018, as the release reports them. The date is
// the release's, from the header.
MERGE (st:Step {id: 'modern-slavery-fund--reported--2025-04-01-uk-vietnam-human-trafficking-action-plan'})
SET st.kind = 'reported',
    st.on = date('2025-04-01'),
    st.dateBasis = 'INFERRED',
    st.dateNote = 'the text gives no date for the report; the release is dated 1 April 2025 by its header (per the ukpol.co.uk mirror), which fits the text\'s "yesterday, 31 March"',
    st.summary = 'The release reports that since 2018 the UK has invested over £7 million through the Modern Slavery Fund to strengthen Vietnam\'s anti-trafficking response, and that the fund has identified 720 victims of trafficking and migrants in vulnerable situations, reached over 7 million people with awareness campaigns and educated 1,936 aspiring migrants to the risks of human trafficking.'
WITH st
MATCH (s:Source {id: '2025-04-01-uk-vietnam-human-trafficking-action-plan'})
MERGE (st)-[:EVIDENCED_BY {quote: 'which has identified 720 victims of trafficking and migrants in vulnerable situations, reached over 7 million people with awareness campaigns and educated 1,936 aspiring migrants to the risks of human trafficking.'}]->(s);

MATCH (st:Step {id: 'modern-slavery-fund--reported--2025-04-01-uk-vietnam-human-trafficking-action-plan'}), (i:Initiative {id: 'modern-slavery-fund'})
MERGE (st)-[r:STEP_OF {source: '2025-04-01-uk-vietnam-human-trafficking-action-plan'}]->(i)
SET r.quote = 'the Modern Slavery Fund which has identified 720 victims';

MATCH (st:Step {id: 'modern-slavery-fund--reported--2025-04-01-uk-vietnam-human-trafficking-action-plan'}), (a:Country {id: 'GB'})
MERGE (st)-[r:INVOLVES {source: '2025-04-01-uk-vietnam-human-trafficking-action-plan'}]->(a)
SET r.quote = 'Since 2018 the UK has invested over £7 million';

// =====================================================================================
// Statement
// =====================================================================================
// From the first word to the final full stop of the quotation, blank lines kept. The text
// does not place it at the summit, so no AT.
MERGE (n:Statement {id: 'statement-yvette-cooper-uk-vietnam-action-plan'})
SET n.text = 'Human trafficking is a barbaric crime that exploits and dehumanises its victims. This government is using every lever to identify victims, safeguard survivors and punish their abusers.\n\nWorking closely with international partners is vital and this plan allows us to go after criminals both in the UK and Vietnam who are profiteering off people’s desperation.\n\nTogether with the Government of Vietnam, we are working to shut down these vile trafficking gangs and prevent more people from becoming their victims.'
WITH n
MATCH (s:Source {id: '2025-04-01-uk-vietnam-human-trafficking-action-plan'})
MERGE (n)-[:EVIDENCED_BY {quote: n.text}]->(s);

MATCH (o:Official {id: 'yvette-cooper'}), (t:Statement {id: 'statement-yvette-cooper-uk-vietnam-action-plan'})
MERGE (o)-[r:SAID {source: '2025-04-01-uk-vietnam-human-trafficking-action-plan'}]->(t)
SET r.quote = 'Yvette Cooper, Home Secretary, said:';
