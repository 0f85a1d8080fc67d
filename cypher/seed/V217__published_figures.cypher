// V217 - the numbers the corpus publishes are Figures (docs/DATA-MODEL.md, "A reported
// figure"), as V216 did for the 24,000 returns. Four extractions kept such numbers out of
// the graph, or in an initiative, saying "the model has no figure property"; the model has
// one since V216:
// - V210 wrote the NCA's 18,000 take-downs as the Initiative `nca-social-media-account-takedowns`
//   (kind statistic, status delivered, the NCA implementer). A published count is nothing
//   anyone committed to, so it becomes a Figure of the same id with the same citation, MEASURES
//   the NCA (the implementer link's quote), and the initiative is deleted;
// - V206 left out the breakdown of the rise in removals (21%, 16%, more than 850 people);
// - V209 kept 720, over 7 million and 1,936 in a `reported` step's summary only;
// - V205 left out "up to $10 billion of criminal profits annually".
// Each new figure is cited by the sentence that gives it, and MEASURES what that sentence
// counts the work of: the Modern Slavery Fund ("the Modern Slavery Fund which has
// identified ..."), the UK Government for the removals (V206's "the government has returned
// more than 24,000 individuals", of which "The continued rise in removals includes" these),
// and the trade the communiqué names ("the global smuggling of migrants trade", a new Topic).
// `asOf` is the release's day, INFERRED as V206's and V209's steps are; the communiqué's
// estimate and the NCA's count stand at no day the text gives, so they have none. No
// `REPORTED`: none of these sentences names who made the number public.
// The readings are in seed/corpus/<document>.md (section V217).
//
// Rules kept in this file (as in V201-V216):
// - every statement ends with a semicolon and runs unchanged in cypher-shell -f
//   (no client commands, no parameters); statements share no variables
// - every quote is an exact substring of its source's text, occurring in it exactly once
//   (line breaks written \n)

// =====================================================================================
// The NCA's take-downs (V210): from Initiative to Figure
// =====================================================================================
MERGE (f:Figure {id: 'nca-social-media-account-takedowns'})
SET f.name = 'Social media accounts used to sell spaces on boats taken down by the National Crime Agency',
    f.value = 18000,
    f.unit = 'accounts',
    f.period = 'since July',
    f.summary = '18,000 social media accounts used to sell spaces on boats taken down by the National Crime Agency since July, 10,000 more than last year.'
WITH f
MATCH (s:Source {id: '2025-04-02-oic-summit-day2-online-platforms-agreement'})
MERGE (f)-[:EVIDENCED_BY {quote: 'While ramped up law enforcement action has seen 18,000 social\nmedia accounts used to sell spaces on boats taken down by the\nNational Crime Agency since July – 10,000 more than last year'}]->(s);

MATCH (f:Figure {id: 'nca-social-media-account-takedowns'}), (a:Organisation {id: 'national-crime-agency'})
MERGE (f)-[r:MEASURES {source: '2025-04-02-oic-summit-day2-online-platforms-agreement'}]->(a)
SET r.quote = 'taken down by the\nNational Crime Agency since July';

MATCH (n:Initiative {id: 'nca-social-media-account-takedowns'})
DETACH DELETE n;

// =====================================================================================
// The rise in removals (V206)
// =====================================================================================
// "a 21% increase in enforced returns and a 16% increase in foreign national offenders being
// removed from the UK since July 5th": "since July 5th" closes the sentence's second figure;
// whether it also dates the first, the text does not make clear, so the 21% has no period
// and its summary keeps the sentence's wording.
MERGE (f:Figure {id: 'enforced-returns-increase'})
SET f.name = 'Increase in enforced returns',
    f.value = 21,
    f.unit = 'percent',
    f.summary = 'A 21% increase in enforced returns, part of the continued rise in removals (the same sentence gives a 16% increase in foreign national offenders removed "since July 5th").',
    f.asOf = date('2025-03-31'),
    f.asOfBasis = 'INFERRED',
    f.asOfNote = 'the release announces its figures "today (Monday 31 March)" without a year; the year 2025 is from the header of 2025-03-31-pm-returns-reach-24000'
WITH f
MATCH (s:Source {id: '2025-03-31-pm-returns-reach-24000'})
MERGE (f)-[:EVIDENCED_BY {quote: 'a 21% increase in enforced returns'}]->(s);

