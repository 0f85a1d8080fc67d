// V215 - the dated steps of Day 1's own initiatives (source oic-summit-day1-press-release,
// text in seed/oic-summit-day1-press-release.txt, which has no header: the whole file is
// the body).
//
// Day 1 says "today" and gives no date. Two corpus documents date the day it speaks of:
// - 2025-03-31-uk-hosts-first-major-international-summit: "the Prime Minister and Home
//   Secretary host a landmark summit today (31 March)" and "the Home Secretary has today
//   announced £30 million of funding ... from the Border Security Command" (Day 1: "today
//   the Home Secretary confirmed over £30 million in funding within the Border Security
//   Command"); the year is from that document's header (2025-03-31);
// - 2025-03-31-commons-home-office-topical-summit-answer: "Home Department – in the House
//   of Commons at on 31 March 2025." then "Today we are hosting in London the first ever
//   international summit on organised immigration crime and border security".
// So Day 1's "today" is read as 31 March 2025. Every date below is INFERRED (Day 1's words
// do not give it) and its note names those documents.
//
// Rules kept in this file (as in V002/V012):
// - every statement ends with a semicolon and runs unchanged in cypher-shell -f
//   (no client commands, no parameters); statements share no variables
// - Day 1's nodes exist since V002: they are only MATCHed; the only properties SET on them
//   are the summit's startDate (asked of this file) and the Day 1 Source's publishedOn
// - every quote is an exact substring of seed/oic-summit-day1-press-release.txt, occurring
//   in it exactly once (line breaks written \n)
// - Day 1's own readings are in seed/README.md; the readings taken in this file are listed
//   in seed/corpus/2025-03-31-uk-hosts-first-major-international-summit.md (section V215)

// =====================================================================================
// The Day 1 source: its date
// =====================================================================================
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
SET s.publishedOn = date('2025-03-31'),
    s.publishedOnBasis = 'INFERRED',
    s.publishedOnNote = 'Day 1 says only "today". Its summit ("in London today as the UK convenes a major landmark summit") and its funding ("today the Home Secretary confirmed over £30 million in funding within the Border Security Command") are dated by 2025-03-31-uk-hosts-first-major-international-summit: "the Prime Minister and Home Secretary host a landmark summit today (31 March)" and "the Home Secretary has today announced £30 million of funding going directly to high impact operations from the Border Security Command" (year from that document\'s header); 2025-03-31-commons-home-office-topical-summit-answer gives the year in its text: "in the House of Commons at on 31 March 2025" ... "Today we are hosting in London the first ever international summit on organised immigration crime and border security".';

// =====================================================================================
// The summit: its date and its 'met' step
// =====================================================================================
// startDate INFERRED: the documents date the summit's day, 31 March 2025; that this was
// its first day ("Day 1 of the summit") is read from Day 1 being that day's release and
// from 2025-03-31-uk-hosts-first-major-international-summit announcing the summit's opening
// ("UK hosts first major international summit", "The summit will also see ..."), not stated.
MATCH (e:Event {id: 'oic-summit'})
SET e.startDate = date('2025-03-31'),
    e.startDateBasis = 'INFERRED',
    e.startDateNote = '2025-03-31-commons-home-office-topical-summit-answer: "in the House of Commons at on 31 March 2025" ... "Today we are hosting in London the first ever international summit on organised immigration crime and border security"; 2025-03-31-uk-hosts-first-major-international-summit: "host a landmark summit today (31 March)". That 31 March was the first day (Day 1) is read from those releases opening the summit, not stated.';

MERGE (st:Step {id: 'oic-summit--met--oic-summit-day1-press-release'})
SET st.kind = 'met', st.on = date('2025-03-31'), st.dateBasis = 'INFERRED',
    st.dateNote = 'Day 1 says "today"; the summit is dated 31 March 2025 by 2025-03-31-commons-home-office-topical-summit-answer ("on 31 March 2025" ... "Today we are hosting in London the first ever international summit") and 2025-03-31-uk-hosts-first-major-international-summit ("host a landmark summit today (31 March)")',
    st.summary = 'The Prime Minister and Home Secretary gather leaders from across the world in London as the UK convenes the Organised Immigration Crime Summit (Day 1).'
