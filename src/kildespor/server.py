"""The newsroom server: the REST API and the web UI in one ASGI app.

This is the composition point above the sibling layers `api` and `web`
(which may not import each other). `kildespor serve` starts it through
uvicorn's factory import string, so the CLI layer never imports it either;
settings come from the environment (KILDESPOR_* variables) at that edge.
"""

from __future__ import annotations

import os

from fastapi import FastAPI

from kildespor.api import create_app
from kildespor.config import Settings, load_settings
from kildespor.storage import Database
from kildespor.web import install_web


def create_server(settings: Settings | None = None, database: Database | None = None) -> FastAPI:
    """API (JSON routes, /docs) plus web UI (dashboard at /, pages under /ui)."""
    if settings is None:
        settings = load_settings(os.environ.get("KILDESPOR_CONFIG") or None)
    app = create_app(settings, database)
    install_web(app)
    return app
