// V002 - hand extraction of seed/oic-summit-day1-press-release.txt
// (Day 1 of the Organised Immigration Crime Summit, London).
//
// Rules kept in this file:
// - every statement ends with a semicolon and runs unchanged in cypher-shell -f
//   (no client commands, no parameters)
// - every node and relationship is MERGEd on its id (relationships on their type and,
//   where one pair can have several, their role or quote), then properties are SET,
//   so loading the file twice changes nothing
// - each statement MATCHes or MERGEs what it needs by id, so statements share no variables
// - relationships come after both of their ends in file order (the loader runs the whole
//   file in one transaction)
// - provenance: every node except the Source has at least one EVIDENCED_BY {quote} to the
//   Source, every other relationship has the properties source and quote, and every quote
//   is an exact substring of the source text (line breaks written as \n)
// - where the text is ambiguous, the reading taken is said in a comment here and listed
//   in seed/README.md

// =====================================================================================
// Source
// =====================================================================================
// The document has no title line: the title below is descriptive, not quoted.
// publisher: the release speaks for the government, as in "the government's Plan for Change".
// The document gives no date, so publishedOn is not set.
MERGE (s:Source {id: 'oic-summit-day1-press-release'})
SET s.title = 'Organised Immigration Crime Summit: Day 1 press release',
    s.publisher = 'UK Government',
    s.sha256 = 'd0aff1bddc4c11dceb167ef9a272b2627a264147f6b9f7b9e992db310f5951ae';

// =====================================================================================
// Countries (ISO 3166-1 alpha-2 ids)
// =====================================================================================
MERGE (n:Country {id: 'GB'})
SET n.name = 'United Kingdom'
WITH n
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (n)-[:EVIDENCED_BY {quote: 'in London today as the UK convenes a major'}]->(s);

MERGE (n:Country {id: 'FR'})
SET n.name = 'France'
WITH n
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (n)-[:EVIDENCED_BY {quote: 'allies including France, Iraq, Vietnam and US'}]->(s);

MERGE (n:Country {id: 'IQ'})
SET n.name = 'Iraq'
WITH n
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (n)-[:EVIDENCED_BY {quote: 'allies including France, Iraq, Vietnam and US'}]->(s);

MERGE (n:Country {id: 'VN'})
SET n.name = 'Vietnam'
WITH n
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (n)-[:EVIDENCED_BY {quote: 'allies including France, Iraq, Vietnam and US'}]->(s);

MERGE (n:Country {id: 'US'})
SET n.name = 'United States'
WITH n
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (n)-[:EVIDENCED_BY {quote: 'allies including France, Iraq, Vietnam and US'}]->(s);

// =====================================================================================
// Regions
// =====================================================================================
// Europe, Asia, Africa and North America are continents. The Middle East is not a
// continent (it spans western Asia and north-east Africa): it is kept as a sub-region
// without PART_OF, because it belongs to no single continent of this list.
MERGE (n:Region {id: 'europe'})
SET n.name = 'Europe', n.kind = 'continent'
WITH n
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (n)-[:EVIDENCED_BY {quote: 'agreed across Europe, Asia, Middle'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'across Europe, the Western\nBalkans, Asia and Africa'}]->(s);

MERGE (n:Region {id: 'asia'})
SET n.name = 'Asia', n.kind = 'continent'
WITH n
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (n)-[:EVIDENCED_BY {quote: 'agreed across Europe, Asia, Middle'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'across Europe, the Western\nBalkans, Asia and Africa'}]->(s);

MERGE (n:Region {id: 'africa'})
SET n.name = 'Africa', n.kind = 'continent'
WITH n
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (n)-[:EVIDENCED_BY {quote: 'East, Africa, and North America'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'across Europe, the Western\nBalkans, Asia and Africa'}]->(s);

MERGE (n:Region {id: 'middle-east'})
SET n.name = 'Middle East', n.kind = 'sub-region'
WITH n
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (n)-[:EVIDENCED_BY {quote: 'Asia, Middle\nEast, Africa'}]->(s);

MERGE (n:Region {id: 'north-america'})
SET n.name = 'North America', n.kind = 'continent'
WITH n
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (n)-[:EVIDENCED_BY {quote: 'East, Africa, and North America'}]->(s);

MERGE (n:Region {id: 'western-balkans'})
SET n.name = 'Western Balkans', n.kind = 'sub-region'
WITH n
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (n)-[:EVIDENCED_BY {quote: 'across Europe, the Western\nBalkans, Asia and Africa'}]->(s);

MERGE (n:Region {id: 'kurdistan-region-of-iraq'})
SET n.name = 'Kurdistan Region of Iraq', n.kind = 'sub-national area'
WITH n
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (n)-[:EVIDENCED_BY {quote: 'running in the Kurdistan Region of Iraq'}]->(s);

