"""Plain read-side records returned by the repositories (no SQLAlchemy objects leak out)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from kildespor.records import AnalysisResult


@dataclass(frozen=True)
class SaveOutcome:
    """What `save_analysis` did: stored a new article, or found it already stored."""

    article_id: str
    created: bool


@dataclass(frozen=True)
class StoredDocument:
    """One input document an article was read from (provenance)."""

    path: str
    url: str
    position: int
    reader: str


@dataclass(frozen=True)
class StoredArticle:
    """An article as stored: the analysis plus the ids the store gave its parts."""

    result: AnalysisResult
    outlet: str | None
    published: datetime | None
    ingested_at: datetime
    claim_ids: list[int] = field(default_factory=list)
    entity_ids: dict[str, int] = field(default_factory=dict)
    documents: list[StoredDocument] = field(default_factory=list)


@dataclass(frozen=True)
class ArticleSummary:
    """One line of an article list."""

    id: str
    title: str | None
    outlet: str | None
    published: datetime | None
    ingested_at: datetime


@dataclass(frozen=True)
class ClaimRow:
    """A stored claim with the context clustering and timelines need."""

    id: int
    article_id: str
    article_title: str | None
    outlet: str | None
    published: datetime | None
    ingested_at: datetime
    text: str
    label: str
    source_name: str | None
    source_kind: str
    via_name: str | None

    @property
    def seen_at(self) -> datetime:
        """Publication time when known, else when it was stored."""
        return self.published or self.ingested_at


@dataclass(frozen=True)
class EntityRow:
    """A stored entity name (one spelling) with its mention count."""

    id: int
    name: str
    label: str
    mentions: int


@dataclass(frozen=True)
class MentionRow:
    """One mention of an entity in an article."""

    entity_id: int
    article_id: str
    start: int
    end: int
    text: str
    roles: list[str]


@dataclass(frozen=True)
class QuoteRow:
    """One attribution: who said what, where."""

    id: int
    article_id: str
    article_title: str | None
    outlet: str | None
    published: datetime | None
    source_name: str | None
    source_kind: str
    role: str | None
    cue_text: str
    content_text: str
    kind: str
    via_name: str | None


@dataclass(frozen=True)
class CorpusCounts:
    """Row counts per table: what `kildespor db stats` prints and the backends must agree on."""

    counts: dict[str, int]


@dataclass(frozen=True)
class DashboardStats:
    """Aggregates for the dashboard charts."""

    claims_by_label: dict[str, int]
    unnamed_share_by_outlet: dict[str, tuple[int, int]]
    top_sources: list[tuple[str, int]]
