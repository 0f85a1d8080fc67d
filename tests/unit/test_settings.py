"""Settings are checked when they are read, before any command or Neo4j sees them."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from app.settings import ApiSettings
from graph.store.settings import GraphSettings, neo4j_size


# Checked against Neo4j 5.26's own parser (org.neo4j.io.ByteUnit.parse), both ways.
@pytest.mark.parametrize("size", ["512m", "2g", "2G", "1GiB", "64 MB", "1.5g", "1073741824"])
def test_sizes_neo4j_reads_are_accepted(size: str) -> None:
    assert neo4j_size(size) == size


@pytest.mark.parametrize("size", ["abc", "2gigs", "", "-1g", "1T", "2tb", "1kib"])
def test_sizes_neo4j_does_not_read_are_refused(size: str) -> None:
    with pytest.raises(ValueError, match="not a size Neo4j reads"):
        neo4j_size(size)


def test_a_short_password_is_fine_for_a_neo4j_the_project_does_not_run() -> None:
    settings = GraphSettings(neo4j_uri="bolt://db.example:7687", neo4j_password="short")
    assert settings.neo4j_password == "short"


@pytest.mark.parametrize(
    "uri", ["bolt://db:7687", "neo4j+s://x.databases.neo4j.io", "bolt+ssc://10.0.0.5:7687"]
)
def test_a_bolt_or_routing_uri_is_taken_as_given(uri: str) -> None:
    settings = GraphSettings(neo4j_uri=uri, neo4j_password="secret-enough")
    assert settings.uri == uri and not settings.uses_local_neo4j


@pytest.mark.parametrize("uri", ["http://127.0.0.1:7474", "localhost:7687", "https://db"])
def test_a_uri_neo4j_does_not_speak_bolt_on_is_refused_naming_the_schemes(uri: str) -> None:
    with pytest.raises(ValidationError, match="is not one of bolt, bolt\\+s"):
        GraphSettings(neo4j_uri=uri)


def test_without_a_uri_the_managed_local_neo4j_is_used_on_its_port() -> None:
    settings = GraphSettings(neo4j_uri="", local_neo4j_port=7799)
    assert settings.uses_local_neo4j and settings.uri == "bolt://127.0.0.1:7799"


def test_a_short_password_is_refused_for_the_local_neo4j() -> None:
    with pytest.raises(ValidationError, match="at least 8 characters"):
        GraphSettings(neo4j_uri=None, neo4j_password="short")


@pytest.mark.parametrize(
    ("field", "value"),
    [("neo4j_transaction_timeout", 0), ("neo4j_connection_timeout", -1),
     ("neo4j_max_retry_time", -0.5), ("local_neo4j_port", 70000)],
)  # fmt: skip
def test_timeouts_and_ports_out_of_range_are_refused_naming_the_setting(
    field: str, value: float
) -> None:
    with pytest.raises(ValidationError, match=field):
        GraphSettings.model_validate({field: value})


@pytest.mark.parametrize(
    ("field", "value"),
    [("api_port", 0), ("log_level", "LOUD"), ("max_body_bytes", 10)],
)
def test_api_settings_out_of_range_are_refused_naming_the_setting(
    field: str, value: object
) -> None:
    with pytest.raises(ValidationError, match=field):
        ApiSettings.model_validate({field: value})
