"""LocalExecutor: runs shards one after another in this process (small jobs, tests, debugging)."""

from __future__ import annotations

import logging

from kildespor.config import Settings
from kildespor.executors.base import Executor, ProgressListener, ShardRunner, process_shard
from kildespor.language import load_pipeline
from kildespor.pipeline.shards import ShardSpec
from kildespor.pipeline.stats import ShardStats

log = logging.getLogger(__name__)


class LocalExecutor(Executor):
    """In-process executor: the language pipeline is loaded once and reused for every shard.

    Args:
        retries: extra attempts for a shard that raised (an infrastructure error).
        shard_runner: what runs one shard; `process_shard` unless a test wraps it.
    """

    def __init__(self, retries: int = 0, shard_runner: ShardRunner = process_shard) -> None:
        self.retries = retries
        self.shard_runner = shard_runner

    def execute(
        self, shards: list[ShardSpec], settings: Settings, output: str, progress: ProgressListener
    ) -> tuple[list[ShardStats], dict[str, str]]:
        nlp = load_pipeline(settings.language)
        finished: list[ShardStats] = []
        failed: dict[str, str] = {}
        for shard in shards:
            for attempt in range(self.retries + 1):
                try:
                    stats = self.shard_runner(shard, settings, output, nlp)
                except Exception as exc:  # an infrastructure error: retry, then report the shard
                    log.warning("shard %s attempt %d failed: %s", shard.id, attempt + 1, exc)
                    error = f"{type(exc).__name__}: {exc}"
                    continue
                finished.append(stats)
                progress.shard_done(stats)
                break
            else:
                failed[shard.id] = error
                progress.shard_failed(shard.id, error)
        return finished, failed
