// V015 - initiatives found by their audiences: "teachers" finds the grassroots programme that
// targets them. A full-text index cannot be altered, so V013's `initiative_text` is dropped
// and created anew with `audiences` beside its name, summary and other names. Idempotent
// (IF EXISTS / IF NOT EXISTS); runs statement by statement.

DROP INDEX initiative_text IF EXISTS;
CREATE FULLTEXT INDEX initiative_text IF NOT EXISTS
FOR (n:Initiative) ON EACH [n.name, n.summary, n.aliases, n.audiences];
