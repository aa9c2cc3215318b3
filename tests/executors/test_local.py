"""The executor base through the in-process executor: markers, resume, failures, stats.

Every article here is invented for the tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from kildespor.config import Settings
from kildespor.executors.base import process_shard
from kildespor.executors.local import LocalExecutor
from kildespor.pipeline.shards import ShardSpec
from kildespor.pipeline.stats import ShardStats
from kildespor.pipeline.tables import BatchOutput


def _inputs(folder: Path, count: int = 5) -> Path:
    folder.mkdir()
    for number in range(count):
        text = f"Overskrift {number}\n\nFormanden siger, at mødet nummer {number} formentlig bliver aflyst.\n"
        (folder / f"invented_{number}.txt").write_text(text, encoding="utf-8")
    return folder


def _small(settings: Settings, shard_size: int = 2) -> Settings:
    return settings.model_copy(update={"batch": settings.batch.model_copy(update={"shard_size": shard_size})})


def test_local_executor_runs_every_shard_and_writes_markers(tmp_path: Path, settings: Settings) -> None:
    inputs = _inputs(tmp_path / "in")
    report = LocalExecutor().run([inputs], _small(settings), tmp_path / "out")
    output = BatchOutput(tmp_path / "out")
    assert (report.shards, report.ran, report.skipped, report.complete) == (3, 3, 0, True)
    assert len(output.completed()) == 3
    assert report.total.results == 5
    assert json.loads(output.stats_file.read_text())["results"] == 5


def test_local_executor_second_run_does_no_work(tmp_path: Path, settings: Settings) -> None:
    inputs = _inputs(tmp_path / "in")
    LocalExecutor().run([inputs], _small(settings), tmp_path / "out")
    calls: list[str] = []

    def counting(shard: ShardSpec, settings: Settings, output: str, nlp: Language) -> ShardStats:
        calls.append(shard.id)
        return process_shard(shard, settings, output, nlp)

    report = LocalExecutor(shard_runner=counting).run([inputs], _small(settings), tmp_path / "out")
    assert calls == []
    assert (report.ran, report.skipped, report.total.results) == (0, 3, 5)


def test_local_executor_redoes_exactly_the_shard_whose_marker_was_deleted(
    tmp_path: Path, settings: Settings
) -> None:
    inputs = _inputs(tmp_path / "in")
    LocalExecutor().run([inputs], _small(settings), tmp_path / "out")
    output = BatchOutput(tmp_path / "out")
    victim = output.completed()[1]
    output.marker(victim).unlink()
    report = LocalExecutor().run([inputs], _small(settings), tmp_path / "out")
    assert (report.ran, report.skipped) == (1, 2)
    assert report.this_run.shards == 1
    assert output.marker(victim).is_file()
    assert sorted(output.read_table("articles").column("doc_key").to_pylist()) == sorted(
        f"{inputs / f'invented_{n}.txt'}#0" for n in range(5)
    )


def test_local_executor_reports_a_failing_shard_and_a_rerun_completes_it(
    tmp_path: Path, settings: Settings
) -> None:
    inputs = _inputs(tmp_path / "in")
    attempts: list[str] = []

    def failing_first(shard: ShardSpec, settings: Settings, output: str, nlp: Language) -> ShardStats:
        attempts.append(shard.id)
        if len(attempts) == 1:
            raise OSError("invented: network filesystem went away")
        return process_shard(shard, settings, output, nlp)

    report = LocalExecutor(shard_runner=failing_first).run([inputs], _small(settings), tmp_path / "out")
    assert list(report.failed) == [attempts[0]]
    assert not report.complete
    assert not BatchOutput(tmp_path / "out").marker(attempts[0]).exists()
    rerun = LocalExecutor().run([inputs], _small(settings), tmp_path / "out")
    assert (rerun.ran, rerun.complete, rerun.total.results) == (1, True, 5)


@pytest.mark.parametrize("retries", [1, 2])
def test_local_executor_retries_a_failing_shard(tmp_path: Path, settings: Settings, retries: int) -> None:
    inputs = _inputs(tmp_path / "in", count=1)
    attempts: list[str] = []

    def failing_once(shard: ShardSpec, settings: Settings, output: str, nlp: Language) -> ShardStats:
        attempts.append(shard.id)
        if len(attempts) == 1:
            raise OSError("invented: transient")
        return process_shard(shard, settings, output, nlp)

    report = LocalExecutor(retries=retries, shard_runner=failing_once).run(
        [inputs], settings, tmp_path / "out"
    )
    assert report.complete
    assert len(attempts) == 2


def test_local_executor_ignores_shards_of_an_older_plan(tmp_path: Path, settings: Settings) -> None:
    inputs = _inputs(tmp_path / "in", count=3)
    LocalExecutor().run([inputs], _small(settings), tmp_path / "out")
    (inputs / "invented_0.txt").unlink()
    report = LocalExecutor().run([inputs], _small(settings), tmp_path / "out")
    output = BatchOutput(tmp_path / "out")
    assert report.total.results == 2
    assert output.read_table("articles").num_rows == 2


def test_local_executor_removes_temporary_directories_of_completed_shards(
    tmp_path: Path, settings: Settings
) -> None:
    inputs = _inputs(tmp_path / "in", count=2)
    LocalExecutor().run([inputs], settings, tmp_path / "out")
    output = BatchOutput(tmp_path / "out")
    shard_id = output.completed()[0]
    leftover = output.shards_dir / f".{shard_id}.0123abcd.tmp"
    leftover.mkdir()
    unrelated = output.shards_dir / ".someone-else.tmp"
    unrelated.mkdir()
    LocalExecutor().run([inputs], settings, tmp_path / "out")
    assert not leftover.exists()
    assert unrelated.exists()
