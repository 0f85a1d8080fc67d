// V201 - hand extraction of seed/corpus/2024-11-28-uk-iraq-border-security-agreement.txt
// (the Home Secretary's three-day visit to Iraq and the Kurdistan Region of Iraq: a joint
// statement on border security, a declaration of intent on serious organised crime, and
// three sums of money for Iraq and the KRI).
//
// Rules kept in this file (as in V002/V012):
// - every statement ends with a semicolon and runs unchanged in cypher-shell -f
//   (no client commands, no parameters); statements share no variables
// - nodes are MERGEd on their id and their properties SET; a node that an earlier file
//   creates is only MATCHed and given this document's EVIDENCED_BY (its properties are
//   not SET again). yvette-cooper is registered by V209 but this file loads first: it is
//   MERGEd with ON CREATE SET, so that whichever file comes first names it
// - relationships are MERGEd on their ends, type, role (where they have one) and source,
//   then their quote is SET
// - every quote is an exact substring of the BODY of the file (after the header and the
//   first blank line), occurring in it exactly once; line breaks are written \n
// - the text is a news site's reproduction, not an official mirror (its header says so),
//   and only its first ~2,000 characters were obtained: it ends mid-word in the bullet
//   list, so absence proves nothing and the last bullet is read only as far as it goes
// - the text gives no date ("this week"): the steps are dated 2024-11-28 from the header
//   (itself taken from news reports), INFERRED, each with a note
// - readings are listed in seed/corpus/2024-11-28-uk-iraq-border-security-agreement.md

// =====================================================================================
// Countries and region
// =====================================================================================
MATCH (n:Country {id: 'IQ'})
MATCH (s:Source {id: '2024-11-28-uk-iraq-border-security-agreement'})
MERGE (n)-[:EVIDENCED_BY {quote: 'A world-first security agreement has been reached between Iraq and the UK government'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'The UK will also support Iraq law enforcement to tackle other serious organised crime, including countering narcotics.'}]->(s);

MATCH (n:Country {id: 'GB'})
MATCH (s:Source {id: '2024-11-28-uk-iraq-border-security-agreement'})
MERGE (n)-[:EVIDENCED_BY {quote: 'The UK will also support Iraq law enforcement to tackle other serious organised crime, including countering narcotics.'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'pledges from both the UK and Iraq'}]->(s);

// "the Kurdistan Region of Iraq (KRI)": the abbreviation goes to aliases.
MATCH (n:Region {id: 'kurdistan-region-of-iraq'})
SET n.aliases = coalesce([x IN n.aliases WHERE x <> 'KRI'], []) + 'KRI'
WITH n
MATCH (s:Source {id: '2024-11-28-uk-iraq-border-security-agreement'})
MERGE (n)-[:EVIDENCED_BY {quote: 'visited Iraq and the Kurdistan Region of Iraq (KRI) this week'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'support projects in the KRI'}]->(s);

// =====================================================================================
// Organisations
// =====================================================================================
// "the UK government" is the node of Day 1's "the government". Here the text says whose
// government it is, so BASED_IN GB is written (Day 1 did not say, see V012).
MATCH (n:Organisation {id: 'uk-government'})
MATCH (s:Source {id: '2024-11-28-uk-iraq-border-security-agreement'})
MERGE (n)-[:EVIDENCED_BY {quote: 'A world-first security agreement has been reached between Iraq and the UK government'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'the UK government has pledged £200,000'}]->(s);

MATCH (a:Organisation {id: 'uk-government'}), (b:Country {id: 'GB'})
MERGE (a)-[r:BASED_IN {source: '2024-11-28-uk-iraq-border-security-agreement'}]->(b)
SET r.quote = 'the UK government has pledged £200,000';

// The two Iraqi governments the Home Secretary spoke to and met. "Federal Government of
// Iraq" says whose it is; "Kurdistan Regional Government" does not name a country, and
// BASED_IN links only to a country, so it gets none.
MERGE (n:Organisation {id: 'federal-government-of-iraq'})
SET n.name = 'Federal Government of Iraq', n.kind = 'government'
WITH n
MATCH (s:Source {id: '2024-11-28-uk-iraq-border-security-agreement'})
MERGE (n)-[:EVIDENCED_BY {quote: 'spoke to ministers from the Federal Government of Iraq'}]->(s);

MATCH (a:Organisation {id: 'federal-government-of-iraq'}), (b:Country {id: 'IQ'})
MERGE (a)-[r:BASED_IN {source: '2024-11-28-uk-iraq-border-security-agreement'}]->(b)
SET r.quote = 'ministers from the Federal Government of Iraq';

