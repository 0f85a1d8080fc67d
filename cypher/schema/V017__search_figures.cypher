// V017 - figures found by search: since V216 the 24,000 returns are a Figure, no longer an
// initiative, and `initiative_text` stopped finding them. A full-text index of their own reads
// their name, other names, period and summary, as graph/queries/search.py expects. Idempotent.

CREATE FULLTEXT INDEX figure_text IF NOT EXISTS
FOR (n:Figure) ON EACH [n.name, n.aliases, n.period, n.summary];
