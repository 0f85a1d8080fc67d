// V203 - hand extraction of seed/corpus/2025-03-04-kri-deterrence-campaign-vietnam-dialogue.txt
// (Home Office release of 4 March 2025: digital advertising launched in the Kurdistan Region
// of Iraq as part of the government's international campaign against smugglers' lies, and
// the joint communiqué the UK is set to sign at the third UK-Vietnam Migration Dialogue).
//
// Rules kept in this file (as in V002/V012):
// - every statement ends with a semicolon and runs unchanged in cypher-shell -f
//   (no client commands, no parameters); statements share no variables
// - nodes are MERGEd on their id and their properties SET; a node that an earlier file
//   creates is only MATCHed and given this document's EVIDENCED_BY. AL and
//   government-of-vietnam are registered by V208/V209 but this file loads first: they are
//   MERGEd with ON CREATE SET, so that whichever file comes first names them
// - relationships are MERGEd on their ends, type, role (where they have one) and source,
//   then their quote is SET
// - every quote is an exact substring of the BODY of the file, occurring in it exactly once
// - the text is a mirror's copy (wired-gov.net) and partial: it ends mid-sentence inside
//   Dame Angela Eagle's quotation, so absence proves nothing
// - the body itself dates "today": "sign a joint communiqué today (4 March 2025)"
// - readings are listed in seed/corpus/2025-03-04-kri-deterrence-campaign-vietnam-dialogue.md

// =====================================================================================
// Countries, region, organisations
// =====================================================================================
MATCH (n:Country {id: 'GB'})
MATCH (s:Source {id: '2025-03-04-kri-deterrence-campaign-vietnam-dialogue'})
MERGE (n)-[:EVIDENCED_BY {quote: 'to expand the UK’s international partnerships'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'the UK is set to sign a joint communiqué today (4 March 2025)'}]->(s);

MATCH (n:Country {id: 'VN'})
MATCH (s:Source {id: '2025-03-04-kri-deterrence-campaign-vietnam-dialogue'})
MERGE (n)-[:EVIDENCED_BY {quote: 'expanding on the campaigns in Vietnam and Albania'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'continue its communications campaign in Vietnam'}]->(s);

MERGE (n:Country {id: 'AL'})
ON CREATE SET n.name = 'Albania'
WITH n
MATCH (s:Source {id: '2025-03-04-kri-deterrence-campaign-vietnam-dialogue'})
MERGE (n)-[:EVIDENCED_BY {quote: 'expanding on the campaigns in Vietnam and Albania'}]->(s);

MATCH (n:Region {id: 'kurdistan-region-of-iraq'})
SET n.aliases = coalesce([x IN n.aliases WHERE x <> 'KRI'], []) + 'KRI'
WITH n
MATCH (s:Source {id: '2025-03-04-kri-deterrence-campaign-vietnam-dialogue'})
MERGE (n)-[:EVIDENCED_BY {quote: 'Digital advertising launched today in the Kurdistan Region of Iraq (KRI)'}]->(s);

// "the government", "this government", "the UK government": the UK Government of Day 1.
MATCH (n:Organisation {id: 'uk-government'})
MATCH (s:Source {id: '2025-03-04-kri-deterrence-campaign-vietnam-dialogue'})
MERGE (n)-[:EVIDENCED_BY {quote: 'as the UK government secures its borders as part of the Plan for Change'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'for the UK government to continue its communications campaign'}]->(s);

MATCH (n:Organisation {id: 'border-security-command'})
MATCH (s:Source {id: '2025-03-04-kri-deterrence-campaign-vietnam-dialogue'})
MERGE (n)-[:EVIDENCED_BY {quote: 'delivered through the Border Security Command'}]->(s);

