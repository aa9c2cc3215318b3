"""DaskExecutor: one task per shard on a dask.distributed cluster.

Without a scheduler address a LocalCluster with N worker processes (one thread
each) is started; with `tcp://HOST:PORT` the executor joins an existing cluster
(`dask scheduler` + `dask worker`, dask-kubernetes, dask-jobqueue). The output
directory must be on a filesystem every worker can write to.

Each worker process loads the language pipeline once: a worker plugin warms a
per-process cache when the worker starts (and again when a killed worker is
restarted), and every task takes the pipeline from that cache. A task that
raises is retried by Dask; a task whose worker dies is rescheduled by Dask on
another worker. Either way only a complete shard writes its marker.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from distributed import Client, LocalCluster, as_completed
from distributed.diagnostics.plugin import WorkerPlugin
from spacy.language import Language

from kildespor.config import LanguageSettings, Settings
from kildespor.errors import ExecutorError
from kildespor.executors.base import Executor, ProgressListener, ShardRunner, process_shard
from kildespor.language import load_pipeline
from kildespor.pipeline.shards import InputFile, ShardSpec, ShardUnit, index_here
from kildespor.pipeline.stats import ShardStats
from kildespor.pipeline.steps import warm_up

log = logging.getLogger(__name__)

_PIPELINES: dict[tuple[str, str], Language] = {}
_PIPELINE_LOCK = threading.Lock()
_LOAD_COUNTS: dict[tuple[str, str], int] = {}


def worker_pipeline(settings: LanguageSettings) -> Language:
    """The language pipeline of this process, loaded on first use and kept for every later task."""
    key = (settings.model, settings.lang)
    with _PIPELINE_LOCK:  # a worker with several threads must still load it only once
        if key not in _PIPELINES:
            _PIPELINES[key] = load_pipeline(settings)
            _LOAD_COUNTS[key] = _LOAD_COUNTS.get(key, 0) + 1
        return _PIPELINES[key]


def pipeline_loads() -> dict[tuple[str, str], int]:
    """How many times this process loaded each (model, lang) pipeline: 1 each is the goal."""
    return dict(_LOAD_COUNTS)


class PipelinePreloader(WorkerPlugin):  # type: ignore[misc]  # distributed is untyped
    """Loads the language pipeline when a worker starts and warms it up on one invented document,
    so the first shard does not pay for loading."""

    name = "kildespor-pipeline"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def setup(self, worker: Any) -> None:
        warm_up(self.settings, worker_pipeline(self.settings.language))


def run_shard_task(shard: ShardSpec, settings: Settings, output: str, runner: ShardRunner) -> ShardStats:
    """The Dask task for one shard: the runner with this worker's cached pipeline."""
    return runner(shard, settings, output, worker_pipeline(settings.language))


class DaskExecutor(Executor):
    """Runs shards as Dask tasks.

    Args:
        scheduler: `tcp://HOST:PORT` of a running scheduler; None starts a LocalCluster.
        workers: worker processes of the LocalCluster (ignored with a scheduler).
        retries: extra attempts for a shard task that raised.
        dashboard_address: where the LocalCluster serves its dashboard (":0" = any free port).
        connect_timeout: how long to wait for the scheduler at `scheduler`.
        shard_runner: what runs one shard; `process_shard` unless a test wraps it.
    """

    def __init__(
        self,
        scheduler: str | None = None,
        workers: int = 2,
        retries: int = 2,
        dashboard_address: str = ":8787",
        connect_timeout: str = "20s",
        shard_runner: ShardRunner = process_shard,
    ) -> None:
        if scheduler is None and workers < 1:
            raise ExecutorError(f"--workers must be at least 1, got {workers}")
        self.scheduler = scheduler
        self.workers = workers
        self.retries = retries
        self.dashboard_address = dashboard_address
        self.connect_timeout = connect_timeout
        self.shard_runner = shard_runner
        self._client: Client | None = None

    @contextmanager
    def session(self, progress: ProgressListener) -> Iterator[None]:
        """Start (or connect to) the cluster for one run and print its dashboard address."""
        with self._connect() as client:
            progress.message(f"Dask dashboard: {client.dashboard_link}")
            self._client = client
            try:
                yield
            finally:
                self._client = None

    def index_files(
        self, index: Callable[[InputFile], list[ShardUnit]], files: list[InputFile]
    ) -> list[list[ShardUnit]]:
        """Index large WARC/JSON Lines files on the workers, one task per file."""
        if len(files) <= 1:
            return index_here(index, files)
        client = self._active()
        keys = [f"kildespor-index-{uuid.uuid4().hex}" for _ in files]
        futures = client.map(index, files, key=keys, pure=False)
        units: list[list[ShardUnit]] = client.gather(futures)  # type: ignore[no-untyped-call]
        return units

    def execute(
        self, shards: list[ShardSpec], settings: Settings, output: str, progress: ProgressListener
    ) -> tuple[list[ShardStats], dict[str, str]]:
        client = self._active()
        client.register_plugin(PipelinePreloader(settings), name=PipelinePreloader.name)
        run_id = uuid.uuid4().hex[:8]  # task keys unique per run: a shared cluster may see reruns
        futures = [
            client.submit(
                run_shard_task,
                shard,
                settings,
                output,
                self.shard_runner,
                key=f"kildespor-shard-{shard.id}-{run_id}",
                retries=self.retries,
                pure=False,
            )
            for shard in shards
        ]
        ids: dict[Any, str] = {future.key: shard.id for future, shard in zip(futures, shards, strict=True)}
        return _collect(futures, ids, progress)

    def _active(self) -> Client:
        if self._client is None:
            raise ExecutorError("the Dask executor was used outside its session (call run())")
        return self._client

    @contextmanager
    def _connect(self) -> Iterator[Client]:
        if self.scheduler is None:
            with (
                LocalCluster(  # type: ignore[no-untyped-call]
                    n_workers=self.workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=self.dashboard_address,
                ) as cluster,
                Client(cluster) as client,  # type: ignore[no-untyped-call]
            ):
                yield client
            return
        try:
            client = Client(self.scheduler, timeout=self.connect_timeout)  # type: ignore[no-untyped-call]
        except OSError as exc:
            raise ExecutorError(f"cannot reach the Dask scheduler at {self.scheduler}: {exc}") from exc
        with client:
            yield client


def _collect(
    futures: list[Any], ids: dict[Any, str], progress: ProgressListener
) -> tuple[list[ShardStats], dict[str, str]]:
    """Gather shard results as they finish; a shard that failed after retries is reported, not fatal."""
    finished: list[ShardStats] = []
    failed: dict[str, str] = {}
    for future in as_completed(futures):  # type: ignore[no-untyped-call]
        shard_id = ids[future.key]
        try:
            stats: ShardStats = future.result()
        except Exception as exc:  # KilledWorker after repeated deaths, or the task's own error
            failed[shard_id] = f"{type(exc).__name__}: {exc}"
            log.warning("shard %s failed: %s", shard_id, failed[shard_id])
            progress.shard_failed(shard_id, failed[shard_id])
        else:
            finished.append(stats)
            progress.shard_done(stats)
        future.release()
    return finished, failed
