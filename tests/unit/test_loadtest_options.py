"""The load test's options: it only ever points at this machine, reads percentiles by nearest
rank, shares the soak's writes among editor keys and reads memory trends by least squares. Its
runs against a served API are in tests/system/test_loadtest.py."""

from __future__ import annotations

import os

import pytest
from commitgraph_tools.cli import cli
from commitgraph_tools.load_mix import MIX
from commitgraph_tools.loadtest import NotLoopback, check_loopback, percentile
from commitgraph_tools.memory import rss_mib, slope_per_minute
from commitgraph_tools.soak import SOAK_COUNT, WRITE_NAMES, mixed_schedule
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


def test_the_mixed_profile_needs_an_editor_key_and_shares_the_writes_among_them() -> None:
    with pytest.raises(ValueError, match="editor key"):
        mixed_schedule(MIX, [])
    schedule = mixed_schedule(MIX, ["one", "two"])
    writes = [call for call in schedule if call.name in WRITE_NAMES]
    assert len(writes) == 3 * SOAK_COUNT
    assert len(schedule) == SOAK_COUNT * (len(MIX) + 3)
    assert {call.key for call in writes} == {"one", "two"}
    assert all(call.key is None for call in schedule if call.name not in WRITE_NAMES)


def test_memory_is_read_for_a_live_process_and_not_for_a_gone_one() -> None:
    mine = rss_mib(os.getpid())
    assert mine is not None and mine > 1
    assert rss_mib(2**22 + 1) is None  # above Linux's largest pid


def test_a_memory_trend_is_the_least_squares_slope_per_minute() -> None:
    climbing = [(t, 100 + t / 6) for t in (0.0, 30.0, 60.0, 90.0)]  # 10 MiB a minute
    assert slope_per_minute(climbing) == pytest.approx(10.0)
    assert slope_per_minute([(0.0, 5.0), (60.0, 5.0), (120.0, 5.0)]) == 0.0
    assert slope_per_minute(climbing[:2]) is None
