"""ArticleRepository and RejectionRepository: the write side of the store, plus article reads."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import Connection, CursorResult, Engine, Table, func, select
from sqlalchemy.exc import IntegrityError

from kildespor.records import AnalysisResult, Article, EntityMention, Rejection, content_hash
from kildespor.storage.engine import WriterLock
from kildespor.storage.fulltext import index_entries
from kildespor.storage.rows import ArticleSummary, SaveOutcome, StoredArticle, StoredDocument
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

_SUMMARY_COLUMNS = (
    articles.c.id,
    articles.c.title,
    outlets.c.name,
    articles.c.published,
    articles.c.ingested_at,
)


_SAVE_ATTEMPTS = 3


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def outlet_name(article: Article) -> str | None:
    """The outlet as extracted, else the site of the article's URL (`ekstrabladet.dk`)."""
    if article.outlet:
        return article.outlet
    if not article.url:
        return None
    host = urlsplit(article.url).hostname or ""
    return host.removeprefix("www.") or None


def published_at(article: Article) -> datetime | None:
    """The publication time as a naive UTC datetime; a date alone becomes midnight."""
    if article.published_time is not None:
        moment = article.published_time
        if moment.tzinfo is not None:
            moment = moment.astimezone(UTC).replace(tzinfo=None)
        return moment
    if isinstance(article.published, date):
        return datetime(article.published.year, article.published.month, article.published.day)
    return None


class ArticleRepository:
    """Saves analysed articles (idempotently: same content, same article) and reads them back."""

    def __init__(self, engine: Engine, writer: WriterLock) -> None:
        self._engine = engine
        self._writer = writer

    def save(self, result: AnalysisResult) -> SaveOutcome:
        """Store one analysis; an article already stored only gains a new provenance row."""
        for attempt in range(_SAVE_ATTEMPTS):
            try:
                return self._save_once(result)
            except IntegrityError:
                # A concurrent writer stored this article, or a shared row (outlet, entity) it needs,
                # between our check and insert: the retry sees the committed rows.
                if attempt == _SAVE_ATTEMPTS - 1:
                    raise
        raise AssertionError("unreachable")

    def _save_once(self, result: AnalysisResult) -> SaveOutcome:
        article = result.article
        with self._writer.transaction() as conn:
            if conn.execute(select(articles.c.id).where(articles.c.id == article.id)).first():
                _add_document(conn, article)
                return SaveOutcome(article_id=article.id, created=False)
            _insert_article(conn, result)
        return SaveOutcome(article_id=article.id, created=True)

    def get(self, article_id: str) -> StoredArticle | None:
        """The stored article with ids for its claims and entities, or None."""
        with self._engine.connect() as conn:
            row = conn.execute(
                select(articles, outlets.c.name.label("outlet_name"))
                .select_from(articles.outerjoin(outlets))
                .where(articles.c.id == article_id)
            ).first()
            if row is None:
                return None
            claim_ids = conn.scalars(
                select(claims.c.id).where(claims.c.article_id == article_id).order_by(claims.c.position)
            ).all()
            entity_rows = conn.execute(
                select(entities.c.name, entities.c.id)
                .join(entity_mentions, entity_mentions.c.entity_id == entities.c.id)
                .where(entity_mentions.c.article_id == article_id)
                .distinct()
            ).all()
            docs = conn.execute(
                select(documents.c.path, documents.c.url, documents.c.position, documents.c.reader).where(
                    documents.c.article_id == article_id
                )
            ).all()
        return StoredArticle(
            result=AnalysisResult.model_validate(row.result_json),
            outlet=row.outlet_name,
            published=row.published,
            ingested_at=row.ingested_at,
            claim_ids=list(claim_ids),
            entity_ids={name: entity_id for name, entity_id in entity_rows},
            documents=[
                StoredDocument(path=d.path, url=d.url, position=d.position, reader=d.reader) for d in docs
            ],
        )

    def recent(self, limit: int = 20) -> list[ArticleSummary]:
        """The most recently stored articles, newest first."""
        statement = (
            select(
                articles.c.id, articles.c.title, outlets.c.name, articles.c.published, articles.c.ingested_at
            )
            .select_from(articles.outerjoin(outlets))
            .order_by(articles.c.ingested_at.desc(), articles.c.id)
            .limit(limit)
        )
        with self._engine.connect() as conn:
            return [ArticleSummary(*row) for row in conn.execute(statement)]

    def summaries(self, article_ids: list[str]) -> dict[str, ArticleSummary]:
        """Summaries for the given ids (missing ids are left out)."""
        if not article_ids:
            return {}
        statement = (
            select(
                articles.c.id, articles.c.title, outlets.c.name, articles.c.published, articles.c.ingested_at
            )
            .select_from(articles.outerjoin(outlets))
            .where(articles.c.id.in_(article_ids))
        )
        with self._engine.connect() as conn:
            return {row[0]: ArticleSummary(*row) for row in conn.execute(statement)}

    def count(self) -> int:
        with self._engine.connect() as conn:
            return int(conn.scalar(select(func.count()).select_from(articles)) or 0)