// Northern France is named only as the place people travel to in order to cross the
// Channel: it is not what the grassroots programme targets, so nothing TARGETS it.
MERGE (n:Region {id: 'northern-france'})
SET n.name = 'Northern France', n.kind = 'sub-national area'
WITH n
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (n)-[:EVIDENCED_BY {quote: 'difficulties with travelling to Northern France to cross the'}]->(s);

// The Western Balkans is listed beside Europe ("across Europe, the Western Balkans, ...").
// PART_OF Europe is a geographic reading (the Western Balkans lie in south-east Europe),
// not something the text states. The release lists it separately because the funding
// names it separately, which does not take it out of Europe.
MATCH (a:Region {id: 'western-balkans'}), (b:Region {id: 'europe'})
MERGE (a)-[r:PART_OF]->(b)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'across Europe, the Western\nBalkans';

MATCH (a:Region {id: 'kurdistan-region-of-iraq'}), (b:Country {id: 'IQ'})
MERGE (a)-[r:PART_OF]->(b)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'the Kurdistan Region of Iraq';

MATCH (a:Region {id: 'northern-france'}), (b:Country {id: 'FR'})
MERGE (a)-[r:PART_OF]->(b)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'Northern France';

// =====================================================================================
// Organisations
// =====================================================================================
// "the government" is the UK Government: the release is about the UK hosting the summit
// and names the Prime Minister and Home Secretary as the hosts.
MERGE (n:Organisation {id: 'uk-government'})
SET n.name = 'UK Government', n.kind = 'government'
WITH n
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (n)-[:EVIDENCED_BY {quote: 'a key step forward in the government\'s\nPlan for Change'}]->(s);

MERGE (n:Organisation {id: 'home-office'})
SET n.name = 'Home Office', n.kind = 'government department'
WITH n
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (n)-[:EVIDENCED_BY {quote: 'the Home Office digital deterrence comms campaign'}]->(s);

MERGE (n:Organisation {id: 'border-security-command'})
SET n.name = 'Border Security Command', n.kind = 'command'
WITH n
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (n)-[:EVIDENCED_BY {quote: 'in funding within the Border Security Command'}]->(s);

MERGE (n:Organisation {id: 'national-crime-agency'})
SET n.name = 'National Crime Agency', n.acronym = 'NCA', n.kind = 'law enforcement agency'
WITH n
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (n)-[:EVIDENCED_BY {quote: 'Director General of the National Crime Agency (NCA)'}]->(s);

// A group, named as the source names it: no single company and no country is given.
MERGE (n:Organisation {id: 'social-media-organisations'})
SET n.name = 'Social media organisations', n.kind = 'private sector'
WITH n
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (n)-[:EVIDENCED_BY {quote: 'representatives from social media\norganisations'}]->(s);

// BASED_IN GB: the text names these bodies without saying whose they are. They are the
// UK bodies of those names (the release speaks for the UK Government, and the NCA is
// one of the partners the UK met with). This is the analyst reading, not a quote.
MATCH (a:Organisation {id: 'uk-government'}), (b:Country {id: 'GB'})
MERGE (a)-[r:BASED_IN]->(b)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'the government\'s\nPlan for Change';

MATCH (a:Organisation {id: 'home-office'}), (b:Country {id: 'GB'})
MERGE (a)-[r:BASED_IN]->(b)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'the Home Office digital deterrence comms campaign';

MATCH (a:Organisation {id: 'border-security-command'}), (b:Country {id: 'GB'})
MERGE (a)-[r:BASED_IN]->(b)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'in funding within the Border Security Command';

MATCH (a:Organisation {id: 'national-crime-agency'}), (b:Country {id: 'GB'})
MERGE (a)-[r:BASED_IN]->(b)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'partners including the NCA';

// Nesting (analyst reading, not stated in words):
// - home-office PART_OF uk-government: the Home Secretary, who heads the Home Office,
//   hosts the summit together with the Prime Minister on behalf of the government.
// - border-security-command PART_OF home-office: the Home Secretary confirms funding
//   "within the Border Security Command", so the command sits in the budget of the
//   Home Secretary, that is in the Home Office.
// The NCA is not nested: the text links it to no department.
MATCH (a:Organisation {id: 'home-office'}), (b:Organisation {id: 'uk-government'})
MERGE (a)-[r:PART_OF]->(b)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'The Prime Minister and Home Secretary';

MATCH (a:Organisation {id: 'border-security-command'}), (b:Organisation {id: 'home-office'})
MERGE (a)-[r:PART_OF]->(b)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'the Home Secretary confirmed over £30 million\nin funding within the Border Security Command';

// =====================================================================================
// Officials
// =====================================================================================
// The Prime Minister and the Home Secretary are named only by their posts: the nodes are
// the post holders and name is not set.
MERGE (n:Official {id: 'prime-minister'})
SET n.title = 'Prime Minister'
WITH n
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (n)-[:EVIDENCED_BY {quote: 'The Prime Minister and Home Secretary gathered leaders from'}]->(s);

