// V220 - corrections to V217 and V219 (applied files never change: a correction is a new file).
// - V219's note on the treaty's signing said the release "is dated 2025-08-05 (a Tuesday) by
//   its header". The header says the text states no date ("taken today") and that a news
//   agency datelines its report "LONDON, Aug 5"; the week follows only if the release came
//   out that day. The note now says so.
// - V217 gave the communiqué's "$10 billion" the unit USD. The text writes "$" and never says
//   which dollar: the unit is "$", as written.
// - V217 cited the three figures of the rise in removals as MEASURES the UK Government with
//   "The continued rise in removals includes", which does not name the government. The
//   sentence that ties the removals to it does: "The massive surge in removals followed the
//   government’s immediate action to redeploy staff across the Home Office".
// The readings are in seed/corpus/<document>.md (sections V217, V219, V220).
//
// Rules kept in this file (as in V201-V219):
// - every statement ends with a semicolon and runs unchanged in cypher-shell -f
//   (no client commands, no parameters); statements share no variables
// - every quote is an exact substring of its source's text, occurring in it exactly once

MATCH (st:Step {id: 'uk-france-returns-pilot--signed--2025-08-05-uk-france-treaty-in-force'})
SET st.dateNote = 'the text says the final text was signed "last week" and gives no day; the text itself gives no date ("taken today"), and its header dates the release 2025-08-05 from a news agency report datelined "LONDON, Aug 5" (as V214\'s in_force step is); if the release came out that Tuesday, "last week" is the week of Monday 28 July 2025';

MATCH (f:Figure {id: 'migrant-smuggling-criminal-profits'})
SET f.unit = '$';

MATCH (f:Figure {id: 'enforced-returns-increase'})-[r:MEASURES {source: '2025-03-31-pm-returns-reach-24000'}]->(:Organisation {id: 'uk-government'})
SET r.quote = 'The massive surge in removals followed the government’s immediate action to redeploy staff across the Home Office';

MATCH (f:Figure {id: 'foreign-national-offender-removals-increase'})-[r:MEASURES {source: '2025-03-31-pm-returns-reach-24000'}]->(:Organisation {id: 'uk-government'})
SET r.quote = 'The massive surge in removals followed the government’s immediate action to redeploy staff across the Home Office';

MATCH (f:Figure {id: 'returns-charter-flight-passengers'})-[r:MEASURES {source: '2025-03-31-pm-returns-reach-24000'}]->(:Organisation {id: 'uk-government'})
SET r.quote = 'The massive surge in removals followed the government’s immediate action to redeploy staff across the Home Office';