WITH st
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (st)-[:EVIDENCED_BY {quote: 'The Prime Minister and Home Secretary gathered leaders from\nacross the world in London today as the UK convenes a major\nlandmark summit'}]->(s);

MATCH (st:Step {id: 'oic-summit--met--oic-summit-day1-press-release'}), (e:Event {id: 'oic-summit'})
MERGE (st)-[r:AT {source: 'oic-summit-day1-press-release'}]->(e)
SET r.quote = 'in London today as the UK convenes a major\nlandmark summit';

MATCH (st:Step {id: 'oic-summit--met--oic-summit-day1-press-release'}), (a:Official {id: 'prime-minister'})
MERGE (st)-[r:INVOLVES {source: 'oic-summit-day1-press-release'}]->(a)
SET r.quote = 'The Prime Minister and Home Secretary gathered leaders from';

MATCH (st:Step {id: 'oic-summit--met--oic-summit-day1-press-release'}), (a:Official {id: 'home-secretary'})
MERGE (st)-[r:INVOLVES {source: 'oic-summit-day1-press-release'}]->(a)
SET r.quote = 'The Prime Minister and Home Secretary gathered leaders from';

MATCH (st:Step {id: 'oic-summit--met--oic-summit-day1-press-release'}), (a:Country {id: 'GB'})
MERGE (st)-[r:INVOLVES {source: 'oic-summit-day1-press-release'}]->(a)
SET r.quote = 'in London today as the UK convenes a major';

// Those who "met to agree actions": the UK, its allies and its partners.
MATCH (st:Step {id: 'oic-summit--met--oic-summit-day1-press-release'}), (a:Country {id: 'FR'})
MERGE (st)-[r:INVOLVES {source: 'oic-summit-day1-press-release'}]->(a)
SET r.quote = 'The UK and allies including France, Iraq, Vietnam and US and\npartners including the NCA and representatives from social media\norganisations, met to agree actions';

MATCH (st:Step {id: 'oic-summit--met--oic-summit-day1-press-release'}), (a:Country {id: 'IQ'})
MERGE (st)-[r:INVOLVES {source: 'oic-summit-day1-press-release'}]->(a)
SET r.quote = 'The UK and allies including France, Iraq, Vietnam and US and\npartners including the NCA and representatives from social media\norganisations, met to agree actions';

MATCH (st:Step {id: 'oic-summit--met--oic-summit-day1-press-release'}), (a:Country {id: 'VN'})
MERGE (st)-[r:INVOLVES {source: 'oic-summit-day1-press-release'}]->(a)
SET r.quote = 'The UK and allies including France, Iraq, Vietnam and US and\npartners including the NCA and representatives from social media\norganisations, met to agree actions';

MATCH (st:Step {id: 'oic-summit--met--oic-summit-day1-press-release'}), (a:Country {id: 'US'})
MERGE (st)-[r:INVOLVES {source: 'oic-summit-day1-press-release'}]->(a)
SET r.quote = 'The UK and allies including France, Iraq, Vietnam and US and\npartners including the NCA and representatives from social media\norganisations, met to agree actions';

MATCH (st:Step {id: 'oic-summit--met--oic-summit-day1-press-release'}), (a:Organisation {id: 'national-crime-agency'})
MERGE (st)-[r:INVOLVES {source: 'oic-summit-day1-press-release'}]->(a)
SET r.quote = 'The UK and allies including France, Iraq, Vietnam and US and\npartners including the NCA and representatives from social media\norganisations, met to agree actions';

MATCH (st:Step {id: 'oic-summit--met--oic-summit-day1-press-release'}), (a:Organisation {id: 'social-media-organisations'})
MERGE (st)-[r:INVOLVES {source: 'oic-summit-day1-press-release'}]->(a)
SET r.quote = 'The UK and allies including France, Iraq, Vietnam and US and\npartners including the NCA and representatives from social media\norganisations, met to agree actions';

// =====================================================================================
// 'announced' steps of what Day 1 says was agreed, announced or confirmed at the summit
// =====================================================================================
// Kind 'announced' for each, as V002 gave each of them the status announced. A step
// INVOLVES only the actors the text names as agreeing, announcing or confirming.

