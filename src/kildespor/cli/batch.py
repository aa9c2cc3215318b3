"""`kildespor batch INPUT... --output DIR`: a corpus-scale run on Dask, resumable."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from kildespor.cli.options import ConfigOption, ModelOption, build_settings
from kildespor.executors.base import Executor, RunReport
from kildespor.executors.local import LocalExecutor
from kildespor.pipeline.stats import ShardStats


class TerminalProgress:
    """Shards and documents done, documents per second and errors, on one live line."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self.progress = Progress(
            TextColumn("shards"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[docs]} docs · {task.fields[rate]} docs/s · {task.fields[errors]}"),
            TimeElapsedColumn(),
            console=console,
        )
        self.task = self.progress.add_task("shards", total=None, docs=0, rate="-", errors="0 rejected")
        self.started_at = time.perf_counter()
        self.documents = self.rejections = self.failed = 0

    def started(self, total: int, skipped: int, pending_records: int) -> None:
        self.console.print(
            f"{total} shards: {skipped} already complete, {total - skipped} to run (~{pending_records} records)"
        )
        self.progress.update(self.task, total=total - skipped)
        self.progress.start()
        self.started_at = time.perf_counter()

    def message(self, text: str) -> None:
        self.console.print(text)

    def shard_done(self, stats: ShardStats) -> None:
        self.documents += stats.documents
        self.rejections += stats.rejections
        self._refresh()

    def shard_failed(self, shard_id: str, error: str) -> None:
        self.failed += 1
        self.console.print(f"[red]shard {shard_id} failed:[/] {error}", highlight=False)
        self._refresh()

    def stop(self) -> None:
        self.progress.stop()

    def _refresh(self) -> None:
        elapsed = max(time.perf_counter() - self.started_at, 1e-6)
        errors = f"{self.rejections} rejected" + (f", {self.failed} shards failed" if self.failed else "")
        rate = f"{self.documents / elapsed:.1f}"
        self.progress.update(self.task, advance=1, docs=self.documents, rate=rate, errors=errors)


def batch(
    inputs: Annotated[list[str], typer.Argument(help="Files or folders (HTML, text, WARC, JSON Lines).")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Output directory (Parquet tables).")],
    scheduler: Annotated[
        str | None, typer.Option("--scheduler", help="Address of a running Dask scheduler, tcp://HOST:PORT.")
    ] = None,
    workers: Annotated[
        int | None, typer.Option("--workers", "-w", help="Worker processes of the local Dask cluster.")
    ] = None,
    shard_size: Annotated[
        int | None, typer.Option("--shard-size", help="Documents per shard (task).")
    ] = None,
    retries: Annotated[int, typer.Option("--retries", help="Extra attempts for a failing shard.")] = 2,
    local: Annotated[bool, typer.Option("--local", help="Run in this process, without Dask.")] = False,
    model: ModelOption = None,
    config: ConfigOption = None,
) -> None:
    """Analyse a corpus in shards on Dask; rerun the same command to resume where it stopped.

    Writes Parquet tables (articles, attributions, markers, sentences, claims,
    entities, rejections) per shard under DIR/shards/, a completion marker per
    shard under DIR/done/ and merged stats in DIR/stats.json. Exits 1 when a
    shard failed after its retries (rerun to redo it).
    """
    settings = build_settings(config, model=model)
    batch_overrides = {"shard_size": shard_size, "workers": workers}
    settings = settings.model_copy(
        update={"batch": settings.batch.model_copy(update={k: v for k, v in batch_overrides.items() if v})}
    )
    executor: Executor = LocalExecutor(retries=retries)
    if not local:
        from kildespor.executors.dask import DaskExecutor  # imports distributed: only when used

        executor = DaskExecutor(scheduler=scheduler, workers=settings.batch.workers, retries=retries)
    console = Console(stderr=True)
    progress = TerminalProgress(console)
    try:
        report = executor.run(inputs, settings, output, progress)
    finally:
        progress.stop()
    _summarise(report, console)
    if report.failed:
        raise typer.Exit(1)


def _summarise(report: RunReport, console: Console) -> None:
    run = report.this_run
    rate = run.documents / report.seconds if report.seconds else 0.0
    console.print(
        f"ran {report.ran} shards ({run.documents} docs, {run.results} analysed, {run.rejections} rejected) "
        f"in {report.seconds:.1f} s = {rate:.1f} docs/s; skipped {report.skipped} complete shards"
    )
    total = report.total
    console.print(
        f"{report.output}: {total.shards}/{report.shards} shards complete, "
        f"{total.results} articles, {total.rejections} rejections"
    )
    for reason, count in total.reasons.items():
        console.print(f"  rejected {reason}: {count}")


def register(app: typer.Typer) -> None:
    app.command("batch")(batch)
