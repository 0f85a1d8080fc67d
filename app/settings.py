"""How the HTTP service runs: where it listens, how it logs, and who may call it."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from pydantic import Field, ValidationInfo, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

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
    api_keys_store: Literal["file", "neo4j"] = Field(
        default="file",
        description="Where API keys live: `file` (API_KEYS_FILE, one host) or `neo4j` "
        "(`__ApiKey` nodes, shared by every API instance on the same Neo4j).",
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
    cors_origins: Annotated[list[str], NoDecode] = Field(
        default=[],
        description="Browser origins (scheme://host[:port], comma-separated) whose pages may "
        "call the API; empty: none. `*` only with anonymous reads, and then without keys.",
    )

    @field_validator("cors_origins", mode="before")
    @classmethod
    def _split_origins(cls, value: Any) -> Any:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @field_validator("cors_origins")
    @classmethod
    def _exact_origins(cls, origins: list[str], info: ValidationInfo) -> list[str]:
        """Each an origin exactly as a browser sends it, or `*` alone with anonymous reads.

        A wildcard would let any web page send a user's key to the API and read the answer;
        with anonymous reads on, `*` means any page may read without a key, and no key is
        accepted across origins.
        """
        if "*" in origins:
            if len(origins) > 1:
                raise ValueError("'*' stands alone: list exact origins or '*', not both")
            if not info.data.get("anonymous_reads"):
                raise ValueError(
                    "'*' is refused while reads need an API key: list the exact origins of "
                    "your frontends (such as http://localhost:5173), or turn ANONYMOUS_READS "
                    "on to let any page read without a key"
                )
            return origins
        for origin in origins:
            parts = urlsplit(origin)
            exact = f"{parts.scheme}://{parts.netloc}".lower()
            if (
                parts.scheme not in {"http", "https"}
                or not parts.hostname
                or origin != exact
                or "@" in parts.netloc
            ):
                raise ValueError(
                    f"{origin!r} is not an origin as a browser sends it: write "
                    "scheme://host[:port] in lower case, with no path or trailing slash "
                    "(such as http://localhost:5173)"
                )
        return origins


@lru_cache
def get_api_settings() -> ApiSettings:
    return ApiSettings()
