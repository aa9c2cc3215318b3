"""Shard planning: deterministic shards, record ranges in large WARC/JSONL files, plan reuse.

All pages and records here are invented for the tests.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from kildespor.config import IngestSettings
from kildespor.ingest import read_documents
from kildespor.pipeline.shards import ShardPlan, load_or_plan, plan_shards, read_shard
from kildespor.pipeline.tables import document_key


def _page(number: int) -> str:
    return (
        f"<html><head><title>Invented headline {number}</title></head><body><article>"
        f"<h1>Invented headline {number}</h1><p>Borgmesteren siger, at broen nummer {number} "
        "formentlig åbner til sommer. Det oplyser kommunen.</p></article></body></html>"
    )


def _text_files(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = folder / f"article_{number:02d}.txt"
        path.write_text(f"Overskrift {number}\n\nMinisteren sagde {number} ting i går.\n", encoding="utf-8")
        paths.append(path)
    return paths


def _keys_and_ids(items: object) -> list[tuple[str, str | None]]:
    """(document key, document id) of every document or rejection, in order."""
    out = []
    for item in items:  # type: ignore[attr-defined]
        out.append((document_key(item.provenance), getattr(item, "id", None)))
    return out


@pytest.mark.parametrize(("files", "shard_size", "expected_shards"), [(5, 2, 3), (5, 5, 1), (4, 1, 4)])
def test_plan_shards_packs_small_files(
    tmp_path: Path, files: int, shard_size: int, expected_shards: int
) -> None:
    _text_files(tmp_path / "in", files)
    plan = plan_shards([tmp_path / "in"], shard_size)
    assert len(plan.shards) == expected_shards
    assert all(shard.records <= shard_size for shard in plan.shards)
    assert sum(shard.records for shard in plan.shards) == files


def test_plan_shards_is_deterministic(tmp_path: Path) -> None:
    _text_files(tmp_path / "in", 7)
    first = plan_shards([tmp_path / "in"], 3)
    second = plan_shards([tmp_path / "in"], 3)
    assert [s.id for s in first.shards] == [s.id for s in second.shards]
    assert len({s.id for s in first.shards}) == len(first.shards)


@pytest.mark.parametrize("gzip", [True, False])
def test_plan_shards_cuts_large_warc_into_record_ranges(
    tmp_path: Path, make_warc: Callable[..., Path], gzip: bool
) -> None:
    suffix = ".warc.gz" if gzip else ".warc"
    warc = make_warc(
        tmp_path / f"big{suffix}", [(f"https://example.dk/{i}", _page(i)) for i in range(7)], gzip=gzip
    )
    plan = plan_shards([warc], shard_size=4)  # 14 records (request + response per page)
    ranges = [unit for shard in plan.shards for unit in shard.units]
    assert [u.first_index for u in ranges] == [0, 4, 8, 12]
    assert all(u.is_range for u in ranges)
    assert ranges[-1].end == warc.stat().st_size


@pytest.mark.parametrize("gzip", [True, False])
def test_read_shard_ranges_give_the_same_documents_as_the_whole_file(
    tmp_path: Path, make_warc: Callable[..., Path], gzip: bool
) -> None:
    warc = make_warc(
        tmp_path / "big.warc.gz", [(f"https://example.dk/{i}", _page(i)) for i in range(9)], gzip=gzip
    )
    settings = IngestSettings()
    whole = _keys_and_ids(read_documents([warc], settings))
    plan = plan_shards([warc], shard_size=3)
    sharded = [key for shard in plan.shards for key in _keys_and_ids(read_shard(shard, settings))]
    assert len(plan.shards) == 6
    assert len(whole) == 9
    assert sharded == whole


def test_read_shard_jsonl_ranges_keep_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "export.jsonl"
    lines = [
        json.dumps({"url": f"https://example.dk/{i}", "text": f"Invented text {i}. Hun siger ja."})
        for i in range(7)
    ]
    lines.insert(3, "not json")  # a broken line is a rejection with its own line number
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    settings = IngestSettings()
    whole = _keys_and_ids(read_documents([path], settings))
    plan = plan_shards([path], shard_size=3)
    sharded = [key for shard in plan.shards for key in _keys_and_ids(read_shard(shard, settings))]
    assert len(plan.shards) == 3
    assert sharded == whole
    assert [key for key, _ in sharded][3] == f"{path}#3"


def test_plan_shards_keeps_a_one_stream_gzip_warc_whole(
    tmp_path: Path, make_warc: Callable[..., Path]
) -> None:
    import gzip

    plain = make_warc(
        tmp_path / "plain.warc", [(f"https://example.dk/{i}", _page(i)) for i in range(5)], gzip=False
    )
    single = tmp_path / "single.warc.gz"
    single.write_bytes(gzip.compress(plain.read_bytes()))
    plan = plan_shards([single], shard_size=2)
    assert len(plan.shards) == 1
    assert not plan.shards[0].units[0].is_range


def test_plan_shards_keeps_missing_inputs_as_documents(tmp_path: Path) -> None:
    plan = plan_shards([tmp_path / "missing.txt"], shard_size=10)
    assert plan.shards[0].units[0].file.size == -1
    items = list(read_shard(plan.shards[0], IngestSettings()))
    assert [getattr(item, "reason", None) for item in items] == ["not_found"]


def test_load_or_plan_reuses_the_plan_until_an_input_changes(tmp_path: Path) -> None:
    paths = _text_files(tmp_path / "in", 4)
    plan_file = tmp_path / "out" / "plan.json"
    first = load_or_plan([tmp_path / "in"], 2, plan_file)
    stamp = plan_file.stat().st_mtime_ns
    assert load_or_plan([tmp_path / "in"], 2, plan_file) == first
    assert plan_file.stat().st_mtime_ns == stamp
    paths[0].write_text("Ændret overskrift\n\nNy tekst om noget andet.\n", encoding="utf-8")
    os.utime(paths[0], ns=(stamp + 10_000_000_000, stamp + 10_000_000_000))
    changed = load_or_plan([tmp_path / "in"], 2, plan_file)
    assert changed.shards[0].id != first.shards[0].id
    assert changed.shards[1].id == first.shards[1].id


def test_plan_shards_rejects_a_shard_size_below_one(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="shard_size"):
        plan_shards([tmp_path], 0)


@pytest.mark.parametrize("content", ["{not json", '{"version": 1}'])
def test_load_or_plan_replans_over_an_unreadable_plan_file(tmp_path: Path, content: str) -> None:
    _text_files(tmp_path / "in", 3)
    plan_file = tmp_path / "plan.json"
    plan_file.write_text(content, encoding="utf-8")
    plan = load_or_plan([tmp_path / "in"], 2, plan_file)
    assert len(plan.shards) == 2
    assert ShardPlan.model_validate_json(plan_file.read_text(encoding="utf-8")) == plan
