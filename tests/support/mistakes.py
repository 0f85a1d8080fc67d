"""One document added the way docs/DATA-TEAM.md says, and the eleven mistakes a data team makes.

`scratch_document` writes a corpus file and its Source file (`commitgraph sources add`) and
an extraction file that cites it, as versions no project file uses (V190, V990), into a
scratch folder. Each mistake is a change of that extraction (or of the Source file) and the
text that must be named in the refusal; the line named is the line the change is on.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from graph.migrate.sources import add_source

SOURCE_ID = "2025-09-01-test-joint-patrol-plan"
CORPUS = """\
title: Test release on a joint patrol plan
publisher: Home Office (UK Government press release)
date: 2025-09-01 (stated: "On 1 September 2025")
url: https://www.gov.uk/government/news/test-joint-patrol-plan
completeness: full (the whole body)

On 1 September 2025 the Home Office and France agreed a joint patrol plan.
The Home Office will lead the joint patrol plan with partners in France.
"""
EXTRACTION = f"""\
// V990 - a test extraction of seed/corpus/{SOURCE_ID}.txt (docs/DATA-MODEL.md)
MERGE (n:Initiative {{id: 'test-joint-patrol-plan'}})
SET n.name = 'Joint patrol plan',
    n.kind = 'action plan',
    n.status = 'announced',
    n.summary = 'The Home Office and France agree a joint patrol plan.'
WITH n
MATCH (s:Source {{id: '{SOURCE_ID}'}})
MERGE (n)-[:EVIDENCED_BY {{quote: 'agreed a joint patrol plan'}}]->(s);

MATCH (n:Organisation {{id: 'home-office'}})
WITH n
MATCH (s:Source {{id: '{SOURCE_ID}'}})
MERGE (n)-[:EVIDENCED_BY {{quote: 'The Home Office will lead'}}]->(s);

MATCH (n:Country {{id: 'FR'}})
WITH n
MATCH (s:Source {{id: '{SOURCE_ID}'}})
MERGE (n)-[:EVIDENCED_BY {{quote: 'with partners in France'}}]->(s);

MATCH (a:Organisation {{id: 'home-office'}}), (i:Initiative {{id: 'test-joint-patrol-plan'}})
MERGE (a)-[r:PARTICIPATES_IN {{role: 'lead', source: '{SOURCE_ID}'}}]->(i)
SET r.quote = 'The Home Office will lead the joint patrol plan';

MATCH (a:Country {{id: 'FR'}}), (i:Initiative {{id: 'test-joint-patrol-plan'}})
MERGE (a)-[r:PARTICIPATES_IN {{role: 'partner', source: '{SOURCE_ID}'}}]->(i)
SET r.quote = 'the Home Office and France agreed';
"""
SECOND_HOME_OFFICE = f"""
MERGE (n:Organisation {{id: 'uk-home-office'}})
SET n.name = 'Home Office',
    n.kind = 'government department'
WITH n
MATCH (s:Source {{id: '{SOURCE_ID}'}})
MERGE (n)-[:EVIDENCED_BY {{quote: 'The Home Office will lead'}}]->(s);
"""


@dataclass(frozen=True)
class Mistake:
    name: str
    old: str  # replaced once, in the extraction unless in_source
    new: str
    named: str  # what the refusal must name besides the file and the line
    in_source: bool = False


MISTAKES = [
    Mistake(
        "a quote not in the text",
        "{quote: 'agreed a joint patrol plan'}",
        "{quote: 'agreed a joint patrol scheme'}",
        "agreed a joint patrol scheme",
    ),
    Mistake(
        "a quote that occurs twice",
        "{quote: 'agreed a joint patrol plan'}",
        "{quote: 'joint patrol plan'}",
        "occurs 2 times",
    ),
    Mistake(
        "an id typo in a MATCH",
        "MATCH (n:Organisation {id: 'home-office'})",
        "MATCH (n:Organisation {id: 'home-ofice'})",
        "home-ofice",
    ),
    Mistake(
        "a second Home Office under another id",
        "SET r.quote = 'the Home Office and France agreed';\n",
        "SET r.quote = 'the Home Office and France agreed';\n" + SECOND_HOME_OFFICE,
        "'home-office'",
    ),
    Mistake("the role implementor", "{role: 'lead',", "{role: 'implementor',", "implementor"),
    Mistake(
        "r.qoute",
        "SET r.quote = 'The Home Office will lead the joint patrol plan'",
        "SET r.qoute = 'The Home Office will lead the joint patrol plan'",
        "qoute",
    ),
    Mistake(
        "a source-id typo",
        f"{{role: 'partner', source: '{SOURCE_ID}'}}",
        "{role: 'partner', source: '2025-09-01-test-joint-patrol-pln'}",
        "2025-09-01-test-joint-patrol-pln",
    ),
    Mistake(
        "the country gb",
        "MATCH (n:Country {id: 'FR'})",
        "MATCH (n:Country {id: 'gb'})",
        "'gb'",
    ),
    Mistake(
        "the label Organization",
        "MATCH (n:Organisation {id: 'home-office'})",
        "MATCH (n:Organization {id: 'home-office'})",
        "Organization",
    ),
    Mistake(
        "the status Announced", "n.status = 'announced'", "n.status = 'Announced'", "Announced"
    ),
    Mistake(
        "a source text whose sha256 does not match",
        "s.text = 'On 1 September",
        "s.text = 'On 2 September",
        "sha256",
        in_source=True,
    ),
]


@dataclass(frozen=True)
class Scratch:
    folder: Path  # holds V190 (the Source) and V990 (the extraction)
    source_file: Path
    extraction: Path


def scratch_document(folder: Path) -> Scratch:
    """The document as the data team adds it: corpus file, `sources add`, extraction."""
    corpus = folder / "incoming" / f"{SOURCE_ID}.txt"
    corpus.parent.mkdir(parents=True, exist_ok=True)
    corpus.write_text(CORPUS, encoding="utf-8")
    cypher = folder / "cypher"
    (cypher / "seed").mkdir(parents=True, exist_ok=True)
    added = add_source(corpus, cypher_dir=cypher, corpus_dir=folder / "corpus", version=190)
    extraction = cypher / "seed" / "V990__test_joint_patrol_plan.cypher"
    extraction.write_text(EXTRACTION, encoding="utf-8")
    return Scratch(cypher / "seed", added.path, extraction)


def make(scratch: Scratch, mistake: Mistake) -> tuple[Path, int]:
    """Apply `mistake` to the scratch document: the changed file, and the line it is on."""
    path = scratch.source_file if mistake.in_source else scratch.extraction
    text = path.read_text(encoding="utf-8")
    assert text.count(mistake.old) >= 1, mistake.name
    at = text.index(mistake.old)
    changed = text[:at] + mistake.new + text[at + len(mistake.old) :]
    path.write_text(changed, encoding="utf-8")
    if mistake.in_source:  # the statement that writes the Source
        at = changed.index("MERGE (s:Source")
    elif mistake.new.startswith(mistake.old):  # an added statement: its first line
        at = changed.index(mistake.new[len(mistake.old) :].strip())
    return path, changed[:at].count("\n") + 1
