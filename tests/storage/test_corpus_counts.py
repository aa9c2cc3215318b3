"""Examples plus 200 DaNewsroom articles (../shared) into SQLite and PostgreSQL: same counts, re-ingest adds nothing.

To keep the test inside its time budget each DaNewsroom text is cut after the last full stop
within its first 1,000 characters (the analysis, not the store, is what takes time).
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from kildespor.config import Settings
from kildespor.pipeline import analyze_paths
from kildespor.records import AnalysisResult, Rejection
from kildespor.storage import connect, save_all

DANEWSROOM_ARTICLES = 200
TEXT_CHARS = 1_000


def _shortened(line: str) -> str:
    record = json.loads(line)
    text = record.get("text") or ""
    if len(text) > TEXT_CHARS:
        cut = text.rfind(".", 0, TEXT_CHARS)
        record["text"] = text[: cut + 1 if cut > 0 else TEXT_CHARS]
    return json.dumps(record, ensure_ascii=False) + "\n"


@pytest.mark.shared
@pytest.mark.postgres
def test_ingest_corpus_same_counts_on_both_backends(
    shared_dir: Path, examples_dir: Path, postgres_url: str, tmp_path: Path, settings: Settings
) -> None:
    source = shared_dir / "data" / "news" / "danewsroom_sample.jsonl"
    if not source.is_file():
        pytest.skip(f"{source} not found")
    sample = tmp_path / "danewsroom_200.jsonl"
    with source.open(encoding="utf-8") as lines:
        sample.write_text(
            "".join(_shortened(line) for line in itertools.islice(lines, DANEWSROOM_ARTICLES)),
            encoding="utf-8",
        )
    # Whatever the pipeline makes of each document (result or rejection) is what both stores must hold.
    items: list[AnalysisResult | Rejection] = list(analyze_paths([examples_dir, sample], settings))
    assert len(items) >= DANEWSROOM_ARTICLES
    counts = {}
    for backend, url in (("sqlite", f"sqlite:///{tmp_path / 'k.db'}"), ("postgres", postgres_url)):
        database = connect(url)
        try:
            first = save_all(database, items)
            stored = database.corpus.counts().counts
            again = save_all(database, items)
            assert again.created == 0 and again.already_stored == first.created + first.already_stored
            assert database.corpus.counts().counts == stored
            counts[backend] = stored
        finally:
            database.close()
    assert counts["sqlite"] == counts["postgres"]
    stored = counts["sqlite"]
    assert stored["articles"] + stored["rejections"] == len({_identity(i) for i in items})


def _identity(item: AnalysisResult | Rejection) -> str:
    """What makes two items the same stored row: the article id, or the rejection's origin."""
    if isinstance(item, AnalysisResult):
        return item.article.id
    origin = item.provenance
    return f"{item.stage}|{item.reason}|{item.document_id}|{origin.path}|{origin.url}|{origin.index}"