// The concrete outcomes: "Concrete outcomes have been agreed"; the Home Secretary: "the UK
// has led the way forward by securing international commitments".
MERGE (st:Step {id: 'oic-summit-concrete-outcomes--announced--oic-summit-day1-press-release'})
SET st.kind = 'announced', st.on = date('2025-03-31'), st.dateBasis = 'INFERRED',
    st.dateNote = 'Day 1 reports the outcomes as agreed at the summit it dates "today"; that day is 31 March 2025 by 2025-03-31-commons-home-office-topical-summit-answer ("on 31 March 2025" ... "Today we are hosting in London the first ever international summit") and 2025-03-31-uk-hosts-first-major-international-summit ("host a landmark summit today (31 March)")',
    st.summary = 'Concrete outcomes are agreed at the summit across Europe, Asia, the Middle East, Africa and North America to strengthen international partnerships to disrupt OIC networks.'
WITH st
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (st)-[:EVIDENCED_BY {quote: 'Concrete outcomes have been agreed across Europe, Asia, Middle\nEast, Africa, and North America'}]->(s);

MATCH (st:Step {id: 'oic-summit-concrete-outcomes--announced--oic-summit-day1-press-release'}), (i:Initiative {id: 'oic-summit-concrete-outcomes'})
MERGE (st)-[r:STEP_OF {source: 'oic-summit-day1-press-release'}]->(i)
SET r.quote = 'Concrete outcomes have been agreed across Europe, Asia, Middle\nEast, Africa, and North America';

MATCH (st:Step {id: 'oic-summit-concrete-outcomes--announced--oic-summit-day1-press-release'}), (a:Country {id: 'GB'})
MERGE (st)-[r:INVOLVES {source: 'oic-summit-day1-press-release'}]->(a)
SET r.quote = 'the UK has led\nthe way forward by securing international commitments';

// The joint work with France: "This also includes new joint work with France". No one is
// named as announcing it.
MERGE (st:Step {id: 'uk-france-source-transit-joint-work--announced--oic-summit-day1-press-release'})
SET st.kind = 'announced', st.on = date('2025-03-31'), st.dateBasis = 'INFERRED',
    st.dateNote = 'Day 1 includes the joint work in the outcomes agreed at the summit it dates "today"; that day is 31 March 2025 by 2025-03-31-commons-home-office-topical-summit-answer ("on 31 March 2025" ... "Today we are hosting in London the first ever international summit") and 2025-03-31-uk-hosts-first-major-international-summit ("host a landmark summit today (31 March)")',
    st.summary = 'New joint work with France to tackle irregular migration in source and transit countries is agreed among the summit\'s outcomes.'
WITH st
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (st)-[:EVIDENCED_BY {quote: 'This also includes\nnew joint work with France to tackle irregular migration in\nsource and transit countries'}]->(s);

MATCH (st:Step {id: 'uk-france-source-transit-joint-work--announced--oic-summit-day1-press-release'}), (i:Initiative {id: 'uk-france-source-transit-joint-work'})
MERGE (st)-[r:STEP_OF {source: 'oic-summit-day1-press-release'}]->(i)
SET r.quote = 'This also includes\nnew joint work with France to tackle irregular migration in\nsource and transit countries';

// The training: "The UK will also collaborate with France to deliver critical training".
// Day 1 does not say in so many words that it was announced at the summit; it closes the
// list of the day's announcements ("also"), as V002 read it (ANNOUNCED_AT the summit). The
// UK and France are named as those who will deliver it, not as announcing it: no INVOLVES.
MERGE (st:Step {id: 'iraq-fraudulent-document-training--announced--oic-summit-day1-press-release'})
SET st.kind = 'announced', st.on = date('2025-03-31'), st.dateBasis = 'INFERRED',
    st.dateNote = 'Day 1 lists the training among the announcements of the summit day it dates "today" (V002 reads it as announced at the summit); that day is 31 March 2025 by 2025-03-31-commons-home-office-topical-summit-answer ("on 31 March 2025" ... "Today we are hosting in London the first ever international summit") and 2025-03-31-uk-hosts-first-major-international-summit ("host a landmark summit today (31 March)")',
    st.summary = 'The UK will collaborate with France to deliver training to Iraqi officials and commercial transport staff to detect fraudulent documents and passports.'
