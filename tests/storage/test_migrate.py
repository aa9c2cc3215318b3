"""Alembic migrations shipped in the package: create the schema tables.py describes, and reverse."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from kildespor.storage import Database, connect, current_revision, head_revision
from kildespor.storage.migrate import downgrade_database, include_object, upgrade_database
from kildespor.storage.tables import metadata


def test_upgrade_database_matches_tables(database: Database) -> None:
    with database.engine.connect() as conn:
        differences = compare_metadata(
            MigrationContext.configure(conn, opts={"include_object": include_object}), metadata
        )
    assert differences == []
    assert current_revision(database.engine) == head_revision()


def test_downgrade_database_removes_everything(database: Database) -> None:
    downgrade_database(database.engine)
    remaining = set(inspect(database.engine).get_table_names()) - {"alembic_version"}
    assert remaining == set()
    upgrade_database(database.engine)
    assert "articles" in inspect(database.engine).get_table_names()


def test_connect_twice_is_idempotent(database_url: str) -> None:
    first = connect(database_url)
    first.close()
    second = connect(database_url)
    assert second.is_current()
    second.close()
