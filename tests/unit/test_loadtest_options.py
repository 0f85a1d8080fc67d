"""The load test's options: it only ever points at this machine, and reads percentiles by
nearest rank. Its runs against a served API are in tests/system/test_loadtest.py."""

from __future__ import annotations

import pytest
from commitgraph_tools.cli import cli
from commitgraph_tools.loadtest import NotLoopback, check_loopback, percentile
from typer.testing import CliRunner


@pytest.mark.parametrize(
    "url",
    [
        "http://example.com",
        "http://10.0.0.1:8000",
        "http://192.168.1.20",
        "http://127.0.0.1.nip.io:8000",
        "http://[2001:db8::1]:8000",
        "ftp://127.0.0.1",
        "127.0.0.1:8000",
    ],
)
def test_a_url_off_this_machine_is_refused(url: str) -> None:
    with pytest.raises(NotLoopback):
        check_loopback(url)
    result = CliRunner().invoke(cli, ["loadtest", "--url", url, "--seconds", "1"])
    assert result.exit_code == 2


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8000", "http://127.8.9.10", "http://[::1]:8000/", "http://localhost"]
)
def test_loopback_urls_are_accepted(url: str) -> None:
    assert check_loopback(url) == url.rstrip("/")


def test_percentiles_are_nearest_rank() -> None:
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 50) == 50.0
    assert percentile(values, 99) == 99.0
    assert percentile(values[::-1], 100) == 100.0
    assert percentile([], 99) == 0.0
