// V207 - hand extraction of seed/corpus/2025-03-31-uk-hosts-first-major-international-summit.txt
// (Home Office release "UK hosts first major international summit to tackle illegal
// migration": the summit hosted "today (31 March)", its participants, the £30 million for
// the Border Security Command and an additional £3 million for the Crown Prosecution Service).
//
// Rules kept in this file (as in V002/V012):
// - every statement ends with a semicolon and runs unchanged in cypher-shell -f
//   (no client commands, no parameters); statements share no variables
// - nodes are MERGEd on their id and their properties SET; a node that an earlier file
//   creates is only MATCHed and given this document's EVIDENCED_BY. meta, x and tiktok are
//   registered by V210 but this file loads first: they are MERGEd with ON CREATE SET
// - relationships are MERGEd on their ends, type, role (where they have one) and source,
//   then their quote is SET
// - every quote is an exact substring of the BODY of the file, occurring in it exactly once
// - the text is a reproduction (nen.press, parliamenttoday.com) and partial (cut mid-word):
//   absence proves nothing
// - the body says "today (31 March)" without a year: dates are INFERRED, the year from the
//   header
// - disagreement kept: this text says "£30 million" where Day 1 says "over £30 million":
//   an AmountClaim of this source is added; the FundingStream is not changed
// - readings are listed in seed/corpus/2025-03-31-uk-hosts-first-major-international-summit.md

// =====================================================================================
// Countries and regions
// =====================================================================================
MATCH (n:Country {id: 'GB'})
MATCH (s:Source {id: '2025-03-31-uk-hosts-first-major-international-summit'})
MERGE (n)-[:EVIDENCED_BY {quote: 'UK hosts first major international summit to tackle illegal migration'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'The UK is spearheading the toughest ever international crackdown on organised immigration crime'}]->(s);

MATCH (n:Country {id: 'US'})
MATCH (s:Source {id: '2025-03-31-uk-hosts-first-major-international-summit'})
MERGE (n)-[:EVIDENCED_BY {quote: 'over 40 countries, including the United States, Vietnam, Iraq, and France'}]->(s);

MATCH (n:Country {id: 'VN'})
MATCH (s:Source {id: '2025-03-31-uk-hosts-first-major-international-summit'})
MERGE (n)-[:EVIDENCED_BY {quote: 'over 40 countries, including the United States, Vietnam, Iraq, and France'}]->(s);

MATCH (n:Country {id: 'IQ'})
MATCH (s:Source {id: '2025-03-31-uk-hosts-first-major-international-summit'})
MERGE (n)-[:EVIDENCED_BY {quote: 'over 40 countries, including the United States, Vietnam, Iraq, and France'}]->(s);

MATCH (n:Country {id: 'FR'})
MATCH (s:Source {id: '2025-03-31-uk-hosts-first-major-international-summit'})
MERGE (n)-[:EVIDENCED_BY {quote: 'over 40 countries, including the United States, Vietnam, Iraq, and France'}]->(s);

MATCH (n:Region {id: 'europe'})
MATCH (s:Source {id: '2025-03-31-uk-hosts-first-major-international-summit'})
MERGE (n)-[:EVIDENCED_BY {quote: 'trafficking routes across Europe, the Western Balkans, Asia, and Africa'}]->(s);

MATCH (n:Region {id: 'western-balkans'})
MATCH (s:Source {id: '2025-03-31-uk-hosts-first-major-international-summit'})
MERGE (n)-[:EVIDENCED_BY {quote: 'trafficking routes across Europe, the Western Balkans, Asia, and Africa'}]->(s);

MATCH (n:Region {id: 'asia'})
MATCH (s:Source {id: '2025-03-31-uk-hosts-first-major-international-summit'})
MERGE (n)-[:EVIDENCED_BY {quote: 'trafficking routes across Europe, the Western Balkans, Asia, and Africa'}]->(s);

MATCH (n:Region {id: 'africa'})
MATCH (s:Source {id: '2025-03-31-uk-hosts-first-major-international-summit'})
MERGE (n)-[:EVIDENCED_BY {quote: 'trafficking routes across Europe, the Western Balkans, Asia, and Africa'}]->(s);

// =====================================================================================
// Organisations
// =====================================================================================
MATCH (n:Organisation {id: 'uk-government'})
MATCH (s:Source {id: '2025-03-31-uk-hosts-first-major-international-summit'})
MERGE (n)-[:EVIDENCED_BY {quote: 'Through the summit, the government will use all available levers at its disposal'}]->(s);

