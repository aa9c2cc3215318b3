"""Examples plus 200 DaNewsroom articles (../shared) into SQLite and PostgreSQL: same counts, re-ingest adds nothing."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from kildespor.config import Settings
from kildespor.pipeline import analyze_paths
from kildespor.records import AnalysisResult, Rejection
from kildespor.storage import connect, save_all

DANEWSROOM_ARTICLES = 200


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
        sample.write_text("".join(itertools.islice(lines, DANEWSROOM_ARTICLES)), encoding="utf-8")
    items: list[AnalysisResult | Rejection] = list(analyze_paths([examples_dir, sample], settings))
    assert sum(isinstance(i, AnalysisResult) for i in items) >= DANEWSROOM_ARTICLES * 0.9
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
    assert counts["sqlite"]["articles"] >= DANEWSROOM_ARTICLES * 0.9