WITH st
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (st)-[:EVIDENCED_BY {quote: 'The UK will also collaborate with France to deliver critical\ntraining to Iraqi officials and commercial transport staff'}]->(s);

MATCH (st:Step {id: 'iraq-fraudulent-document-training--announced--oic-summit-day1-press-release'}), (i:Initiative {id: 'iraq-fraudulent-document-training'})
MERGE (st)-[r:STEP_OF {source: 'oic-summit-day1-press-release'}]->(i)
SET r.quote = 'The UK will also collaborate with France to deliver critical\ntraining to Iraqi officials and commercial transport staff';

// The grassroots engagement programme: "The Home Secretary also announced joint work with
// France to fund" it.
MERGE (st:Step {id: 'grassroots-engagement-programme--announced--oic-summit-day1-press-release'})
SET st.kind = 'announced', st.on = date('2025-03-31'), st.dateBasis = 'INFERRED',
    st.dateNote = 'Day 1 reports the announcement on the summit day it dates "today"; that day is 31 March 2025 by 2025-03-31-commons-home-office-topical-summit-answer ("on 31 March 2025" ... "Today we are hosting in London the first ever international summit") and 2025-03-31-uk-hosts-first-major-international-summit ("host a landmark summit today (31 March)")',
    st.summary = 'The Home Secretary announces joint work with France to fund an additional grassroots engagement programme.'
WITH st
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (st)-[:EVIDENCED_BY {quote: 'The Home Secretary also announced joint work with France to fund\nan additional grassroots engagement programme'}]->(s);

MATCH (st:Step {id: 'grassroots-engagement-programme--announced--oic-summit-day1-press-release'}), (i:Initiative {id: 'grassroots-engagement-programme'})
MERGE (st)-[r:STEP_OF {source: 'oic-summit-day1-press-release'}]->(i)
SET r.quote = 'The Home Secretary also announced joint work with France to fund\nan additional grassroots engagement programme';

MATCH (st:Step {id: 'grassroots-engagement-programme--announced--oic-summit-day1-press-release'}), (a:Official {id: 'home-secretary'})
MERGE (st)-[r:INVOLVES {source: 'oic-summit-day1-press-release'}]->(a)
SET r.quote = 'The Home Secretary also announced joint work with France to fund';

// The Border Security Command funding package: "today the Home Secretary confirmed over
// £30 million". 2025-03-31-uk-hosts-first-major-international-summit reports the same
// announcement "today" (its own step is in V207).
MERGE (st:Step {id: 'bsc-oic-funding-package--announced--oic-summit-day1-press-release'})
SET st.kind = 'announced', st.on = date('2025-03-31'), st.dateBasis = 'INFERRED',
    st.dateNote = 'Day 1 says "today the Home Secretary confirmed"; 2025-03-31-uk-hosts-first-major-international-summit dates the same announcement: "the Home Secretary has today announced £30 million of funding" in a release that says "host a landmark summit today (31 March)" (year from its header), and 2025-03-31-commons-home-office-topical-summit-answer puts the summit "on 31 March 2025"',
    st.summary = 'The Home Secretary confirms over £30 million in funding within the Border Security Command to tackle Organised Immigration Criminal Networks.'
WITH st
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (st)-[:EVIDENCED_BY {quote: 'In addition, today the Home Secretary confirmed over £30 million'}]->(s);

MATCH (st:Step {id: 'bsc-oic-funding-package--announced--oic-summit-day1-press-release'}), (i:Initiative {id: 'bsc-oic-funding-package'})
MERGE (st)-[r:STEP_OF {source: 'oic-summit-day1-press-release'}]->(i)
SET r.quote = 'In addition, today the Home Secretary confirmed over £30 million\nin funding within the Border Security Command';

MATCH (st:Step {id: 'bsc-oic-funding-package--announced--oic-summit-day1-press-release'}), (a:Official {id: 'home-secretary'})
MERGE (st)-[r:INVOLVES {source: 'oic-summit-day1-press-release'}]->(a)
SET r.quote = 'today the Home Secretary confirmed over £30 million';

