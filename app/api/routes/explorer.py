"""The partnership explorer: `/` serves the page, `/static` its script, styles and Cytoscape.js.

Everything the page loads comes from this app (Cytoscape.js is vendored from the npm
registry into app/static/vendor by `make vendor`), so it works with no internet access.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

STATIC = Path(__file__).resolve().parents[2] / "static"

router = APIRouter(tags=["explorer"])


@router.get("/", include_in_schema=False)
async def explorer() -> FileResponse:
    return FileResponse(STATIC / "index.html", media_type="text/html")


def mount_static(app: FastAPI) -> None:
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
