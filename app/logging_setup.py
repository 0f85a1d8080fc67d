"""Structured logs: one JSON object per line, with whatever `extra=` a call site adds."""

from __future__ import annotations

import json
import logging
import re
import time

_STANDARD = set(logging.makeLogRecord({}).__dict__) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        entry.update({k: v for k, v in record.__dict__.items() if k not in _STANDARD})
        if record.exc_info:
            entry["exc"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str)


def configure_logging(level: str) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        logging.getLogger(name).handlers[:] = []
        logging.getLogger(name).propagate = True
    logging.getLogger("neo4j").setLevel(max(logging.WARNING, root.level))
    logging.getLogger("neo4j.io").setLevel(logging.NOTSET)  # the CLI's quieting, undone


class _OneLine(logging.Formatter):
    """`warning neo4j.session: …` on one line, for a person at a terminal."""

    _SECONDS = re.compile(r"(\d+\.\d\d)\d+s\b")

    def format(self, record: logging.LogRecord) -> str:
        message = self._SECONDS.sub(r"\1 s", " ".join(record.getMessage().split()))
        return f"{record.levelname.lower()} {record.name}: {message}"


def configure_cli_logging() -> None:
    """Warnings and errors of the command-line tools, one line each, on stderr.

    The driver's `neo4j.io` records (a connection that dropped, at ERROR) are left out: the
    driver then either retries, and says so at WARNING, or gives up, and the command reports
    that itself in one sentence that says what to do.
    """
    handler = logging.StreamHandler()
    handler.setFormatter(_OneLine())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.WARNING)
    logging.getLogger("neo4j.io").setLevel(logging.CRITICAL)
