"""Request dependencies: the settings and database the app was built with, and the API token check."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import Depends, Header, HTTPException, Request, status

from kildespor.config import Settings
from kildespor.storage import Database


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_database(request: Request) -> Database:
    database: Database = request.app.state.database
    return database


def require_token(
    request: Request,
    authorization: Annotated[str | None, Header(description="Bearer <API token>")] = None,
    x_api_token: Annotated[str | None, Header(description="The API token (alternative header).")] = None,
) -> None:
    """401 unless the request carries the app's API token (Authorization: Bearer … or X-API-Token)."""
    expected: str = request.app.state.api_token
    given = x_api_token or ""
    if authorization and authorization.lower().startswith("bearer "):
        given = authorization[7:].strip()
    if not given or not secrets.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="missing or wrong API token: send 'Authorization: Bearer <token>' (see [api] token)",
            headers={"WWW-Authenticate": "Bearer"},
        )


SettingsDep = Annotated[Settings, Depends(get_settings)]
DatabaseDep = Annotated[Database, Depends(get_database)]
TokenDep = Depends(require_token)