MERGE (n:Official {id: 'home-secretary'})
SET n.title = 'Home Secretary'
WITH n
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (n)-[:EVIDENCED_BY {quote: 'The Prime Minister and Home Secretary gathered leaders from'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'Home Secretary said:'}]->(s);

MERGE (n:Official {id: 'martin-hewitt'})
SET n.name = 'Martin Hewitt', n.title = 'Border Security Commander'
WITH n
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (n)-[:EVIDENCED_BY {quote: 'Border Security Commander Martin Hewitt said:'}]->(s);

MERGE (n:Official {id: 'graeme-biggar'})
SET n.name = 'Graeme Biggar', n.title = 'Director General'
WITH n
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (n)-[:EVIDENCED_BY {quote: 'Director General of the National Crime Agency (NCA)\nGraeme Biggar said:'}]->(s);

// Posts. The Prime Minister heads the government and the Home Secretary the Home Office:
// the text gives the titles, the organisation of each title is the analyst reading.
MATCH (a:Official {id: 'prime-minister'}), (b:Organisation {id: 'uk-government'})
MERGE (a)-[r:HOLDS_POST]->(b)
SET r.title = 'Prime Minister',
    r.source = 'oic-summit-day1-press-release',
    r.quote = 'The Prime Minister and Home Secretary';

MATCH (a:Official {id: 'home-secretary'}), (b:Organisation {id: 'home-office'})
MERGE (a)-[r:HOLDS_POST]->(b)
SET r.title = 'Home Secretary',
    r.source = 'oic-summit-day1-press-release',
    r.quote = 'Home Secretary said:';

MATCH (a:Official {id: 'martin-hewitt'}), (b:Organisation {id: 'border-security-command'})
MERGE (a)-[r:HOLDS_POST]->(b)
SET r.title = 'Border Security Commander',
    r.source = 'oic-summit-day1-press-release',
    r.quote = 'I have said since I came into my post as Border Security\nCommander';

MATCH (a:Official {id: 'graeme-biggar'}), (b:Organisation {id: 'national-crime-agency'})
MERGE (a)-[r:HOLDS_POST]->(b)
SET r.title = 'Director General',
    r.source = 'oic-summit-day1-press-release',
    r.quote = 'Director General of the National Crime Agency (NCA)\nGraeme Biggar said:';

// REPRESENTS GB. For the Prime Minister and the Home Secretary the text says so: they
// gathered leaders "as the UK convenes". For Martin Hewitt and Graeme Biggar it follows
// from their posts in UK bodies (see BASED_IN above): the quote is the line that names
// the post, the link to the UK is the analyst reading.
MATCH (a:Official {id: 'prime-minister'}), (b:Country {id: 'GB'})
MERGE (a)-[r:REPRESENTS]->(b)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'The Prime Minister and Home Secretary gathered leaders from\nacross the world in London today as the UK convenes';

MATCH (a:Official {id: 'home-secretary'}), (b:Country {id: 'GB'})
MERGE (a)-[r:REPRESENTS]->(b)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'The Prime Minister and Home Secretary gathered leaders from\nacross the world in London today as the UK convenes';

MATCH (a:Official {id: 'martin-hewitt'}), (b:Country {id: 'GB'})
MERGE (a)-[r:REPRESENTS]->(b)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'Border Security Commander Martin Hewitt said:';

MATCH (a:Official {id: 'graeme-biggar'}), (b:Country {id: 'GB'})
MERGE (a)-[r:REPRESENTS]->(b)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'Director General of the National Crime Agency (NCA)';

// =====================================================================================
// Event
// =====================================================================================
// The document gives no date ("today" only), so startDate is not set.
MERGE (n:Event {id: 'oic-summit'})
SET n.name = 'Organised Immigration Crime Summit', n.kind = 'summit', n.location = 'London'
WITH n
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (n)-[:EVIDENCED_BY {quote: 'at the Organised Immigration Crime Summit'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'in London today as the UK convenes a major\nlandmark summit'}]->(s);

// Attendance: only what the text states. Hosts: the UK, the Prime Minister and the Home
// Secretary. Allies: France, Iraq, Vietnam, US. Partners: the NCA and social media
// organisations. Martin Hewitt and Graeme Biggar speak about the summit but the text
// does not say they attended, so they get no ATTENDED (their statements are AT it).
MATCH (a:Country {id: 'GB'}), (e:Event {id: 'oic-summit'})
MERGE (a)-[r:ATTENDED {role: 'host'}]->(e)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'in London today as the UK convenes a major';

MATCH (a:Official {id: 'prime-minister'}), (e:Event {id: 'oic-summit'})
MERGE (a)-[r:ATTENDED {role: 'host'}]->(e)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'The Prime Minister and Home Secretary gathered leaders from';

MATCH (a:Official {id: 'home-secretary'}), (e:Event {id: 'oic-summit'})
MERGE (a)-[r:ATTENDED {role: 'host'}]->(e)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'The Prime Minister and Home Secretary gathered leaders from';

