// V016 - a reported figure (docs/DATA-MODEL.md) has an id unique among figures, and the two
// relationship types that carry a citation from it index their `source`, as V013 does for
// the others. Idempotent.

CREATE CONSTRAINT figure_id IF NOT EXISTS FOR (n:Figure) REQUIRE n.id IS UNIQUE;
CREATE INDEX measures_source IF NOT EXISTS FOR ()-[r:MEASURES]-() ON (r.source);
CREATE INDEX reported_source IF NOT EXISTS FOR ()-[r:REPORTED]-() ON (r.source);
