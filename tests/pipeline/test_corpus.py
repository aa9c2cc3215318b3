"""Corpus runs: one record per input document, counts that add up, duplicates, resume."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from kildespor.config import IngestSettings, Settings
from kildespor.extract.dedup import Deduplicator
from kildespor.pipeline.corpus import CorpusSummary, load_done, run_corpus, write_jsonl

WEB = Path(__file__).resolve().parents[1] / "data" / "web"


def _mixed_folder(root: Path) -> Path:
    """Invented inputs of every kind, good and bad."""
    folder = root / "blandet"
    folder.mkdir()
    shutil.copy(WEB / "article_da.html", folder / "artikel.html")
    shutil.copy(WEB / "article_da.html", folder / "kopi.htm")  # the same page twice: a duplicate
    shutil.copy(WEB / "feed_da.rss", folder / "feed.rss")
    (folder / "tom.txt").write_bytes(b"")
    (folder / "billede.bin").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (folder / "latin.txt").write_bytes(
        "Overskrift om Ærø\n\nSøren og Åse spiste rødgrød med fløde på havnen i går.".encode("cp1252")
    )
    with (folder / "stor.txt").open("wb") as handle:  # 50 MB: over this test's 10 MB limit
        handle.seek(50 * 1024 * 1024 - 1)
        handle.write(b"a")
    line = json.dumps({"text": "ord " * 262_144, "url": "https://a.example/lang"})
    (folder / "lang.jsonl").write_text(line)  # one 1 MB line, no newline
    (folder / "data.jsonl").write_text('{"text": "Kort opdigtet tekst."}\n{broken\n{"titel": "uden tekst"}\n')
    return folder


def _run(paths: list[Any], settings: Settings, **kwargs: Any) -> tuple[CorpusSummary, list[dict[str, Any]]]:
    records: list[dict[str, Any]] = []
    summary = run_corpus(paths, settings, records.append, **kwargs)
    return summary, records


@pytest.fixture()
def small_limit() -> Settings:
    return Settings(ingest=IngestSettings(max_bytes=10_000_000))


def test_run_corpus_mixed_folder_counts_add_up(tmp_path: Path, small_limit: Settings) -> None:
    summary, records = _run([_mixed_folder(tmp_path), tmp_path / "findes-ikke.html"], small_limit)
    assert summary.balanced
    assert summary.read == len(records) == 13
    assert summary.extracted == 6  # article, 2 feed entries, latin text, the 1 MB line, the short text
    assert summary.duplicates == 1
    assert summary.errors_by_reason == Counter(
        {"empty": 1, "binary": 1, "too_large": 1, "malformed_json": 1, "missing_field": 1, "not_found": 1}
    )
    errors = [r for r in records if "error" in r]
    assert all(r["reason"] and r["provenance"]["path"] for r in errors)
    assert {Path(r["provenance"]["path"]).name for r in errors} >= {"tom.txt", "billede.bin", "stor.txt"}


def test_run_corpus_marks_duplicates_and_groups_them(tmp_path: Path, small_limit: Settings) -> None:
    summary, records = _run([_mixed_folder(tmp_path)], small_limit)
    [duplicate] = [r for r in records if r.get("duplicate_of")]
    [original] = [
        r for r in records if r.get("document_id") == duplicate["duplicate_of"] and not r.get("duplicate_of")
    ]
    assert duplicate["provenance"]["path"].endswith("kopi.htm")
    assert original["provenance"]["path"].endswith("artikel.html")
    assert duplicate["duplicate_kind"] == "exact"
    assert len(summary.groups) == 1 and len(summary.groups[0].members) == 1


def test_run_corpus_latin1_text_is_decoded(tmp_path: Path, small_limit: Settings) -> None:
    _, records = _run([_mixed_folder(tmp_path) / "latin.txt"], small_limit)
    assert "Søren og Åse spiste rødgrød" in records[0]["text"]


def test_run_corpus_resume_skips_done_documents(tmp_path: Path, small_limit: Settings) -> None:
    folder = _mixed_folder(tmp_path)
    _, full = _run([folder], small_limit)
    out = tmp_path / "ud.jsonl"
    with out.open("w") as handle:  # a run that crashed after six records, the last one cut short
        write = write_jsonl(handle)
        for record in full[:6]:
            write(record)
        handle.write('{"id": "half')
    summary, dedup = CorpusSummary(), Deduplicator()
    with out.open() as previous:
        done = load_done(previous, summary, dedup)
    summary, rest = _run([folder], small_limit, done=done, summary=summary, dedup=dedup)
    assert summary.resumed == 6
    assert len(rest) == len(full) - 6
    assert [r.get("document_id") or r["provenance"]["path"] for r in rest] == [
        r.get("document_id") or r["provenance"]["path"] for r in full[6:]
    ]
    assert summary.balanced and summary.read == len(full)
    assert summary.duplicates == 1


def test_run_corpus_summary_dict_is_json(tmp_path: Path, small_limit: Settings) -> None:
    summary, _ = _run([_mixed_folder(tmp_path)], small_limit)
    data = json.loads(json.dumps(summary.to_dict()))
    assert data["balanced"] is True
    assert data["read"] == data["extracted"] + data["duplicates"] + data["errors"]
    assert data["duplicate_groups"][0]["appearances"]