MATCH (a:Country {id: 'FR'}), (e:Event {id: 'oic-summit'})
MERGE (a)-[r:ATTENDED {role: 'ally'}]->(e)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'allies including France, Iraq, Vietnam and US';

MATCH (a:Country {id: 'IQ'}), (e:Event {id: 'oic-summit'})
MERGE (a)-[r:ATTENDED {role: 'ally'}]->(e)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'allies including France, Iraq, Vietnam and US';

MATCH (a:Country {id: 'VN'}), (e:Event {id: 'oic-summit'})
MERGE (a)-[r:ATTENDED {role: 'ally'}]->(e)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'allies including France, Iraq, Vietnam and US';

MATCH (a:Country {id: 'US'}), (e:Event {id: 'oic-summit'})
MERGE (a)-[r:ATTENDED {role: 'ally'}]->(e)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'allies including France, Iraq, Vietnam and US';

MATCH (a:Organisation {id: 'national-crime-agency'}), (e:Event {id: 'oic-summit'})
MERGE (a)-[r:ATTENDED {role: 'partner'}]->(e)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'partners including the NCA and representatives from social media';

MATCH (a:Organisation {id: 'social-media-organisations'}), (e:Event {id: 'oic-summit'})
MERGE (a)-[r:ATTENDED {role: 'partner'}]->(e)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'partners including the NCA and representatives from social media\norganisations';

// =====================================================================================
// Topics discussed on Day 1
// =====================================================================================
MERGE (n:Topic {id: 'oic-supply-chains-and-enablers'})
SET n.name = 'Supply chains and enablers of OIC'
WITH n
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (n)-[:EVIDENCED_BY {quote: 'the supply\nchains and enablers of OIC'}]->(s);

MERGE (n:Topic {id: 'criminal-finances-in-oic'})
SET n.name = 'The role of criminal finances in facilitating OIC'
WITH n
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (n)-[:EVIDENCED_BY {quote: 'the role of criminal finances in\nfacilitating OIC'}]->(s);

MERGE (n:Topic {id: 'uk-systems-based-approach-to-border-security'})
SET n.name = 'The UK\'s systems-based approach to Border Security'
WITH n
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (n)-[:EVIDENCED_BY {quote: 'the UK\'s systems-based approach to Border\nSecurity'}]->(s);

MERGE (n:Topic {id: 'ocg-online-operations'})
SET n.name = 'OCGs\' operations online: advertising, promoting and facilitating illegal immigration services'
WITH n
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (n)-[:EVIDENCED_BY {quote: 'tackle OCGs\' operations\nonline in relation to the advertising, promoting and facilitating\nof illegal immigration services'}]->(s);

MATCH (e:Event {id: 'oic-summit'}), (t:Topic {id: 'oic-supply-chains-and-enablers'})
MERGE (e)-[r:DISCUSSED]->(t)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'Discussions at Day 1 of the summit included tackling the supply\nchains and enablers of OIC';

MATCH (e:Event {id: 'oic-summit'}), (t:Topic {id: 'criminal-finances-in-oic'})
MERGE (e)-[r:DISCUSSED]->(t)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'the role of criminal finances in\nfacilitating OIC';

MATCH (e:Event {id: 'oic-summit'}), (t:Topic {id: 'uk-systems-based-approach-to-border-security'})
MERGE (e)-[r:DISCUSSED]->(t)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'the UK\'s systems-based approach to Border\nSecurity';

MATCH (e:Event {id: 'oic-summit'}), (t:Topic {id: 'ocg-online-operations'})
MERGE (e)-[r:DISCUSSED]->(t)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'how countries can tackle OCGs\' operations\nonline in relation to the advertising, promoting and facilitating\nof illegal immigration services';

// =====================================================================================
// Initiatives
// =====================================================================================
// status: announced = agreed, announced or confirmed in this release, not yet delivered
// in_progress = already running (the comms campaign, the Plan for Change)
// delivered = done (the communique was issued, the returns happened)
// No ADDRESSES relationship is written: the text does not tie any initiative to one of
// the four Day 1 topics (see seed/README.md).

// The Plan for Change exists before the summit and frames it: in_progress, led by the
// government. It is not announced at the summit, so no ANNOUNCED_AT.
MERGE (n:Initiative {id: 'plan-for-change'})
SET n.name = 'Plan for Change',
    n.summary = 'The government\'s Plan for Change to deliver on working people\'s priorities, which includes restoring order to the immigration system.',
    n.kind = 'programme',
    n.status = 'in_progress'
WITH n
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (n)-[:EVIDENCED_BY {quote: 'the government\'s\nPlan for Change to deliver on working people\'s priorities to\nrestore order to the immigration system'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'part of our Plan\nfor Change to strengthen our borders and keep communities safe'}]->(s);

MATCH (a:Organisation {id: 'uk-government'}), (i:Initiative {id: 'plan-for-change'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'lead'}]->(i)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'the government\'s\nPlan for Change';