MATCH (f:Figure {id: 'enforced-returns-increase'}), (a:Organisation {id: 'uk-government'})
MERGE (f)-[r:MEASURES {source: '2025-03-31-pm-returns-reach-24000'}]->(a)
SET r.quote = 'The continued rise in removals includes';

MERGE (f:Figure {id: 'foreign-national-offender-removals-increase'})
SET f.name = 'Increase in foreign national offenders removed from the UK since 5 July',
    f.value = 16,
    f.unit = 'percent',
    f.period = 'since July 5th',
    f.summary = 'A 16% increase in foreign national offenders being removed from the UK since July 5th, part of the continued rise in removals.',
    f.asOf = date('2025-03-31'),
    f.asOfBasis = 'INFERRED',
    f.asOfNote = 'the release announces its figures "today (Monday 31 March)" without a year; the year 2025 is from the header of 2025-03-31-pm-returns-reach-24000'
WITH f
MATCH (s:Source {id: '2025-03-31-pm-returns-reach-24000'})
MERGE (f)-[:EVIDENCED_BY {quote: 'a 16% increase in foreign national offenders being removed from the UK since July 5th'}]->(s);

MATCH (f:Figure {id: 'foreign-national-offender-removals-increase'}), (a:Organisation {id: 'uk-government'})
MERGE (f)-[r:MEASURES {source: '2025-03-31-pm-returns-reach-24000'}]->(a)
SET r.quote = 'The continued rise in removals includes';

MERGE (f:Figure {id: 'returns-charter-flight-passengers'})
SET f.name = 'People on board the 4 biggest returns charter flights in the UK’s history',
    f.value = 850,
    f.unit = 'people',
    f.qualifier = 'more than',
    f.summary = 'The 4 biggest returns charter flights in the UK’s history, with a total of more than 850 people on board, part of the continued rise in removals.',
    f.asOf = date('2025-03-31'),
    f.asOfBasis = 'INFERRED',
    f.asOfNote = 'the release announces its figures "today (Monday 31 March)" without a year; the year 2025 is from the header of 2025-03-31-pm-returns-reach-24000'
WITH f
MATCH (s:Source {id: '2025-03-31-pm-returns-reach-24000'})
MERGE (f)-[:EVIDENCED_BY {quote: 'the 4 biggest returns charter flights in the UK’s history, with a total of more than 850 people on board'}]->(s);

MATCH (f:Figure {id: 'returns-charter-flight-passengers'}), (a:Organisation {id: 'uk-government'})
MERGE (f)-[r:MEASURES {source: '2025-03-31-pm-returns-reach-24000'}]->(a)
SET r.quote = 'The continued rise in removals includes';

// =====================================================================================
// What the Modern Slavery Fund has done (V209)
// =====================================================================================
// "the Modern Slavery Fund which has identified 720 victims ..., reached over 7 million
// people ... and educated 1,936 aspiring migrants": the fund's results. The sentence opens
// with "Since 2018 the UK has invested over £7 million to strengthen Vietnam’s
// anti-trafficking response through" the fund; whether the three counts are the fund's
// Vietnam work since 2018 or all of its work, the text does not make clear (V209's reading),
// so they have no period and their summaries keep the text's wording.
MERGE (f:Figure {id: 'modern-slavery-fund-victims-identified'})
SET f.name = 'Victims of trafficking and migrants in vulnerable situations identified by the Modern Slavery Fund',
    f.value = 720,
    f.unit = 'people',
    f.summary = 'The Modern Slavery Fund has identified 720 victims of trafficking and migrants in vulnerable situations.',
    f.asOf = date('2025-04-01'),
    f.asOfBasis = 'INFERRED',
    f.asOfNote = 'the text gives no date for the count; the release is dated 1 April 2025 by its header (per the ukpol.co.uk mirror), as V209\'s reported step is'
WITH f
MATCH (s:Source {id: '2025-04-01-uk-vietnam-human-trafficking-action-plan'})
MERGE (f)-[:EVIDENCED_BY {quote: 'which has identified 720 victims of trafficking and migrants in vulnerable situations'}]->(s);

MATCH (f:Figure {id: 'modern-slavery-fund-victims-identified'}), (i:Initiative {id: 'modern-slavery-fund'})
MERGE (f)-[r:MEASURES {source: '2025-04-01-uk-vietnam-human-trafficking-action-plan'}]->(i)
SET r.quote = 'the Modern Slavery Fund which has identified 720 victims of trafficking and migrants in vulnerable situations';