// =====================================================================================
// Other dated steps Day 1 reports
// =====================================================================================
// The communique "was issued": a 'delivered' step (V002: status delivered). Day 1 gives no
// time for the issue; the communiqué itself says "Published 31 March 2025" (its own step,
// STATED, is in V205). "we" names no one: no INVOLVES.
MERGE (st:Step {id: 'oic-summit-communique--delivered--oic-summit-day1-press-release'})
SET st.kind = 'delivered', st.on = date('2025-03-31'), st.dateBasis = 'INFERRED',
    st.dateNote = 'Day 1 says the communique "was issued" without a date; 2025-03-31-oic-summit-communique, the communiqué itself, says "Published 31 March 2025"',
    st.summary = 'A communique is issued setting out how collaboration will be deepened internationally to tackle organised immigration crime.'
WITH st
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (st)-[:EVIDENCED_BY {quote: 'A communique was issued that sets out how we will deepen our\ncollaboration internationally'}]->(s);

MATCH (st:Step {id: 'oic-summit-communique--delivered--oic-summit-day1-press-release'}), (i:Initiative {id: 'oic-summit-communique'})
MERGE (st)-[r:STEP_OF {source: 'oic-summit-day1-press-release'}]->(i)
SET r.quote = 'A communique was issued that sets out how we will deepen our\ncollaboration internationally';

// The KRI campaign "is already running": a 'reported' step on Day 1's date (status stays
// in_progress; its start, 4 March 2025, is V203's step).
MERGE (st:Step {id: 'kri-digital-deterrence-campaign--reported--oic-summit-day1-press-release'})
SET st.kind = 'reported', st.on = date('2025-03-31'), st.dateBasis = 'INFERRED',
    st.dateNote = 'Day 1 reports the campaign "already running" on the day it speaks of ("today"), which is 31 March 2025 by 2025-03-31-commons-home-office-topical-summit-answer ("on 31 March 2025" ... "Today we are hosting in London the first ever international summit") and 2025-03-31-uk-hosts-first-major-international-summit ("host a landmark summit today (31 March)")',
    st.summary = 'Day 1 reports the Home Office digital deterrence comms campaign as already running in the Kurdistan Region of Iraq.'
WITH st
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (st)-[:EVIDENCED_BY {quote: 'the Home Office digital deterrence comms campaign that is already\nrunning in the Kurdistan Region of Iraq'}]->(s);

MATCH (st:Step {id: 'kri-digital-deterrence-campaign--reported--oic-summit-day1-press-release'}), (i:Initiative {id: 'kri-digital-deterrence-campaign'})
MERGE (st)-[r:STEP_OF {source: 'oic-summit-day1-press-release'}]->(i)
SET r.quote = 'the Home Office digital deterrence comms campaign that is already\nrunning in the Kurdistan Region of Iraq';

// No step for the returns figure: Day 1 says the summit "comes after the publication of new
// figures" and does not date the publication. (2025-03-31-pm-returns-reach-24000 reports
// the figure "today (Monday 31 March)": its step is in V206.) No step for the Plan for
// Change: Day 1 reports nothing dated of it.

// =====================================================================================
// Day 1's figure for the Border Security Command funding
// =====================================================================================
// "over £30 million" (2025-03-31-uk-hosts-first-major-international-summit: "£30 million",
// its own claim in V207). Neither replaces the other; the FundingStream is unchanged.
MERGE (n:AmountClaim {id: 'bsc-oic-funding--oic-summit-day1-press-release'})
SET n.amount = 30000000, n.currency = 'GBP', n.qualifier = 'over'
WITH n
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (n)-[:EVIDENCED_BY {quote: 'the Home Secretary confirmed over £30 million\nin funding within the Border Security Command'}]->(s);

MATCH (c:AmountClaim {id: 'bsc-oic-funding--oic-summit-day1-press-release'}), (f:FundingStream {id: 'bsc-oic-funding'})
MERGE (c)-[r:AMOUNT_OF {source: 'oic-summit-day1-press-release'}]->(f)
SET r.quote = 'the Home Secretary confirmed over £30 million\nin funding within the Border Security Command to tackle Organised\nImmigration Criminal Networks.';
