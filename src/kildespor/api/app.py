"""create_app(settings): the FastAPI application; nothing is built at import time."""

from __future__ import annotations

import logging
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

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
    )
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
