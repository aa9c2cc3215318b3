"""Per-shard counters (documents, results, rejection reasons, step timings) and their merge."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from pydantic import BaseModel, Field

from kildespor.records import Rejection


class ShardStats(BaseModel):
    """What one shard did: written beside its tables as stats.json and into its completion marker."""

    shard_id: str
    documents: int = Field(0, description="Documents the shard produced: results + rejections.")
    results: int = 0
    rejections: int = 0
    reasons: dict[str, int] = Field(default_factory=dict, description="'stage:reason' → count.")
    step_seconds: dict[str, float] = Field(default_factory=dict)
    seconds: float = 0.0
    worker: str = Field("", description="host:pid of the process that ran the shard.")
    pipeline: str = Field("", description="Name and version of the language pipeline used.")

    def count_rejection(self, rejection: Rejection) -> None:
        """Count one rejection under its stage and reason."""
        key = f"{rejection.stage.value}:{rejection.reason.value}"
        self.reasons[key] = self.reasons.get(key, 0) + 1

    def add_time(self, step: str, seconds: float) -> None:
        """Add time spent inside one step (its own work, not its upstream's)."""
        self.step_seconds[step] = self.step_seconds.get(step, 0.0) + seconds


class RunStats(BaseModel):
    """Shard stats merged over a run (or over every completed shard of an output directory)."""

    shards: int = 0
    documents: int = 0
    results: int = 0
    rejections: int = 0
    reasons: dict[str, int] = Field(default_factory=dict)
    step_seconds: dict[str, float] = Field(default_factory=dict)
    shard_seconds: float = Field(0.0, description="Sum of shard run times (CPU-side work).")


def merge_stats(shards: Iterable[ShardStats]) -> RunStats:
    """Sum shard stats: counts, rejection reasons and step timings."""
    reasons: Counter[str] = Counter()
    steps: dict[str, float] = {}
    total = RunStats()
    for stats in shards:
        total.shards += 1
        total.documents += stats.documents
        total.results += stats.results
        total.rejections += stats.rejections
        total.shard_seconds += stats.seconds
        reasons.update(stats.reasons)
        for step, seconds in stats.step_seconds.items():
            steps[step] = steps.get(step, 0.0) + seconds
    total.reasons = dict(sorted(reasons.items()))
    total.step_seconds = {step: round(seconds, 3) for step, seconds in sorted(steps.items())}
    total.shard_seconds = round(total.shard_seconds, 3)
    return total