// "the Vietnamese government" is the government-of-vietnam node of V209 ("the Government
// of Vietnam"); this text's wording goes to aliases. It says whose government it is.
MERGE (n:Organisation {id: 'government-of-vietnam'})
ON CREATE SET n.name = 'Government of Vietnam', n.kind = 'government'
SET n.aliases = coalesce([x IN n.aliases WHERE x <> 'Vietnamese government'], []) + 'Vietnamese government'
WITH n
MATCH (s:Source {id: '2025-03-04-kri-deterrence-campaign-vietnam-dialogue'})
MERGE (n)-[:EVIDENCED_BY {quote: 'with the Vietnamese government'}]->(s);

MATCH (a:Organisation {id: 'government-of-vietnam'}), (b:Country {id: 'VN'})
MERGE (a)-[r:BASED_IN {source: '2025-03-04-kri-deterrence-campaign-vietnam-dialogue'}]->(b)
SET r.quote = 'with the Vietnamese government';

// =====================================================================================
// Official and statement
// =====================================================================================
// "Dame" is an honorific: name without it, the full form in aliases. The text does not say
// which body the post belongs to: no HOLDS_POST.
MERGE (n:Official {id: 'angela-eagle'})
SET n.name = 'Angela Eagle',
    n.title = 'Minister for Border Security and Asylum',
    n.aliases = coalesce([x IN n.aliases WHERE x <> 'Dame Angela Eagle'], []) + 'Dame Angela Eagle'
WITH n
MATCH (s:Source {id: '2025-03-04-kri-deterrence-campaign-vietnam-dialogue'})
MERGE (n)-[:EVIDENCED_BY {quote: 'Minister for Border Security and Asylum, Dame Angela Eagle, said:'}]->(s);

// The quotation is cut off mid-sentence ("... at the hands of these criminals, and"): the
// text runs to the last full stop before the cut. No AT: she does not speak at an event.
MERGE (n:Statement {id: 'statement-angela-eagle-kri-campaign'})
SET n.text = 'Ruthless criminal gangs spread dangerous lies on social media to exploit people for money, and we are exposing them using the real stories of their victims. This campaign helps to break the business model of these criminals and protect people from falling victim, securing our borders as part of the government’s Plan for Change. No one should be in any doubt that putting your life in the hands of a smuggler is not worth the risk.'
WITH n
MATCH (s:Source {id: '2025-03-04-kri-deterrence-campaign-vietnam-dialogue'})
MERGE (n)-[:EVIDENCED_BY {quote: n.text}]->(s);

MATCH (o:Official {id: 'angela-eagle'}), (t:Statement {id: 'statement-angela-eagle-kri-campaign'})
MERGE (o)-[r:SAID {source: '2025-03-04-kri-deterrence-campaign-vietnam-dialogue'}]->(t)
SET r.quote = 'Minister for Border Security and Asylum, Dame Angela Eagle, said:';

// =====================================================================================
// Event: the third annual UK-Vietnam Migration Dialogue
// =====================================================================================
// The text dates it: "today (4 March 2025) ... at the third annual UK-Vietnam Migration
// Dialogue, hosted in Hanoi". Who hosts it is not said: the UK and the Vietnamese
// government, who are to sign there, attend.
MERGE (n:Event {id: 'uk-vietnam-migration-dialogue-2025-03-04'})
SET n.name = 'Third annual UK-Vietnam Migration Dialogue',
    n.kind = 'meeting',
    n.location = 'Hanoi',
    n.startDate = date('2025-03-04'),
    n.startDateBasis = 'STATED',
    n.startDateNote = 'stated: "sign a joint communiqué today (4 March 2025) with the Vietnamese government at the third annual UK-Vietnam Migration Dialogue, hosted in Hanoi"'
WITH n
MATCH (s:Source {id: '2025-03-04-kri-deterrence-campaign-vietnam-dialogue'})
MERGE (n)-[:EVIDENCED_BY {quote: 'It comes as the UK is set to sign a joint communiqué today (4 March 2025) with the Vietnamese government at the third annual UK-Vietnam Migration Dialogue, hosted in Hanoi'}]->(s);