MERGE (n:Organisation {id: 'kurdistan-regional-government'})
SET n.name = 'Kurdistan Regional Government', n.kind = 'government'
WITH n
MATCH (s:Source {id: '2024-11-28-uk-iraq-border-security-agreement'})
MERGE (n)-[:EVIDENCED_BY {quote: 'met ministers in the Kurdistan Regional Government'}]->(s);

// =====================================================================================
// Officials
// =====================================================================================
// "Home Secretary Yvette Cooper": a named person, so the node is yvette-cooper (not the
// unnamed post holder home-secretary of Day 1, which no text here ties to her). Every
// later "the Home Secretary" and "She" of this text is the same person.
MERGE (n:Official {id: 'yvette-cooper'})
ON CREATE SET n.name = 'Yvette Cooper', n.title = 'Home Secretary'
WITH n
MATCH (s:Source {id: '2024-11-28-uk-iraq-border-security-agreement'})
MERGE (n)-[:EVIDENCED_BY {quote: 'Home Secretary Yvette Cooper visited Iraq'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'The Home Secretary is the first UK government Secretary of State to visit the country since 2021.'}]->(s);

// "the first UK government Secretary of State": the post is in the UK government.
MATCH (a:Official {id: 'yvette-cooper'}), (b:Organisation {id: 'uk-government'})
MERGE (a)-[r:HOLDS_POST {source: '2024-11-28-uk-iraq-border-security-agreement'}]->(b)
SET r.title = 'Home Secretary',
    r.quote = 'The Home Secretary is the first UK government Secretary of State to visit the country since 2021.';

// She signs "pledges from both the UK and Iraq": she signs for the UK.
MATCH (a:Official {id: 'yvette-cooper'}), (b:Country {id: 'GB'})
MERGE (a)-[r:REPRESENTS {source: '2024-11-28-uk-iraq-border-security-agreement'}]->(b)
SET r.quote = 'signed a declaration of intent on serious organised crime: pledges from both the UK and Iraq';

MATCH (n:Official {id: 'martin-hewitt'})
MATCH (s:Source {id: '2024-11-28-uk-iraq-border-security-agreement'})
MERGE (n)-[:EVIDENCED_BY {quote: 'She was accompanied by the UK government’s Border Security Commander, Martin Hewitt.'}]->(s);

// "the UK government's Border Security Commander": the text puts the post in the UK
// government (it does not name the Border Security Command).
MATCH (a:Official {id: 'martin-hewitt'}), (b:Organisation {id: 'uk-government'})
MERGE (a)-[r:HOLDS_POST {source: '2024-11-28-uk-iraq-border-security-agreement'}]->(b)
SET r.title = 'Border Security Commander',
    r.quote = 'the UK government’s Border Security Commander, Martin Hewitt';

// =====================================================================================
// Event: the visit
// =====================================================================================
// The text dates the visit only as "this week" (V202 adds "in November"): no startDate.
// The id has no date for that reason.
MERGE (n:Event {id: 'home-secretary-visit-to-iraq-and-kri'})
SET n.name = 'Home Secretary\'s official visit to Iraq and the Kurdistan Region of Iraq',
    n.kind = 'visit',
    n.location = 'Iraq and the Kurdistan Region of Iraq'
WITH n
MATCH (s:Source {id: '2024-11-28-uk-iraq-border-security-agreement'})
MERGE (n)-[:EVIDENCED_BY {quote: 'Home Secretary Yvette Cooper visited Iraq and the Kurdistan Region of Iraq (KRI) this week to seal a series of co-operation deals'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'During the 3-day official visit'}]->(s);

// Who took part: the visitor, the official who accompanied her, and the two governments
// whose ministers she spoke to and met. All 'attendee': the text calls no one host.
MATCH (a:Official {id: 'yvette-cooper'}), (e:Event {id: 'home-secretary-visit-to-iraq-and-kri'})
MERGE (a)-[r:ATTENDED {role: 'attendee', source: '2024-11-28-uk-iraq-border-security-agreement'}]->(e)
SET r.quote = 'Home Secretary Yvette Cooper visited Iraq and the Kurdistan Region of Iraq (KRI) this week';

MATCH (a:Official {id: 'martin-hewitt'}), (e:Event {id: 'home-secretary-visit-to-iraq-and-kri'})
MERGE (a)-[r:ATTENDED {role: 'attendee', source: '2024-11-28-uk-iraq-border-security-agreement'}]->(e)
SET r.quote = 'She was accompanied by the UK government’s Border Security Commander, Martin Hewitt.';

MATCH (a:Organisation {id: 'federal-government-of-iraq'}), (e:Event {id: 'home-secretary-visit-to-iraq-and-kri'})
MERGE (a)-[r:ATTENDED {role: 'attendee', source: '2024-11-28-uk-iraq-border-security-agreement'}]->(e)
SET r.quote = 'During the 3-day official visit, the Home Secretary spoke to ministers from the Federal Government of Iraq and met ministers in the Kurdistan Regional Government.';

