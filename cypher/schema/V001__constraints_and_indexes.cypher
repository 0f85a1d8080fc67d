// V001 - constraints and indexes of the commitment graph (see DESIGN.md, graph model).
// Idempotent: every statement uses IF NOT EXISTS, so the file can be applied again safely.
// Runs unchanged in cypher-shell -f. Schema statements cannot share a transaction with
// data writes, so a loader runs each statement of this file on its own.

// Uniqueness of the stable id, one constraint per label.
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT region_id IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT official_id IF NOT EXISTS FOR (n:Official) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT initiative_id IF NOT EXISTS FOR (n:Initiative) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT fundingstream_id IF NOT EXISTS FOR (n:FundingStream) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;

// Applied migrations are recorded as (:__Migration {version}) nodes by the loader.
CREATE CONSTRAINT migration_version IF NOT EXISTS FOR (n:__Migration) REQUIRE n.version IS UNIQUE;

// Range indexes for the filters the API offers.
CREATE INDEX initiative_kind IF NOT EXISTS FOR (n:Initiative) ON (n.kind);
CREATE INDEX initiative_status IF NOT EXISTS FOR (n:Initiative) ON (n.status);
CREATE INDEX organisation_kind IF NOT EXISTS FOR (n:Organisation) ON (n.kind);
CREATE INDEX region_kind IF NOT EXISTS FOR (n:Region) ON (n.kind);

// Full-text indexes for search. A property a node does not have is simply not indexed.
CREATE FULLTEXT INDEX initiative_text IF NOT EXISTS
FOR (n:Initiative) ON EACH [n.name, n.summary];
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS
FOR (n:Country|Organisation|Official|Region|Event|Topic) ON EACH [n.name, n.acronym, n.title];
CREATE FULLTEXT INDEX statement_text IF NOT EXISTS
FOR (n:Statement) ON EACH [n.text];
