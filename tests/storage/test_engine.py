"""make_engine / resolve_database_url: default SQLite location, WAL, foreign keys, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from kildespor.errors import StorageError
from kildespor.storage import connect, default_database_path, resolve_database_url
from kildespor.storage.engine import make_engine


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"XDG_DATA_HOME": "/data"}, Path("/data/kildespor/kildespor.db")),
        ({"HOME": "/home/x"}, Path.home() / ".local" / "share" / "kildespor" / "kildespor.db"),
    ],
)
def test_default_database_path_respects_xdg(environ: dict[str, str], expected: Path) -> None:
    assert default_database_path(environ) == expected


@pytest.mark.parametrize(
    ("url", "expected_prefix"),
    [
        ("postgresql://u@h/db", "postgresql+psycopg://u@h/db"),
        ("postgres://u@h/db", "postgresql+psycopg://u@h/db"),
        ("sqlite:///x.db", "sqlite:///x.db"),
        ("/tmp/k.db", "sqlite:////tmp/k.db"),
    ],
)
def test_resolve_database_url(url: str, expected_prefix: str) -> None:
    assert resolve_database_url(url).startswith(expected_prefix)


def test_make_engine_sqlite_pragmas(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'sub' / 'k.db'}")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    engine.dispose()
    assert (tmp_path / "sub" / "k.db").exists()


@pytest.mark.parametrize("url", ["notadb://x", "postgresql+psycopg://nobody@127.0.0.1:1/none"])
def test_connect_bad_url_raises_storage_error(url: str) -> None:
    with pytest.raises(StorageError):
        connect(url)
