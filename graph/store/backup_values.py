"""A backup's values as JSON and back, without losing their Neo4j types.

A temporal value, a duration, a point or a byte array becomes a tagged JSON object
(`{"$": "date", "v": [2025, 3, 31]}`); properties are never maps in Neo4j, so a JSON object in a
property is always such a tag. `content_digest` gives the digests the fingerprint is made of.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
from datetime import timedelta, tzinfo
from typing import Any

from neo4j.spatial import CartesianPoint, Point, WGS84Point
from neo4j.time import Date, DateTime, Duration, Time


class BackupError(RuntimeError):
    """The backup or restore cannot go on; the message says why and what to do."""


def encode(value: Any) -> Any:
    """A property value as JSON, its Neo4j type kept (see the module's docstring)."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        if math.isfinite(value):
            return value
        return {"$": "float", "v": repr(value)}  # nan, inf, -inf: JSON has none of them
    if isinstance(value, Point):  # before tuples: a point is one, as is a duration
        return {"$": "point", "srid": value.srid, "v": list(value)}
    if isinstance(value, Duration):
        return {
            "$": "duration",
            "v": [value.months, value.days, value.seconds, value.nanoseconds],
        }
    if isinstance(value, list | tuple):
        return [encode(item) for item in value]
    if isinstance(value, bytes | bytearray):
        return {"$": "bytes", "v": base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, DateTime):
        zone = None if value.tzinfo is None else _zone(value)
        if isinstance(zone, str):  # a named zone: the instant in UTC, unambiguous across DST
            value = value.astimezone(_tzinfo("UTC"))
        parts = [value.year, value.month, value.day, value.hour, value.minute, value.second]
        encoded: dict[str, Any] = {"$": "datetime", "v": [*parts, value.nanosecond]}
        if zone is not None:
            encoded["tz"] = zone
        return encoded
    if isinstance(value, Date):
        return {"$": "date", "v": [value.year, value.month, value.day]}
    if isinstance(value, Time):
        encoded = {"$": "time", "v": [value.hour, value.minute, value.second, value.nanosecond]}
        if value.tzinfo is not None:
            offset = value.utcoffset()
            assert offset is not None
            encoded["tz"] = int(offset.total_seconds())
        return encoded
    raise BackupError(f"a property value of type {type(value).__name__} cannot be backed up")


def _zone(value: DateTime) -> str | int:
    """A named zone (`Europe/Paris`) by its name, a fixed offset in seconds."""
    tz = value.tzinfo
    name = getattr(tz, "zone", None) or getattr(tz, "key", None)
    if isinstance(name, str):
        return name
    offset = value.utcoffset()
    assert offset is not None
    return int(offset.total_seconds())


def decode(value: Any) -> Any:
    """The inverse of `encode`: driver values to send back as parameters."""
    if isinstance(value, list):
        return [decode(item) for item in value]
    if not isinstance(value, dict):
        return value
    kind, parts = value["$"], value["v"]
    if kind == "float":
        return float(parts)
    if kind == "bytes":
        return base64.b64decode(parts)
    if kind == "date":
        return Date(*parts)
    if kind == "datetime":
        year, month, day, hour, minute, second, nanosecond = parts
        zone = value.get("tz")
        if isinstance(zone, str):
            utc = DateTime(
                year, month, day, hour, minute, second, nanosecond, tzinfo=_tzinfo("UTC")
            )
            return utc.astimezone(_tzinfo(zone))
        return DateTime(year, month, day, hour, minute, second, nanosecond, tzinfo=_tzinfo(zone))
    if kind == "time":
        hour, minute, second, nanosecond = parts
        zone = value.get("tz")
        offset = None if zone is None else _Offset(zone)
        return Time(hour, minute, second, nanosecond, tzinfo=offset)
    if kind == "duration":
        months, days, seconds, nanoseconds = parts
        return Duration(months=months, days=days, seconds=seconds, nanoseconds=nanoseconds)
    if kind == "point":
        return _point(value["srid"], parts)
    raise BackupError(f"unknown value tag {kind!r} in the backup")


def _tzinfo(zone: str | int | None) -> Any:
    if zone is None:
        return None
    if isinstance(zone, int):
        return _Offset(zone)
    try:
        import pytz  # the driver reads named zones with pytz when it is there

        return pytz.timezone(zone)
    except ImportError:
        from zoneinfo import ZoneInfo

        return ZoneInfo(zone)


class _Offset(tzinfo):
    """A fixed offset in whole seconds that the driver can send with a `Time` as well as a
    `DateTime` (it asks `utcoffset` of the value itself, which `datetime.timezone` refuses
    for anything but a datetime)."""

    def __init__(self, seconds: int) -> None:
        self.seconds = seconds

    def utcoffset(self, value: Any) -> timedelta:
        return timedelta(seconds=self.seconds)

    def dst(self, value: Any) -> timedelta:
        return timedelta(0)

    def tzname(self, value: Any) -> str:
        return f"UTC{self.seconds:+d}s"


def _point(srid: int, coordinates: list[float]) -> Point:
    if srid in (4326, 4979):
        return WGS84Point(coordinates)
    if srid in (7203, 9157):
        return CartesianPoint(coordinates)
    raise BackupError(f"a point with SRID {srid} is not one Neo4j stores")


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def content_digest(*parts: Any) -> str:
    return hashlib.sha256(canonical(parts).encode("utf-8")).hexdigest()