MATCH (a:Organisation {id: 'kurdistan-regional-government'}), (e:Event {id: 'home-secretary-visit-to-iraq-and-kri'})
MERGE (a)-[r:ATTENDED {role: 'attendee', source: '2024-11-28-uk-iraq-border-security-agreement'}]->(e)
SET r.quote = 'During the 3-day official visit, the Home Secretary spoke to ministers from the Federal Government of Iraq and met ministers in the Kurdistan Regional Government.';

MERGE (st:Step {id: 'home-secretary-visit-to-iraq-and-kri--met--2024-11-28-uk-iraq-border-security-agreement'})
SET st.kind = 'met', st.on = date('2024-11-28'), st.dateBasis = 'INFERRED',
    st.dateNote = 'the text gives no date: the 3-day visit took place "this week"; 2024-11-28 is the date the header gives the release, taken from news reports, not from the text, so the visit took place in the days up to and including it',
    st.summary = 'The Home Secretary, accompanied by the Border Security Commander, visits Iraq and the Kurdistan Region of Iraq and meets ministers of the Federal Government of Iraq and the Kurdistan Regional Government.'
WITH st
MATCH (s:Source {id: '2024-11-28-uk-iraq-border-security-agreement'})
MERGE (st)-[:EVIDENCED_BY {quote: 'Home Secretary Yvette Cooper visited Iraq and the Kurdistan Region of Iraq (KRI) this week'}]->(s);

MATCH (st:Step {id: 'home-secretary-visit-to-iraq-and-kri--met--2024-11-28-uk-iraq-border-security-agreement'}), (e:Event {id: 'home-secretary-visit-to-iraq-and-kri'})
MERGE (st)-[r:AT {source: '2024-11-28-uk-iraq-border-security-agreement'}]->(e)
SET r.quote = 'Home Secretary Yvette Cooper visited Iraq and the Kurdistan Region of Iraq (KRI) this week';

MATCH (st:Step {id: 'home-secretary-visit-to-iraq-and-kri--met--2024-11-28-uk-iraq-border-security-agreement'}), (a:Official {id: 'yvette-cooper'})
MERGE (st)-[r:INVOLVES {source: '2024-11-28-uk-iraq-border-security-agreement'}]->(a)
SET r.quote = 'Home Secretary Yvette Cooper visited Iraq and the Kurdistan Region of Iraq (KRI) this week';

MATCH (st:Step {id: 'home-secretary-visit-to-iraq-and-kri--met--2024-11-28-uk-iraq-border-security-agreement'}), (a:Official {id: 'martin-hewitt'})
MERGE (st)-[r:INVOLVES {source: '2024-11-28-uk-iraq-border-security-agreement'}]->(a)
SET r.quote = 'She was accompanied by the UK government’s Border Security Commander, Martin Hewitt.';

MATCH (st:Step {id: 'home-secretary-visit-to-iraq-and-kri--met--2024-11-28-uk-iraq-border-security-agreement'}), (a:Organisation {id: 'federal-government-of-iraq'})
MERGE (st)-[r:INVOLVES {source: '2024-11-28-uk-iraq-border-security-agreement'}]->(a)
SET r.quote = 'spoke to ministers from the Federal Government of Iraq';

MATCH (st:Step {id: 'home-secretary-visit-to-iraq-and-kri--met--2024-11-28-uk-iraq-border-security-agreement'}), (a:Organisation {id: 'kurdistan-regional-government'})
MERGE (st)-[r:INVOLVES {source: '2024-11-28-uk-iraq-border-security-agreement'}]->(a)
SET r.quote = 'met ministers in the Kurdistan Regional Government';

// =====================================================================================
// Initiatives
// =====================================================================================
// Each bullet under "As part of the programme the Home Secretary:" is one commitment made
// during the visit, so each is ANNOUNCED_AT the visit.
// The lead sentence "The UK will also support Iraq law enforcement to tackle other serious
// organised crime, including countering narcotics" could sum up the training (which covers
// narcotics) or the last bullet (wider crime, cut off at "includ"): it is tied to neither.

// The joint statement on border security. The lead's "world-first security agreement ...
// between Iraq and the UK government to target people smuggling gangs and strengthen
// border security co-operation" is read as this "first-of-its-kind agreement with Iraq ...
// in tackling people smuggling and bolster border security" (same subject, same "first").
// kind statement: the instrument is a joint statement (the text calls it an agreement,
// which the summary keeps). Status signed.
MERGE (n:Initiative {id: 'uk-iraq-border-security-joint-statement'})
SET n.name = 'UK-Iraq joint statement on border security',
    n.summary = 'A joint statement on border security signed by the Home Secretary with Iraq: a first-of-its-kind agreement that sets out the commitments of both countries to work more closely in tackling people smuggling and bolster border security.',
    n.kind = 'statement',
    n.status = 'signed'
