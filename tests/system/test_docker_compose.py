"""docker-compose.yml cannot run here (no Docker engine), so its wiring is checked by reading it."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from app.settings import ApiSettings
from graph.store.settings import GraphSettings

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_neo4j_service_is_the_5_26_community_image_with_a_healthcheck_and_volume() -> None:
    neo4j = COMPOSE["services"]["neo4j"]
    assert neo4j["image"] == "neo4j:5.26-community"
    assert any(str(port).endswith(":7687") for port in neo4j["ports"])
    assert "healthcheck" in neo4j
    assert any(str(volume).endswith(":/data") for volume in neo4j["volumes"])


def test_api_environment_names_are_settings_the_service_reads() -> None:
    api = COMPOSE["services"]["api"]
    known = {name.upper() for name in GraphSettings.model_fields} | {
        name.upper() for name in ApiSettings.model_fields
    }
    assert set(api["environment"]) <= known
    assert api["environment"]["NEO4J_URI"] == "bolt://neo4j:7687"
    assert api["depends_on"]["neo4j"]["condition"] == "service_healthy"
    port = api["environment"]["API_PORT"]
    assert any(str(mapping).endswith(f":{port}") for mapping in api["ports"])


def test_the_api_image_is_built_from_the_dockerfile_and_loads_before_serving() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert COMPOSE["services"]["api"]["build"] == "."
    assert "commitgraph load" in dockerfile and "commitgraph serve" in dockerfile


def _api_healthcheck_on(port: int) -> subprocess.CompletedProcess[str]:
    """The api service's healthcheck command, run here as Docker would run it in the
    container, against `port` on this machine instead of the container's 8000."""
    command = COMPOSE["services"]["api"]["healthcheck"]["test"]
    assert command[:3] == ["CMD", "python", "-c"], command
    code = command[3]
    assert "http://127.0.0.1:8000/readyz" in code, code
    code = code.replace(":8000/", f":{port}/")
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30)


def test_the_api_healthcheck_passes_while_the_api_is_ready_and_fails_without_it(
    live_server: str, seeded_graph: object
) -> None:
    ready = _api_healthcheck_on(urlsplit(live_server).port or 80)
    assert ready.returncode == 0, ready.stderr
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        nobody = unused.getsockname()[1]
    assert _api_healthcheck_on(nobody).returncode != 0