// The concrete outcomes of the summit. "The agreement" in the next paragraph is read as
// these outcomes (the only agreement the text describes), so they CONTRIBUTE_TO the Plan
// for Change. The text says the UK, its allies and partners "met to agree actions" but not
// who agreed which outcome, so no PARTICIPATES_IN is written for the outcomes.
MERGE (n:Initiative {id: 'oic-summit-concrete-outcomes'})
SET n.name = 'Concrete outcomes agreed at the Organised Immigration Crime Summit',
    n.summary = 'Concrete outcomes agreed across Europe, Asia, the Middle East, Africa and North America to strengthen international partnerships to disrupt organised immigration crime networks.',
    n.kind = 'agreement',
    n.status = 'announced'
WITH n
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (n)-[:EVIDENCED_BY {quote: 'Concrete outcomes have been agreed across Europe, Asia, Middle\nEast, Africa, and North America to strengthen international\npartnerships to disrupt OIC networks.'}]->(s);

MATCH (i:Initiative {id: 'oic-summit-concrete-outcomes'}), (e:Event {id: 'oic-summit'})
MERGE (i)-[r:ANNOUNCED_AT]->(e)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'Concrete outcomes have been agreed';

MATCH (i:Initiative {id: 'oic-summit-concrete-outcomes'}), (g:Region {id: 'europe'})
MERGE (i)-[r:TARGETS]->(g)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'agreed across Europe, Asia, Middle';

MATCH (i:Initiative {id: 'oic-summit-concrete-outcomes'}), (g:Region {id: 'asia'})
MERGE (i)-[r:TARGETS]->(g)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'agreed across Europe, Asia, Middle';

MATCH (i:Initiative {id: 'oic-summit-concrete-outcomes'}), (g:Region {id: 'middle-east'})
MERGE (i)-[r:TARGETS]->(g)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'agreed across Europe, Asia, Middle\nEast';

MATCH (i:Initiative {id: 'oic-summit-concrete-outcomes'}), (g:Region {id: 'africa'})
MERGE (i)-[r:TARGETS]->(g)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'East, Africa, and North America';

MATCH (i:Initiative {id: 'oic-summit-concrete-outcomes'}), (g:Region {id: 'north-america'})
MERGE (i)-[r:TARGETS]->(g)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'East, Africa, and North America';

MATCH (i:Initiative {id: 'oic-summit-concrete-outcomes'}), (p:Initiative {id: 'plan-for-change'})
MERGE (i)-[r:CONTRIBUTES_TO]->(p)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'The agreement represents a key step forward in the government\'s\nPlan for Change';

// New joint work with France in source and transit countries ("This also includes", so
// part of the outcomes agreed at the summit). The UK leads ("new joint work with France"
// in a UK release), France is the partner. Iraq is the only source or transit country
// the sentence names (through "Iraqi officials"): it is the beneficiary and the target.
// The training paragraph at the end of the release probably details the document
// detection part of this work, but the text does not say so: both are kept.
MERGE (n:Initiative {id: 'uk-france-source-transit-joint-work'})
SET n.name = 'New joint work with France in source and transit countries',
    n.summary = 'New joint work with France to tackle irregular migration in source and transit countries, through community outreach and bolstering false document detection capabilities of Iraqi officials.',
    n.kind = 'programme',
    n.status = 'announced',
    n.audiences = ['Iraqi officials']
WITH n
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (n)-[:EVIDENCED_BY {quote: 'new joint work with France to tackle irregular migration in\nsource and transit countries, through community outreach and\nbolstering false document detection capabilities to Iraqi\nofficials.'}]->(s);

MATCH (i:Initiative {id: 'uk-france-source-transit-joint-work'}), (e:Event {id: 'oic-summit'})
MERGE (i)-[r:ANNOUNCED_AT]->(e)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'This also includes\nnew joint work with France';

MATCH (a:Country {id: 'GB'}), (i:Initiative {id: 'uk-france-source-transit-joint-work'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'lead'}]->(i)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'new joint work with France';

MATCH (a:Country {id: 'FR'}), (i:Initiative {id: 'uk-france-source-transit-joint-work'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'partner'}]->(i)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'new joint work with France';

MATCH (a:Country {id: 'IQ'}), (i:Initiative {id: 'uk-france-source-transit-joint-work'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'beneficiary'}]->(i)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'bolstering false document detection capabilities to Iraqi\nofficials';

MATCH (i:Initiative {id: 'uk-france-source-transit-joint-work'}), (c:Country {id: 'IQ'})
MERGE (i)-[r:TARGETS]->(c)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'bolstering false document detection capabilities to Iraqi\nofficials';

// Training for Iraqi officials and commercial transport staff.
// "The UK will also collaborate with France": the UK leads, France is the partner, Iraq
// the beneficiary and target. Announced in this Day 1 release among the summit announcements.
MERGE (n:Initiative {id: 'iraq-fraudulent-document-training'})
SET n.name = 'Training for Iraqi officials and commercial transport staff to detect fraudulent documents',
    n.summary = 'The UK will collaborate with France to deliver training to Iraqi officials and commercial transport staff, helping them detect fraudulent documents and passports used to facilitate irregular migration and OIC activities.',
    n.kind = 'training',
    n.status = 'announced',
    n.audiences = ['Iraqi officials', 'commercial transport staff']