MATCH (n:Organisation {id: 'border-security-command'})
MATCH (s:Source {id: '2025-03-31-uk-hosts-first-major-international-summit'})
MERGE (n)-[:EVIDENCED_BY {quote: 'high impact operations from the Border Security Command'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'to support the Border Security Command to pursue, disrupt and arrest'}]->(s);

// The three companies whose representatives the summit "will also see". They are the
// meta, x and tiktok nodes of V210 (which calls them social media sites); this text does not
// say they are among Day 1's "social media organisations", so no PART_OF.
MERGE (n:Organisation {id: 'meta'})
ON CREATE SET n.name = 'Meta', n.kind = 'private sector'
WITH n
MATCH (s:Source {id: '2025-03-31-uk-hosts-first-major-international-summit'})
MERGE (n)-[:EVIDENCED_BY {quote: 'representatives from Meta, X and TikTok'}]->(s);

MERGE (n:Organisation {id: 'x'})
ON CREATE SET n.name = 'X', n.kind = 'private sector'
WITH n
MATCH (s:Source {id: '2025-03-31-uk-hosts-first-major-international-summit'})
MERGE (n)-[:EVIDENCED_BY {quote: 'representatives from Meta, X and TikTok'}]->(s);

MERGE (n:Organisation {id: 'tiktok'})
ON CREATE SET n.name = 'TikTok', n.kind = 'private sector'
WITH n
MATCH (s:Source {id: '2025-03-31-uk-hosts-first-major-international-summit'})
MERGE (n)-[:EVIDENCED_BY {quote: 'representatives from Meta, X and TikTok'}]->(s);

// The Crown Prosecution Service: a prosecuting body; of the model's kinds, 'law
// enforcement agency' is the nearest. The text does not say whose it is: no BASED_IN.
MERGE (n:Organisation {id: 'crown-prosecution-service'})
SET n.name = 'Crown Prosecution Service', n.acronym = 'CPS', n.kind = 'law enforcement agency'
WITH n
MATCH (s:Source {id: '2025-03-31-uk-hosts-first-major-international-summit'})
MERGE (n)-[:EVIDENCED_BY {quote: 'the Crown Prosecution Service (CPS)'}]->(s);

// =====================================================================================
// Officials
// =====================================================================================
// Neither is named: the post holders of Day 1.
MATCH (n:Official {id: 'prime-minister'})
MATCH (s:Source {id: '2025-03-31-uk-hosts-first-major-international-summit'})
MERGE (n)-[:EVIDENCED_BY {quote: 'as the Prime Minister and Home Secretary host a landmark summit today (31 March)'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'This reflects the Prime Minister’s long-held view'}]->(s);

MATCH (n:Official {id: 'home-secretary'})
MATCH (s:Source {id: '2025-03-31-uk-hosts-first-major-international-summit'})
MERGE (n)-[:EVIDENCED_BY {quote: 'as the Prime Minister and Home Secretary host a landmark summit today (31 March)'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'the Home Secretary has today announced £30 million of funding'}]->(s);

// =====================================================================================
// Event: the summit
// =====================================================================================
// "The Organised Immigration Crime (OIC) Summit" hosted "today (31 March)" is Day 1's
// oic-summit. Its startDate is set by V215 only.
MATCH (n:Event {id: 'oic-summit'})
MATCH (s:Source {id: '2025-03-31-uk-hosts-first-major-international-summit'})
MERGE (n)-[:EVIDENCED_BY {quote: 'host a landmark summit today (31 March)'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'The Organised Immigration Crime (OIC) Summit brings together over 40 countries'}]->(s);

MATCH (a:Country {id: 'GB'}), (e:Event {id: 'oic-summit'})
MERGE (a)-[r:ATTENDED {role: 'host', source: '2025-03-31-uk-hosts-first-major-international-summit'}]->(e)
SET r.quote = 'UK hosts first major international summit to tackle illegal migration';

MATCH (a:Official {id: 'prime-minister'}), (e:Event {id: 'oic-summit'})
MERGE (a)-[r:ATTENDED {role: 'host', source: '2025-03-31-uk-hosts-first-major-international-summit'}]->(e)
SET r.quote = 'as the Prime Minister and Home Secretary host a landmark summit today (31 March)';

