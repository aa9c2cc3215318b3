"""DaskExecutor on a real LocalCluster with 2 worker processes: exactly once, resume, killed workers.

The WARC pages and text files are invented for the tests; examples/ holds the
repository's invented example articles.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import cloudpickle
import pytest
from distributed import Client
from spacy.language import Language
from typer.testing import CliRunner

from kildespor.cli.main import app
from kildespor.config import Settings
from kildespor.executors.base import process_shard
from kildespor.executors.dask import DaskExecutor, pipeline_loads
from kildespor.ingest import read_documents
from kildespor.pipeline.shards import ShardSpec
from kildespor.pipeline.stats import ShardStats
from kildespor.pipeline.tables import BatchOutput, document_key

pytestmark = pytest.mark.dask

# The workers are separate processes that cannot import this test module: ship its code by value.
cloudpickle.register_pickle_by_value(sys.modules[__name__])


def _page(number: int) -> str:
    return (
        f"<html><head><title>Opdigtet nyhed {number}</title></head><body><article>"
        f"<h1>Opdigtet nyhed {number}</h1><p>Direktøren siger, at fabrik nummer {number} "
        "angiveligt lukker til jul. Det oplyser fagforeningen.</p></article></body></html>"
    )


def _inputs(tmp_path: Path, examples_dir: Path, make_warc: Callable[..., Path]) -> list[Path]:
    folder = tmp_path / "in"
    folder.mkdir()
    for number in range(3):
        text = f"Overskrift {number}\n\nBorgmesteren siger, at {number} veje formentlig lukker.\n"
        (folder / f"invented_{number}.txt").write_text(text, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    make_warc(folder / "crawl.warc.gz", [(f"https://example.dk/nyhed/{i}", _page(i)) for i in range(6)])
    records = [
        {"url": f"https://example.dk/eksport/{i}", "text": f"Hun siger, at {i} er nok."} for i in range(5)
    ]
    (folder / "export.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    inputs = [folder, tmp_path / "missing.txt"]
    if examples_dir.is_dir() and any(examples_dir.iterdir()):
        inputs.insert(0, examples_dir)
    return inputs


def _settings(settings: Settings, shard_size: int = 4, model: str = "blank") -> Settings:
    """Small shards; the blank pipeline unless asked (these tests are about the executor, not the model)."""
    return settings.model_copy(
        update={
            "batch": settings.batch.model_copy(update={"shard_size": shard_size}),
            "language": settings.language.model_copy(update={"model": model}),
        }
    )


def _output_keys(output: Path) -> list[str]:
    batch = BatchOutput(output)
    return [
        *batch.read_table("articles").column("doc_key").to_pylist(),
        *batch.read_table("rejections").column("doc_key").to_pylist(),
    ]


def _expected_keys(inputs: list[Path]) -> list[str]:
    """Every document the ingest stage yields for the inputs, read in one pass without shards."""
    return sorted(document_key(item.provenance) for item in read_documents(inputs))


class _DyingPipeline:
    """Stands in for the language pipeline and kills its own worker process on the second document."""

    def __init__(self, nlp: Language, flag: Path) -> None:
        self.nlp = nlp
        self.flag = flag
        self.calls = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.nlp, name)

    def __call__(self, text: str) -> Any:
        self.calls += 1
        if self.calls == 2:
            self.flag.write_text(str(os.getpid()))
            os.kill(os.getpid(), signal.SIGKILL)
        return self.nlp(text)


class _KillWorkerOnce:
    """Shard runner that kills the worker mid-shard the first time it runs `victim`."""

    def __init__(self, flag: Path, victim: str) -> None:
        self.flag = flag
        self.victim = victim

    def __call__(self, shard: ShardSpec, settings: Settings, output: str, nlp: Language) -> ShardStats:
        if shard.id == self.victim:
            try:
                self.flag.open("x").close()  # only the first attempt anywhere gets to create it
            except FileExistsError:
                pass
            else:
                return process_shard(shard, settings, output, _DyingPipeline(nlp, self.flag))  # type: ignore[arg-type]
        return process_shard(shard, settings, output, nlp)


def test_dask_executor_survives_a_killed_worker_with_every_input_exactly_once(
    tmp_path: Path,
    settings: Settings,
    examples_dir: Path,
    make_warc: Callable[..., Path],
    dask_scheduler: str,
) -> None:
    inputs = _inputs(tmp_path, examples_dir, make_warc)
    batch_settings = _settings(settings)
    from kildespor.pipeline.shards import plan_shards

    plan = plan_shards(inputs, batch_settings.batch.shard_size, batch_settings.ingest)
    # The shard of the invented text files: three documents that reach the language pipeline.
    victim = next(s.id for s in plan.shards if any(u.file.path.endswith("invented_0.txt") for u in s.units))
    flag = tmp_path / "killed-once"
    runner = _KillWorkerOnce(flag, victim)
    report = DaskExecutor(scheduler=dask_scheduler, shard_runner=runner).run(
        inputs, batch_settings, tmp_path / "out"
    )
    keys = _output_keys(tmp_path / "out")
    assert flag.exists() and flag.read_text(), "the victim shard never got to its second document: no kill"
    killed_pid = int(flag.read_text())
    with pytest.raises(ProcessLookupError):
        os.kill(killed_pid, 0)  # that worker process is really gone
    victim_stats = ShardStats.model_validate_json(BatchOutput(tmp_path / "out").marker(victim).read_text())
    assert not victim_stats.worker.endswith(f":{killed_pid}")
    assert report.complete, report.failed
    assert len(keys) == len(set(keys)), "a document was written twice"
    assert sorted(keys) == _expected_keys(inputs)
    assert sum("crawl.warc.gz@" in key for key in keys) == 6  # WARC documents keyed by record offset
    assert sorted(BatchOutput(tmp_path / "out").completed()) == sorted(s.id for s in plan.shards)
    assert [p.name for p in (tmp_path / "out" / "shards").iterdir() if p.name.startswith(".")] == []


def test_dask_executor_rerun_skips_done_shards_and_redoes_a_deleted_marker(
    tmp_path: Path,
    settings: Settings,
    examples_dir: Path,
    make_warc: Callable[..., Path],
    dask_scheduler: str,
) -> None:
    inputs = _inputs(tmp_path, examples_dir, make_warc)
    executor = DaskExecutor(scheduler=dask_scheduler)
    first = executor.run(inputs, _settings(settings), tmp_path / "out")
    second = executor.run(inputs, _settings(settings), tmp_path / "out")
    output = BatchOutput(tmp_path / "out")
    victim = output.completed()[-1]
    output.marker(victim).unlink()
    third = executor.run(inputs, _settings(settings), tmp_path / "out")
    assert first.complete and first.ran == first.shards > 3
    assert (second.ran, second.skipped, second.this_run.documents) == (0, first.shards, 0)
    assert (third.ran, third.skipped) == (1, first.shards - 1)
    assert output.marker(victim).is_file()
    keys = _output_keys(tmp_path / "out")
    assert sorted(keys) == _expected_keys(inputs)


def test_dask_workers_load_the_pipeline_once_each(
    tmp_path: Path,
    settings: Settings,
    examples_dir: Path,
    make_warc: Callable[..., Path],
    dask_scheduler: str,
) -> None:
    inputs = _inputs(tmp_path, examples_dir, make_warc)
    report = DaskExecutor(scheduler=dask_scheduler).run(
        inputs, _settings(settings, shard_size=1, model="auto"), tmp_path / "out"
    )
    with Client(dask_scheduler) as client:
        loads = client.run(pipeline_loads)
    assert report.ran > 10
    assert len(loads) == 2
    assert all(per_model.get(("auto", "da")) == 1 for per_model in loads.values()), loads
    assert {count for per_model in loads.values() for count in per_model.values()} == {1}


def test_batch_command_starts_a_local_cluster_and_resumes_on_an_existing_one(
    tmp_path: Path, make_warc: Callable[..., Path], dask_scheduler: str
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    make_warc(folder / "crawl.warc.gz", [(f"https://example.dk/{i}", _page(i)) for i in range(3)])
    (folder / "note.txt").write_text("Kort notits\n\nHun siger ja.\n", encoding="utf-8")
    out = str(tmp_path / "out")
    runner = CliRunner()
    first = runner.invoke(
        app,
        ["batch", str(folder), "--output", out, "--workers", "1", "--shard-size", "2", "--model", "blank"],
    )
    second = runner.invoke(
        app,
        [
            "batch",
            str(folder),
            "-o",
            out,
            "--scheduler",
            dask_scheduler,
            "--shard-size",
            "2",
            "--model",
            "blank",
        ],
    )
    assert first.exit_code == 0, first.output
    assert "Dask dashboard: http" in first.output
    assert "4 articles" in first.output or "rejections" in first.output
    assert second.exit_code == 0, second.output
    assert "ran 0 shards" in second.output
    assert sorted(_output_keys(tmp_path / "out")) == _expected_keys([folder])


def test_dask_executor_names_an_unreachable_scheduler(tmp_path: Path, settings: Settings) -> None:
    from kildespor.errors import ExecutorError

    (tmp_path / "a.txt").write_text("Overskrift\n\nTekst.\n", encoding="utf-8")
    with pytest.raises(ExecutorError, match=r"tcp://127\.0\.0\.1:1"):
        DaskExecutor(scheduler="tcp://127.0.0.1:1", connect_timeout="1s").run(
            [tmp_path / "a.txt"], settings, tmp_path / "out"
        )