class RejectionRepository:
    """Rejections are data too: stored once per (stage, reason, document, origin)."""

    def __init__(self, writer: WriterLock) -> None:
        self._writer = writer

    def save(self, rejection: Rejection) -> bool:
        """Store a rejection; False when the same rejection was stored before."""
        origin = rejection.provenance
        fingerprint = content_hash(
            f"{rejection.stage}|{rejection.reason}|{rejection.document_id}|{origin.path}|{origin.url}|{origin.index}",
            length=32,
        )
        with self._writer.transaction() as conn:
            if conn.execute(select(rejections.c.id).where(rejections.c.fingerprint == fingerprint)).first():
                return False
            conn.execute(
                rejections.insert().values(
                    fingerprint=fingerprint,
                    stage=rejection.stage.value,
                    reason=rejection.reason.value,
                    detail=rejection.detail,
                    document_id=rejection.document_id,
                    path=origin.path,
                    url=origin.url,
                    created_at=_now(),
                )
            )
        return True


def _new_id(result: CursorResult[Any]) -> int:
    """The primary key of the row an INSERT just created."""
    key = result.inserted_primary_key
    assert key is not None  # an INSERT of one row always has one
    return int(key[0])


def _outlet_id(conn: Connection, name: str | None) -> int | None:
    if not name:
        return None
    found = conn.scalar(select(outlets.c.id).where(outlets.c.name == name))
    if found is not None:
        return int(found)
    return _new_id(conn.execute(outlets.insert().values(name=name)))


def _add_document(conn: Connection, article: Article) -> None:
    """Record where the article was read from, unless this exact origin is known."""
    origin = article.provenance
    key: dict[str, Any] = {"article_id": article.id, "path": origin.path or "", "url": origin.url or ""}
    key["position"] = origin.index
    exists = conn.execute(select(documents.c.id).filter_by(**key)).first()
    if exists is None:
        conn.execute(
            documents.insert().values(
                **key,
                reader=origin.reader,
                warc_record_id=origin.warc_record_id,
                fetch_date=origin.fetch_date.replace(tzinfo=None) if origin.fetch_date else None,
                content_type=origin.content_type,
            )
        )


def _insert_article(conn: Connection, result: AnalysisResult) -> None:
    article = result.article
    conn.execute(
        articles.insert().values(
            id=article.id,
            outlet_id=_outlet_id(conn, outlet_name(article)),
            title=article.title,
            text=article.text,
            url=article.url,
            published=published_at(article),
            agency=article.agency,
            section=article.section,
            language=article.language,
            result_json=result.to_json_dict(),
            ingested_at=_now(),
        )
    )
    _add_document(conn, article)
    attribution_ids = _insert_returning_ids(conn, attributions, _attribution_rows(result))
    _insert_markers_and_sentences(conn, result)
    claim_ids = _insert_returning_ids(conn, claims, _claim_rows(result, attribution_ids))
    _insert_entities(conn, result)
    searchable = "\n".join(part for part in (article.title, article.text) if part)
    index_entries(
        conn,
        [("article", article.id, article.id, searchable)]
        + [("claim", str(i), article.id, c.text) for i, c in zip(claim_ids, result.claims, strict=True)],
    )


