"""Pages: `first` bounded by `page_size` (for a Relay connection, by MAX_PAGE), and opaque
cursors that encode an offset."""

from __future__ import annotations

import base64
import binascii
import json

from graph.store.errors import BadInput, check_range

MAX_PAGE = 100
#: No list holds more items: a larger offset (about 9e15) is a forged cursor, and one near 2**63
#: would overflow in Cypher's `offset + first`.
MAX_OFFSET = 2**53 - 1


def page_size(first: object, argument: str = "first", most: int = MAX_PAGE) -> int:
    """How many items a question asks for, from 1 to `most`: the one page bound of every list,
    root field or REST route. Nested GraphQL arguments may arrive as their literal's text."""
    if isinstance(first, str) and first.lstrip("-").isdigit():
        first = int(first)
    return check_range(first, argument, 1, most)


def encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(json.dumps({"o": offset}).encode()).decode().rstrip("=")


def decode_cursor(cursor: object, argument: str = "after") -> int:
    """The offset of the item after `cursor` (0 without a cursor)."""
    if cursor is None:
        return 0
    try:
        text = str(cursor)
        data = json.loads(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)))
        offset = data["o"]
    except (binascii.Error, ValueError, KeyError, TypeError, UnicodeDecodeError) as error:
        raise BadInput(argument, "is not a cursor this API issued") from error
    if not isinstance(offset, int) or isinstance(offset, bool) or not 0 <= offset < MAX_OFFSET:
        raise BadInput(argument, "is not a cursor this API issued")
    return offset + 1
