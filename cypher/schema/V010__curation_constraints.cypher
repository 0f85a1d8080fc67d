// V010 - what the curation API writes: dated progress updates and audit records.
// Idempotent (IF NOT EXISTS); runs statement by statement, outside data transactions.
CREATE CONSTRAINT progress_update_id IF NOT EXISTS FOR (n:ProgressUpdate) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (n:Change) REQUIRE n.id IS UNIQUE;
CREATE INDEX progress_update_on IF NOT EXISTS FOR (n:ProgressUpdate) ON (n.on);
CREATE INDEX change_at IF NOT EXISTS FOR (n:Change) ON (n.at);
