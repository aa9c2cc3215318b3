"""Structure-only runs over corpora: read → extract → dedup → one JSON record per document.

Nothing is lost: every input document gives exactly one record, an article
(`duplicate_of` set when it repeats an earlier one) or an error record with
`error` and `reason`, so `read == extracted + duplicates + errors` always holds.
With `resume`, documents already in the output (matched by content hash, or by
position for documents that never had content) are skipped and the run
appends to it.
"""

from __future__ import annotations

import json
import logging
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from kildespor.config import Settings
from kildespor.extract import extract_article
from kildespor.extract.dedup import Deduplicator, DuplicateGroup
from kildespor.ingest import read_documents
from kildespor.ingest.detect import expand_paths
from kildespor.pipeline.failures import internal_error
from kildespor.records import Article, Provenance, RawDocument, ReasonCode, Rejection, Stage

log = logging.getLogger(__name__)


@dataclass
class CorpusSummary:
    """Counts of a run; `read == extracted + duplicates + errors` (resumed records included)."""

    read: int = 0
    extracted: int = 0
    duplicates: int = 0
    errors: int = 0
    resumed: int = 0
    errors_by_reason: Counter[str] = field(default_factory=Counter)
    skipped_records: Counter[str] = field(default_factory=Counter)
    groups: list[DuplicateGroup] = field(default_factory=list)
    seconds: float = 0.0
    interrupted: bool = False

    @property
    def balanced(self) -> bool:
        return self.read == self.extracted + self.duplicates + self.errors

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready summary, duplicate groups included."""
        return {
            "read": self.read,
            "extracted": self.extracted,
            "duplicates": self.duplicates,
            "errors": self.errors,
            "resumed": self.resumed,
            "errors_by_reason": dict(self.errors_by_reason),
            "skipped_archive_records": dict(self.skipped_records),
            "seconds": round(self.seconds, 2),
            "documents_per_second": round(self.read / self.seconds, 2) if self.seconds else None,
            "interrupted": self.interrupted,
            "balanced": self.balanced,
            "duplicate_groups": [
                {
                    "original": g.original_id,
                    "url": g.original_url,
                    "appearances": [{"id": i, "url": u, "kind": k} for i, u, k in g.members],
                }
                for g in self.groups
            ],
        }


def position_key(provenance: Provenance) -> str:
    """Where a document sits in its input: the resume key of documents without content."""
    return f"{provenance.path}#{provenance.index}@{provenance.warc_offset}"


def article_record(
    article: Article, document_id: str, duplicate_of: str | None, kind: str | None
) -> dict[str, Any]:
    """The output record of one article: its fields, url, provenance, duplicate_of."""
    record = article.model_dump(mode="json")
    record.update({"document_id": document_id, "duplicate_of": duplicate_of, "duplicate_kind": kind})
    return record


def error_record(rejection: Rejection) -> dict[str, Any]:
    """The output record of a document that failed: `error` and `reason`, plus where it came from."""
    return {
        "error": rejection.error,
        "reason": rejection.reason.value,
        "stage": rejection.stage.value,
        "detail": rejection.detail,
        "document_id": rejection.document_id,
        "provenance": rejection.provenance.model_dump(mode="json"),
    }


def load_done(lines: Iterable[str], summary: CorpusSummary, dedup: Deduplicator) -> Counter[str]:
    """How often each key was written by an earlier run; its counts and texts are taken over.

    A key is the document's content hash (its position in the input when it never had content);
    a key written n times means the first n documents with that key are done.
    """
    done: Counter[str] = Counter()
    for line in lines:
        try:
            record = json.loads(line)
        except ValueError:
            continue  # a line cut short by the crash: that document is read again
        if not isinstance(record, dict):
            continue
        done[record.get("document_id") or position_key(Provenance(**record.get("provenance") or {}))] += 1
        summary.read += 1
        summary.resumed += 1
        if "error" in record:
            summary.errors += 1
            summary.errors_by_reason[str(record.get("reason"))] += 1
        elif record.get("duplicate_of"):
            summary.duplicates += 1
        else:
            summary.extracted += 1
            dedup.check(Article.model_validate(_article_fields(record)), record.get("document_id"))
    return done


def _article_fields(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k in Article.model_fields}


def run_corpus(
    paths: Iterable[str | Path],
    settings: Settings,
    write: Callable[[dict[str, Any]], None],
    *,
    done: Counter[str] | None = None,
    summary: CorpusSummary | None = None,
    dedup: Deduplicator | None = None,
    on_progress: Callable[[CorpusSummary], None] | None = None,
) -> CorpusSummary:
    """Extract every document under `paths`, write one record each, and count.

    Args:
        paths: files, folders or "-".
        settings: settings built at the edge.
        write: called with each output record, in input order.
        done: resume keys of documents already written, with counts (see `load_done`).
        summary: counts to continue from (resume).
        dedup: duplicate memory to continue from (resume).
        on_progress: called after each document (progress bars).
    """
    summary = summary or CorpusSummary()
    dedup = dedup or Deduplicator()
    done = done if done is not None else Counter()
    started = time.perf_counter()
    try:
        for item in _documents(paths, settings, summary.skipped_records):
            key = (
                item.id
                if isinstance(item, RawDocument)
                else item.document_id or position_key(item.provenance)
            )
            if done[key] > 0:  # written by the run this one resumes
                done[key] -= 1
                continue
            write(_process(item, settings, summary, dedup))
            if on_progress is not None:
                on_progress(summary)
    except KeyboardInterrupt:
        summary.interrupted = True
    summary.seconds += time.perf_counter() - started
    summary.groups = dedup.groups()
    return summary


def _documents(
    paths: Iterable[str | Path], settings: Settings, skipped: Counter[str]
) -> Iterator[RawDocument | Rejection]:
    """read_documents per input file, so a reader bug costs one file, never the run."""
    for path in expand_paths(paths):
        try:
            yield from read_documents([path], settings.ingest, skipped)
        except Exception as exc:  # a reader bug: record it against the file and go on
            log.exception("reader failed on %s", path)
            yield Rejection(
                stage=Stage.INGEST,
                reason=ReasonCode.INTERNAL_ERROR,
                detail=f"reader failed: {type(exc).__name__}: {exc}",
                provenance=Provenance(path=path),
            )


def _process(
    item: RawDocument | Rejection, settings: Settings, summary: CorpusSummary, dedup: Deduplicator
) -> dict[str, Any]:
    summary.read += 1
    result = item if isinstance(item, Rejection) else _extract(item, settings)
    if isinstance(result, Rejection):
        summary.errors += 1
        summary.errors_by_reason[result.reason.value] += 1
        return error_record(result)
    assert isinstance(item, RawDocument)
    match = dedup.check(result, item.id)
    if match is None:
        summary.extracted += 1
        return article_record(result, item.id, None, None)
    summary.duplicates += 1
    return article_record(result, item.id, match.original_id, match.kind)


def _extract(raw: RawDocument, settings: Settings) -> Article | Rejection:
    try:
        return extract_article(raw, settings.extract)
    except Exception as exc:  # a bug on one page must not end a corpus run: record it and go on
        return internal_error(raw, Stage.EXTRACT, exc)


def write_jsonl(handle: TextIO) -> Callable[[dict[str, Any]], None]:
    """A writer that appends one JSON line per record and flushes, so a crash loses nothing written."""

    def write(record: dict[str, Any]) -> None:
        handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        handle.flush()

    return write
