"""Claim clusters over time: first appearance, spread, label changes, and the sources behind them."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import datetime

from kildespor.storage import ClaimRow
from kildespor.tracking.entities import EntityResolver

_UNNAMED_KINDS = {"unnamed"}
_OUTLET_VOICE = "author"


@dataclass(frozen=True)
class Appearance:
    """One claim in one article."""

    claim_id: int
    article_id: str
    article_title: str | None
    outlet: str | None
    seen_at: datetime
    text: str
    label: str
    source_name: str | None
    source_kind: str
    via_name: str | None
    origin: str


@dataclass(frozen=True)
class LabelChange:
    """The label of the claim differs from the previous appearance."""

    at: datetime
    outlet: str | None
    claim_id: int
    before: str
    after: str


@dataclass
class ClaimCluster:
    """One claim as it travelled between outlets, in time order."""

    id: int
    appearances: list[Appearance]
    label_changes: list[LabelChange] = field(default_factory=list)
    named_sources: list[str] = field(default_factory=list)
    origins: list[str] = field(default_factory=list)

    @property
    def first(self) -> Appearance:
        return self.appearances[0]

    @property
    def later(self) -> list[Appearance]:
        return self.appearances[1:]

    @property
    def article_count(self) -> int:
        """Distinct articles the claim appears in."""
        return len({a.article_id for a in self.appearances})

    @property
    def outlets(self) -> list[str]:
        """Distinct outlets in order of first appearance."""
        return list(dict.fromkeys(a.outlet or "?" for a in self.appearances))

    @property
    def single_source(self) -> bool:
        """True when every appearance traces back to one and the same source."""
        return len(self.origins) == 1

    @property
    def text(self) -> str:
        return self.first.text


def origin_of(row: ClaimRow, resolver: EntityResolver) -> tuple[str, str | None]:
    """Where an appearance traces back to, and the display name when it is a named source.

    A named source is its entity; an unnamed source quoted through a named
    channel (`en embedsmand til Reuters`) traces to the channel; an unnamed
    source with no channel is its own, unknowable origin per article; the
    outlet's own voice is the outlet.
    """
    if row.source_kind in _UNNAMED_KINDS or not row.source_name:
        if row.via_name:
            group = resolver.by_name(row.via_name)
            return (group.key if group else f"name:{row.via_name}"), (group.name if group else row.via_name)
        if row.source_kind == _OUTLET_VOICE:
            return f"outlet:{row.outlet}", None
        return f"unnamed:{row.article_id}:{row.id}", None
    group = resolver.by_name(row.source_name)
    return (group.key if group else f"name:{row.source_name}"), (group.name if group else row.source_name)


def build_cluster(rows: list[ClaimRow], resolver: EntityResolver) -> ClaimCluster:
    """The cluster of the given claim rows (one or more), ordered by time."""
    ordered = sorted(rows, key=lambda r: (r.seen_at, r.id))
    appearances: list[Appearance] = []
    origins: dict[str, str | None] = {}
    for row in ordered:
        origin, display = origin_of(row, resolver)
        origins.setdefault(origin, display)
        appearances.append(
            Appearance(
                claim_id=row.id, article_id=row.article_id, article_title=row.article_title, outlet=row.outlet,
                seen_at=row.seen_at, text=row.text, label=row.label, source_name=row.source_name,
                source_kind=row.source_kind, via_name=row.via_name, origin=origin,
            )
        )  # fmt: skip
    changes = [
        LabelChange(
            at=now.seen_at, outlet=now.outlet, claim_id=now.claim_id, before=prev.label, after=now.label
        )
        for prev, now in itertools.pairwise(appearances)
        if prev.label != now.label
    ]
    named = sorted({name for name in origins.values() if name})
    return ClaimCluster(
        id=min(r.id for r in rows),
        appearances=appearances,
        label_changes=changes,
        named_sources=named,
        origins=list(origins),
    )
