"""Pages: a cursor is opaque to clients but gives back the offset it was made from, and
anything else sent as a cursor is refused naming the argument."""

from __future__ import annotations

import base64

import pytest

from graph.compile.pagination import MAX_OFFSET, decode_cursor, encode_cursor
from graph.store.errors import BadInput


@pytest.mark.parametrize("offset", [0, 1, 19, 10_000, MAX_OFFSET - 1])
def test_the_next_page_starts_after_the_item_its_cursor_names(offset: int) -> None:
    assert decode_cursor(encode_cursor(offset)) == offset + 1


def test_no_cursor_is_the_first_page() -> None:
    assert decode_cursor(None) == 0


def _forged(payload: str) -> str:
    return base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")


@pytest.mark.parametrize(
    "cursor",
    ["", "not-a-cursor", "%%%", _forged("[1]"), _forged('{"x": 1}'), _forged('{"o": -1}'),
     _forged('{"o": true}'), _forged('{"o": "3"}'), _forged(f'{{"o": {MAX_OFFSET}}}'),
     _forged('{"o": 1.5}'), 42],
)  # fmt: skip
def test_a_cursor_this_api_did_not_issue_is_refused_naming_the_argument(cursor: object) -> None:
    with pytest.raises(BadInput) as refused:
        decode_cursor(cursor, "filter.after")
    assert refused.value.argument == "filter.after"
    assert "not a cursor this API issued" in refused.value.message