WITH n
MATCH (s:Source {id: '2024-11-28-uk-iraq-border-security-agreement'})
MERGE (n)-[:EVIDENCED_BY {quote: 'signed a joint statement on border security: a first-of-its-kind agreement with Iraq, which sets out the commitments of both countries to work more closely in tackling people smuggling and bolster border security'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'A world-first security agreement has been reached between Iraq and the UK government to target people smuggling gangs and strengthen border security co-operation.'}]->(s);

MATCH (i:Initiative {id: 'uk-iraq-border-security-joint-statement'}), (e:Event {id: 'home-secretary-visit-to-iraq-and-kri'})
MERGE (i)-[r:ANNOUNCED_AT {source: '2024-11-28-uk-iraq-border-security-agreement'}]->(e)
SET r.quote = 'As part of the programme the Home Secretary:\n- signed a joint statement on border security';

MATCH (a:Official {id: 'yvette-cooper'}), (i:Initiative {id: 'uk-iraq-border-security-joint-statement'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'signatory', source: '2024-11-28-uk-iraq-border-security-agreement'}]->(i)
SET r.quote = 'the Home Secretary:\n- signed a joint statement on border security';

// The parties: "between Iraq and the UK government". Iraq's signatory is not named, so
// both parties are partners; the Home Secretary is the signatory.
MATCH (a:Country {id: 'IQ'}), (i:Initiative {id: 'uk-iraq-border-security-joint-statement'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'partner', source: '2024-11-28-uk-iraq-border-security-agreement'}]->(i)
SET r.quote = 'A world-first security agreement has been reached between Iraq and the UK government';

MATCH (a:Organisation {id: 'uk-government'}), (i:Initiative {id: 'uk-iraq-border-security-joint-statement'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'partner', source: '2024-11-28-uk-iraq-border-security-agreement'}]->(i)
SET r.quote = 'A world-first security agreement has been reached between Iraq and the UK government';

MERGE (st:Step {id: 'uk-iraq-border-security-joint-statement--signed--2024-11-28-uk-iraq-border-security-agreement'})
SET st.kind = 'signed', st.on = date('2024-11-28'), st.dateBasis = 'INFERRED',
    st.dateNote = 'the text gives no date: the statement was signed during the 3-day visit "this week"; 2024-11-28 is the date the header gives the release, taken from news reports, not from the text, so the signing was on that day or a day or two before',
    st.summary = 'The Home Secretary signs a joint statement on border security with Iraq during her visit.'
WITH st
MATCH (s:Source {id: '2024-11-28-uk-iraq-border-security-agreement'})
MERGE (st)-[:EVIDENCED_BY {quote: 'signed a joint statement on border security: a first-of-its-kind agreement with Iraq'}]->(s);

MATCH (st:Step {id: 'uk-iraq-border-security-joint-statement--signed--2024-11-28-uk-iraq-border-security-agreement'}), (i:Initiative {id: 'uk-iraq-border-security-joint-statement'})
MERGE (st)-[r:STEP_OF {source: '2024-11-28-uk-iraq-border-security-agreement'}]->(i)
SET r.quote = 'signed a joint statement on border security: a first-of-its-kind agreement with Iraq';

MATCH (st:Step {id: 'uk-iraq-border-security-joint-statement--signed--2024-11-28-uk-iraq-border-security-agreement'}), (a:Official {id: 'yvette-cooper'})
MERGE (st)-[r:INVOLVES {source: '2024-11-28-uk-iraq-border-security-agreement'}]->(a)
SET r.quote = 'the Home Secretary:\n- signed a joint statement on border security';

// Training for Iraq law enforcement: "committed to providing up to £300,000". Status
// announced (a commitment, not yet delivered). The Home Secretary commits the money, so she
// is the funder and PROVIDES the stream; Iraq is the beneficiary and the target. No link to
// Day 1's training of Iraqi officials with France: this text does not mention it.
MERGE (n:Initiative {id: 'iraq-law-enforcement-border-security-training'})
SET n.name = 'Iraq law enforcement training in border security',
    n.summary = 'Up to £300,000 for training Iraq law enforcement in border security, focused on organised immigration crime and narcotics, to increase the capacity and capability of Iraq\'s law enforcement at the border.',
    n.kind = 'training',
    n.status = 'announced',
    n.audiences = ['Iraq law enforcement']
WITH n
MATCH (s:Source {id: '2024-11-28-uk-iraq-border-security-agreement'})
MERGE (n)-[:EVIDENCED_BY {quote: 'committed to providing up to £300,000 for Iraq law enforcement training in border security – the training will focus on organised immigration crime and narcotics, and will increase the capacity and capability of Iraq’s law enforcement at the border'}]->(s);

