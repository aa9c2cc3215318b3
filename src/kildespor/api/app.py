"""create_app(settings): the FastAPI application; nothing is built at import time."""

from __future__ import annotations

import logging
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from swagger_ui_bundle import swagger_ui_path

from kildespor.api.limits import BodySizeLimit
from kildespor.api.routes import analyze, articles, claims, entities, search
from kildespor.config import Settings
from kildespor.errors import StorageError
from kildespor.storage import Database, open_database

log = logging.getLogger(__name__)


def _api_token(settings: Settings) -> str:
    """The configured token, or a random one for this run (logged so the operator can use it)."""
    if settings.api.token:
        return settings.api.token
    token = secrets.token_urlsafe(24)
    log.warning("no [api] token configured; this run's API token is %s", token)
    return token


def _add_offline_docs(app: FastAPI) -> None:
    """Swagger UI at /docs from assets shipped in a PyPI package, so it works without a CDN."""
    app.mount("/docs-assets", StaticFiles(directory=swagger_ui_path), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    async def swagger_ui() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title="kildespor API",
            swagger_js_url="/docs-assets/swagger-ui-bundle.js",
            swagger_css_url="/docs-assets/swagger-ui.css",
            swagger_favicon_url="/docs-assets/favicon-32x32.png",
        )


def create_app(settings: Settings, database: Database | None = None) -> FastAPI:
    """The REST API over `database` (opened from settings.storage when not given; closed at shutdown)."""
    owns_database = database is None

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        if owns_database:
            app.state.database.close()

    app = FastAPI(
        title="kildespor",
        summary="Source criticism for news: who says what, through whom, and how firmly.",
        version="0.1.0",
        lifespan=lifespan,
        docs_url=None,
    )
    _add_offline_docs(app)
    app.state.settings = settings
    app.state.database = database if database is not None else open_database(settings)
    app.state.api_token = _api_token(settings)
    app.add_middleware(BodySizeLimit, max_bytes=settings.api.max_body_bytes)
    for module in (analyze, articles, search, entities, claims):
        app.include_router(module.router)

    @app.exception_handler(StorageError)
    async def storage_unavailable(_request: Request, exc: StorageError) -> JSONResponse:
        return JSONResponse(status_code=503, content={"detail": str(exc), "code": exc.code})

    return app
