"""GraphiQL at /graphql and Swagger UI at /docs work with no internet, in Chromium.

Every request to a host other than loopback is aborted, as on a closed network: the pages
must load everything from this app (vendored by `make vendor`). Screenshots go to artifacts/.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from neo4j import Driver

from tests.support.browser import chromium, needs_chromium, offline_context, screenshot

pytestmark = needs_chromium


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as launched:
        yield launched


@pytest.fixture
def offline_page(browser: Any, live_server: str) -> Iterator[tuple[Any, list[str]]]:
    from playwright.sync_api import expect

    blocked: list[str] = []
    context = offline_context(browser, blocked)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.set_default_timeout(30_000)
    expect.set_options(timeout=30_000)
    yield page, blocked
    context.close()
    assert blocked == [], f"the page asked another host for: {blocked}"
    assert errors == [], f"the page threw: {errors}"


def test_graphiql_runs_the_default_query_with_the_key_typed_into_it_offline(
    offline_page: tuple[Any, list[str]], live_server: str, seeded_graph: Driver, reader_key: str
) -> None:
    from playwright.sync_api import expect

    page, _ = offline_page
    sent: list[str | None] = []
    page.on(
        "request",
        lambda request: (
            sent.append(request.headers.get("authorization"))
            if request.url.endswith("/graphql") and request.method == "POST"
            else None
        ),
    )
    page.goto(f"{live_server}/graphql")
    editor = page.locator(".graphiql-query-editor")
    expect(editor).to_contain_text('initiatives(filter: {countries: ["FR", "IQ"]})')
    page.locator("#cg-api-key").fill(reader_key)  # the schema is read with it
    page.get_by_role("button", name="Show GraphiQL Explorer").click()
    expect(page.locator(".graphiql-plugin")).to_contain_text("initiatives")
    page.locator(".graphiql-execute-button").click()
    response = page.locator(".graphiql-response")
    expect(response).to_contain_text("iraq-fraudulent-document-training")
    expect(response).to_contain_text('"totalCount": 2')
    assert sent and sent[-1] == f"Bearer {reader_key}"
    screenshot(page, "graphiql-offline.png")


def test_graphiql_without_a_key_shows_why_it_was_refused(
    offline_page: tuple[Any, list[str]], live_server: str, seeded_graph: Driver, keys_file: Any
) -> None:
    from playwright.sync_api import expect

    page, _ = offline_page
    page.goto(f"{live_server}/graphql")
    page.locator(".graphiql-execute-button").click()
    expect(page.locator(".graphiql-response")).to_contain_text("an API key with role reader")


def test_docs_lists_the_rest_routes_offline(
    offline_page: tuple[Any, list[str]], live_server: str
) -> None:
    from playwright.sync_api import expect

    page, _ = offline_page
    page.goto(f"{live_server}/docs")
    paths = page.locator(".opblock-summary-path")
    expect(paths.filter(has_text=re.compile(r"^/api/v1/network$"))).to_be_visible()
    expect(paths.filter(has_text=re.compile(r"^/api/v1/search$"))).to_be_visible()
    expect(page.locator(".btn.authorize")).to_be_visible()  # where a key is entered
    screenshot(page, "docs-offline.png")
