"""Database: one engine, one writer lock, and the repositories over them."""

from __future__ import annotations

from sqlalchemy import Engine, make_url
from sqlalchemy.exc import OperationalError

from kildespor.errors import StorageError
from kildespor.storage.corpus import CorpusReader
from kildespor.storage.engine import WriterLock, make_engine, resolve_database_url
from kildespor.storage.migrate import current_revision, head_revision, upgrade_database
from kildespor.storage.repositories import ArticleRepository, RejectionRepository


class Database:
    """An open store: `articles`, `rejections` and `corpus` share one engine and one writer."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.writer = WriterLock(engine)
        self.articles = ArticleRepository(engine, self.writer)
        self.rejections = RejectionRepository(self.writer)
        self.corpus = CorpusReader(engine)

    @property
    def url(self) -> str:
        """The URL without its password, for messages."""
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    def is_current(self) -> bool:
        """True when the schema is at the newest shipped migration."""
        return current_revision(self.engine) == head_revision()

    def close(self) -> None:
        self.engine.dispose()


def connect(url: str, *, upgrade: bool = True) -> Database:
    """Open the database at `url` (resolved as in `resolve_database_url`), migrating it by default.

    Raises:
        StorageError: the server cannot be reached or the schema is outdated and `upgrade` is False.
    """
    resolved = resolve_database_url(url)
    engine = make_engine(resolved)
    try:
        if upgrade:
            upgrade_database(engine)
        elif current_revision(engine) != head_revision():
            raise StorageError(f"the database at {make_url(resolved)!r} is not at the current schema")
    except OperationalError as exc:
        engine.dispose()
        raise StorageError(f"cannot open database {make_url(resolved)!r}: {exc.orig}") from exc
    return Database(engine)