MATCH (i:Initiative {id: 'iraq-law-enforcement-border-security-training'}), (e:Event {id: 'home-secretary-visit-to-iraq-and-kri'})
MERGE (i)-[r:ANNOUNCED_AT {source: '2024-11-28-uk-iraq-border-security-agreement'}]->(e)
SET r.quote = '- committed to providing up to £300,000 for Iraq law enforcement training';

MATCH (a:Official {id: 'yvette-cooper'}), (i:Initiative {id: 'iraq-law-enforcement-border-security-training'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'funder', source: '2024-11-28-uk-iraq-border-security-agreement'}]->(i)
SET r.quote = 'committed to providing up to £300,000 for Iraq law enforcement training';

MATCH (a:Country {id: 'IQ'}), (i:Initiative {id: 'iraq-law-enforcement-border-security-training'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'beneficiary', source: '2024-11-28-uk-iraq-border-security-agreement'}]->(i)
SET r.quote = 'will increase the capacity and capability of Iraq’s law enforcement at the border';

MATCH (i:Initiative {id: 'iraq-law-enforcement-border-security-training'}), (c:Country {id: 'IQ'})
MERGE (i)-[r:TARGETS {source: '2024-11-28-uk-iraq-border-security-agreement'}]->(c)
SET r.quote = 'will increase the capacity and capability of Iraq’s law enforcement at the border';

MERGE (st:Step {id: 'iraq-law-enforcement-border-security-training--announced--2024-11-28-uk-iraq-border-security-agreement'})
SET st.kind = 'announced', st.on = date('2024-11-28'), st.dateBasis = 'INFERRED',
    st.dateNote = 'the text gives no date: the commitment was made during the 3-day visit "this week"; 2024-11-28 is the date the header gives the release, taken from news reports, not from the text, so the commitment was made on that day or a day or two before',
    st.summary = 'The Home Secretary commits up to £300,000 for Iraq law enforcement training in border security.'
WITH st
MATCH (s:Source {id: '2024-11-28-uk-iraq-border-security-agreement'})
MERGE (st)-[:EVIDENCED_BY {quote: 'committed to providing up to £300,000 for Iraq law enforcement training in border security'}]->(s);

MATCH (st:Step {id: 'iraq-law-enforcement-border-security-training--announced--2024-11-28-uk-iraq-border-security-agreement'}), (i:Initiative {id: 'iraq-law-enforcement-border-security-training'})
MERGE (st)-[r:STEP_OF {source: '2024-11-28-uk-iraq-border-security-agreement'}]->(i)
SET r.quote = 'committed to providing up to £300,000 for Iraq law enforcement training in border security';

MATCH (st:Step {id: 'iraq-law-enforcement-border-security-training--announced--2024-11-28-uk-iraq-border-security-agreement'}), (a:Official {id: 'yvette-cooper'})
MERGE (st)-[r:INVOLVES {source: '2024-11-28-uk-iraq-border-security-agreement'}]->(a)
SET r.quote = '- committed to providing up to £300,000';

// Further border security projects in the KRI: "announced support", "the UK government has
// pledged £200,000". The UK government is the funder. Announcing it does not make the Home
// Secretary its lead (the reading V012 took for Day 1): she is INVOLVED in the step only.
MERGE (n:Initiative {id: 'kri-border-security-projects'})
SET n.name = 'Further border security projects in the Kurdistan Region of Iraq',
    n.summary = '£200,000 pledged by the UK government to support projects in the Kurdistan Region of Iraq which will enhance capabilities concerning irregular migration and border security, including a new taskforce.',
    n.kind = 'programme',
    n.status = 'announced'
WITH n
MATCH (s:Source {id: '2024-11-28-uk-iraq-border-security-agreement'})
MERGE (n)-[:EVIDENCED_BY {quote: 'announced support for further border security projects: the UK government has pledged £200,000 to support projects in the KRI which will enhance capabilities concerning irregular migration and border security, including a new taskforce'}]->(s);

MATCH (i:Initiative {id: 'kri-border-security-projects'}), (e:Event {id: 'home-secretary-visit-to-iraq-and-kri'})
MERGE (i)-[r:ANNOUNCED_AT {source: '2024-11-28-uk-iraq-border-security-agreement'}]->(e)
SET r.quote = '- announced support for further border security projects';

MATCH (a:Organisation {id: 'uk-government'}), (i:Initiative {id: 'kri-border-security-projects'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'funder', source: '2024-11-28-uk-iraq-border-security-agreement'}]->(i)
SET r.quote = 'the UK government has pledged £200,000 to support projects in the KRI';