MATCH (a:Official {id: 'home-secretary'}), (e:Event {id: 'oic-summit'})
MERGE (a)-[r:ATTENDED {role: 'host', source: '2025-03-31-uk-hosts-first-major-international-summit'}]->(e)
SET r.quote = 'as the Prime Minister and Home Secretary host a landmark summit today (31 March)';

// "brings together over 40 countries, including ...": attendees (this text does not call
// them allies, as Day 1 does).
MATCH (a:Country {id: 'US'}), (e:Event {id: 'oic-summit'})
MERGE (a)-[r:ATTENDED {role: 'attendee', source: '2025-03-31-uk-hosts-first-major-international-summit'}]->(e)
SET r.quote = 'The Organised Immigration Crime (OIC) Summit brings together over 40 countries, including the United States, Vietnam, Iraq, and France';

MATCH (a:Country {id: 'VN'}), (e:Event {id: 'oic-summit'})
MERGE (a)-[r:ATTENDED {role: 'attendee', source: '2025-03-31-uk-hosts-first-major-international-summit'}]->(e)
SET r.quote = 'The Organised Immigration Crime (OIC) Summit brings together over 40 countries, including the United States, Vietnam, Iraq, and France';

MATCH (a:Country {id: 'IQ'}), (e:Event {id: 'oic-summit'})
MERGE (a)-[r:ATTENDED {role: 'attendee', source: '2025-03-31-uk-hosts-first-major-international-summit'}]->(e)
SET r.quote = 'The Organised Immigration Crime (OIC) Summit brings together over 40 countries, including the United States, Vietnam, Iraq, and France';

MATCH (a:Country {id: 'FR'}), (e:Event {id: 'oic-summit'})
MERGE (a)-[r:ATTENDED {role: 'attendee', source: '2025-03-31-uk-hosts-first-major-international-summit'}]->(e)
SET r.quote = 'The Organised Immigration Crime (OIC) Summit brings together over 40 countries, including the United States, Vietnam, Iraq, and France';

// "The summit will also see representatives from Meta, X and TikTok": their attendance is
// announced in the future tense; recorded as 'attendee' with that quote.
MATCH (a:Organisation {id: 'meta'}), (e:Event {id: 'oic-summit'})
MERGE (a)-[r:ATTENDED {role: 'attendee', source: '2025-03-31-uk-hosts-first-major-international-summit'}]->(e)
SET r.quote = 'The summit will also see representatives from Meta, X and TikTok discuss how to jointly tackle the online promotion of irregular migration.';

MATCH (a:Organisation {id: 'x'}), (e:Event {id: 'oic-summit'})
MERGE (a)-[r:ATTENDED {role: 'attendee', source: '2025-03-31-uk-hosts-first-major-international-summit'}]->(e)
SET r.quote = 'The summit will also see representatives from Meta, X and TikTok discuss how to jointly tackle the online promotion of irregular migration.';

MATCH (a:Organisation {id: 'tiktok'}), (e:Event {id: 'oic-summit'})
MERGE (a)-[r:ATTENDED {role: 'attendee', source: '2025-03-31-uk-hosts-first-major-international-summit'}]->(e)
SET r.quote = 'The summit will also see representatives from Meta, X and TikTok discuss how to jointly tackle the online promotion of irregular migration.';

MERGE (st:Step {id: 'oic-summit--met--2025-03-31-uk-hosts-first-major-international-summit'})
SET st.kind = 'met', st.on = date('2025-03-31'), st.dateBasis = 'INFERRED',
    st.dateNote = 'the text says "today (31 March)" without a year; the year 2025 is from the header',
    st.summary = 'The Prime Minister and Home Secretary host the Organised Immigration Crime Summit in the UK.'
WITH st
MATCH (s:Source {id: '2025-03-31-uk-hosts-first-major-international-summit'})
MERGE (st)-[:EVIDENCED_BY {quote: 'as the Prime Minister and Home Secretary host a landmark summit today (31 March)'}]->(s);

MATCH (st:Step {id: 'oic-summit--met--2025-03-31-uk-hosts-first-major-international-summit'}), (e:Event {id: 'oic-summit'})
MERGE (st)-[r:AT {source: '2025-03-31-uk-hosts-first-major-international-summit'}]->(e)
SET r.quote = 'as the Prime Minister and Home Secretary host a landmark summit today (31 March)';

MATCH (st:Step {id: 'oic-summit--met--2025-03-31-uk-hosts-first-major-international-summit'}), (a:Country {id: 'GB'})
MERGE (st)-[r:INVOLVES {source: '2025-03-31-uk-hosts-first-major-international-summit'}]->(a)
SET r.quote = 'UK hosts first major international summit to tackle illegal migration';

