"""`commitgraph-dev bench --peer`'s other side: `@neo4j/graphql` 7 served from tools/peer.

The side-by-side figures only mean something if the library answers the same questions with
the same facts. This serves the library over the test graph, as the bench does, and holds
each of the five questions' answers, after the client-side work the bench times, to the
raw driver's. No timing is asserted. Skipped, saying why, where node or npm is missing.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from commitgraph_tools import bench, peer
from neo4j import Driver

from graph.store.settings import GraphSettings

pytestmark = pytest.mark.skipif(
    shutil.which("node") is None or shutil.which("npm") is None,
    reason="the peer needs Node 20+ and npm (Debian: apt-get install nodejs npm)",
)


def test_the_library_answers_the_five_questions_with_the_drivers_facts(
    seeded_graph: Driver, graph_settings: GraphSettings
) -> None:
    peer.install(say=lambda _: None)
    database = graph_settings.neo4j_database
    picks = bench.choose_picks(seeded_graph, database)
    with (
        tempfile.TemporaryDirectory() as workdir,
        peer.PeerServer(graph_settings, Path(workdir)) as server,
        bench.LeanClient(server.url, timeout=60) as client,
    ):
        side = bench.PeerSide(server, client)
        for question in bench.QUESTIONS:
            ask = peer.ask_for(question.name)
            assert ask is not None, question.name
            shaped, _ = bench.ask_peer(side, ask, picks)
            rows = bench.ask_driver(seeded_graph, database, question, picks)
            assert question.from_graphql(shaped) == question.from_driver(rows), question.name


def test_the_library_is_pinned_and_its_lock_file_kept() -> None:
    """`npm ci` installs exactly the lock file: the versions the bench reports are the ones
    package.json pins."""
    import json

    manifest = json.loads((peer.PEER_DIR / "package.json").read_text())
    lock = json.loads((peer.PEER_DIR / "package-lock.json").read_text())
    for name, version in manifest["dependencies"].items():
        assert version[0].isdigit(), f"{name} {version} is a range, not a pinned version"
        assert lock["packages"][f"node_modules/{name}"]["version"] == version, name
    assert manifest["dependencies"][peer.PACKAGE].startswith("7.")
