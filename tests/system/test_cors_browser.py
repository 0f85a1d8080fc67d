"""A frontend on its own origin calls the API from Chromium: allowed when listed, refused not.

A small page is served from a second loopback port. It loads Cytoscape.js from the API (a
script tag needs no CORS), draws the network of France and Iraq from `/api/v1/network`, and
sends a GraphQL query, both with a reader key in `Authorization`. The API lists one page
origin in `CORS_ORIGINS`; the same page served from another port is refused by the browser.
Screenshots go to artifacts/.
"""

from __future__ import annotations

import functools
import threading
import time
from collections.abc import Callable, Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from neo4j import Driver

from app.main import create_app
from graph.store.settings import GraphSettings
from tests.conftest import _free_port
from tests.support.browser import chromium, needs_chromium, offline_context, screenshot

pytestmark = needs_chromium

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A frontend elsewhere</title></head>
<body>
<p id="network-status">drawing…</p>
<div id="graph" style="width: 900px; height: 520px; border: 1px solid #ccc"></div>
<pre id="graphql">asking…</pre>
<script>
  const params = new URLSearchParams(location.search);
  const api = params.get("api");
  const auth = { Authorization: "Bearer " + params.get("key") };
  const script = document.createElement("script");
  script.src = api + "/static/vendor/cytoscape.min.js";
  script.onload = async () => {
    const status = document.getElementById("network-status");
    try {
      const response = await fetch(api + "/api/v1/network?focus=FR&focus=IQ&depth=1",
                                   { headers: auth });
      const body = await response.json();
      const cy = cytoscape({
        container: document.getElementById("graph"),
        elements: body.elements,
        style: [{ selector: "node", style: { label: "data(label)" } }],
        layout: { name: "cose", animate: false },
      });
      status.textContent = "drawn: " + cy.nodes().length + " nodes, ETag " +
        (response.headers.get("ETag") ? "readable" : "hidden");
    } catch (error) {
      status.textContent = "refused: " + error;
    }
    const answer = document.getElementById("graphql");
    try {
      const response = await fetch(api + "/graphql", {
        method: "POST",
        headers: Object.assign({ "Content-Type": "application/json" }, auth),
        body: JSON.stringify({
          query: '{ initiatives(filter: {countries: ["FR", "IQ"]}) { totalCount } }',
        }),
      });
      answer.textContent = JSON.stringify(await response.json());
    } catch (error) {
      answer.textContent = "refused: " + error;
    }
  };
  document.head.appendChild(script);
</script>
</body></html>
"""


def serve(target: Callable[[], None], started: Callable[[], bool]) -> threading.Thread:
    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not started() and time.monotonic() < deadline:
        time.sleep(0.05)
    return thread


@pytest.fixture
def page_origins(tmp_path: Path) -> Iterator[tuple[str, str]]:
    """The same page served from two loopback ports: two origins."""
    (tmp_path / "index.html").write_text(PAGE, encoding="utf-8")
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(tmp_path))
    servers = [ThreadingHTTPServer(("127.0.0.1", 0), handler) for _ in range(2)]
    for server in servers:
        serve(server.serve_forever, lambda: True)
    yield tuple(f"http://127.0.0.1:{server.server_address[1]}" for server in servers)  # type: ignore[misc]
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture
def api_listing(
    page_origins: tuple[str, str], graph_settings: GraphSettings, keys_file: Path
) -> Iterator[str]:
    """The API on its own port, with the first page origin, and only it, in CORS_ORIGINS."""
    import uvicorn

    listed, _ = page_origins
    app = create_app(graph_settings, cors_origins=[listed])
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=_free_port(), log_level="warning")
    )
    thread = serve(server.run, lambda: server.started)
    yield f"http://127.0.0.1:{server.config.port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as launched:
        yield launched


def open_page(browser: Any, origin: str, api: str, key: str) -> tuple[Any, Any, list[str]]:
    from playwright.sync_api import expect

    blocked: list[str] = []
    context = offline_context(browser, blocked)
    page = context.new_page()
    page.set_default_timeout(30_000)
    expect.set_options(timeout=30_000)
    page.goto(f"{origin}/index.html?{urlencode({'api': api, 'key': key})}")
    return context, page, blocked


def test_a_listed_origin_draws_the_network_and_queries_graphql_with_a_key(
    browser: Any,
    page_origins: tuple[str, str],
    api_listing: str,
    seeded_graph: Driver,
    reader_key: str,
) -> None:
    from playwright.sync_api import expect

    listed, _ = page_origins
    context, page, blocked = open_page(browser, listed, api_listing, reader_key)
    expect(page.locator("#network-status")).to_contain_text("drawn:")
    expect(page.locator("#network-status")).to_contain_text("ETag readable")
    expect(page.locator("#graph canvas").first).to_be_visible()
    expect(page.locator("#graphql")).to_have_text('{"data":{"initiatives":{"totalCount":2}}}')
    screenshot(page, "cors-listed-origin.png")
    context.close()
    assert blocked == []


def test_the_same_page_on_an_origin_not_listed_is_refused(
    browser: Any,
    page_origins: tuple[str, str],
    api_listing: str,
    seeded_graph: Driver,
    reader_key: str,
) -> None:
    from playwright.sync_api import expect

    _, unlisted = page_origins
    context, page, blocked = open_page(browser, unlisted, api_listing, reader_key)
    expect(page.locator("#network-status")).to_have_text("refused: TypeError: Failed to fetch")
    expect(page.locator("#graphql")).to_have_text("refused: TypeError: Failed to fetch")
    screenshot(page, "cors-unlisted-origin.png")
    context.close()
    assert blocked == []
