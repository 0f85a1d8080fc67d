"""Errors the query layer raises for the API layer to translate (400 / BAD_USER_INPUT, 503)."""

from __future__ import annotations


class BadInput(ValueError):
    """An argument a person supplied is wrong; `argument` names it, the message says why."""

    def __init__(self, argument: str, message: str) -> None:
        super().__init__(f"{argument}: {message}")
        self.argument = argument
        self.message = message


def check_node_id(value: object, argument: str = "id") -> str:
    """A node id as a person gave it: blank names no node, so it is a mistake, not a miss."""
    if not isinstance(value, str) or not value.strip():
        raise BadInput(argument, "give a node id")
    return value


def one_line(error: BaseException) -> str:
    """A driver error's message on one line and without its full stop, to sit inside a
    sentence of ours (the driver's messages run over several lines)."""
    message = getattr(error, "message", None) or str(error)
    return " ".join(str(message).split()).rstrip(".") or type(error).__name__