MERGE (f:Figure {id: 'modern-slavery-fund-awareness-reach'})
SET f.name = 'People reached with awareness campaigns by the Modern Slavery Fund',
    f.value = 7000000,
    f.unit = 'people',
    f.qualifier = 'over',
    f.summary = 'The Modern Slavery Fund has reached over 7 million people with awareness campaigns.',
    f.asOf = date('2025-04-01'),
    f.asOfBasis = 'INFERRED',
    f.asOfNote = 'the text gives no date for the count; the release is dated 1 April 2025 by its header (per the ukpol.co.uk mirror), as V209\'s reported step is'
WITH f
MATCH (s:Source {id: '2025-04-01-uk-vietnam-human-trafficking-action-plan'})
MERGE (f)-[:EVIDENCED_BY {quote: 'reached over 7 million people with awareness campaigns'}]->(s);

MATCH (f:Figure {id: 'modern-slavery-fund-awareness-reach'}), (i:Initiative {id: 'modern-slavery-fund'})
MERGE (f)-[r:MEASURES {source: '2025-04-01-uk-vietnam-human-trafficking-action-plan'}]->(i)
SET r.quote = 'reached over 7 million people with awareness campaigns';

MERGE (f:Figure {id: 'modern-slavery-fund-aspiring-migrants-educated'})
SET f.name = 'Aspiring migrants educated to the risks of human trafficking by the Modern Slavery Fund',
    f.value = 1936,
    f.unit = 'people',
    f.summary = 'The Modern Slavery Fund has educated 1,936 aspiring migrants to the risks of human trafficking.',
    f.asOf = date('2025-04-01'),
    f.asOfBasis = 'INFERRED',
    f.asOfNote = 'the text gives no date for the count; the release is dated 1 April 2025 by its header (per the ukpol.co.uk mirror), as V209\'s reported step is'
WITH f
MATCH (s:Source {id: '2025-04-01-uk-vietnam-human-trafficking-action-plan'})
MERGE (f)-[:EVIDENCED_BY {quote: 'educated 1,936 aspiring migrants to the risks of human trafficking'}]->(s);

MATCH (f:Figure {id: 'modern-slavery-fund-aspiring-migrants-educated'}), (i:Initiative {id: 'modern-slavery-fund'})
MERGE (f)-[r:MEASURES {source: '2025-04-01-uk-vietnam-human-trafficking-action-plan'}]->(i)
SET r.quote = 'educated 1,936 aspiring migrants to the risks of human trafficking';

// =====================================================================================
// The communiqué's estimate of the trade (V205)
// =====================================================================================
// "Evidence suggests that the global smuggling of migrants trade generates up to $10 billion
// of criminal profits annually. Yet, this figure likely underestimates its true scale": an
// estimate, kept with the communiqué's own caveat in its summary.
MERGE (t:Topic {id: 'global-migrant-smuggling-trade'})
SET t.name = 'The global smuggling of migrants trade'
WITH t
MATCH (s:Source {id: '2025-03-31-oic-summit-communique'})
MERGE (t)-[:EVIDENCED_BY {quote: 'the global smuggling of migrants trade'}]->(s);

MERGE (f:Figure {id: 'migrant-smuggling-criminal-profits'})
SET f.name = 'Criminal profits the global smuggling of migrants trade generates each year',
    f.value = 10000000000,
    f.unit = 'USD',
    f.qualifier = 'up to',
    f.period = 'annually',
    f.summary = 'Evidence suggests the global smuggling of migrants trade generates up to $10 billion of criminal profits annually; the communiqué adds that this figure likely underestimates its true scale.'
WITH f
MATCH (s:Source {id: '2025-03-31-oic-summit-communique'})
MERGE (f)-[:EVIDENCED_BY {quote: 'Evidence suggests that the global smuggling of migrants trade generates up to $10 billion of criminal profits annually. Yet, this figure likely underestimates its true scale'}]->(s);

MATCH (f:Figure {id: 'migrant-smuggling-criminal-profits'}), (t:Topic {id: 'global-migrant-smuggling-trade'})
MERGE (f)-[r:MEASURES {source: '2025-03-31-oic-summit-communique'}]->(t)
SET r.quote = 'the global smuggling of migrants trade generates up to $10 billion of criminal profits annually';
