"""`kildespor serve [--db URL] [--host] [--port]`: the REST API and the web UI together."""

from __future__ import annotations

import os
import secrets
from typing import Annotated

import typer
import uvicorn
from rich.console import Console

from kildespor.cli.ingest import DbOption
from kildespor.cli.options import ConfigOption, build_settings

# The server module composes the sibling layers api and web; it is imported by uvicorn, by name.
SERVER_FACTORY = "kildespor.server:create_server"


def serve(
    db: DbOption = None,
    host: Annotated[str | None, typer.Option(help="Interface to listen on (default: [api] host).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default: [api] port).")] = None,
    config: ConfigOption = None,
) -> None:
    """Start the newsroom: web UI at http://HOST:PORT/, API docs at /docs."""
    settings = build_settings(config, db=db)
    token = settings.api.token or secrets.token_urlsafe(24)
    # The factory builds its settings at the edge from the environment; hand ours over that way.
    os.environ["KILDESPOR_STORAGE__URL"] = settings.storage.url
    os.environ["KILDESPOR_API__TOKEN"] = token
    if config is not None:
        os.environ["KILDESPOR_CONFIG"] = str(config)
    listen_host = host or settings.api.host
    listen_port = port or settings.api.port
    err = Console(stderr=True)
    err.print(
        f"kildespor newsroom on http://{listen_host}:{listen_port}/  (API docs: /docs)", highlight=False
    )
    if not settings.api.token:
        err.print(f"API token for this run (POST /articles, saving in the UI): {token}", highlight=False)
    uvicorn.run(SERVER_FACTORY, factory=True, host=listen_host, port=listen_port, log_level="info")


def register(app: typer.Typer) -> None:
    app.command()(serve)