MATCH (i:Initiative {id: 'kri-border-security-projects'}), (g:Region {id: 'kurdistan-region-of-iraq'})
MERGE (i)-[r:TARGETS {source: '2024-11-28-uk-iraq-border-security-agreement'}]->(g)
SET r.quote = 'support projects in the KRI';

MERGE (st:Step {id: 'kri-border-security-projects--announced--2024-11-28-uk-iraq-border-security-agreement'})
SET st.kind = 'announced', st.on = date('2024-11-28'), st.dateBasis = 'INFERRED',
    st.dateNote = 'the text gives no date: the support was announced during the 3-day visit "this week"; 2024-11-28 is the date the header gives the release, taken from news reports, not from the text, so it was announced on that day or a day or two before',
    st.summary = 'The Home Secretary announces support for further border security projects in the KRI; the UK government pledges £200,000.'
WITH st
MATCH (s:Source {id: '2024-11-28-uk-iraq-border-security-agreement'})
MERGE (st)-[:EVIDENCED_BY {quote: 'announced support for further border security projects: the UK government has pledged £200,000'}]->(s);

MATCH (st:Step {id: 'kri-border-security-projects--announced--2024-11-28-uk-iraq-border-security-agreement'}), (i:Initiative {id: 'kri-border-security-projects'})
MERGE (st)-[r:STEP_OF {source: '2024-11-28-uk-iraq-border-security-agreement'}]->(i)
SET r.quote = 'announced support for further border security projects: the UK government has pledged £200,000';

MATCH (st:Step {id: 'kri-border-security-projects--announced--2024-11-28-uk-iraq-border-security-agreement'}), (a:Official {id: 'yvette-cooper'})
MERGE (st)-[r:INVOLVES {source: '2024-11-28-uk-iraq-border-security-agreement'}]->(a)
SET r.quote = '- announced support for further border security projects';

MATCH (st:Step {id: 'kri-border-security-projects--announced--2024-11-28-uk-iraq-border-security-agreement'}), (a:Organisation {id: 'uk-government'})
MERGE (st)-[r:INVOLVES {source: '2024-11-28-uk-iraq-border-security-agreement'}]->(a)
SET r.quote = 'the UK government has pledged £200,000';

// The declaration of intent on serious organised crime: "pledges from both the UK and
// Iraq". kind statement (a declaration). The Home Secretary signs; the UK and Iraq are the
// parties. "to build on operational and bilateral co-operation" names no earlier
// commitment of the graph, so no BUILDS_ON. The crimes it lists are kept in the summary
// (no ADDRESSES: the graph's topics are Day 1's, and the text ties none of them to it).
MERGE (n:Initiative {id: 'uk-iraq-serious-organised-crime-declaration-of-intent'})
SET n.name = 'UK-Iraq declaration of intent on serious organised crime',
    n.summary = 'A declaration of intent signed by the Home Secretary: pledges from both the UK and Iraq to build on operational and bilateral co-operation on serious organised crime, including organised immigration crime, narcotics, modern slavery and human trafficking, and illicit finance.',
    n.kind = 'statement',
    n.status = 'signed'
WITH n
MATCH (s:Source {id: '2024-11-28-uk-iraq-border-security-agreement'})
MERGE (n)-[:EVIDENCED_BY {quote: 'signed a declaration of intent on serious organised crime: pledges from both the UK and Iraq to build on operational and bilateral co-operation on serious organised crime, including organised immigration crime, narcotics, modern slavery and human trafficking, and illicit finance'}]->(s);

MATCH (i:Initiative {id: 'uk-iraq-serious-organised-crime-declaration-of-intent'}), (e:Event {id: 'home-secretary-visit-to-iraq-and-kri'})
MERGE (i)-[r:ANNOUNCED_AT {source: '2024-11-28-uk-iraq-border-security-agreement'}]->(e)
SET r.quote = '- signed a declaration of intent on serious organised crime';

MATCH (a:Official {id: 'yvette-cooper'}), (i:Initiative {id: 'uk-iraq-serious-organised-crime-declaration-of-intent'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'signatory', source: '2024-11-28-uk-iraq-border-security-agreement'}]->(i)
SET r.quote = 'signed a declaration of intent on serious organised crime';

MATCH (a:Country {id: 'GB'}), (i:Initiative {id: 'uk-iraq-serious-organised-crime-declaration-of-intent'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'partner', source: '2024-11-28-uk-iraq-border-security-agreement'}]->(i)
SET r.quote = 'pledges from both the UK and Iraq';

MATCH (a:Country {id: 'IQ'}), (i:Initiative {id: 'uk-iraq-serious-organised-crime-declaration-of-intent'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'partner', source: '2024-11-28-uk-iraq-border-security-agreement'}]->(i)
SET r.quote = 'pledges from both the UK and Iraq';

