// V012 - corrections to V002 after a fact-by-fact check against the source text
// (2026-12-03). V002 stays as it was applied; this file takes out what the text does not
// say and puts in what it does. The rules of V002 hold here: every statement runs unchanged
// in cypher-shell -f, loading twice changes nothing, every quote is an exact substring.

// =====================================================================================
// Taken out: links that came from world knowledge, not from the text
// =====================================================================================
// The text names the government, the Home Office, the Border Security Command and the NCA
// without saying whose bodies they are ("partners including the NCA" even lists the NCA
// beside the UK), and it never says which body a Prime Minister or a Home Secretary
// belongs to, nor that Martin Hewitt or Graeme Biggar speak for a country. The quotes
// V002 gave these links name the bodies or the posts, not the links.
MATCH (:Organisation)-[r:BASED_IN]->(:Country {id: 'GB'})
WHERE r.source = 'oic-summit-day1-press-release'
DELETE r;

MATCH (:Organisation {id: 'home-office'})-[r:PART_OF]->(:Organisation {id: 'uk-government'})
WHERE r.source = 'oic-summit-day1-press-release'
DELETE r;

MATCH (:Organisation {id: 'border-security-command'})-[r:PART_OF]->(:Organisation {id: 'home-office'})
WHERE r.source = 'oic-summit-day1-press-release'
DELETE r;

MATCH (:Official {id: 'prime-minister'})-[r:HOLDS_POST]->(:Organisation {id: 'uk-government'})
WHERE r.source = 'oic-summit-day1-press-release'
DELETE r;

MATCH (:Official {id: 'home-secretary'})-[r:HOLDS_POST]->(:Organisation {id: 'home-office'})
WHERE r.source = 'oic-summit-day1-press-release'
DELETE r;

MATCH (o:Official)-[r:REPRESENTS]->(:Country {id: 'GB'})
WHERE o.id IN ['martin-hewitt', 'graeme-biggar'] AND r.source = 'oic-summit-day1-press-release'
DELETE r;

// "across Europe, the Western Balkans, Asia and Africa" lists the two side by side; the
// text never puts one inside the other.
MATCH (:Region {id: 'western-balkans'})-[r:PART_OF]->(:Region {id: 'europe'})
WHERE r.source = 'oic-summit-day1-press-release'
DELETE r;

// =====================================================================================
// Roles: "joint work with France" and "collaborate with France" are work of equals
// =====================================================================================
// Nothing in the text makes the UK the lead of the work it does with France; it is a
// partner, as France is. In the grassroots programme it stays a funder ("joint work with
// France to fund").
MATCH (:Country {id: 'GB'})-[r:PARTICIPATES_IN {role: 'lead'}]->(i:Initiative)
WHERE i.id IN ['uk-france-source-transit-joint-work', 'iraq-fraudulent-document-training',
               'grassroots-engagement-programme']
  AND r.source = 'oic-summit-day1-press-release'
DELETE r;

MATCH (a:Country {id: 'GB'}), (i:Initiative {id: 'uk-france-source-transit-joint-work'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'partner'}]->(i)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'new joint work with France';

MATCH (a:Country {id: 'GB'}), (i:Initiative {id: 'iraq-fraudulent-document-training'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'partner'}]->(i)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'The UK will also collaborate with France to deliver critical';

// =====================================================================================
// Put in: what the text states and V002 left out
// =====================================================================================
// The Home Secretary: "the UK has led the way forward by securing international
// commitments". V002 wrote no participant for the outcomes; the UK's lead is stated.
MATCH (a:Country {id: 'GB'}), (i:Initiative {id: 'oic-summit-concrete-outcomes'})
MERGE (a)-[r:PARTICIPATES_IN {role: 'lead'}]->(i)
SET r.source = 'oic-summit-day1-press-release',
    r.quote = 'the UK has led\nthe way forward by securing international commitments';
