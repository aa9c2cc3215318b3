"""Load a batch output directory into the store: one writer for SQLite, parallel for PostgreSQL.

Only shards with a completion marker are loaded. Loading is idempotent: the
store keeps one article per article id and one rejection per origin, so a
second load of the same directory adds nothing.

PostgreSQL takes several writers: shards are spread over a pool of processes,
each with its own connection. SQLite has one writer, so its load runs in this
process. After a parallel load every article id of the output is checked and
any that a concurrent writer lost is saved again by one writer.
"""

from __future__ import annotations

import multiprocessing
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pyarrow.parquet as pq
from pydantic import BaseModel, Field

from kildespor.errors import InputError
from kildespor.pipeline.tables import BatchOutput, iter_shard_documents
from kildespor.records import AnalysisResult
from kildespor.storage import Database, connect, save_analysis

_ID_BATCH = 500
_DATABASES: dict[str, Database] = {}  # one connection pool per loader process


class LoadReport(BaseModel):
    """What `load_batch_output` stored."""

    backend: str
    url: str
    shards: int = 0
    writers: int = 1
    counts: dict[str, int] = Field(
        default_factory=dict,
        description="articles_created, articles_existing, rejections_created, rejections_existing, resaved",
    )
    seconds: float = 0.0


def load_batch_output(output_dir: str | Path, url: str, *, workers: int = 4) -> LoadReport:
    """Store every completed shard of a batch output directory in the database at `url`.

    Args:
        output_dir: a directory written by `kildespor batch`.
        url: database URL ("" = the default SQLite file).
        workers: writer processes for PostgreSQL (SQLite always uses one writer).

    Raises:
        InputError: the directory holds no completed batch shards.
        StorageError: the database cannot be opened.
    """
    started = time.perf_counter()
    output = BatchOutput(output_dir)
    shard_dirs = [str(output.shard_dir(shard_id)) for shard_id in output.completed()]
    if not shard_dirs:
        raise InputError(f"{output_dir} holds no completed batch shards (no {output.markers_dir}/*.json)")
    database = connect(url)  # migrates once, before any parallel writer starts
    try:
        report = LoadReport(backend=database.backend, url=database.url, shards=len(shard_dirs))
        counts: Counter[str] = Counter()
        if database.backend == "sqlite" or workers <= 1:
            for shard_dir in shard_dirs:
                counts.update(_save_shard(database, shard_dir))
        else:
            report.writers = min(workers, len(shard_dirs))
            counts.update(_load_in_parallel(url, shard_dirs, report.writers))
            counts["resaved"] = _resave_missing(database, shard_dirs)
    finally:
        database.close()
    report.counts = dict(sorted(counts.items()))
    report.seconds = round(time.perf_counter() - started, 3)
    return report


def _save_shard(database: Database, shard_dir: str) -> Counter[str]:
    """Save one shard's results and rejections; counts what was new and what was known."""
    counts: Counter[str] = Counter()
    for item in iter_shard_documents(Path(shard_dir)):
        if isinstance(item, AnalysisResult):
            outcome = save_analysis(database, item)
            counts["articles_created" if outcome and outcome.created else "articles_existing"] += 1
        else:
            created = database.rejections.save(item)
            counts["rejections_created" if created else "rejections_existing"] += 1
    return counts


def _load_shard_in_worker(url: str, shard_dir: str) -> Counter[str]:
    """Process-pool task: save one shard through this process's own connection."""
    if url not in _DATABASES:
        _DATABASES[url] = connect(url, upgrade=False)
    return _save_shard(_DATABASES[url], shard_dir)


def _load_in_parallel(url: str, shard_dirs: list[str], writers: int) -> Counter[str]:
    counts: Counter[str] = Counter()
    context = multiprocessing.get_context("spawn")  # no forked copies of an open engine
    with ProcessPoolExecutor(max_workers=writers, mp_context=context) as pool:
        for shard_counts in pool.map(_load_shard_in_worker, [url] * len(shard_dirs), shard_dirs):
            counts.update(shard_counts)
    return counts


def _resave_missing(database: Database, shard_dirs: list[str]) -> int:
    """Save again, with one writer, any article a concurrent writer lost; returns how many."""
    ids: list[str] = []
    for shard_dir in shard_dirs:
        ids.extend(
            pq.read_table(Path(shard_dir) / "articles.parquet", columns=["article_id"]).column(0).to_pylist()
        )
    unique = sorted(set(ids))
    missing: set[str] = set()
    for start in range(0, len(unique), _ID_BATCH):
        batch = unique[start : start + _ID_BATCH]
        missing.update(set(batch) - set(database.articles.summaries(batch)))
    if not missing:
        return 0
    for shard_dir in shard_dirs:
        for item in iter_shard_documents(Path(shard_dir)):
            if isinstance(item, AnalysisResult) and item.article.id in missing:
                save_analysis(database, item)
    return len(missing)