MATCH (a:Country {id: 'GB'}), (e:Event {id: 'uk-vietnam-migration-dialogue-2025-03-04'})
MERGE (a)-[r:ATTENDED {role: 'attendee', source: '2025-03-04-kri-deterrence-campaign-vietnam-dialogue'}]->(e)
SET r.quote = 'the UK is set to sign a joint communiqué today (4 March 2025) with the Vietnamese government at the third annual UK-Vietnam Migration Dialogue';

MATCH (a:Organisation {id: 'government-of-vietnam'}), (e:Event {id: 'uk-vietnam-migration-dialogue-2025-03-04'})
MERGE (a)-[r:ATTENDED {role: 'attendee', source: '2025-03-04-kri-deterrence-campaign-vietnam-dialogue'}]->(e)
SET r.quote = 'the UK is set to sign a joint communiqué today (4 March 2025) with the Vietnamese government at the third annual UK-Vietnam Migration Dialogue';

MERGE (st:Step {id: 'uk-vietnam-migration-dialogue-2025-03-04--met--2025-03-04-kri-deterrence-campaign-vietnam-dialogue'})
SET st.kind = 'met', st.on = date('2025-03-04'), st.dateBasis = 'STATED',
    st.dateNote = 'stated: "today (4 March 2025) ... at the third annual UK-Vietnam Migration Dialogue"',
    st.summary = 'The third annual UK-Vietnam Migration Dialogue meets in Hanoi.'
WITH st
MATCH (s:Source {id: '2025-03-04-kri-deterrence-campaign-vietnam-dialogue'})
MERGE (st)-[:EVIDENCED_BY {quote: 'today (4 March 2025) with the Vietnamese government at the third annual UK-Vietnam Migration Dialogue, hosted in Hanoi'}]->(s);

MATCH (st:Step {id: 'uk-vietnam-migration-dialogue-2025-03-04--met--2025-03-04-kri-deterrence-campaign-vietnam-dialogue'}), (e:Event {id: 'uk-vietnam-migration-dialogue-2025-03-04'})
MERGE (st)-[r:AT {source: '2025-03-04-kri-deterrence-campaign-vietnam-dialogue'}]->(e)
SET r.quote = 'today (4 March 2025) with the Vietnamese government at the third annual UK-Vietnam Migration Dialogue, hosted in Hanoi';

MATCH (st:Step {id: 'uk-vietnam-migration-dialogue-2025-03-04--met--2025-03-04-kri-deterrence-campaign-vietnam-dialogue'}), (a:Country {id: 'GB'})
MERGE (st)-[r:INVOLVES {source: '2025-03-04-kri-deterrence-campaign-vietnam-dialogue'}]->(a)
SET r.quote = 'the UK is set to sign a joint communiqué today (4 March 2025) with the Vietnamese government at the third annual UK-Vietnam Migration Dialogue';

MATCH (st:Step {id: 'uk-vietnam-migration-dialogue-2025-03-04--met--2025-03-04-kri-deterrence-campaign-vietnam-dialogue'}), (a:Organisation {id: 'government-of-vietnam'})
MERGE (st)-[r:INVOLVES {source: '2025-03-04-kri-deterrence-campaign-vietnam-dialogue'}]->(a)
SET r.quote = 'the UK is set to sign a joint communiqué today (4 March 2025) with the Vietnamese government at the third annual UK-Vietnam Migration Dialogue';

// =====================================================================================
// Initiatives
// =====================================================================================
// The Plan for Change (Day 1): the campaign is part of it (Angela Eagle: "This campaign ...
// securing our borders as part of the government's Plan for Change").
MATCH (n:Initiative {id: 'plan-for-change'})
MATCH (s:Source {id: '2025-03-04-kri-deterrence-campaign-vietnam-dialogue'})
MERGE (n)-[:EVIDENCED_BY {quote: 'as the UK government secures its borders as part of the Plan for Change'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'securing our borders as part of the government’s Plan for Change'}]->(s);

