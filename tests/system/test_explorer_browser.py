"""The partnership explorer at `/`, driven in Debian's headless Chromium by Playwright.

Playwright uses the system browser (`/usr/bin/chromium`); it never downloads one. Without
Chromium these tests skip and say how to install it. Screenshots go to artifacts/
(git-ignored) so a person can look at what the test saw.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from neo4j import Driver

if TYPE_CHECKING:  # imported by the `browser` fixture, which skips without playwright
    from playwright.sync_api import Browser, Page

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
TRAINING = "iraq-fraudulent-document-training"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="needs Debian's Chromium: apt-get install chromium chromium-driver",
    ),
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(
    browser: Browser, live_server: str, seeded_graph: Driver, anonymous_reads: None
) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1366, "height": 768})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    # waits, not timing asserts: a busy 2-core CI machine with a cold Neo4j can take seconds
    page.set_default_timeout(30_000)
    from playwright.sync_api import expect

    expect.set_options(timeout=30_000)
    yield page
    context.close()
    assert errors == [], f"the page threw: {errors}"


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_choosing_france_and_iraq_shows_the_document_training_and_its_quote(
    page: Page, live_server: str, seeded_graph: Driver
) -> None:
    from playwright.sync_api import expect

    page.goto(f"{live_server}/")
    expect(page.locator("#country-GB")).to_be_checked()  # the host country is drawn first
    expect(page.locator("#graph-status")).to_contain_text("nodes")

    network_requests: list[str] = []
    page.on(
        "request",
        lambda request: network_requests.append(request.url) if "/api/v1/" in request.url else None,
    )
    page.locator("#country-GB").uncheck()
    page.locator("#country-FR").check()
    page.locator("#country-IQ").check()
    expect(page.locator("#initiatives-who")).to_have_text("all of France, Iraq")
    listed = page.locator(f'#initiatives button[data-id="{TRAINING}"]')
    expect(listed).to_be_visible()
    expect(listed).to_contain_text("detect fraudulent documents")
    expect(page.locator("#graph-status")).to_have_text(re.compile(r"^\d+ nodes, \d+ links$"))
    expect(page.locator("#graph canvas").first).to_be_visible()
    assert "countries=FR%2CIQ" in page.url or "countries=FR,IQ" in page.url
    # the downloads follow the drawing, the streamed one too
    for download in ("#dl-json", "#dl-ndjson"):
        expect(page.locator(download)).to_have_attribute("href", re.compile(r"focus=FR&focus=IQ"))

    # One request draws each network: no per-node fetches behind it.
    last_draw = [u for u in network_requests if "focus=FR&focus=IQ" in u]
    assert len(last_draw) == 1 and "/api/v1/network?" in last_draw[0]
    assert not [u for u in network_requests if "/api/v1/nodes/" in u]

    listed.click()
    panel = page.locator("#panel")
    expect(panel).to_be_visible()
    expect(page.locator("#panel-title")).to_have_text(re.compile("Training for Iraqi officials"))
    quote = page.locator("#panel .citation blockquote").first
    expect(quote).to_be_visible()
    records, _, _ = seeded_graph.execute_query(
        "MATCH (:Initiative {id: $id})-[e:EVIDENCED_BY]->(s:Source) RETURN e.quote AS q, s.title AS t",
        id=TRAINING,
    )
    assert normalise(quote.inner_text()) == normalise(records[0]["q"])
    expect(page.locator("#panel .citation figcaption").first).to_contain_text(records[0]["t"])
    expect(page.locator("#panel .neighbours")).to_contain_text("France")

    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "explorer-france-iraq.png"))

    page.keyboard.press("Escape")
    expect(panel).to_be_hidden()
    expect(listed).to_be_focused()  # focus goes back to what opened the panel


def test_search_and_the_side_panel_work_from_the_keyboard(page: Page, live_server: str) -> None:
    from playwright.sync_api import expect

    page.goto(f"{live_server}/#countries=FR,IQ&depth=2")
    expect(page.locator('input[name="depth"][value="2"]')).to_be_checked()
    page.locator("#search-input").focus()
    page.keyboard.type("fraud")
    page.keyboard.press("Enter")
    first_hit = page.locator("#search-list button").first
    expect(first_hit).to_be_focused()
    expect(first_hit).to_contain_text("fraudulent documents")
    expect(first_hit.locator("mark").first).to_have_text("fraudulent")
    page.screenshot(path=str(ARTIFACTS / "explorer-search-snippet.png"))
    page.keyboard.press("Enter")
    expect(page.locator("#panel")).to_be_visible()
    expect(page.locator("#panel")).to_be_focused()
    expect(page.locator("#panel .citation blockquote").first).to_contain_text("passports")
    page.keyboard.press("Escape")
    expect(page.locator("#panel")).to_be_hidden()


def test_depth_control_redraws_a_larger_network(page: Page, live_server: str) -> None:
    from playwright.sync_api import expect

    page.goto(f"{live_server}/#countries=VN&depth=1")
    status = page.locator("#graph-status")
    expect(status).to_have_text(re.compile(r"^\d+ nodes"))
    shallow = int(status.inner_text().split()[0])
    page.locator('label[for="depth-3"]').click()
    expect(status).to_have_text(re.compile(rf"^(?!{shallow} )\d+ nodes, \d+ links$"))
    assert int(status.inner_text().split()[0]) > shallow
    assert "depth=3" in page.url
