"""Errors the query layer raises for the API layer to translate (400 / BAD_USER_INPUT, 503)."""

from __future__ import annotations


class BadInput(ValueError):
    """An argument a person supplied is wrong; `argument` names it, the message says why."""

    def __init__(self, argument: str, message: str) -> None:
        super().__init__(f"{argument}: {message}")
        self.argument = argument
        self.message = message
