"""Where the graph lives and how to reach it.

Every value comes from the environment (or a `.env` file). With `NEO4J_URI` unset the
service talks to the managed local Neo4j that `commitgraph neo4j start` runs.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Annotated
from urllib.parse import urlparse

from pydantic import AfterValidator, Field, ValidationInfo, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


def _project_root() -> Path:
    """The checkout when running from one; otherwise (an installed wheel) the current directory,
    so that local state (`.neo4j`, `.cache`, `.commitgraph`) never lands in site-packages."""
    checkout = Path(__file__).resolve().parents[2]
    if (checkout / "pyproject.toml").is_file() and (checkout / "cypher").is_dir():
        return checkout
    return Path.cwd()


PROJECT_ROOT = _project_root()
#: The schema and seed files: the checkout's `cypher/`, or the copy a wheel carries.
CYPHER_DIR = (
    PROJECT_ROOT / "cypher"
    if (PROJECT_ROOT / "cypher").is_dir()
    else Path(__file__).resolve().parents[1] / "cypher"
)
ACCEPTED_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
NEO4J_VERSION = "5.26.30"
#: Neo4j's own minimum (`dbms.security.auth_minimum_password_length`).
MIN_PASSWORD_LENGTH = 8
#: The units Neo4j 5.26 reads in a size (its `ByteUnit` error message lists them).
_UNITS = ("B", "KiB", "KB", "K", "kB", "kb", "k", "MiB", "MB", "M", "mB", "mb", "m",
          "GiB", "GB", "G", "gB", "gb", "g", "TiB", "TB", "PiB", "PB", "EiB", "EB")  # fmt: skip
_SIZE = re.compile(rf"[0-9]+(\.[0-9]+)? *({'|'.join(_UNITS)})?")


def neo4j_size(value: str) -> str:
    """A memory size as Neo4j's configuration reads it, checked before Neo4j is started: a
    typo otherwise surfaced as a Java stack trace from the first admin command."""
    if not _SIZE.fullmatch(value.strip()):
        raise ValueError(f"{value!r} is not a size Neo4j reads, such as 512m or 2g")
    return value.strip()


#: A setting holding such a size (the local and the bench Neo4j's heap and page cache).
Neo4jSize = Annotated[str, AfterValidator(neo4j_size)]


class GraphSettings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    neo4j_uri: str | None = Field(
        default=None, description="Bolt or routing URI; unset means the managed local Neo4j."
    )
    neo4j_user: str = "neo4j"
    neo4j_password: str = Field(
        default="commitgraph-local",
        description="Documented local default; change it anywhere else.",
    )
    neo4j_database: str = "neo4j"

    local_neo4j_dir: Path = Field(
        default=PROJECT_ROOT / ".neo4j", description="Config, data and logs of the managed Neo4j."
    )
    local_neo4j_port: int = Field(default=7687, ge=1, le=65535)
    local_neo4j_cache: Path = Field(
        default=PROJECT_ROOT / ".cache" / "neo4j",
        description="Where the Neo4j distribution fetched from Maven Central is kept.",
    )
    local_neo4j_heap: Neo4jSize = "1g"
    local_neo4j_pagecache: Neo4jSize = "512m"
    local_neo4j_jvm_options: str = Field(
        default="",
        description="Extra JVM flags for the managed Neo4j, separated by spaces "
        "(e.g. -XX:TieredStopAtLevel=1).",
    )

    neo4j_connection_timeout: float = Field(default=3.0, gt=0)
    neo4j_acquisition_timeout: float = Field(default=5.0, gt=0)
    neo4j_transaction_timeout: float = Field(default=15.0, gt=0)
    neo4j_export_timeout: float = Field(
        default=300.0, gt=0, description="The most a streamed export's transaction may take."
    )
    neo4j_max_retry_time: float = Field(default=5.0, ge=0)

    @field_validator("neo4j_uri")
    @classmethod
    def _known_scheme(cls, value: str | None) -> str | None:
        if value in (None, ""):
            return None
        scheme = urlparse(value).scheme
        if scheme not in ACCEPTED_SCHEMES:
            raise ValueError(
                f"NEO4J_URI scheme {scheme!r} is not one of {', '.join(ACCEPTED_SCHEMES)}"
            )
        return value

    @field_validator("neo4j_password")
    @classmethod
    def _long_enough_for_the_local_neo4j(cls, value: str, info: ValidationInfo) -> str:
        if info.data.get("neo4j_uri") is None and len(value) < MIN_PASSWORD_LENGTH:
            raise ValueError(
                f"the local Neo4j needs at least {MIN_PASSWORD_LENGTH} characters "
                "(Neo4j's own minimum)"
            )
        return value

    @property
    def uses_local_neo4j(self) -> bool:
        return self.neo4j_uri is None

    @property
    def uri(self) -> str:
        return self.neo4j_uri or f"bolt://127.0.0.1:{self.local_neo4j_port}"


@lru_cache
def get_graph_settings() -> GraphSettings:
    return GraphSettings()