MERGE (st:Step {id: 'uk-iraq-serious-organised-crime-declaration-of-intent--signed--2024-11-28-uk-iraq-border-security-agreement'})
SET st.kind = 'signed', st.on = date('2024-11-28'), st.dateBasis = 'INFERRED',
    st.dateNote = 'the text gives no date: the declaration was signed during the 3-day visit "this week"; 2024-11-28 is the date the header gives the release, taken from news reports, not from the text, so the signing was on that day or a day or two before',
    st.summary = 'The Home Secretary signs a declaration of intent on serious organised crime with Iraq during her visit.'
WITH st
MATCH (s:Source {id: '2024-11-28-uk-iraq-border-security-agreement'})
MERGE (st)-[:EVIDENCED_BY {quote: 'signed a declaration of intent on serious organised crime'}]->(s);

MATCH (st:Step {id: 'uk-iraq-serious-organised-crime-declaration-of-intent--signed--2024-11-28-uk-iraq-border-security-agreement'}), (i:Initiative {id: 'uk-iraq-serious-organised-crime-declaration-of-intent'})
MERGE (st)-[r:STEP_OF {source: '2024-11-28-uk-iraq-border-security-agreement'}]->(i)
SET r.quote = 'signed a declaration of intent on serious organised crime';

MATCH (st:Step {id: 'uk-iraq-serious-organised-crime-declaration-of-intent--signed--2024-11-28-uk-iraq-border-security-agreement'}), (a:Official {id: 'yvette-cooper'})
MERGE (st)-[r:INVOLVES {source: '2024-11-28-uk-iraq-border-security-agreement'}]->(a)
SET r.quote = '- signed a declaration of intent on serious organised crime';

// Capacity building in Iraq against wider crime: the last bullet, cut off at "includ".
// "will also be allocated" names no one who allocates it: no funder, no PROVIDES, and the
// step INVOLVES no one. Iraq is the beneficiary and the target.
MERGE (n:Initiative {id: 'iraq-serious-organised-crime-capacity-building'})
SET n.name = 'Capacity building in Iraq to disrupt serious organised crime',
    n.summary = '£300,000 to be allocated to capacity building in Iraq to disrupt serious organised crime (the rest of the sentence was not obtained).',
    n.kind = 'programme',
    n.status = 'announced'
WITH n
MATCH (s:Source {id: '2024-11-28-uk-iraq-border-security-agreement'})
MERGE (n)-[:EVIDENCED_BY {quote: 'support to tackle wider crime: £300,000 will also be allocated to capacity building in Iraq to disrupt serious organised crime'}]->(s);

MATCH (i:Initiative {id: 'iraq-serious-organised-crime-capacity-building'}), (e:Event {id: 'home-secretary-visit-to-iraq-and-kri'})
MERGE (i)-[r:ANNOUNCED_AT {source: '2024-11-28-uk-iraq-border-security-agreement'}]->(e)
SET r.quote = '- support to tackle wider crime';

MATCH (a:Country {id: 'IQ'}), (i:Initiative {id: 'iraq-serious-organised-crime-capacity-building'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'beneficiary', source: '2024-11-28-uk-iraq-border-security-agreement'}]->(i)
SET r.quote = 'capacity building in Iraq to disrupt serious organised crime';

MATCH (i:Initiative {id: 'iraq-serious-organised-crime-capacity-building'}), (c:Country {id: 'IQ'})
MERGE (i)-[r:TARGETS {source: '2024-11-28-uk-iraq-border-security-agreement'}]->(c)
SET r.quote = 'capacity building in Iraq to disrupt serious organised crime';

MERGE (st:Step {id: 'iraq-serious-organised-crime-capacity-building--announced--2024-11-28-uk-iraq-border-security-agreement'})
SET st.kind = 'announced', st.on = date('2024-11-28'), st.dateBasis = 'INFERRED',
    st.dateNote = 'the text gives no date: the support is listed among what the Home Secretary did on the 3-day visit "this week"; 2024-11-28 is the date the header gives the release, taken from news reports, not from the text',
    st.summary = '£300,000 is to be allocated to capacity building in Iraq to disrupt serious organised crime.'
WITH st
MATCH (s:Source {id: '2024-11-28-uk-iraq-border-security-agreement'})
MERGE (st)-[:EVIDENCED_BY {quote: '£300,000 will also be allocated to capacity building in Iraq'}]->(s);

MATCH (st:Step {id: 'iraq-serious-organised-crime-capacity-building--announced--2024-11-28-uk-iraq-border-security-agreement'}), (i:Initiative {id: 'iraq-serious-organised-crime-capacity-building'})
MERGE (st)-[r:STEP_OF {source: '2024-11-28-uk-iraq-border-security-agreement'}]->(i)
SET r.quote = '£300,000 will also be allocated to capacity building in Iraq';

