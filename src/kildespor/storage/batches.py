"""Store a stream of pipeline outputs and count what happened."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from kildespor.records import AnalysisResult, Rejection
from kildespor.storage.database import Database


@dataclass
class IngestSummary:
    """Counts from one ingest run."""

    created: int = 0
    already_stored: int = 0
    rejected: int = 0
    reasons: Counter[str] = field(default_factory=Counter)

    @property
    def documents(self) -> int:
        return self.created + self.already_stored + self.rejected

    def describe(self) -> str:
        """One line for a terminal."""
        line = (
            f"{self.documents} documents: {self.created} new articles, {self.already_stored} already stored"
        )
        if self.rejected:
            reasons = ", ".join(f"{reason} {n}" for reason, n in self.reasons.most_common())
            line += f", {self.rejected} rejected ({reasons})"
        return line


def save_all(
    database: Database,
    items: Iterable[AnalysisResult | Rejection],
    on_item: Callable[[AnalysisResult | Rejection], None] | None = None,
) -> IngestSummary:
    """Store every item (idempotently) and count new, known and rejected documents."""
    summary = IngestSummary()
    for item in items:
        if isinstance(item, Rejection):
            database.rejections.save(item)
            summary.rejected += 1
            summary.reasons[item.reason.value] += 1
        elif database.articles.save(item).created:
            summary.created += 1
        else:
            summary.already_stored += 1
        if on_item is not None:
            on_item(item)
    return summary