WITH n
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (n)-[:EVIDENCED_BY {quote: 'The UK will also collaborate with France to deliver critical\ntraining to Iraqi officials and commercial transport staff,\nhelping them detect fraudulent documents and passports used to\nfacilitate irregular migration and OIC activities.'}]->(s);

MATCH (i:Initiative {id: 'iraq-fraudulent-document-training'}), (e:Event {id: 'oic-summit'})
MERGE (i)-[r:ANNOUNCED_AT]->(e)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'The UK will also collaborate with France to deliver critical';

MATCH (a:Country {id: 'GB'}), (i:Initiative {id: 'iraq-fraudulent-document-training'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'lead'}]->(i)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'The UK will also collaborate with France to deliver critical';

MATCH (a:Country {id: 'FR'}), (i:Initiative {id: 'iraq-fraudulent-document-training'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'partner'}]->(i)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'The UK will also collaborate with France to deliver critical';

MATCH (a:Country {id: 'IQ'}), (i:Initiative {id: 'iraq-fraudulent-document-training'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'beneficiary'}]->(i)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'training to Iraqi officials and commercial transport staff';

MATCH (i:Initiative {id: 'iraq-fraudulent-document-training'}), (c:Country {id: 'IQ'})
MERGE (i)-[r:TARGETS]->(c)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'training to Iraqi officials and commercial transport staff';

// The Home Office digital deterrence comms campaign: already running, so in_progress,
// not announced at the summit.
MERGE (n:Initiative {id: 'kri-digital-deterrence-campaign'})
SET n.name = 'Home Office digital deterrence comms campaign in the Kurdistan Region of Iraq',
    n.summary = 'A Home Office digital deterrence communications campaign that is already running in the Kurdistan Region of Iraq.',
    n.kind = 'campaign',
    n.status = 'in_progress'
WITH n
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (n)-[:EVIDENCED_BY {quote: 'the Home Office digital deterrence comms campaign that is already\nrunning in the Kurdistan Region of Iraq'}]->(s);

MATCH (a:Organisation {id: 'home-office'}), (i:Initiative {id: 'kri-digital-deterrence-campaign'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'lead'}]->(i)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'the Home Office digital deterrence comms campaign';

MATCH (i:Initiative {id: 'kri-digital-deterrence-campaign'}), (g:Region {id: 'kurdistan-region-of-iraq'})
MERGE (i)-[r:TARGETS]->(g)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'already\nrunning in the Kurdistan Region of Iraq';

// The grassroots engagement programme: "joint work with France to fund" it, so the UK
// and France are both funders and the UK, whose Home Secretary announces it, the lead.
// Its audiences are the groups the text says it "will target". The text names no place
// it targets (Northern France is where people are warned against travelling to), so no
// TARGETS is written.
MERGE (n:Initiative {id: 'grassroots-engagement-programme'})
SET n.name = 'Grassroots engagement programme on the dangers of irregular migration',
    n.summary = 'An additional grassroots engagement programme, funded jointly with France, to educate local communities on the dangers of irregular migration and people smuggling gangs and the realities and difficulties of travelling to Northern France to cross the Channel to the UK.',
    n.kind = 'programme',
    n.status = 'announced',
    n.audiences = ['potential irregular migrants', 'teachers', 'religious leaders', 'family members within vulnerable communities']
WITH n
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (n)-[:EVIDENCED_BY {quote: 'an additional grassroots engagement programme to educate local\ncommunities on the dangers of irregular migration and people\nsmuggling gangs'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'This will target both potential irregular\nmigrants and, for the first time, teachers, religious leaders,\nand family members within vulnerable communities'}]->(s);

MATCH (i:Initiative {id: 'grassroots-engagement-programme'}), (e:Event {id: 'oic-summit'})
MERGE (i)-[r:ANNOUNCED_AT]->(e)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'The Home Secretary also announced joint work with France to fund';

MATCH (a:Country {id: 'GB'}), (i:Initiative {id: 'grassroots-engagement-programme'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'lead'}]->(i)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'The Home Secretary also announced joint work with France to fund';

MATCH (a:Country {id: 'GB'}), (i:Initiative {id: 'grassroots-engagement-programme'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'funder'}]->(i)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'joint work with France to fund\nan additional grassroots engagement programme';

MATCH (a:Country {id: 'FR'}), (i:Initiative {id: 'grassroots-engagement-programme'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'funder'}]->(i)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'joint work with France to fund\nan additional grassroots engagement programme';

MATCH (i:Initiative {id: 'grassroots-engagement-programme'}), (p:Initiative {id: 'kri-digital-deterrence-campaign'})
MERGE (i)-[r:BUILDS_ON]->(p)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'and builds on\nthe Home Office digital deterrence comms campaign';