// The earlier campaigns "in Vietnam and Albania" that the KRI advertising expands on.
// Vietnam: the communiqué commits "the UK government to continue its communications
// campaign in Vietnam", so it runs (in_progress) and the UK government leads it.
MERGE (n:Initiative {id: 'vietnam-communications-campaign'})
SET n.name = 'UK government communications campaign in Vietnam against migrant smugglers\' lies',
    n.summary = 'The UK government\'s communications campaign in Vietnam to tackle migrant smugglers\' lies, which the UK-Vietnam joint communiqué commits it to continue and on which the Kurdistan Region of Iraq advertising expands.',
    n.kind = 'campaign',
    n.status = 'in_progress'
WITH n
MATCH (s:Source {id: '2025-03-04-kri-deterrence-campaign-vietnam-dialogue'})
MERGE (n)-[:EVIDENCED_BY {quote: 'for the UK government to continue its communications campaign in Vietnam to tackle migrant smugglers’ lies'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'expanding on the campaigns in Vietnam and Albania'}]->(s);

MATCH (a:Organisation {id: 'uk-government'}), (i:Initiative {id: 'vietnam-communications-campaign'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'lead', source: '2025-03-04-kri-deterrence-campaign-vietnam-dialogue'}]->(i)
SET r.quote = 'for the UK government to continue its communications campaign in Vietnam';

MATCH (i:Initiative {id: 'vietnam-communications-campaign'}), (c:Country {id: 'VN'})
MERGE (i)-[r:TARGETS {source: '2025-03-04-kri-deterrence-campaign-vietnam-dialogue'}]->(c)
SET r.quote = 'its communications campaign in Vietnam to tackle migrant smugglers’ lies';

// Albania: named only in "the campaigns in Vietnam and Albania". Status in_progress (an
// existing campaign being expanded on; the text says nothing of its end). The text does
// not say whose it is: no lead.
MERGE (n:Initiative {id: 'albania-communications-campaign'})
SET n.name = 'Campaign in Albania',
    n.summary = 'One of the campaigns in Vietnam and Albania on which the government\'s international campaign to warn prospective migrants about people smugglers\' lies expands with its Kurdistan Region of Iraq advertising.',
    n.kind = 'campaign',
    n.status = 'in_progress'
WITH n
MATCH (s:Source {id: '2025-03-04-kri-deterrence-campaign-vietnam-dialogue'})
MERGE (n)-[:EVIDENCED_BY {quote: 'expanding on the campaigns in Vietnam and Albania'}]->(s);

MATCH (i:Initiative {id: 'albania-communications-campaign'}), (c:Country {id: 'AL'})
MERGE (i)-[r:TARGETS {source: '2025-03-04-kri-deterrence-campaign-vietnam-dialogue'}]->(c)
SET r.quote = 'expanding on the campaigns in Vietnam and Albania';

// The KRI digital advertising is Day 1's kri-digital-deterrence-campaign ("the Home Office
// digital deterrence comms campaign that is already running in the Kurdistan Region of
// Iraq", 31 March): this text reports its start, "launched today" (4 March). So it is a
// 'started' step of the same initiative, not a new one. What is new here: the UK government
// leads it ("part of the government's international campaign"), it is delivered through the
// Border Security Command, it builds on the Vietnam and Albania campaigns, and it is part of
// the Plan for Change.
MATCH (n:Initiative {id: 'kri-digital-deterrence-campaign'})
MATCH (s:Source {id: '2025-03-04-kri-deterrence-campaign-vietnam-dialogue'})
MERGE (n)-[:EVIDENCED_BY {quote: 'Digital advertising launched today in the Kurdistan Region of Iraq (KRI) as part of the government’s international campaign to warn prospective migrants about people smugglers’ lies'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'Quotes from real migrants who have attempted the journey are featured, to counter the myths and misinformation peddled by criminals to dupe people online'}]->(s);

MATCH (a:Organisation {id: 'uk-government'}), (i:Initiative {id: 'kri-digital-deterrence-campaign'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'lead', source: '2025-03-04-kri-deterrence-campaign-vietnam-dialogue'}]->(i)
SET r.quote = 'as part of the government’s international campaign to warn prospective migrants about people smugglers’ lies';

