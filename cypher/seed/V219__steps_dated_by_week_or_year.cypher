// V219 - two signings the texts date only by a span, as steps with `datePrecision`
// (docs/DATA-MODEL.md, "A dated step"). V214 and V209 wrote no step for them because a step
// needed a day: the treaty's final text was signed "last week", the 2018 memorandum "in
// 2018". A step may now say how much of its date the text gives; `on` is then the first day
// of that span (a Monday for a week, 1 January for a year).
// - uk-france-returns-pilot (V213, V214): "Home Secretary Yvette Cooper and French Interior
//   Minister Bruno Retailleau signed the final text last week." The release is dated
//   2025-08-05, a Tuesday, by its header (V214's in_force step): "last week" is the week of
//   Monday 28 July 2025. INFERRED, WEEK. It is older than the in_force step, so the pilot's
//   status stays in_force. The two ministers are INVOLVED; V214's signatory links stay.
// - uk-vietnam-mou-2018 (V209): "It builds on a memorandum of understanding signed by the 2
//   countries in 2018." STATED (the quoted text gives the year), YEAR. Its status was already
//   signed (V209); now a step says so. GB and VN are INVOLVED, with V209's signatory quote.
//
// Rules kept in this file (as in V201-V217):
// - every statement ends with a semicolon and runs unchanged in cypher-shell -f
//   (no client commands, no parameters); statements share no variables
// - every quote is an exact substring of its source's text, occurring in it exactly once

// =====================================================================================
// The treaty's final text, signed "last week"
// =====================================================================================
MERGE (st:Step {id: 'uk-france-returns-pilot--signed--2025-08-05-uk-france-treaty-in-force'})
SET st.kind = 'signed',
    st.on = date('2025-07-28'),
    st.datePrecision = 'WEEK',
    st.dateBasis = 'INFERRED',
    st.dateNote = 'the text says the final text was signed "last week" and gives no day; the release is dated 2025-08-05 (a Tuesday) by its header, so "last week" is the week of Monday 28 July 2025',
    st.summary = 'Home Secretary Yvette Cooper and French Interior Minister Bruno Retailleau sign the final text of the UK-France treaty that provides the legal basis for the one-in, one-out pilot.'
WITH st
MATCH (s:Source {id: '2025-08-05-uk-france-treaty-in-force'})
MERGE (st)-[:EVIDENCED_BY {quote: 'Home Secretary Yvette Cooper and French Interior Minister Bruno Retailleau signed the final text last week.'}]->(s);

MATCH (st:Step {id: 'uk-france-returns-pilot--signed--2025-08-05-uk-france-treaty-in-force'}), (i:Initiative {id: 'uk-france-returns-pilot'})
MERGE (st)-[r:STEP_OF {source: '2025-08-05-uk-france-treaty-in-force'}]->(i)
SET r.quote = 'signed the final text last week';

MATCH (st:Step {id: 'uk-france-returns-pilot--signed--2025-08-05-uk-france-treaty-in-force'}), (a:Official {id: 'yvette-cooper'})
MERGE (st)-[r:INVOLVES {source: '2025-08-05-uk-france-treaty-in-force'}]->(a)
SET r.quote = 'Home Secretary Yvette Cooper and French Interior Minister Bruno Retailleau signed the final text last week.';

MATCH (st:Step {id: 'uk-france-returns-pilot--signed--2025-08-05-uk-france-treaty-in-force'}), (a:Official {id: 'bruno-retailleau'})
MERGE (st)-[r:INVOLVES {source: '2025-08-05-uk-france-treaty-in-force'}]->(a)
SET r.quote = 'Home Secretary Yvette Cooper and French Interior Minister Bruno Retailleau signed the final text last week.';

// =====================================================================================
// The 2018 memorandum, signed "in 2018"
// =====================================================================================
MERGE (st:Step {id: 'uk-vietnam-mou-2018--signed--2025-04-01-uk-vietnam-human-trafficking-action-plan'})
SET st.kind = 'signed',
    st.on = date('2018-01-01'),
    st.datePrecision = 'YEAR',
    st.dateBasis = 'STATED',
    st.summary = 'The UK and Vietnam sign a memorandum of understanding, on which their 2025 joint action plan on human trafficking builds.'
WITH st
MATCH (s:Source {id: '2025-04-01-uk-vietnam-human-trafficking-action-plan'})
MERGE (st)-[:EVIDENCED_BY {quote: 'It builds on a memorandum of understanding signed by the 2 countries in 2018.'}]->(s);

MATCH (st:Step {id: 'uk-vietnam-mou-2018--signed--2025-04-01-uk-vietnam-human-trafficking-action-plan'}), (i:Initiative {id: 'uk-vietnam-mou-2018'})
MERGE (st)-[r:STEP_OF {source: '2025-04-01-uk-vietnam-human-trafficking-action-plan'}]->(i)
SET r.quote = 'a memorandum of understanding signed by the 2 countries in 2018';

MATCH (st:Step {id: 'uk-vietnam-mou-2018--signed--2025-04-01-uk-vietnam-human-trafficking-action-plan'}), (a:Country {id: 'GB'})
MERGE (st)-[r:INVOLVES {source: '2025-04-01-uk-vietnam-human-trafficking-action-plan'}]->(a)
SET r.quote = 'signed by the 2 countries in 2018';

MATCH (st:Step {id: 'uk-vietnam-mou-2018--signed--2025-04-01-uk-vietnam-human-trafficking-action-plan'}), (a:Country {id: 'VN'})
MERGE (st)-[r:INVOLVES {source: '2025-04-01-uk-vietnam-human-trafficking-action-plan'}]->(a)
SET r.quote = 'signed by the 2 countries in 2018';
