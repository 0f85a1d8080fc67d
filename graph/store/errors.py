"""Errors the query layer raises for the API layer to translate (400 / BAD_USER_INPUT, 503)."""

from __future__ import annotations

import pycountry


class BadInput(ValueError):
    """An argument a person supplied is wrong; `argument` names it, the message says why."""

    def __init__(self, argument: str, message: str) -> None:
        super().__init__(f"{argument}: {message}")
        self.argument = argument
        self.message = message


def check_node_id(value: object, argument: str = "id") -> str:
    """A node id as a person gave it, read by the one id rule (`node_id`): blank names no
    node, so it is a mistake, not a miss."""
    if not isinstance(value, str) or not value.strip():
        raise BadInput(argument, "give a node id")
    return node_id(value)


def node_id(value: str) -> str:
    """The one id rule, wherever an id is taken: a country code may be given in any case
    (`gb` is `GB`); every other id is exact. Other ids are lower-case slugs of more than two
    letters, so no id of another node is read as a country's."""
    return as_country_code(value.strip()) or value


def optional_node_id(value: object) -> str | None:
    """`node_id` of an optional argument: None stays None."""
    return None if value is None else node_id(str(value))


def check_range(value: object, argument: str, least: int, most: int) -> int:
    """A whole number a person gave (a depth, a hop count, a page size), from `least` to
    `most`: every bound an argument has is checked, and worded, here."""
    if isinstance(value, bool) or not isinstance(value, int) or not least <= value <= most:
        raise BadInput(argument, f"must be a whole number from {least} to {most}, got {value!r}")
    return value


def is_country_code(value: str) -> bool:
    """Whether `value` is an ISO 3166-1 alpha-2 code as country ids spell it ("GB").

    Such a code names a real country that the graph may not hold yet, so it matches nothing
    instead of being a mistake (docs/DATA-MODEL.md, Ids). This is the one country-code rule;
    `node_id` and the functions below read a code in any case through it."""
    return len(value) == 2 and value.isupper() and bool(pycountry.countries.get(alpha_2=value))


def as_country_code(value: str) -> str | None:
    """The country id `value` spells in any case ("gb" is "GB"), or None when it spells none."""
    code = value.upper()
    return code if is_country_code(code) else None


def check_country_code(value: object, argument: str) -> str:
    """The id of the country an argument that takes only a country names, in any case."""
    code = as_country_code(str(value).strip())
    if code is None:
        raise BadInput(argument, f"{value!r} is not an ISO 3166-1 alpha-2 country code")
    return code


def quoted_id(value: str, countries: bool = True) -> str:
    """`value` quoted for a message about an id no node has. Where a country could be meant,
    a lower-case country code comes with the id it may have meant, since country ids are
    upper-case ISO codes while other ids are lower-case slugs. Nothing is guessed for it."""
    code = as_country_code(value) if countries and not is_country_code(value) else None
    if code is not None:
        return f"{value!r} (country ids are upper-case ISO codes: {code!r})"
    return repr(value)


def refuse_unknown(argument: str, ids: list[str]) -> None:
    """A BadInput naming the ids (given as `argument`) that no partnership node has: an empty
    network or a null path for a mistyped id would read as "no partners" or "not linked".
    An upper-case ISO country code is left out: a country the graph does not hold yet has no
    network and no path, as it matches nothing in every filter."""
    unknown = [value for value in ids if not is_country_code(value)]
    if unknown:
        named = " or ".join(map(quoted_id, unknown))
        raise BadInput(argument, f"no node of the partnership graph has the id {named}")


def one_line(error: BaseException) -> str:
    """A driver error's message on one line and without its full stop, to sit inside a
    sentence of ours (the driver's messages run over several lines)."""
    message = getattr(error, "message", None) or str(error)
    return " ".join(str(message).split()).rstrip(".") or type(error).__name__
