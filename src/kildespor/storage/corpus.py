"""CorpusReader: the read queries the tracking layer builds on (claims, entities, quotes, stats)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import Engine, Select, case, func, select

from kildespor.storage.fulltext import search_fulltext
from kildespor.storage.rows import (
    ClaimRow,
    CorpusCounts,
    DashboardStats,
    EntityRow,
    MentionRow,
    QuoteRow,
)
from kildespor.storage.tables import (
    articles,
    attributions,
    claims,
    documents,
    entities,
    entity_mentions,
    markers,
    outlets,
    rejections,
    sentences,
)

_COUNTED_TABLES = (
    outlets, articles, documents, attributions, markers, sentences,
    claims, entities, entity_mentions, rejections,
)  # fmt: skip


def _claim_select() -> Select[tuple[object, ...]]:
    return (
        select(
            claims.c.id, claims.c.article_id, articles.c.title, outlets.c.name, articles.c.published,
            articles.c.ingested_at, claims.c.text, claims.c.label, claims.c.source_name,
            claims.c.source_kind, claims.c.via_name,
        )
        .select_from(claims.join(articles).outerjoin(outlets))
        .order_by(claims.c.id)
    )  # fmt: skip


def _quote_select() -> Select[tuple[object, ...]]:
    return (
        select(
            attributions.c.id, attributions.c.article_id, articles.c.title, outlets.c.name,
            articles.c.published, attributions.c.source_name, attributions.c.source_kind,
            attributions.c.role, attributions.c.cue_text, attributions.c.content_text,
            attributions.c.kind, attributions.c.via_name,
        )
        .select_from(attributions.join(articles).outerjoin(outlets))
        .order_by(articles.c.published, attributions.c.id)
    )  # fmt: skip


class CorpusReader:
    """Read-only queries across all stored articles."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def claims(self, claim_ids: Iterable[int] | None = None) -> list[ClaimRow]:
        """Every stored claim (or the given ones) with its article's outlet and time."""
        statement = _claim_select()
        if claim_ids is not None:
            statement = statement.where(claims.c.id.in_(list(claim_ids)))
        with self._engine.connect() as conn:
            return [ClaimRow(*row) for row in conn.execute(statement)]  # type: ignore[arg-type,call-arg]

    def entities(self) -> list[EntityRow]:
        """Every stored entity spelling with its number of mentions."""
        statement = (
            select(entities.c.id, entities.c.name, entities.c.label, func.count(entity_mentions.c.id))
            .select_from(entities.outerjoin(entity_mentions))
            .group_by(entities.c.id, entities.c.name, entities.c.label)
            .order_by(entities.c.id)
        )
        with self._engine.connect() as conn:
            return [EntityRow(*row) for row in conn.execute(statement)]

    def mentions(self, entity_ids: Iterable[int]) -> list[MentionRow]:
        """Mentions of the given entity spellings."""
        statement = select(
            entity_mentions.c.entity_id, entity_mentions.c.article_id, entity_mentions.c.start,
            entity_mentions.c.end, entity_mentions.c.text, entity_mentions.c.roles,
        ).where(entity_mentions.c.entity_id.in_(list(entity_ids)))  # fmt: skip
        with self._engine.connect() as conn:
            return [MentionRow(*row) for row in conn.execute(statement)]

    def quotes(
        self, *, source_names: Iterable[str] | None = None, limit: int | None = None
    ) -> list[QuoteRow]:
        """Attributions, optionally only those whose source (or via) has one of the given names."""
        statement = _quote_select()
        if source_names is not None:
            names = list(source_names)
            statement = statement.where(
                attributions.c.source_name.in_(names) | attributions.c.via_name.in_(names)
            )
        if limit is not None:
            statement = statement.limit(limit)
        with self._engine.connect() as conn:
            return [QuoteRow(*row) for row in conn.execute(statement)]  # type: ignore[arg-type,call-arg]

    def claim_spans(self, article_ids: list[str]) -> dict[int, tuple[int, int]]:
        """Claim id → (start, end) in its article, for the given articles."""
        statement = select(claims.c.id, claims.c.start, claims.c.end).where(
            claims.c.article_id.in_(article_ids)
        )
        with self._engine.connect() as conn:
            return {int(i): (int(s), int(e)) for i, s, e in conn.execute(statement)}

    def article_texts(self, article_ids: list[str]) -> dict[str, str]:
        """Article id → full text, for snippets."""
        if not article_ids:
            return {}
        statement = select(articles.c.id, articles.c.text).where(articles.c.id.in_(article_ids))
        with self._engine.connect() as conn:
            return {str(i): str(t) for i, t in conn.execute(statement)}

    def source_names(self) -> list[tuple[str, str]]:
        """Distinct (source name, kind) pairs from attributions, for resolving a source filter."""
        statement = (
            select(attributions.c.source_name, attributions.c.source_kind)
            .where(attributions.c.source_name.is_not(None))
            .distinct()
        )
        with self._engine.connect() as conn:
            return [(str(name), str(kind)) for name, kind in conn.execute(statement)]

    def fulltext(self, query: str, kind: str | None = None) -> list[tuple[str, str, str]]:
        """(kind, ref_id, article_id) of entries matching every word of `query`."""
        with self._engine.connect() as conn:
            return [(hit.kind, hit.ref_id, hit.article_id) for hit in search_fulltext(conn, query, kind)]

    def filter_article_ids(
        self,
        *,
        outlet: str | None = None,
        date_from: datetime | None = None,
        date_to: datetime | None = None,
        source_names: list[str] | None = None,
        source_kind: str | None = None,
        label: str | None = None,
        entity_ids: list[int] | None = None,
    ) -> set[str]:
        """Ids of the articles that pass every given filter (None = no filter)."""
        statement = select(articles.c.id).select_from(articles.outerjoin(outlets))
        if outlet:
            statement = statement.where(func.lower(outlets.c.name) == outlet.lower())
        if date_from is not None:
            statement = statement.where(articles.c.published >= date_from)
        if date_to is not None:
            statement = statement.where(articles.c.published <= date_to)
        if source_names is not None:
            statement = statement.where(
                articles.c.id.in_(
                    select(attributions.c.article_id).where(attributions.c.source_name.in_(source_names))
                )
            )
        if source_kind:
            statement = statement.where(
                articles.c.id.in_(
                    select(attributions.c.article_id).where(attributions.c.source_kind == source_kind)
                )
            )
        if label:
            with_label = (
                select(sentences.c.article_id)
                .where(sentences.c.label == label)
                .union(select(claims.c.article_id).where(claims.c.label == label))
            )
            statement = statement.where(articles.c.id.in_(with_label))
        if entity_ids is not None:
            statement = statement.where(
                articles.c.id.in_(
                    select(entity_mentions.c.article_id).where(entity_mentions.c.entity_id.in_(entity_ids))
                )
            )
        with self._engine.connect() as conn:
            return set(conn.scalars(statement).all())

    def counts(self) -> CorpusCounts:
        """Rows per table."""
        with self._engine.connect() as conn:
            return CorpusCounts(
                {t.name: int(conn.scalar(select(func.count()).select_from(t)) or 0) for t in _COUNTED_TABLES}
            )

    def outlet_names(self) -> list[str]:
        with self._engine.connect() as conn:
            return [str(name) for name in conn.scalars(select(outlets.c.name).order_by(outlets.c.name))]

    def dashboard(self, top: int = 10) -> DashboardStats:
        """Claims per label, unnamed attributions per outlet (unnamed, total), most-cited sources."""
        with self._engine.connect() as conn:
            by_label: dict[str, int] = dict(
                conn.execute(select(claims.c.label, func.count()).group_by(claims.c.label)).all()
            )
            unnamed = func.sum(case((attributions.c.source_kind == "unnamed", 1), else_=0))
            per_outlet = conn.execute(
                select(outlets.c.name, unnamed, func.count(attributions.c.id))
                .select_from(attributions.join(articles).join(outlets))
                .group_by(outlets.c.name)
                .order_by(outlets.c.name)
            ).all()
            top_sources = conn.execute(
                select(attributions.c.source_name, func.count().label("n"))
                .where(attributions.c.source_name.is_not(None), attributions.c.source_kind != "unnamed")
                .group_by(attributions.c.source_name)
                .order_by(func.count().desc(), attributions.c.source_name)
                .limit(top)
            ).all()
        return DashboardStats(
            claims_by_label={str(k): int(v) for k, v in by_label.items()},
            unnamed_share_by_outlet={str(name): (int(n or 0), int(total)) for name, n, total in per_outlet},
            top_sources=[(str(name), int(n)) for name, n in top_sources],
        )
