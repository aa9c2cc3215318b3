"""make_engine(url): SQLite (WAL, foreign keys, one writer) or PostgreSQL.

SQLite allows one writer at a time; rather than let concurrent writers fail
with "database is locked", the `Database` wrapper serialises writes through a
lock in this process (Datasette's one-writer rule) and sets a busy timeout for
writers in other processes.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from kildespor.errors import StorageError

SQLITE_FILE_NAME = "kildespor.db"


def default_database_path(environ: dict[str, str] | None = None) -> Path:
    """The SQLite file in the user's data folder ($XDG_DATA_HOME/kildespor/kildespor.db)."""
    env = os.environ if environ is None else environ
    base = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "kildespor" / SQLITE_FILE_NAME


def resolve_database_url(url: str, environ: dict[str, str] | None = None) -> str:
    """Turn the configured URL into one SQLAlchemy accepts.

    Empty means the default SQLite file; a bare path means a SQLite file there;
    `postgresql://` is given the psycopg 3 driver.
    """
    if not url:
        return f"sqlite:///{default_database_path(environ)}"
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """WAL for concurrent readers, enforced foreign keys, wait instead of failing on locks."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str) -> Engine:
    """An Engine for a resolved URL (see `resolve_database_url`).

    Raises:
        StorageError: the URL is malformed or its driver is not installed.
    """
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StorageError(f"malformed database URL {url!r}: {exc}") from exc
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    try:
        return create_engine(url, pool_pre_ping=True)
    except NoSuchModuleError as exc:
        raise StorageError(f"unsupported database URL {url!r}: use sqlite:/// or postgresql://") from exc
    except ImportError as exc:
        raise StorageError(
            f"no driver for {parsed.get_backend_name()}: {exc}",
            hint="Install the PostgreSQL extra: pip install 'kildespor[postgres]'.",
        ) from exc


class WriterLock:
    """Serialises write transactions in this process: SQLite has one writer at a time."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._lock = threading.Lock()

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One write transaction; committed on success, rolled back on error."""
        with self._lock, self._engine.begin() as connection:
            yield connection
