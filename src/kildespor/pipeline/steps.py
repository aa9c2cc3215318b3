"""The batch steps: read → extract → analyse → write, each a generator over documents.

A step takes the stream from the step before and yields its own; a Rejection
from any step passes through the later ones untouched and is written to the
rejections table, so every input document comes out exactly once. Steps know
nothing about executors: `run_shard` is all an executor calls.
"""

from __future__ import annotations

import logging
import os
import socket
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Protocol

from spacy.language import Language

from kildespor.config import Settings
from kildespor.extract import extract_article
from kildespor.ingest import read_text_document
from kildespor.language import pipeline_info
from kildespor.pipeline.failures import internal_error
from kildespor.pipeline.run import analyze_article
from kildespor.pipeline.shards import ShardSpec, read_shard
from kildespor.pipeline.stats import ShardStats
from kildespor.pipeline.tables import BatchOutput, ShardTableWriter
from kildespor.records import AnalysisResult, Article, RawDocument, Rejection, Stage

log = logging.getLogger(__name__)

Item = RawDocument | Article | AnalysisResult | Rejection

# An invented document that takes a worker through every lazy load before its first shard.
_WARM_UP_TEXT = "Opvarmning\n\nBorgmesteren siger i går, at broen formentlig åbner 3. maj 2024.\n"


class Step(Protocol):
    """One stage of a shard's run: a generator from the previous step's items to its own."""

    name: str

    def run(self, items: Iterator[Item], stats: ShardStats) -> Iterator[Item]: ...


class ReadStep:
    """Documents of one shard from the ingest stage (ignores its input stream)."""

    name = "read"

    def __init__(self, shard: ShardSpec, settings: Settings) -> None:
        self.shard = shard
        self.settings = settings

    def run(self, items: Iterator[Item], stats: ShardStats) -> Iterator[Item]:
        documents = read_shard(self.shard, self.settings.ingest)
        while True:
            started = time.perf_counter()
            item = next(documents, None)
            stats.add_time(self.name, time.perf_counter() - started)
            if item is None:
                return
            yield item


class ExtractStep:
    """RawDocument → Article (or the extractor's Rejection)."""

    name = "extract"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def run(self, items: Iterator[Item], stats: ShardStats) -> Iterator[Item]:
        for item in items:
            if not isinstance(item, RawDocument):
                yield item
                continue
            yield _guarded(
                stats, self.name, Stage.EXTRACT, item, lambda d: extract_article(d, self.settings.extract)
            )


class AnalyzeStep:
    """Article → AnalysisResult: language and source analysis with a pipeline loaded once per process."""

    name = "analyse"

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def run(self, items: Iterator[Item], stats: ShardStats) -> Iterator[Item]:
        for item in items:
            if not isinstance(item, Article):
                yield item
                continue
            yield _guarded(stats, self.name, Stage.SOURCES, item, lambda a: analyze_article(a, self.nlp))


class WriteStep:
    """Writes results and rejections into the shard's tables and counts them; yields them on."""

    name = "write"

    def __init__(self, writer: ShardTableWriter) -> None:
        self.writer = writer

    def run(self, items: Iterator[Item], stats: ShardStats) -> Iterator[Item]:
        for item in items:
            if not isinstance(item, AnalysisResult | Rejection):
                raise TypeError(f"write step got {type(item).__name__}: a step before it lost a document")
            started = time.perf_counter()
            self.writer.add(item)
            stats.add_time(self.name, time.perf_counter() - started)
            stats.documents += 1
            if isinstance(item, Rejection):
                stats.rejections += 1
                stats.count_rejection(item)
            else:
                stats.results += 1
            yield item


def _guarded(stats: ShardStats, step: str, stage: Stage, item: Any, work: Callable[[Any], Item]) -> Item:
    """Run one step on one document, timed; a bug on the document becomes its Rejection."""
    started = time.perf_counter()
    try:
        return work(item)
    except Exception as exc:  # one bad document must not end a shard: record it and go on
        return internal_error(item, stage, exc, step=step)
    finally:
        stats.add_time(step, time.perf_counter() - started)


def run_shard(shard: ShardSpec, settings: Settings, output: str | Path, nlp: Language) -> ShardStats:
    """Run every step over one shard and move its tables into place; returns the shard's stats.

    Raises only for infrastructure failures (disk full, unreadable output directory):
    bad documents become rejections. On failure nothing of the shard is left visible.
    """
    started = time.perf_counter()
    stats = ShardStats(shard_id=shard.id, worker=f"{socket.gethostname()}:{os.getpid()}")
    info = pipeline_info(nlp)
    stats.pipeline = f"{info['name']} {info['version']}".strip()
    writer = ShardTableWriter(BatchOutput(output), shard.id)
    steps: list[Step] = [
        ReadStep(shard, settings),
        ExtractStep(settings),
        AnalyzeStep(nlp),
        WriteStep(writer),
    ]
    try:
        stream: Iterator[Item] = iter(())
        for step in steps:
            stream = step.run(stream, stats)
        for _ in stream:  # drain: the write step does the work
            pass
        stats.seconds = round(time.perf_counter() - started, 4)
        stats.step_seconds = {name: round(value, 4) for name, value in stats.step_seconds.items()}
        writer.commit(stats.model_dump_json(indent=1))
    except BaseException:
        writer.abort()
        raise
    return stats


def warm_up(settings: Settings, nlp: Language) -> None:
    """Extract and analyse one invented document, so lazy loading (date parsers, vocabularies)
    happens once when a worker starts instead of inside its first shard."""
    try:
        article = extract_article(read_text_document(_WARM_UP_TEXT), settings.extract)
        if isinstance(article, Article):
            analyze_article(article, nlp)
    except Exception:  # only a speed-up: a failure here shows up again, per document, in the shards
        log.exception("warm-up document failed")
