"""The explorer's timeline and its "as of" control, driven in Debian's headless Chromium.

The fixtures (browser, page) are the explorer browser test's; screenshots go to artifacts/.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest
from neo4j import Driver

from tests.system.test_explorer_browser import ARTIFACTS, CHROMIUM, browser, page  # noqa: F401

if TYPE_CHECKING:
    from playwright.sync_api import Page

PILOT = "uk-france-returns-pilot"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="needs Debian's Chromium: apt-get install chromium chromium-driver",
    ),
]


def test_the_timeline_lists_dated_cited_entries_and_one_click_highlights_its_nodes(
    page: Page,  # noqa: F811
    live_server: str,
    seeded_graph: Driver,
) -> None:
    from playwright.sync_api import expect

    page.goto(f"{live_server}/#countries=FR,GB&depth=1")
    expect(page.locator("#timeline-who")).to_have_text("France, United Kingdom")
    entries = page.locator("#timeline button")
    expect(entries.first).to_be_visible()
    days = [entries.nth(i).get_attribute("data-on") or "" for i in range(entries.count())]
    assert days == sorted(days) and "2025-07-10" in days
    expect(page.locator("#timeline q").first).not_to_be_empty()
    deal = page.locator(f'#timeline button[data-on="2025-07-10"][data-ids~="{PILOT}"]')
    expect(deal).to_contain_text("agreed")
    expect(page.locator("#graph-status")).to_have_text(re.compile(r"^\d+ nodes"))
    deal.focus()
    page.keyboard.press("Enter")  # a timeline entry works from the keyboard
    expect(deal).to_have_attribute("aria-pressed", "true")
    expect(page.locator("#timeline-status")).to_contain_text("In the drawing:")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "explorer-timeline-fr-gb.png"), full_page=True)


def test_as_of_redraws_the_network_the_initiatives_and_the_timeline_for_that_day(
    page: Page,  # noqa: F811
    live_server: str,
) -> None:
    from playwright.sync_api import expect

    page.goto(f"{live_server}/#countries=FR,GB&depth=1")
    status = page.locator("#graph-status")
    expect(status).to_have_text(re.compile(r"^\d+ nodes"))
    expect(page.locator(f'#initiatives button[data-id="{PILOT}"]')).to_be_visible()
    today = int(status.inner_text().split()[0])

    select = page.locator("#as-of")
    expect(select.locator('option[value="2025-04-02"]')).to_have_count(1)
    select.focus()
    select.select_option("2025-04-02")
    expect(page.locator("#as-of-note")).to_contain_text("2025-04-02")
    assert "asof=2025-04-02" in page.url
    expect(status).to_have_text(re.compile(rf"^(?!{today} )\d+ nodes"))
    assert int(status.inner_text().split()[0]) < today
    expect(page.locator(f'#initiatives button[data-id="{PILOT}"]')).to_have_count(0)
    expect(page.locator('#timeline button[data-on="2025-07-10"]')).to_have_count(0)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "explorer-as-of-2025-04-02.png"), full_page=True)

    select.select_option("2025-08-05")
    expect(page.locator("#as-of-note")).to_contain_text("2025-08-05")
    expect(page.locator(f'#initiatives button[data-id="{PILOT}"]')).to_be_visible()
    expect(page.locator('#timeline button[data-on="2025-08-05"]').first).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "explorer-as-of-2025-08-05.png"), full_page=True)

    page.goto("about:blank")  # a fresh load of the address, not a jump within the page
    page.goto(f"{live_server}/#countries=FR,GB&depth=1&asof=2025-04-02")  # kept in the address
    expect(page.locator("#as-of")).to_have_value("2025-04-02")