// The Border Security Command funding package. "the Home Secretary confirmed" it: the
// Home Secretary leads. The money is "within the Border Security Command": the command
// is the funder (and PROVIDES the funding stream below).
MERGE (n:Initiative {id: 'bsc-oic-funding-package'})
SET n.name = 'Border Security Command funding package to tackle Organised Immigration Criminal Networks',
    n.summary = 'Over £30 million in funding within the Border Security Command to tackle Organised Immigration Criminal Networks, to be spent on key security projects across Europe, the Western Balkans, Asia and Africa to strengthen border security and combat international criminal smuggling gangs.',
    n.kind = 'funding package',
    n.status = 'announced'
WITH n
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (n)-[:EVIDENCED_BY {quote: 'This significant funding package\nwill be spent on key security projects across Europe, the Western\nBalkans, Asia and Africa, designed to strengthen border security\nand combat international criminal smuggling gangs.'}]->(s);

MATCH (i:Initiative {id: 'bsc-oic-funding-package'}), (e:Event {id: 'oic-summit'})
MERGE (i)-[r:ANNOUNCED_AT]->(e)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'today the Home Secretary confirmed over £30 million';

MATCH (a:Official {id: 'home-secretary'}), (i:Initiative {id: 'bsc-oic-funding-package'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'lead'}]->(i)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'the Home Secretary confirmed over £30 million';

MATCH (a:Organisation {id: 'border-security-command'}), (i:Initiative {id: 'bsc-oic-funding-package'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'funder'}]->(i)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'in funding within the Border Security Command';

MATCH (i:Initiative {id: 'bsc-oic-funding-package'}), (g:Region {id: 'europe'})
MERGE (i)-[r:TARGETS]->(g)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'key security projects across Europe, the Western\nBalkans, Asia and Africa';

MATCH (i:Initiative {id: 'bsc-oic-funding-package'}), (g:Region {id: 'western-balkans'})
MERGE (i)-[r:TARGETS]->(g)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'key security projects across Europe, the Western\nBalkans, Asia and Africa';

MATCH (i:Initiative {id: 'bsc-oic-funding-package'}), (g:Region {id: 'asia'})
MERGE (i)-[r:TARGETS]->(g)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'key security projects across Europe, the Western\nBalkans, Asia and Africa';

MATCH (i:Initiative {id: 'bsc-oic-funding-package'}), (g:Region {id: 'africa'})
MERGE (i)-[r:TARGETS]->(g)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'key security projects across Europe, the Western\nBalkans, Asia and Africa';

// The communique: issued, so delivered. The text does not say who issued it ("we"), so
// no PARTICIPATES_IN is written.
MERGE (n:Initiative {id: 'oic-summit-communique'})
SET n.name = 'Organised Immigration Crime Summit communique',
    n.summary = 'A communique setting out how collaboration will be deepened internationally to tackle organised immigration crime.',
    n.kind = 'communique',
    n.status = 'delivered'
WITH n
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (n)-[:EVIDENCED_BY {quote: 'A communique was issued that sets out how we will deepen our\ncollaboration internationally to tackle this vile crime.'}]->(s);

MATCH (i:Initiative {id: 'oic-summit-communique'}), (e:Event {id: 'oic-summit'})
MERGE (i)-[r:ANNOUNCED_AT]->(e)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'A communique was issued';

// The returns figure: published figures, not a summit outcome, so no ANNOUNCED_AT.
// "no right to be here" is read as no right to be in the UK. The text names no one who
// carried out the returns, so no PARTICIPATES_IN is written.
MERGE (n:Initiative {id: 'returns-since-election'})
SET n.name = 'Returns of people with no right to be here since the election',
    n.summary = 'New figures show more than 24,000 people with no right to be here have been returned since the election, the highest rate of returns in eight years.',
    n.kind = 'statistic',
    n.status = 'delivered',
    n.figure = 24000,
    n.figureQualifier = 'more than'
WITH n
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (n)-[:EVIDENCED_BY {quote: 'more than 24,000 people with\nno right to be here have been returned since the election – the\nhighest rate of returns in eight years.'}]->(s);

// =====================================================================================
// Funding stream
// =====================================================================================
// "over £30 million": amount 30000000 with qualifier over. "confirmed" funding is a
// commitment, so stage committed (not yet disbursed).
MERGE (n:FundingStream {id: 'bsc-oic-funding'})
SET n.name = 'Border Security Command funding to tackle Organised Immigration Criminal Networks',
    n.amount = 30000000,
    n.currency = 'GBP',
    n.qualifier = 'over',
    n.stage = 'committed'
WITH n
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (n)-[:EVIDENCED_BY {quote: 'the Home Secretary confirmed over £30 million\nin funding within the Border Security Command to tackle Organised\nImmigration Criminal Networks.'}]->(s);

