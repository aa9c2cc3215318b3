"""What every executor shares: the plan, completion markers, skipping finished shards, stats.

An executor decides *where* shards run (in this process, on a Dask cluster);
this module decides *which* shards run and what counts as done. A shard is
done when its completion marker exists: the marker is written, atomically,
only after the shard's tables are in place, so a rerun skips exactly the
finished shards and redoes failed, killed or missing ones.
"""

from __future__ import annotations

import shutil
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

from pydantic import BaseModel, Field
from spacy.language import Language

from kildespor.config import Settings
from kildespor.pipeline.shards import (
    InputFile,
    ShardPlan,
    ShardSpec,
    ShardUnit,
    index_here,
    load_or_plan,
    saved_plan,
)
from kildespor.pipeline.stats import RunStats, ShardStats, merge_stats
from kildespor.pipeline.steps import run_shard
from kildespor.pipeline.tables import BatchOutput, write_atomically


class ShardRunner(Protocol):
    """What an executor calls for one shard (`process_shard`; tests may wrap it)."""

    def __call__(self, shard: ShardSpec, settings: Settings, output: str, nlp: Language) -> ShardStats: ...


class ProgressListener(Protocol):
    """Receives progress as shards finish (the CLI shows it on the terminal)."""

    def started(self, total: int, skipped: int, pending_records: int) -> None: ...

    def message(self, text: str) -> None: ...

    def shard_done(self, stats: ShardStats) -> None: ...

    def shard_failed(self, shard_id: str, error: str) -> None: ...


class SilentProgress:
    """A listener that ignores everything (library use, tests)."""

    def started(self, total: int, skipped: int, pending_records: int) -> None:
        return None

    def message(self, text: str) -> None:
        return None

    def shard_done(self, stats: ShardStats) -> None:
        return None

    def shard_failed(self, shard_id: str, error: str) -> None:
        return None


class RunReport(BaseModel):
    """The outcome of one `Executor.run`."""

    output: str
    shards: int = Field(description="Shards in the plan.")
    skipped: int = Field(description="Shards already complete before this run.")
    ran: int = Field(description="Shards completed by this run.")
    failed: dict[str, str] = Field(default_factory=dict, description="Shard id → error, after retries.")
    seconds: float = 0.0
    this_run: RunStats = Field(default_factory=RunStats, description="Stats of the shards this run did.")
    total: RunStats = Field(default_factory=RunStats, description="Stats over every complete shard.")

    @property
    def complete(self) -> bool:
        return not self.failed and self.skipped + self.ran == self.shards


def process_shard(shard: ShardSpec, settings: Settings, output: str, nlp: Language) -> ShardStats:
    """Run one shard's steps, then write its completion marker (the last thing a shard does)."""
    stats = run_shard(shard, settings, output, nlp)
    write_atomically(BatchOutput(output).marker(shard.id), stats.model_dump_json(indent=1))
    return stats


class Executor(ABC):
    """Runs the pending shards of a plan somewhere; subclasses say where."""

    def run(
        self,
        inputs: Iterable[str | Path],
        settings: Settings,
        output: str | Path,
        progress: ProgressListener | None = None,
    ) -> RunReport:
        """Plan (or reuse the plan), skip completed shards, run the rest, merge and save stats."""
        started = time.perf_counter()
        listener = progress or SilentProgress()
        paths = list(inputs)
        out = BatchOutput(Path(output).absolute())  # workers may run in another directory
        plan = saved_plan(paths, settings.batch.shard_size, out.plan_file)
        if plan is not None and not _pending(out, plan):  # all done: no cluster needed
            listener.started(len(plan.shards), len(plan.shards), 0)
            pending: list[ShardSpec] = []
            finished: list[ShardStats] = []
            failed: dict[str, str] = {}
        else:
            plan, pending, finished, failed = self._run_pending(paths, settings, out, plan, listener)
        _remove_leftovers(out)
        total = merge_stats(_completed_stats(out, plan))
        write_atomically(out.stats_file, total.model_dump_json(indent=1))
        return RunReport(
            output=str(out.root),
            shards=len(plan.shards),
            skipped=len(plan.shards) - len(pending),
            ran=len(finished),
            failed=failed,
            seconds=round(time.perf_counter() - started, 3),
            this_run=merge_stats(finished),
            total=total,
        )

    def _run_pending(
        self,
        paths: list[str | Path],
        settings: Settings,
        out: BatchOutput,
        plan: ShardPlan | None,
        listener: ProgressListener,
    ) -> tuple[ShardPlan, list[ShardSpec], list[ShardStats], dict[str, str]]:
        """Within one session: make the plan if needed, then execute the shards without a marker."""
        with self.session(listener):
            if plan is None:
                batch = settings.batch
                plan = load_or_plan(paths, batch.shard_size, out.plan_file, settings.ingest, self.index_files)
            pending = _pending(out, plan)
            listener.started(
                len(plan.shards), len(plan.shards) - len(pending), sum(s.records for s in pending)
            )
            finished, failed = (
                self.execute(pending, settings, str(out.root), listener) if pending else ([], {})
            )
        return plan, pending, finished, failed

    @contextmanager
    def session(self, progress: ProgressListener) -> Iterator[None]:
        """Set up where the work runs (a cluster connection) for one `run`; nothing by default."""
        yield

    def index_files(
        self, index: Callable[[InputFile], list[ShardUnit]], files: list[InputFile]
    ) -> list[list[ShardUnit]]:
        """Find the record offsets of large files while planning; in this process by default."""
        return index_here(index, files)

    @abstractmethod
    def execute(
        self, shards: list[ShardSpec], settings: Settings, output: str, progress: ProgressListener
    ) -> tuple[list[ShardStats], dict[str, str]]:
        """Run the shards; return the stats of those that completed and the errors of those that failed."""


def _pending(out: BatchOutput, plan: ShardPlan) -> list[ShardSpec]:
    """The plan's shards without a completion marker, in plan order."""
    done = {shard.id for shard in plan.shards if out.marker(shard.id).is_file()}
    return [shard for shard in plan.shards if shard.id not in done]


def _completed_stats(out: BatchOutput, plan: ShardPlan) -> list[ShardStats]:
    """Stats from the markers of the plan's completed shards (stale shards of old plans ignored)."""
    ids = {shard.id for shard in plan.shards}
    return [
        ShardStats.model_validate_json(out.marker(i).read_text(encoding="utf-8"))
        for i in out.completed()
        if i in ids
    ]


def _remove_leftovers(out: BatchOutput) -> None:
    """Delete temporary directories that killed attempts left behind for shards now complete."""
    if not out.shards_dir.is_dir():
        return
    done = set(out.completed())
    for path in out.shards_dir.iterdir():
        if path.name.startswith(".") and path.name[1:].split(".", 1)[0] in done:
            shutil.rmtree(path, ignore_errors=True)
