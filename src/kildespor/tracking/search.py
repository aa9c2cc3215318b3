"""Search: full text over articles and claims, with filters for outlet, dates, source, kind, label, entity."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time

from kildespor.storage import ArticleSummary, ClaimRow, Database, stem_words
from kildespor.tracking.snapshot import corpus_snapshot

_SNIPPET_CHARS = 220


@dataclass(frozen=True)
class SearchQuery:
    """What to look for; every filter is optional and they all apply together."""

    text: str = ""
    outlet: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    source: str | None = None
    source_kind: str | None = None
    label: str | None = None
    entity_id: int | None = None
    limit: int = 50


@dataclass(frozen=True)
class ArticleHit:
    article: ArticleSummary
    snippet: str


@dataclass(frozen=True)
class ClaimHit:
    claim: ClaimRow
    cluster_id: int | None


@dataclass
class SearchResults:
    query: SearchQuery
    articles: list[ArticleHit] = field(default_factory=list)
    claims: list[ClaimHit] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _allowed_articles(database: Database, query: SearchQuery, notes: list[str]) -> set[str] | None:
    """Article ids passing the filters; None when no filter is set."""
    snapshot = corpus_snapshot(database)
    source_names: list[str] | None = None
    if query.source:
        group = snapshot.resolver.by_name(query.source)
        source_names = group.spellings if group else [query.source]
        if group and len(group.spellings) > 1:
            notes.append(f"kilde '{query.source}' omfatter: {', '.join(group.spellings)}")
    entity_ids: list[int] | None = None
    if query.entity_id is not None:
        entity_group = snapshot.resolver.by_id(query.entity_id)
        entity_ids = [v.id for v in entity_group.variants if v.id is not None] if entity_group else [-1]
    filters_set = any(
        value is not None and value != ""
        for value in (
            query.outlet,
            query.date_from,
            query.date_to,
            source_names,
            query.source_kind,
            query.label,
        )
    ) or (entity_ids is not None)
    if not filters_set:
        return None
    return database.corpus.filter_article_ids(
        outlet=query.outlet or None,
        date_from=datetime.combine(query.date_from, time.min) if query.date_from else None,
        date_to=datetime.combine(query.date_to, time.max) if query.date_to else None,
        source_names=source_names,
        source_kind=query.source_kind or None,
        label=query.label or None,
        entity_ids=entity_ids,
    )


def snippet(text: str, query: str) -> str:
    """A stretch of `text` around the first word that shares a stem with the query."""
    stems = set(stem_words(query))
    for match in re.finditer(r"\w+", text):
        if stems and set(stem_words(match.group())) & stems:
            start = max(0, match.start() - _SNIPPET_CHARS // 3)
            piece = text[start : start + _SNIPPET_CHARS]
            return (
                ("…" if start else "")
                + " ".join(piece.split())
                + ("…" if start + _SNIPPET_CHARS < len(text) else "")
            )
    return " ".join(text[:_SNIPPET_CHARS].split())


def search(database: Database, query: SearchQuery) -> SearchResults:
    """Articles and claims matching the query text (or all, when empty) and every filter."""
    results = SearchResults(query=query)
    allowed = _allowed_articles(database, query, results.notes)
    snapshot = corpus_snapshot(database)
    if query.text.strip():
        hits = database.corpus.fulltext(query.text)
        article_ids = [article_id for kind, _, article_id in hits if kind == "article"]
        claim_ids = {int(ref) for kind, ref, _ in hits if kind == "claim"}
    else:
        article_ids = [row.id for row in database.articles.recent(limit=10_000)]
        claim_ids = {row.id for row in snapshot.claim_rows}
    if allowed is not None:
        article_ids = [a for a in article_ids if a in allowed]
    summaries = database.articles.summaries(article_ids)
    ordered = sorted(summaries.values(), key=lambda s: s.published or s.ingested_at, reverse=True)
    shown = ordered[: query.limit]
    texts = database.corpus.article_texts([s.id for s in shown])
    for summary in shown:
        results.articles.append(
            ArticleHit(summary, snippet(texts.get(summary.id, summary.title or ""), query.text))
        )
    for row in snapshot.claim_rows:
        if row.id not in claim_ids or (allowed is not None and row.article_id not in allowed):
            continue
        if query.label and row.label != query.label:
            continue
        cluster = snapshot.cluster_of_claim.get(row.id)
        results.claims.append(ClaimHit(row, cluster.id if cluster else None))
    results.claims = sorted(results.claims, key=lambda h: h.claim.seen_at)[: query.limit]
    return results