// =====================================================================================
// Funding streams
// =====================================================================================
// "committed to providing up to £300,000": qualifier up to, stage committed.
MERGE (n:FundingStream {id: 'iraq-law-enforcement-border-security-training-funding'})
SET n.name = 'Funding for Iraq law enforcement training in border security',
    n.amount = 300000,
    n.currency = 'GBP',
    n.qualifier = 'up to',
    n.stage = 'committed'
WITH n
MATCH (s:Source {id: '2024-11-28-uk-iraq-border-security-agreement'})
MERGE (n)-[:EVIDENCED_BY {quote: 'committed to providing up to £300,000 for Iraq law enforcement training in border security'}]->(s);

MATCH (a:Official {id: 'yvette-cooper'}), (f:FundingStream {id: 'iraq-law-enforcement-border-security-training-funding'})
MERGE (a)-[r:PROVIDES {source: '2024-11-28-uk-iraq-border-security-agreement'}]->(f)
SET r.quote = 'committed to providing up to £300,000';

MATCH (f:FundingStream {id: 'iraq-law-enforcement-border-security-training-funding'}), (i:Initiative {id: 'iraq-law-enforcement-border-security-training'})
MERGE (f)-[r:FUNDS {source: '2024-11-28-uk-iraq-border-security-agreement'}]->(i)
SET r.quote = 'up to £300,000 for Iraq law enforcement training in border security';

MATCH (f:FundingStream {id: 'iraq-law-enforcement-border-security-training-funding'}), (c:Country {id: 'IQ'})
MERGE (f)-[r:ALLOCATED_TO {source: '2024-11-28-uk-iraq-border-security-agreement'}]->(c)
SET r.quote = 'up to £300,000 for Iraq law enforcement training';

// "the UK government has pledged £200,000": stage pledged.
MERGE (n:FundingStream {id: 'kri-border-security-projects-funding'})
SET n.name = 'UK government funding for border security projects in the Kurdistan Region of Iraq',
    n.amount = 200000,
    n.currency = 'GBP',
    n.stage = 'pledged'
WITH n
MATCH (s:Source {id: '2024-11-28-uk-iraq-border-security-agreement'})
MERGE (n)-[:EVIDENCED_BY {quote: 'the UK government has pledged £200,000 to support projects in the KRI'}]->(s);

MATCH (a:Organisation {id: 'uk-government'}), (f:FundingStream {id: 'kri-border-security-projects-funding'})
MERGE (a)-[r:PROVIDES {source: '2024-11-28-uk-iraq-border-security-agreement'}]->(f)
SET r.quote = 'the UK government has pledged £200,000';

MATCH (f:FundingStream {id: 'kri-border-security-projects-funding'}), (i:Initiative {id: 'kri-border-security-projects'})
MERGE (f)-[r:FUNDS {source: '2024-11-28-uk-iraq-border-security-agreement'}]->(i)
SET r.quote = 'pledged £200,000 to support projects in the KRI';

MATCH (f:FundingStream {id: 'kri-border-security-projects-funding'}), (g:Region {id: 'kurdistan-region-of-iraq'})
MERGE (f)-[r:ALLOCATED_TO {source: '2024-11-28-uk-iraq-border-security-agreement'}]->(g)
SET r.quote = 'pledged £200,000 to support projects in the KRI';

// "£300,000 will also be allocated": no qualifier; the text says neither pledged nor
// committed, so stage is not set; no provider is named.
MERGE (n:FundingStream {id: 'iraq-serious-organised-crime-capacity-building-funding'})
SET n.name = 'Funding for capacity building in Iraq to disrupt serious organised crime',
    n.amount = 300000,
    n.currency = 'GBP'
WITH n
MATCH (s:Source {id: '2024-11-28-uk-iraq-border-security-agreement'})
MERGE (n)-[:EVIDENCED_BY {quote: '£300,000 will also be allocated to capacity building in Iraq to disrupt serious organised crime'}]->(s);

MATCH (f:FundingStream {id: 'iraq-serious-organised-crime-capacity-building-funding'}), (i:Initiative {id: 'iraq-serious-organised-crime-capacity-building'})
MERGE (f)-[r:FUNDS {source: '2024-11-28-uk-iraq-border-security-agreement'}]->(i)
SET r.quote = '£300,000 will also be allocated to capacity building in Iraq';

MATCH (f:FundingStream {id: 'iraq-serious-organised-crime-capacity-building-funding'}), (c:Country {id: 'IQ'})
MERGE (f)-[r:ALLOCATED_TO {source: '2024-11-28-uk-iraq-border-security-agreement'}]->(c)
SET r.quote = 'allocated to capacity building in Iraq';
