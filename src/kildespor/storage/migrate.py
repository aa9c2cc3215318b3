"""Run the Alembic migrations shipped inside the package (no alembic.ini needed)."""

from __future__ import annotations

from importlib import resources

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

# Full-text objects are created by raw SQL in the migrations (FTS5 tables, a GIN expression index);
# SQLAlchemy's metadata does not describe them, so autogenerate must not propose to drop them.
FULLTEXT_OBJECTS = ("fulltext_fts", "ix_fulltext_entries_tsv")


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """Alembic autogenerate filter: skip the full-text index objects."""
    return not (name or "").startswith(FULLTEXT_OBJECTS)


def alembic_config() -> Config:
    """Alembic config pointing at kildespor/storage/migrations, wherever the package is installed."""
    config = Config()
    config.set_main_option(
        "script_location", str(resources.files("kildespor.storage").joinpath("migrations"))
    )
    return config


def head_revision() -> str | None:
    """The newest migration shipped with this version of kildespor."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The migration the database is at (None for an empty database)."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade_database(engine: Engine, revision: str = "head") -> None:
    """Create or migrate the schema up to `revision`."""
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def downgrade_database(engine: Engine, revision: str = "base") -> None:
    """Migrate the schema down (used by tests to prove the migrations are reversible)."""
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