MATCH (st:Step {id: 'oic-summit--met--2025-03-31-uk-hosts-first-major-international-summit'}), (a:Official {id: 'prime-minister'})
MERGE (st)-[r:INVOLVES {source: '2025-03-31-uk-hosts-first-major-international-summit'}]->(a)
SET r.quote = 'as the Prime Minister and Home Secretary host a landmark summit today (31 March)';

MATCH (st:Step {id: 'oic-summit--met--2025-03-31-uk-hosts-first-major-international-summit'}), (a:Official {id: 'home-secretary'})
MERGE (st)-[r:INVOLVES {source: '2025-03-31-uk-hosts-first-major-international-summit'}]->(a)
SET r.quote = 'as the Prime Minister and Home Secretary host a landmark summit today (31 March)';

// =====================================================================================
// Initiatives and funding
// =====================================================================================
// The £30 million is Day 1's Border Security Command funding: announced "today" by the Home
// Secretary, for the Border Security Command, across Europe, the Western Balkans, Asia and
// Africa (Day 1: "today the Home Secretary confirmed over £30 million in funding within the
// Border Security Command ... across Europe, the Western Balkans, Asia and Africa"). So it
// is a step of the same initiative (bsc-oic-funding-package) and the same stream
// (bsc-oic-funding), whose properties are not changed.
// "going directly to high impact operations from the Border Security Command": the command
// carries out the operations, so it is the implementer. The Home Secretary announces it:
// INVOLVED in the step (announcing is not leading, as V012 reads Day 1).
MATCH (n:Initiative {id: 'bsc-oic-funding-package'})
MATCH (s:Source {id: '2025-03-31-uk-hosts-first-major-international-summit'})
MERGE (n)-[:EVIDENCED_BY {quote: 'To back this drive, the Home Secretary has today announced £30 million of funding going directly to high impact operations from the Border Security Command to tackle supply chains, illicit finances and trafficking routes across Europe, the Western Balkans, Asia, and Africa.'}]->(s);

MATCH (a:Organisation {id: 'border-security-command'}), (i:Initiative {id: 'bsc-oic-funding-package'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'implementer', source: '2025-03-31-uk-hosts-first-major-international-summit'}]->(i)
SET r.quote = '£30 million of funding going directly to high impact operations from the Border Security Command';

MATCH (i:Initiative {id: 'bsc-oic-funding-package'}), (g:Region {id: 'europe'})
MERGE (i)-[r:TARGETS {source: '2025-03-31-uk-hosts-first-major-international-summit'}]->(g)
SET r.quote = 'to tackle supply chains, illicit finances and trafficking routes across Europe, the Western Balkans, Asia, and Africa';

MATCH (i:Initiative {id: 'bsc-oic-funding-package'}), (g:Region {id: 'western-balkans'})
MERGE (i)-[r:TARGETS {source: '2025-03-31-uk-hosts-first-major-international-summit'}]->(g)
SET r.quote = 'to tackle supply chains, illicit finances and trafficking routes across Europe, the Western Balkans, Asia, and Africa';

MATCH (i:Initiative {id: 'bsc-oic-funding-package'}), (g:Region {id: 'asia'})
MERGE (i)-[r:TARGETS {source: '2025-03-31-uk-hosts-first-major-international-summit'}]->(g)
SET r.quote = 'to tackle supply chains, illicit finances and trafficking routes across Europe, the Western Balkans, Asia, and Africa';

MATCH (i:Initiative {id: 'bsc-oic-funding-package'}), (g:Region {id: 'africa'})
MERGE (i)-[r:TARGETS {source: '2025-03-31-uk-hosts-first-major-international-summit'}]->(g)
SET r.quote = 'to tackle supply chains, illicit finances and trafficking routes across Europe, the Western Balkans, Asia, and Africa';

MERGE (st:Step {id: 'bsc-oic-funding-package--announced--2025-03-31-uk-hosts-first-major-international-summit'})
SET st.kind = 'announced', st.on = date('2025-03-31'), st.dateBasis = 'INFERRED',
    st.dateNote = '"today" in a release whose text dates "today" as 31 March ("host a landmark summit today (31 March)"); the year 2025 is from the header',
    st.summary = 'The Home Secretary announces £30 million of funding for high impact operations from the Border Security Command.'
