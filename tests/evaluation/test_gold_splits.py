"""The stand-off gold splits (every split dev_gold.py lists): disjoint texts, allowed corpora, texts that still match."""

from __future__ import annotations

import importlib.util
import itertools
import json
from pathlib import Path
from types import ModuleType

import pytest

GOLD_DIR = Path(__file__).resolve().parent / "gold"


def _gold_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dev_gold", GOLD_DIR / "dev_gold.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SPLITS: tuple[str, ...] = _gold_module().SPLITS


def _references(split: str) -> set[tuple[str, str]]:
    refs = set()
    for line in (GOLD_DIR / f"{split}_sources.standoff.jsonl").open(encoding="utf-8"):
        source = json.loads(line)["source"]
        key = source.get("sent_id", source.get("index", source.get("number")))
        refs.add((source["corpus"], str(key)))
    return refs


@pytest.mark.parametrize(("first", "second"), list(itertools.combinations(SPLITS, 2)))
def test_gold_splits_share_no_text(first: str, second: str) -> None:
    assert not _references(first) & _references(second)


@pytest.mark.parametrize("split", SPLITS)
def test_gold_splits_use_only_dev_train_and_news_corpora(split: str) -> None:
    corpora = {corpus for corpus, _ in _references(split)}
    assert corpora <= {"ud_ddt_dev", "ud_ddt_train", "danewsroom", "newscrawl"}
    assert all(not key.startswith("test") for _, key in _references(split))


@pytest.mark.shared
@pytest.mark.parametrize("split", SPLITS)
def test_gold_splits_rebuild_from_shared_with_spans_inside_text(shared_dir: Path, split: str) -> None:
    records = _gold_module().build_gold(shared_dir, split)
    assert records
    for record in records:
        size = len(record["text"])
        spans = [m["span"] for m in record["markers"]] + [
            a[key] for a in record["attributions"] for key in ("cue", "content") if a[key]
        ]
        assert all(0 <= start < end <= size for start, end in spans), record["id"]
