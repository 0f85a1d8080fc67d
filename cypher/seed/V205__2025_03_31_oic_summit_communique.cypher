// V205 - hand extraction of seed/corpus/2025-03-31-oic-summit-communique.txt
// ("Organised Immigration Crime Summit: communiqué", published 31 March 2025: the opening
// paragraphs of the communiqué of the Interior Ministers gathered at the summit).
//
// Rules kept in this file (as in V002/V012):
// - every statement ends with a semicolon and runs unchanged in cypher-shell -f
//   (no client commands, no parameters); statements share no variables
// - the two nodes this text speaks of (the summit and the communiqué) exist since V002:
//   they are only MATCHed, given aliases and this document's EVIDENCED_BY
// - relationships are MERGEd on their ends, type and source, then their quote is SET
// - every quote is an exact substring of the BODY of the file, occurring in it exactly once
// - the text is partial: paragraphs 1-3 and the start of paragraph 4 only; no signatory
//   list was obtained, so no country or minister is linked to the communiqué
// - the body dates itself: "Published 31 March 2025"
// - readings are listed in seed/corpus/2025-03-31-oic-summit-communique.md

// =====================================================================================
// Event: the summit
// =====================================================================================
// "the Border Security Summit: Organised Immigration Crime 2025 in London" is the summit of
// Day 1 (this is the communiqué Day 1 says "was issued", titled after the Organised
// Immigration Crime Summit). The name the communiqué gives it goes to aliases.
MATCH (n:Event {id: 'oic-summit'})
SET n.aliases = coalesce([x IN n.aliases WHERE x <> 'Border Security Summit: Organised Immigration Crime 2025'], []) + 'Border Security Summit: Organised Immigration Crime 2025'
WITH n
MATCH (s:Source {id: '2025-03-31-oic-summit-communique'})
MERGE (n)-[:EVIDENCED_BY {quote: 'We, Interior Ministers gathered today at the Border Security Summit: Organised Immigration Crime 2025 in London to discuss how we can better work together to tackle the rising threat of OIC.'}]->(s);

// "gathered today": the communiqué's own date line is "Published 31 March 2025". The quote
// of the gathering does not itself carry the date, so INFERRED.
MERGE (st:Step {id: 'oic-summit--met--2025-03-31-oic-summit-communique'})
SET st.kind = 'met', st.on = date('2025-03-31'), st.dateBasis = 'INFERRED',
    st.dateNote = '"gathered today" in a communiqué whose text says "Published 31 March 2025"',
    st.summary = 'Interior Ministers gather at the Border Security Summit: Organised Immigration Crime 2025 in London.'
WITH st
MATCH (s:Source {id: '2025-03-31-oic-summit-communique'})
MERGE (st)-[:EVIDENCED_BY {quote: 'We, Interior Ministers gathered today at the Border Security Summit: Organised Immigration Crime 2025 in London'}]->(s);

MATCH (st:Step {id: 'oic-summit--met--2025-03-31-oic-summit-communique'}), (e:Event {id: 'oic-summit'})
MERGE (st)-[r:AT {source: '2025-03-31-oic-summit-communique'}]->(e)
SET r.quote = 'We, Interior Ministers gathered today at the Border Security Summit: Organised Immigration Crime 2025 in London';

// =====================================================================================
// Initiative: the communiqué
// =====================================================================================
// This document is the communiqué of V002 (oic-summit-communique, "A communique was
// issued"); its title goes to aliases. Its properties (summary, status delivered) stay as
// V002 set them.
MATCH (n:Initiative {id: 'oic-summit-communique'})
SET n.aliases = coalesce([x IN n.aliases WHERE x <> 'Organised Immigration Crime Summit: communiqué'], []) + 'Organised Immigration Crime Summit: communiqué'
WITH n
MATCH (s:Source {id: '2025-03-31-oic-summit-communique'})
MERGE (n)-[:EVIDENCED_BY {quote: 'Organised Immigration Crime Summit: communiqué\nPublished 31 March 2025'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'We have taken a significant step forward in strengthening our global approach to OIC.'}]->(s)
MERGE (n)-[:EVIDENCED_BY {quote: 'we are determined to disrupt the criminals facilitating OIC at every stage of its operation until it becomes unviable'}]->(s);

// Issued by the ministers gathered at the summit.
MATCH (i:Initiative {id: 'oic-summit-communique'}), (e:Event {id: 'oic-summit'})
MERGE (i)-[r:ANNOUNCED_AT {source: '2025-03-31-oic-summit-communique'}]->(e)
SET r.quote = 'We, Interior Ministers gathered today at the Border Security Summit: Organised Immigration Crime 2025 in London';

// Publication = issue: a 'delivered' step (V002 has the communiqué delivered because it
// "was issued"). The quote carries the date, so STATED. "We, Interior Ministers" names no
// one: the step INVOLVES no one.
MERGE (st:Step {id: 'oic-summit-communique--delivered--2025-03-31-oic-summit-communique'})
SET st.kind = 'delivered', st.on = date('2025-03-31'), st.dateBasis = 'STATED',
    st.dateNote = 'stated: "Published 31 March 2025"',
    st.summary = 'The Organised Immigration Crime Summit communiqué is published.'
WITH st
MATCH (s:Source {id: '2025-03-31-oic-summit-communique'})
MERGE (st)-[:EVIDENCED_BY {quote: 'Organised Immigration Crime Summit: communiqué\nPublished 31 March 2025'}]->(s);

MATCH (st:Step {id: 'oic-summit-communique--delivered--2025-03-31-oic-summit-communique'}), (i:Initiative {id: 'oic-summit-communique'})
MERGE (st)-[r:STEP_OF {source: '2025-03-31-oic-summit-communique'}]->(i)
SET r.quote = 'Organised Immigration Crime Summit: communiqué\nPublished 31 March 2025';
