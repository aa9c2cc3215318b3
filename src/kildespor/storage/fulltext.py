"""Full-text index with Danish stemming behind one interface.

SQLite: the stemmed text (Snowball's Danish stemmer, the same algorithm as
PostgreSQL's `danish` configuration) goes into an FTS5 index. PostgreSQL:
`to_tsvector('danish', content)` with a GIN index. Both match every query
word (AND), so the two backends return the same hits for content words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import snowballstemmer
from sqlalchemy import ColumnElement, Connection, Select, select, text

from kildespor.storage.tables import fulltext_entries

_POSTGRES_MATCH = text("to_tsvector('danish', fulltext_entries.content) @@ plainto_tsquery('danish', :q)")
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class FulltextHit:
    """One matching entry: an article (kind 'article') or a claim (kind 'claim')."""

    kind: str
    ref_id: str
    article_id: str


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    return snowballstemmer.stemmer("danish")


@lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    """One lower-cased word's stem; cached because news text repeats its words."""
    return str(_stemmer().stemWord(word))


def stem_words(text_value: str) -> list[str]:
    """Lower-cased Danish stems of the words in `text_value`, in order."""
    return [_stem(word.casefold()) for word in _WORD.findall(text_value)]


def index_entries(connection: Connection, entries: list[tuple[str, str, str, str]]) -> None:
    """Add searchable entries (kind, ref_id, article_id, content) in one statement.

    On SQLite the FTS5 index follows through a trigger.
    """
    if not entries:
        return
    rows = [
        {"kind": kind, "ref_id": ref_id, "article_id": article_id, "content": content,
         "stemmed": " ".join(stem_words(content))}
        for kind, ref_id, article_id, content in entries
    ]  # fmt: skip
    connection.execute(fulltext_entries.insert(), rows)


def _fts5_query(query: str) -> str:
    """Each stem quoted (so FTS5 operators in user input are inert), all required."""
    return " ".join(f'"{stem}"' for stem in stem_words(query))


def match_statement(connection: Connection, query: str, kind: str | None = None) -> Select[Any]:
    """A SELECT of (kind, ref_id, article_id) for the entries matching every word of `query`."""
    columns = (fulltext_entries.c.kind, fulltext_entries.c.ref_id, fulltext_entries.c.article_id)
    condition: ColumnElement[bool]
    if connection.dialect.name == "sqlite":
        fts_rows = text("SELECT rowid FROM fulltext_fts WHERE fulltext_fts MATCH :fts_query")
        condition = fulltext_entries.c.id.in_(fts_rows.bindparams(fts_query=_fts5_query(query)))
    else:
        condition = _POSTGRES_MATCH.bindparams(q=query)  # type: ignore[assignment]
    statement = select(*columns).where(condition)
    if kind is not None:
        statement = statement.where(fulltext_entries.c.kind == kind)
    return statement


def search_fulltext(connection: Connection, query: str, kind: str | None = None) -> list[FulltextHit]:
    """Entries matching every word of `query`; empty when the query has no words."""
    if not stem_words(query):
        return []
    rows = connection.execute(match_statement(connection, query, kind)).all()
    return [FulltextHit(kind=row[0], ref_id=row[1], article_id=row[2]) for row in rows]
