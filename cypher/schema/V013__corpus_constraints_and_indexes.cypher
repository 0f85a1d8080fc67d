// V013 - what the corpus adds to the schema (docs/DATA-MODEL.md): ids of dated steps, amount
// claims and references; dates to filter and order by; other names (`aliases`) found by
// full-text search; a full-text index over sources; and the `source` of every relationship
// type that carries one, so that counting what cites a source reads an index, not every
// relationship. Idempotent (IF EXISTS / IF NOT EXISTS); runs statement by statement.

CREATE CONSTRAINT step_id IF NOT EXISTS FOR (n:Step) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT amount_claim_id IF NOT EXISTS FOR (n:AmountClaim) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT reference_id IF NOT EXISTS FOR (n:Reference) REQUIRE n.id IS UNIQUE;

CREATE INDEX step_on IF NOT EXISTS FOR (n:Step) ON (n.on);
CREATE INDEX source_published_on IF NOT EXISTS FOR (n:Source) ON (n.publishedOn);

// V001's full-text indexes again, with `aliases` ("NCA" finds the National Crime Agency). A
// full-text index cannot be altered, so each is dropped and created anew.
DROP INDEX actor_names IF EXISTS;
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS
FOR (n:Country|Organisation|Official|Region|Event|Topic)
ON EACH [n.name, n.acronym, n.title, n.aliases];
DROP INDEX initiative_text IF EXISTS;
CREATE FULLTEXT INDEX initiative_text IF NOT EXISTS
FOR (n:Initiative) ON EACH [n.name, n.summary, n.aliases];

CREATE FULLTEXT INDEX source_text IF NOT EXISTS FOR (n:Source) ON EACH [n.title, n.text];

CREATE INDEX participates_in_source IF NOT EXISTS FOR ()-[r:PARTICIPATES_IN]-() ON (r.source);
CREATE INDEX attended_source IF NOT EXISTS FOR ()-[r:ATTENDED]-() ON (r.source);
CREATE INDEX targets_source IF NOT EXISTS FOR ()-[r:TARGETS]-() ON (r.source);
CREATE INDEX announced_at_source IF NOT EXISTS FOR ()-[r:ANNOUNCED_AT]-() ON (r.source);
CREATE INDEX builds_on_source IF NOT EXISTS FOR ()-[r:BUILDS_ON]-() ON (r.source);
CREATE INDEX contributes_to_source IF NOT EXISTS FOR ()-[r:CONTRIBUTES_TO]-() ON (r.source);
CREATE INDEX addresses_source IF NOT EXISTS FOR ()-[r:ADDRESSES]-() ON (r.source);
CREATE INDEX discussed_source IF NOT EXISTS FOR ()-[r:DISCUSSED]-() ON (r.source);
CREATE INDEX provides_source IF NOT EXISTS FOR ()-[r:PROVIDES]-() ON (r.source);
CREATE INDEX funds_source IF NOT EXISTS FOR ()-[r:FUNDS]-() ON (r.source);
CREATE INDEX allocated_to_source IF NOT EXISTS FOR ()-[r:ALLOCATED_TO]-() ON (r.source);
CREATE INDEX amount_of_source IF NOT EXISTS FOR ()-[r:AMOUNT_OF]-() ON (r.source);
CREATE INDEX part_of_source IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.source);
CREATE INDEX based_in_source IF NOT EXISTS FOR ()-[r:BASED_IN]-() ON (r.source);
CREATE INDEX holds_post_source IF NOT EXISTS FOR ()-[r:HOLDS_POST]-() ON (r.source);
CREATE INDEX represents_source IF NOT EXISTS FOR ()-[r:REPRESENTS]-() ON (r.source);
CREATE INDEX said_source IF NOT EXISTS FOR ()-[r:SAID]-() ON (r.source);
CREATE INDEX at_source IF NOT EXISTS FOR ()-[r:AT]-() ON (r.source);
CREATE INDEX step_of_source IF NOT EXISTS FOR ()-[r:STEP_OF]-() ON (r.source);
CREATE INDEX involves_source IF NOT EXISTS FOR ()-[r:INVOLVES]-() ON (r.source);
