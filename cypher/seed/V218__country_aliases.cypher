// V218 - the names the texts themselves use for a country, as aliases, so that full-text search
// finds the country by them ("UK" finds the United Kingdom). Every country node was checked
// against every source text; only two are called otherwise than by their name:
// - GB, named "United Kingdom" (V002), is "UK" or "the UK" in thirteen of the fifteen texts;
// - US, named "United States" (V002), is "US" in Day 1 ("allies including France, Iraq,
//   Vietnam and US") and "the US" in the Commons answer.
// The other countries are called only by their names ("British", "French", "Vietnamese" are
// adjectives, not names of the country, and "UK-Vietnam" is a compound). The article is not
// part of an alias, as elsewhere ("the Vietnamese government" gave "Vietnamese government").
// As V201-V215 do, each alias is SET beside a citation whose quote holds it; these quotes are
// the ones the documents' own files gave the country, so the citations already stand and only
// the aliases are new.

MATCH (n:Country {id: 'GB'})
SET n.aliases = coalesce([x IN n.aliases WHERE x <> 'UK'], []) + 'UK'
WITH n
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (n)-[:EVIDENCED_BY {quote: 'in London today as the UK convenes a major'}]->(s);

MATCH (n:Country {id: 'US'})
SET n.aliases = coalesce([x IN n.aliases WHERE x <> 'US'], []) + 'US'
WITH n
MATCH (s:Source {id: 'oic-summit-day1-press-release'})
MERGE (n)-[:EVIDENCED_BY {quote: 'allies including France, Iraq, Vietnam and US'}]->(s)
WITH n
MATCH (c:Source {id: '2025-03-31-commons-home-office-topical-summit-answer'})
MERGE (n)-[:EVIDENCED_BY {quote: 'countries further afield such as Vietnam, Iraq, Nigeria, Pakistan, China and the US'}]->(c);