// "The campaign forms part of this government's work ..., delivered through the Border
// Security Command": the work the campaign is part of is delivered through the command.
MATCH (a:Organisation {id: 'border-security-command'}), (i:Initiative {id: 'kri-digital-deterrence-campaign'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'implementer', source: '2025-03-04-kri-deterrence-campaign-vietnam-dialogue'}]->(i)
SET r.quote = 'The campaign forms part of this government’s work to expand the UK’s international partnerships and boost cooperation, to dismantle the people smuggling gangs operating across borders and protect vulnerable people, delivered through the Border Security Command.';

MATCH (i:Initiative {id: 'kri-digital-deterrence-campaign'}), (g:Region {id: 'kurdistan-region-of-iraq'})
MERGE (i)-[r:TARGETS {source: '2025-03-04-kri-deterrence-campaign-vietnam-dialogue'}]->(g)
SET r.quote = 'Digital advertising launched today in the Kurdistan Region of Iraq (KRI)';

MATCH (i:Initiative {id: 'kri-digital-deterrence-campaign'}), (p:Initiative {id: 'vietnam-communications-campaign'})
MERGE (i)-[r:BUILDS_ON {source: '2025-03-04-kri-deterrence-campaign-vietnam-dialogue'}]->(p)
SET r.quote = 'expanding on the campaigns in Vietnam and Albania';

MATCH (i:Initiative {id: 'kri-digital-deterrence-campaign'}), (p:Initiative {id: 'albania-communications-campaign'})
MERGE (i)-[r:BUILDS_ON {source: '2025-03-04-kri-deterrence-campaign-vietnam-dialogue'}]->(p)
SET r.quote = 'expanding on the campaigns in Vietnam and Albania';

MATCH (i:Initiative {id: 'kri-digital-deterrence-campaign'}), (p:Initiative {id: 'plan-for-change'})
MERGE (i)-[r:CONTRIBUTES_TO {source: '2025-03-04-kri-deterrence-campaign-vietnam-dialogue'}]->(p)
SET r.quote = 'This campaign helps to break the business model of these criminals and protect people from falling victim, securing our borders as part of the government’s Plan for Change.';

MERGE (st:Step {id: 'kri-digital-deterrence-campaign--started--2025-03-04-kri-deterrence-campaign-vietnam-dialogue'})
SET st.kind = 'started', st.on = date('2025-03-04'), st.dateBasis = 'INFERRED',
    st.dateNote = '"launched today" in a release whose text dates "today" elsewhere: "sign a joint communiqué today (4 March 2025)"',
    st.summary = 'Digital advertising is launched in the Kurdistan Region of Iraq as part of the government\'s international campaign to warn prospective migrants about people smugglers\' lies.'
WITH st
MATCH (s:Source {id: '2025-03-04-kri-deterrence-campaign-vietnam-dialogue'})
MERGE (st)-[:EVIDENCED_BY {quote: 'Digital advertising launched today in the Kurdistan Region of Iraq (KRI)'}]->(s);

MATCH (st:Step {id: 'kri-digital-deterrence-campaign--started--2025-03-04-kri-deterrence-campaign-vietnam-dialogue'}), (i:Initiative {id: 'kri-digital-deterrence-campaign'})
MERGE (st)-[r:STEP_OF {source: '2025-03-04-kri-deterrence-campaign-vietnam-dialogue'}]->(i)
SET r.quote = 'Digital advertising launched today in the Kurdistan Region of Iraq (KRI)';