def _insert_returning_ids(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> list[int]:
    """Insert rows in one statement; their new ids in the order of `rows`."""
    if not rows:
        return []
    statement = table.insert().returning(table.c.id, sort_by_parameter_order=True)
    return [int(row_id) for row_id in conn.scalars(statement, rows)]


def _attribution_rows(result: AnalysisResult) -> list[dict[str, Any]]:
    return [
        {
            "article_id": result.article.id,
            "position": position,
            "cue_start": item.cue[0],
            "cue_end": item.cue[1],
            "cue_text": item.cue_text,
            "source_start": item.source[0] if item.source else None,
            "source_end": item.source[1] if item.source else None,
            "source_text": item.source_text,
            "source_name": item.source_name,
            "source_kind": item.source_kind.value,
            "role": item.role,
            "content_start": item.content[0],
            "content_end": item.content[1],
            "content_text": item.content_text,
            "kind": item.kind.value,
            "via_name": item.via_name,
            "stance": item.stance.value,
        }
        for position, item in enumerate(result.attributions)
    ]


def _insert_markers_and_sentences(conn: Connection, result: AnalysisResult) -> None:
    article_id = result.article.id
    if result.markers:
        conn.execute(
            markers.insert(),
            [
                {"article_id": article_id, "position": position, "start": m.span[0], "end": m.span[1],
                 "cls": m.cls.value, "text": m.text}
                for position, m in enumerate(result.markers)
            ],
        )  # fmt: skip
    if result.sentences:
        conn.execute(
            sentences.insert(),
            [
                {"article_id": article_id, "position": position, "start": s.span[0], "end": s.span[1],
                 "label": s.label.value, "text": s.text}
                for position, s in enumerate(result.sentences)
            ],
        )  # fmt: skip


def _claim_rows(result: AnalysisResult, attribution_ids: list[int]) -> list[dict[str, Any]]:
    """Claims keep their attribution's row id and via name."""
    rows: list[dict[str, Any]] = []
    for position, claim in enumerate(result.claims):
        index = claim.attribution
        attribution_id: int | None = None
        via: str | None = None
        if index is not None and 0 <= index < len(attribution_ids):
            attribution_id = attribution_ids[index]
            via = result.attributions[index].via_name
        rows.append(
            {
                "article_id": result.article.id, "position": position, "start": claim.span[0],
                "end": claim.span[1], "text": claim.text, "label": claim.label.value,
                "attribution_id": attribution_id, "source_name": claim.source_name,
                "source_kind": claim.source_kind.value, "via_name": via,
            }
        )  # fmt: skip
    return rows


def _entity_ids(conn: Connection, keys: set[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """Row ids for (name, label) pairs, creating the missing entities."""
    if not keys:
        return {}
    names = sorted({name for name, _ in keys})
    found = {
        (name, label): int(entity_id)
        for entity_id, name, label in conn.execute(
            select(entities.c.id, entities.c.name, entities.c.label).where(entities.c.name.in_(names))
        )
        if (name, label) in keys
    }
    missing = sorted(keys - set(found))
    new_ids = _insert_returning_ids(
        conn, entities, [{"name": name, "label": label} for name, label in missing]
    )
    found.update(zip(missing, new_ids, strict=True))
    return found


def _insert_entities(conn: Connection, result: AnalysisResult) -> None:
    ids = _entity_ids(conn, {(entity.name, entity.label) for entity in result.entities})
    rows: list[dict[str, Any]] = []
    for entity in result.entities:
        # An entity without mentions still gets one empty-span row so it is linked to the article.
        mentions = entity.mentions or [EntityMention(span=(0, 0), text=entity.name)]
        rows.extend(
            {"entity_id": ids[(entity.name, entity.label)], "article_id": result.article.id,
             "start": m.span[0], "end": m.span[1], "text": m.text, "roles": list(entity.roles)}
            for m in mentions
        )  # fmt: skip
    if rows:
        conn.execute(entity_mentions.insert(), rows)