MATCH (a:Organisation {id: 'border-security-command'}), (f:FundingStream {id: 'bsc-oic-funding'})
MERGE (a)-[r:PROVIDES]->(f)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'over £30 million\nin funding within the Border Security Command';

MATCH (f:FundingStream {id: 'bsc-oic-funding'}), (i:Initiative {id: 'bsc-oic-funding-package'})
MERGE (f)-[r:FUNDS]->(i)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'This significant funding package';

MATCH (f:FundingStream {id: 'bsc-oic-funding'}), (g:Region {id: 'europe'})
MERGE (f)-[r:ALLOCATED_TO]->(g)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'will be spent on key security projects across Europe, the Western\nBalkans, Asia and Africa';

MATCH (f:FundingStream {id: 'bsc-oic-funding'}), (g:Region {id: 'western-balkans'})
MERGE (f)-[r:ALLOCATED_TO]->(g)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'will be spent on key security projects across Europe, the Western\nBalkans, Asia and Africa';

MATCH (f:FundingStream {id: 'bsc-oic-funding'}), (g:Region {id: 'asia'})
MERGE (f)-[r:ALLOCATED_TO]->(g)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'will be spent on key security projects across Europe, the Western\nBalkans, Asia and Africa';

MATCH (f:FundingStream {id: 'bsc-oic-funding'}), (g:Region {id: 'africa'})
MERGE (f)-[r:ALLOCATED_TO]->(g)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'will be spent on key security projects across Europe, the Western\nBalkans, Asia and Africa';

// =====================================================================================
// Statements
// =====================================================================================
// text runs from the first word of the quotation to its last word and final full stop,
// line breaks kept. The opening quotation marks of the later paragraphs are inside that
// span and stay. The closing mark is left out (for the Home Secretary it is a straight
// double quote in the source, for the others a curly one).
// AT oic-summit: each statement speaks of the summit as happening today.
MERGE (n:Statement {id: 'statement-home-secretary'})
SET n.text = 'Organised immigration crime undermines our security and puts\nlives at risk. The criminal networks have spread across the globe\nand no single country can tackle this problem alone.\n“Today, at the Organised Immigration Crime Summit, the UK has led\nthe way forward by securing international commitments to disrupt\nand pursue this vile criminal trade in people - part of our Plan\nfor Change to strengthen our borders and keep communities safe.'
WITH n
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (n)-[:EVIDENCED_BY {quote: n.text}]->(s);

MERGE (n:Statement {id: 'statement-martin-hewitt'})
SET n.text = 'I have said since I came into my post as Border Security\nCommander that organised immigration crime requires a coordinated\ninternational response to effectively dismantle criminal\nnetworks.\n“In my role I have seen first-hand how the cruelty and greed of\ncriminal gangs puts the lives of the most vulnerable at risk in\ndangerous small boat crossings all for financial gain.\n“This Summit marks a step change in the international community\'s\napproach to tackling the problem, presenting a critical\nopportunity to strengthen global cooperation, disrupt criminal\nnetworks, and prevent further loss of life.'
WITH n
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (n)-[:EVIDENCED_BY {quote: n.text}]->(s);

MERGE (n:Statement {id: 'statement-graeme-biggar'})
SET n.text = 'Criminal gangs are using sophisticated online tactics, the abuse\nof legitimate goods and services, and illicit financial networks\nto facilitate dangerous and illegal journeys which put thousands\nof lives at risk each year and undermine border security.\n“Today\'s Summit sets out international agreements to tackle an\ninternational problem.\n“International intelligence sharing and cooperation is absolutely\ncrucial to track criminal activity across borders allowing us to\nput a stop to these dangerous criminals.'
WITH n
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (n)-[:EVIDENCED_BY {quote: n.text}]->(s);

MATCH (o:Official {id: 'home-secretary'}), (t:Statement {id: 'statement-home-secretary'})
MERGE (o)-[r:SAID]->(t)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'Home Secretary said:';

MATCH (o:Official {id: 'martin-hewitt'}), (t:Statement {id: 'statement-martin-hewitt'})
MERGE (o)-[r:SAID]->(t)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'Border Security Commander Martin Hewitt said:';

MATCH (o:Official {id: 'graeme-biggar'}), (t:Statement {id: 'statement-graeme-biggar'})
MERGE (o)-[r:SAID]->(t)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'Director General of the National Crime Agency (NCA)\nGraeme Biggar said:';

MATCH (t:Statement {id: 'statement-home-secretary'}), (e:Event {id: 'oic-summit'})
MERGE (t)-[r:AT]->(e)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'Today, at the Organised Immigration Crime Summit';

MATCH (t:Statement {id: 'statement-martin-hewitt'}), (e:Event {id: 'oic-summit'})
MERGE (t)-[r:AT]->(e)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'This Summit marks a step change';

MATCH (t:Statement {id: 'statement-graeme-biggar'}), (e:Event {id: 'oic-summit'})
MERGE (t)-[r:AT]->(e)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'Today\'s Summit sets out international agreements';
