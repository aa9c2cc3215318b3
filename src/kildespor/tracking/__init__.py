"""Tracking: across outlets (the read side of the store).

`search(database, query)` finds articles and claims; `claim_clusters(database)`
and `track_claim(database, claim_id)` follow a claim between outlets;
`entity_profile(database, entity_id)` gathers one person, organisation or place
across spellings.
"""

from __future__ import annotations

from kildespor.storage import Database
from kildespor.tracking.entities import EntityGroup, EntityResolver, NameVariant, group_entities
from kildespor.tracking.profiles import (
    EntityProfile,
    EntitySummary,
    entity_group,
    entity_profile,
    list_entities,
)
from kildespor.tracking.search import ArticleHit, ClaimHit, SearchQuery, SearchResults, search
from kildespor.tracking.snapshot import corpus_snapshot
from kildespor.tracking.timeline import Appearance, ClaimCluster, LabelChange

__all__ = [
    "Appearance",
    "ArticleHit",
    "ClaimCluster",
    "ClaimHit",
    "EntityGroup",
    "EntityProfile",
    "EntityResolver",
    "EntitySummary",
    "LabelChange",
    "NameVariant",
    "SearchQuery",
    "SearchResults",
    "claim_clusters",
    "entity_group",
    "entity_profile",
    "group_entities",
    "list_entities",
    "search",
    "track_claim",
]


def claim_clusters(database: Database, *, min_appearances: int = 1) -> list[ClaimCluster]:
    """Every claim cluster found in at least `min_appearances` distinct articles, largest first."""
    return [c for c in corpus_snapshot(database).clusters if c.article_count >= min_appearances]


def track_claim(database: Database, claim_id: int) -> ClaimCluster | None:
    """The cluster that claim `claim_id` belongs to (None for an unknown claim)."""
    return corpus_snapshot(database).cluster_of_claim.get(claim_id)
