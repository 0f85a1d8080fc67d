"""Cypher files and graph reads for the loader's tests, in-process and through the command.

Ad-hoc files are written to a test's `tmp_path`, with versions from 101 up so they never meet
the project's own files.
"""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path
from typing import Any

from neo4j import Driver

from graph.migrate.cypher_files import discover
from graph.migrate.loader import Loader, LoadReport

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = ROOT / "cypher" / "schema"


SEED = ROOT / "cypher" / "seed"
SCHEMA_AND_SEED = [SCHEMA, SEED]


def seed_file(version: int) -> Path:
    """The project's seed file of that version, whatever its name."""
    [path] = SEED.glob(f"V{version:03d}__*.cypher")
    return path


#: Many real files of each kind, a quarter of the seed's statements: the schema, the Day-1
#: files and one later document's Source and extraction (the summit's communiqué). For tests
#: of a load of many files that is cut off, killed or retried, which hold for any such load
#: and compare it with an uninterrupted load of the same files, not with the seeded graph.
SCHEMA_AND_SOME_SEED = [SCHEMA, *(seed_file(v) for v in (2, 11, 12, 100, 105, 205))]


# The third statement of each file is wrong; `line` is where the error is reported.
THIRD_STATEMENT_IS_A_SYNTAX_ERROR = """\
// V101: two good statements, then a bad one
CREATE (:LoaderProbe {id: 'first'});

CREATE (:LoaderProbe {id: 'second'});

// the third statement, with a comment inside it
MATCH (p:LoaderProbe {id: 'first'})
/* a note that runs
   over two lines */
SET p.seen = true
RETRN p;
"""


THIRD_STATEMENT_VIOLATES_A_CONSTRAINT = """\
// V101: two good statements, then one that breaks the uniqueness of Country ids
CREATE (:LoaderProbe {id: 'first'});

CREATE (:Country {id: 'ZZ', name: 'Zedland'});

// the third statement
MATCH (p:LoaderProbe {id: 'first'})
CREATE (:Country {id: 'ZZ', name: 'Zedland again'});
"""


BROKEN_FILES = {
    "syntax error": (THIRD_STATEMENT_IS_A_SYNTAX_ERROR, 11, "RETRN"),
    "constraint violation": (THIRD_STATEMENT_VIOLATES_A_CONSTRAINT, 7, "already exists"),
}


def write_file(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def load(driver: Driver, *paths: Path, batch_size: int = 1000, **options: Any) -> LoadReport:
    """The loader's mechanics, on probe files that are no data of the model: without the
    model's checks, which tests/integration/test_load_refuses_mistakes.py covers."""
    loader = Loader(driver, "neo4j", batch_size=batch_size, checks=False)
    return loader.load(discover(list(paths)), **options)


def rows_of(driver: Driver, cypher: str, **params: Any) -> list[dict[str, Any]]:
    records, _, _ = driver.execute_query(cypher, params, database_="neo4j")
    return [record.data() for record in records]


def counts(driver: Driver) -> dict[str, int]:
    """Nodes per label and relationships per type, ledger included."""
    rows = rows_of(
        driver,
        """
        MATCH (n) UNWIND labels(n) AS label RETURN 'node ' + label AS key, count(*) AS n
        UNION ALL
        MATCH ()-[r]->() RETURN 'relationship ' + type(r) AS key, count(*) AS n
        """,
    )
    return {row["key"]: row["n"] for row in rows}


def ledger(driver: Driver) -> list[dict[str, Any]]:
    return rows_of(driver, "MATCH (m:__Migration) RETURN m {.*} AS m ORDER BY m.version")


def ledger_versions(driver: Driver) -> list[int]:
    return [entry["m"]["version"] for entry in ledger(driver)]


def probes(driver: Driver) -> list[str]:
    return [r["id"] for r in rows_of(driver, "MATCH (p:LoaderProbe) RETURN p.id AS id ORDER BY id")]


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


ROWS_CYPHER = """\
// rows come from the CSV or JSON file of the same name
UNWIND $rows AS row
MERGE (c:Country {name: row.name})
SET c.id = row.id;
"""


def write_rows(path: Path, rows: list[dict[str, str]]) -> None:
    if path.suffix == ".csv":
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=["id", "name"])
            writer.writeheader()
            writer.writerows(rows)
    else:
        path.write_text(json.dumps(rows), encoding="utf-8")