// The UK-Vietnam joint communiqué: the UK "is set to sign" it "today". Not yet signed when
// the text was written, so status announced and the step 'announced' (STATED: the quote
// gives the date). The UK and the Vietnamese government are its parties (partners, not
// signatories: the signing is still to come). Its commitments stay in the summary; the
// commitment to continue the Vietnam campaign gets no link (the model has none from a
// communiqué to the work it commits to).
MERGE (n:Initiative {id: 'uk-vietnam-migration-dialogue-communique'})
SET n.name = 'UK-Vietnam joint communiqué of the third annual Migration Dialogue',
    n.summary = 'A joint communiqué the UK is set to sign with the Vietnamese government at the third annual UK-Vietnam Migration Dialogue in Hanoi, agreeing to build on joint work to prevent the exploitation of irregular migrants, disrupt criminal gang operations, strengthen intelligence sharing and return those with no right to be in the UK; it includes commitments to enable swifter and more effective returns and for the UK government to continue its communications campaign in Vietnam.',
    n.kind = 'communique',
    n.status = 'announced'
WITH n
MATCH (s:Source {id: '2025-03-04-kri-deterrence-campaign-vietnam-dialogue'})
MERGE (n)-[:EVIDENCED_BY {quote: 'agreeing to build on our joint work to prevent the exploitation of irregular migrants, disrupt criminal gang operations, strengthen intelligence sharing and return those with no right to be in the UK'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'The communiqué includes commitments to enable swifter and more effective returns'}]->(s);

MATCH (i:Initiative {id: 'uk-vietnam-migration-dialogue-communique'}), (e:Event {id: 'uk-vietnam-migration-dialogue-2025-03-04'})
MERGE (i)-[r:ANNOUNCED_AT {source: '2025-03-04-kri-deterrence-campaign-vietnam-dialogue'}]->(e)
SET r.quote = 'sign a joint communiqué today (4 March 2025) with the Vietnamese government at the third annual UK-Vietnam Migration Dialogue';

MATCH (a:Country {id: 'GB'}), (i:Initiative {id: 'uk-vietnam-migration-dialogue-communique'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'partner', source: '2025-03-04-kri-deterrence-campaign-vietnam-dialogue'}]->(i)
SET r.quote = 'the UK is set to sign a joint communiqué today (4 March 2025) with the Vietnamese government';

MATCH (a:Organisation {id: 'government-of-vietnam'}), (i:Initiative {id: 'uk-vietnam-migration-dialogue-communique'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'partner', source: '2025-03-04-kri-deterrence-campaign-vietnam-dialogue'}]->(i)
SET r.quote = 'the UK is set to sign a joint communiqué today (4 March 2025) with the Vietnamese government';

MERGE (st:Step {id: 'uk-vietnam-migration-dialogue-communique--announced--2025-03-04-kri-deterrence-campaign-vietnam-dialogue'})
SET st.kind = 'announced', st.on = date('2025-03-04'), st.dateBasis = 'STATED',
    st.dateNote = 'stated: "set to sign a joint communiqué today (4 March 2025)"; the signing itself is still to come in the text',
    st.summary = 'The UK announces it is set to sign a joint communiqué with the Vietnamese government at the third annual UK-Vietnam Migration Dialogue.'
WITH st
MATCH (s:Source {id: '2025-03-04-kri-deterrence-campaign-vietnam-dialogue'})
MERGE (st)-[:EVIDENCED_BY {quote: 'It comes as the UK is set to sign a joint communiqué today (4 March 2025)'}]->(s);

MATCH (st:Step {id: 'uk-vietnam-migration-dialogue-communique--announced--2025-03-04-kri-deterrence-campaign-vietnam-dialogue'}), (i:Initiative {id: 'uk-vietnam-migration-dialogue-communique'})
MERGE (st)-[r:STEP_OF {source: '2025-03-04-kri-deterrence-campaign-vietnam-dialogue'}]->(i)
SET r.quote = 'It comes as the UK is set to sign a joint communiqué today (4 March 2025)';

MATCH (st:Step {id: 'uk-vietnam-migration-dialogue-communique--announced--2025-03-04-kri-deterrence-campaign-vietnam-dialogue'}), (a:Country {id: 'GB'})
MERGE (st)-[r:INVOLVES {source: '2025-03-04-kri-deterrence-campaign-vietnam-dialogue'}]->(a)
SET r.quote = 'It comes as the UK is set to sign a joint communiqué today (4 March 2025)';