WITH st
MATCH (s:Source {id: '2025-03-31-uk-hosts-first-major-international-summit'})
MERGE (st)-[:EVIDENCED_BY {quote: 'the Home Secretary has today announced £30 million of funding'}]->(s);

MATCH (st:Step {id: 'bsc-oic-funding-package--announced--2025-03-31-uk-hosts-first-major-international-summit'}), (i:Initiative {id: 'bsc-oic-funding-package'})
MERGE (st)-[r:STEP_OF {source: '2025-03-31-uk-hosts-first-major-international-summit'}]->(i)
SET r.quote = 'the Home Secretary has today announced £30 million of funding going directly to high impact operations from the Border Security Command';

MATCH (st:Step {id: 'bsc-oic-funding-package--announced--2025-03-31-uk-hosts-first-major-international-summit'}), (a:Official {id: 'home-secretary'})
MERGE (st)-[r:INVOLVES {source: '2025-03-31-uk-hosts-first-major-international-summit'}]->(a)
SET r.quote = 'the Home Secretary has today announced £30 million';

MATCH (n:FundingStream {id: 'bsc-oic-funding'})
MATCH (s:Source {id: '2025-03-31-uk-hosts-first-major-international-summit'})
MERGE (n)-[:EVIDENCED_BY {quote: '£30 million of funding going directly to high impact operations from the Border Security Command'}]->(s);

MATCH (f:FundingStream {id: 'bsc-oic-funding'}), (g:Region {id: 'europe'})
MERGE (f)-[r:ALLOCATED_TO {source: '2025-03-31-uk-hosts-first-major-international-summit'}]->(g)
SET r.quote = '£30 million of funding going directly to high impact operations from the Border Security Command to tackle supply chains, illicit finances and trafficking routes across Europe, the Western Balkans, Asia, and Africa';

MATCH (f:FundingStream {id: 'bsc-oic-funding'}), (g:Region {id: 'western-balkans'})
MERGE (f)-[r:ALLOCATED_TO {source: '2025-03-31-uk-hosts-first-major-international-summit'}]->(g)
SET r.quote = '£30 million of funding going directly to high impact operations from the Border Security Command to tackle supply chains, illicit finances and trafficking routes across Europe, the Western Balkans, Asia, and Africa';

MATCH (f:FundingStream {id: 'bsc-oic-funding'}), (g:Region {id: 'asia'})
MERGE (f)-[r:ALLOCATED_TO {source: '2025-03-31-uk-hosts-first-major-international-summit'}]->(g)
SET r.quote = '£30 million of funding going directly to high impact operations from the Border Security Command to tackle supply chains, illicit finances and trafficking routes across Europe, the Western Balkans, Asia, and Africa';

MATCH (f:FundingStream {id: 'bsc-oic-funding'}), (g:Region {id: 'africa'})
MERGE (f)-[r:ALLOCATED_TO {source: '2025-03-31-uk-hosts-first-major-international-summit'}]->(g)
SET r.quote = '£30 million of funding going directly to high impact operations from the Border Security Command to tackle supply chains, illicit finances and trafficking routes across Europe, the Western Balkans, Asia, and Africa';

// This source's figure: "£30 million", no qualifier (Day 1: "over £30 million", its own
// claim in V215). Neither replaces the other.
MERGE (n:AmountClaim {id: 'bsc-oic-funding--2025-03-31-uk-hosts-first-major-international-summit'})
SET n.amount = 30000000, n.currency = 'GBP'
WITH n
MATCH (s:Source {id: '2025-03-31-uk-hosts-first-major-international-summit'})
MERGE (n)-[:EVIDENCED_BY {quote: 'the Home Secretary has today announced £30 million of funding'}]->(s);

MATCH (c:AmountClaim {id: 'bsc-oic-funding--2025-03-31-uk-hosts-first-major-international-summit'}), (f:FundingStream {id: 'bsc-oic-funding'})
MERGE (c)-[r:AMOUNT_OF {source: '2025-03-31-uk-hosts-first-major-international-summit'}]->(f)
SET r.quote = 'the Home Secretary has today announced £30 million of funding going directly to high impact operations from the Border Security Command';

