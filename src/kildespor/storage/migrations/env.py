"""Alembic environment: runs migrations on the connection kildespor hands over, or on sqlalchemy.url."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from kildespor.config import load_settings
from kildespor.storage.engine import resolve_database_url
from kildespor.storage.migrate import include_object
from kildespor.storage.tables import metadata

config = context.config


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        include_object=include_object,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


def _configured_url() -> str:
    """sqlalchemy.url from alembic.ini when set, else kildespor's configured store."""
    return config.get_main_option("sqlalchemy.url") or resolve_database_url(load_settings().storage.url)


def run_migrations_online() -> None:
    """Use the connection passed in `config.attributes`, else open one from the configured URL."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(_configured_url())
    with engine.connect() as new_connection:
        _run(new_connection)


if context.is_offline_mode():
    context.configure(url=_configured_url(), target_metadata=metadata)
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations_online()
