"""How the HTTP service runs: where it listens, how it logs, and who may call it."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from graph.store.settings import PROJECT_ROOT


class ApiSettings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    api_host: str = "127.0.0.1"
    api_port: int = Field(default=8000, ge=1, le=65535)
    log_level: str = Field(default="INFO", pattern="^(DEBUG|INFO|WARNING|ERROR|CRITICAL)$")
    api_keys_file: Path = Field(
        default=PROJECT_ROOT / ".commitgraph" / "keys.json",
        description="Hashed API keys, written by `commitgraph keys`; re-read when it changes.",
    )
    anonymous_reads: bool = Field(
        default=False,
        description="Keyless requests act as a reader (on for `make run`); keep off in production.",
    )
    max_body_bytes: int = Field(
        default=64 * 1024,
        ge=1024,
        description="Larger request bodies are refused with 413 before any route reads them.",
    )


@lru_cache
def get_api_settings() -> ApiSettings:
    return ApiSettings()
