"""Storage: the only package that knows SQL.

`open_database(settings)` opens (and migrates) the configured store;
`save_analysis(database, item)` stores one analysis result or rejection.
"""

from __future__ import annotations

from kildespor.config import Settings
from kildespor.records import AnalysisResult, Rejection
from kildespor.storage.batches import IngestSummary, save_all
from kildespor.storage.database import Database, connect
from kildespor.storage.engine import default_database_path, resolve_database_url
from kildespor.storage.fulltext import stem_words
from kildespor.storage.migrate import current_revision, head_revision, upgrade_database
from kildespor.storage.rows import (
    ArticleSummary,
    ClaimRow,
    CorpusCounts,
    DashboardStats,
    EntityRow,
    MentionRow,
    QuoteRow,
    SaveOutcome,
    StoredArticle,
    StoredDocument,
)

__all__ = [
    "ArticleSummary",
    "ClaimRow",
    "CorpusCounts",
    "DashboardStats",
    "Database",
    "EntityRow",
    "IngestSummary",
    "MentionRow",
    "QuoteRow",
    "SaveOutcome",
    "StoredArticle",
    "StoredDocument",
    "connect",
    "current_revision",
    "default_database_path",
    "head_revision",
    "open_database",
    "resolve_database_url",
    "save_all",
    "save_analysis",
    "stem_words",
    "upgrade_database",
]


def open_database(settings: Settings, *, url: str | None = None, upgrade: bool = True) -> Database:
    """Open the store named by `url`, else by `settings.storage.url` (empty = the default SQLite file)."""
    return connect(url if url is not None else settings.storage.url, upgrade=upgrade)


def save_analysis(database: Database, item: AnalysisResult | Rejection) -> SaveOutcome | None:
    """Store one pipeline output: an analysis (idempotent by article id) or a rejection.

    Returns:
        The outcome for an analysis; None for a rejection.
    """
    if isinstance(item, Rejection):
        database.rejections.save(item)
        return None
    return database.articles.save(item)
