"""Tracking and storage read records → API response bodies."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from kildespor.api.schemas import (
    AppearanceOut,
    ArticleHitOut,
    ArticleOut,
    ClaimClusterOut,
    ClaimHitOut,
    EntityOut,
    LabelChangeOut,
    QuoteOut,
    SearchOut,
)
from kildespor.storage import ClaimRow, QuoteRow, StoredArticle
from kildespor.tracking import ClaimCluster, EntityProfile, SearchResults


def article_out(stored: StoredArticle) -> ArticleOut:
    return ArticleOut(
        id=stored.result.article.id, outlet=stored.outlet, published=stored.published,
        ingested_at=stored.ingested_at, claim_ids=stored.claim_ids, entity_ids=stored.entity_ids,
        analysis=stored.result,
    )  # fmt: skip


def claim_hit_out(row: ClaimRow, cluster_id: int | None) -> ClaimHitOut:
    return ClaimHitOut(
        id=row.id, article_id=row.article_id, outlet=row.outlet, seen_at=row.seen_at, text=row.text,
        label=row.label, source_name=row.source_name, source_kind=row.source_kind, cluster_id=cluster_id,
    )  # fmt: skip


def search_out(results: SearchResults) -> SearchOut:
    query: dict[str, Any] = {k: v for k, v in asdict(results.query).items() if v not in (None, "")}
    return SearchOut(
        query=query,
        notes=results.notes,
        articles=[
            ArticleHitOut(
                id=hit.article.id, title=hit.article.title, outlet=hit.article.outlet,
                published=hit.article.published, snippet=hit.snippet,
            )
            for hit in results.articles
        ],
        claims=[claim_hit_out(hit.claim, hit.cluster_id) for hit in results.claims],
    )  # fmt: skip


def quote_out(row: QuoteRow) -> QuoteOut:
    return QuoteOut(
        article_id=row.article_id, outlet=row.outlet, published=row.published, source_name=row.source_name,
        role=row.role, cue=row.cue_text, content=row.content_text, kind=row.kind, via_name=row.via_name,
    )  # fmt: skip


def entity_out(profile: EntityProfile) -> EntityOut:
    return EntityOut(
        id=profile.id, name=profile.name, label=profile.label, spellings=profile.spellings,
        roles=profile.roles, article_ids=profile.article_ids, quotes=[quote_out(q) for q in profile.quotes],
        claims_about=[claim_hit_out(row, None) for row in profile.claims_about],
    )  # fmt: skip


def cluster_out(cluster: ClaimCluster) -> ClaimClusterOut:
    appearances = [
        AppearanceOut(
            claim_id=a.claim_id, article_id=a.article_id, article_title=a.article_title, outlet=a.outlet,
            seen_at=a.seen_at, text=a.text, label=a.label, source_name=a.source_name,
            source_kind=a.source_kind, via_name=a.via_name,
        )
        for a in cluster.appearances
    ]  # fmt: skip
    return ClaimClusterOut(
        id=cluster.id, text=cluster.text, first=appearances[0], later=appearances[1:], outlets=cluster.outlets,
        label_changes=[LabelChangeOut(**asdict(change)) for change in cluster.label_changes],
        named_sources=cluster.named_sources, single_source=cluster.single_source,
    )  # fmt: skip
