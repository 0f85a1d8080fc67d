"""One worker keeps its metrics in its own process: no shared directory, nothing set."""

from __future__ import annotations

import os

import pytest


@pytest.fixture(autouse=True)
def _no_inherited_multiproc_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PROMETHEUS_MULTIPROC_DIR", raising=False)


def test_one_worker_without_the_variable_keeps_metrics_in_its_process() -> None:
    from prometheus_client import REGISTRY

    from app.multiprocess_metrics import ENV, scrape_registry, shared_metrics

    with shared_metrics(1) as directory:
        assert directory is None
        assert ENV not in os.environ
        assert scrape_registry() is REGISTRY
