"""Entity pages: every spelling, roles seen, quotes by the entity, and claims about it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from kildespor.storage import ClaimRow, Database, QuoteRow
from kildespor.tracking.entities import EntityGroup
from kildespor.tracking.snapshot import corpus_snapshot


@dataclass(frozen=True)
class EntitySummary:
    """One line of the entity list."""

    id: int
    name: str
    label: str
    spellings: list[str]
    mentions: int


@dataclass
class EntityProfile:
    """What the store knows about one entity."""

    id: int
    name: str
    label: str
    spellings: list[str]
    roles: list[str] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)
    quotes: list[QuoteRow] = field(default_factory=list)
    claims_about: list[ClaimRow] = field(default_factory=list)


def list_entities(database: Database, *, label: str | None = None, limit: int = 200) -> list[EntitySummary]:
    """Stored entities merged across spellings, most mentioned first."""
    snapshot = corpus_snapshot(database)
    summaries = []
    for group in snapshot.resolver.groups:
        group_id = group.id
        if group_id is None or (label and group.label != label):
            continue
        mentions = sum(v.weight for v in group.variants if v.id is not None)
        summaries.append(EntitySummary(group_id, group.name, group.label, group.spellings, mentions))
    summaries.sort(key=lambda s: (-s.mentions, s.name))
    return summaries[:limit]


def entity_group(database: Database, entity_id: int) -> EntityGroup | None:
    """The merged entity that the stored spelling `entity_id` belongs to."""
    return corpus_snapshot(database).resolver.by_id(entity_id)


def entity_profile(database: Database, entity_id: int) -> EntityProfile | None:
    """The profile of the entity containing spelling `entity_id`, or None when unknown."""
    snapshot = corpus_snapshot(database)
    group = snapshot.resolver.by_id(entity_id)
    if group is None or group.id is None:
        return None
    ids = [v.id for v in group.variants if v.id is not None]
    mentions = database.corpus.mentions(ids)
    roles = Counter(role for m in mentions for role in m.roles)
    spans_by_article: dict[str, list[tuple[int, int]]] = {}
    for mention in mentions:
        spans_by_article.setdefault(mention.article_id, []).append((mention.start, mention.end))
    quotes = database.corpus.quotes(source_names=group.spellings)
    for quote in quotes:
        if quote.role:
            roles[quote.role] += 1
    about = _claims_about(database, snapshot.claim_rows, spans_by_article, group.spellings)
    return EntityProfile(
        id=group.id, name=group.name, label=group.label, spellings=group.spellings,
        roles=[role for role, _ in roles.most_common()], article_ids=sorted(spans_by_article),
        quotes=quotes, claims_about=about,
    )  # fmt: skip


def _claims_about(
    database: Database, rows: list[ClaimRow], spans: dict[str, list[tuple[int, int]]], spellings: list[str]
) -> list[ClaimRow]:
    """Claims in the entity's articles that contain a mention or a spelling of it."""
    positions = database.corpus.claim_spans(list(spans))
    about = []
    for row in rows:
        if row.article_id not in spans:
            continue
        start, end = positions.get(row.id, (0, 0))
        mentioned = any(s < end and e > start for s, e in spans[row.article_id])
        if mentioned or any(spelling in row.text for spelling in spellings):
            about.append(row)
    return about
