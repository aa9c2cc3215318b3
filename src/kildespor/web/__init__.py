"""Web UI: server-rendered pages (Jinja2, no front-end build) over the same read functions as the API.

`install_web(app)` adds the pages (dashboard at `/`, the rest under `/ui/`) and
the static files to an app whose `state` holds `settings`, `database` and
`api_token` (as the API's `create_app` sets them).
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from kildespor.web.pages import router

__all__ = ["install_web"]


def install_web(app: FastAPI) -> None:
    """Add the web pages and /static to `app`."""
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=Path(__file__).parent / "static"), name="static")
