"""docker-compose.yml cannot run here (no Docker engine), so its wiring is checked by reading it."""

from __future__ import annotations

from pathlib import Path

import yaml

from app.settings import ApiSettings
from graph.settings import GraphSettings

ROOT = Path(__file__).resolve().parents[1]
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