// The additional £3 million for the Crown Prosecution Service: new in this text, so its
// 'announced' step is dated by the release. It "will enable the Crown Prosecution Service
// (CPS) to increase its capacity": the CPS receives it (beneficiary) and does the work (implementer). The work is
// "to support the Border Security Command": the command is a beneficiary. "An additional"
// does not say who provides it: no PROVIDES, no funder; nor does it make it part of the
// £30 million package (no link between the two).
MERGE (n:Initiative {id: 'cps-oic-prosecution-capacity'})
SET n.name = 'Crown Prosecution Service capacity to prosecute organised international smugglers',
    n.summary = 'An additional £3 million to enable the Crown Prosecution Service to increase its capacity to prosecute organised international smugglers and expand its international footprint, to support the Border Security Command to pursue, disrupt and arrest those responsible for dangerous people smuggling operations.',
    n.kind = 'funding package',
    n.status = 'announced'
WITH n
MATCH (s:Source {id: '2025-03-31-uk-hosts-first-major-international-summit'})
MERGE (n)-[:EVIDENCED_BY {quote: 'An additional £3 million will enable the Crown Prosecution Service (CPS) to increase its capacity to prosecute organised international smugglers and expand its international footprint to support the Border Security Command to pursue, disrupt and arrest those responsible for dangerous people smuggling operations.'}]->(s);

MATCH (a:Organisation {id: 'crown-prosecution-service'}), (i:Initiative {id: 'cps-oic-prosecution-capacity'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'beneficiary', source: '2025-03-31-uk-hosts-first-major-international-summit'}]->(i)
SET r.quote = 'An additional £3 million will enable the Crown Prosecution Service (CPS) to increase its capacity';

MATCH (a:Organisation {id: 'crown-prosecution-service'}), (i:Initiative {id: 'cps-oic-prosecution-capacity'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'implementer', source: '2025-03-31-uk-hosts-first-major-international-summit'}]->(i)
SET r.quote = 'to increase its capacity to prosecute organised international smugglers and expand its international footprint';

MATCH (a:Organisation {id: 'border-security-command'}), (i:Initiative {id: 'cps-oic-prosecution-capacity'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'beneficiary', source: '2025-03-31-uk-hosts-first-major-international-summit'}]->(i)
SET r.quote = 'to support the Border Security Command to pursue, disrupt and arrest those responsible for dangerous people smuggling operations';

MERGE (st:Step {id: 'cps-oic-prosecution-capacity--announced--2025-03-31-uk-hosts-first-major-international-summit'})
SET st.kind = 'announced', st.on = date('2025-03-31'), st.dateBasis = 'INFERRED',
    st.dateNote = 'the text gives no date for the £3 million; it is announced in this release, which dates "today" as 31 March ("host a landmark summit today (31 March)"), the year 2025 from the header',
    st.summary = 'An additional £3 million is announced for the Crown Prosecution Service to increase its capacity to prosecute organised international smugglers.'
WITH st
MATCH (s:Source {id: '2025-03-31-uk-hosts-first-major-international-summit'})
MERGE (st)-[:EVIDENCED_BY {quote: 'An additional £3 million will enable the Crown Prosecution Service (CPS)'}]->(s);

MATCH (st:Step {id: 'cps-oic-prosecution-capacity--announced--2025-03-31-uk-hosts-first-major-international-summit'}), (i:Initiative {id: 'cps-oic-prosecution-capacity'})
MERGE (st)-[r:STEP_OF {source: '2025-03-31-uk-hosts-first-major-international-summit'}]->(i)
SET r.quote = 'An additional £3 million will enable the Crown Prosecution Service (CPS)';

// The £3 million: no qualifier, no stage ("will enable" says neither pledged nor committed).
MERGE (n:FundingStream {id: 'cps-oic-prosecution-capacity-funding'})
SET n.name = 'Additional funding for the Crown Prosecution Service to prosecute organised international smugglers',
    n.amount = 3000000,
    n.currency = 'GBP'
WITH n
MATCH (s:Source {id: '2025-03-31-uk-hosts-first-major-international-summit'})
MERGE (n)-[:EVIDENCED_BY {quote: 'An additional £3 million will enable the Crown Prosecution Service (CPS) to increase its capacity'}]->(s);

MATCH (f:FundingStream {id: 'cps-oic-prosecution-capacity-funding'}), (i:Initiative {id: 'cps-oic-prosecution-capacity'})
MERGE (f)-[r:FUNDS {source: '2025-03-31-uk-hosts-first-major-international-summit'}]->(i)
SET r.quote = 'An additional £3 million will enable the Crown Prosecution Service (CPS) to increase its capacity to prosecute organised international smugglers';
