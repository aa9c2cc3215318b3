"""`kildespor extract`: structure only (no language analysis), one JSON record per document."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer
from rich.console import Console
from rich.progress import Progress, ProgressColumn, SpinnerColumn, Task, TextColumn, TimeElapsedColumn
from rich.text import Text

from kildespor.cli.options import ConfigOption
from kildespor.config import load_settings
from kildespor.errors import InputError
from kildespor.extract.dedup import Deduplicator
from kildespor.pipeline.corpus import CorpusSummary, load_done, run_corpus, write_jsonl

FORMATS = ("jsonl", "json")


class _RateColumn(ProgressColumn):
    """Documents per second and errors so far."""

    def render(self, task: Task) -> Text:
        rate = task.completed / task.elapsed if task.elapsed else 0.0
        return Text(f"{rate:6.1f} docs/s  errors {task.fields.get('errors', 0)}")


def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, folders or '-' for stdin.", show_default=False)],
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="jsonl (one record a line) or json (an array).")
    ] = "jsonl",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write records here (default stdout).")
    ] = None,
    resume: Annotated[
        bool, typer.Option("--resume", help="Skip documents already in OUTPUT; append.")
    ] = False,
    text_field: Annotated[
        str | None, typer.Option("--text-field", help="JSON Lines key of the text.")
    ] = None,
    html_field: Annotated[
        str | None, typer.Option("--html-field", help="JSON Lines key of the HTML.")
    ] = None,
    url_field: Annotated[str | None, typer.Option("--url-field", help="JSON Lines key of the URL.")] = None,
    date_field: Annotated[
        str | None, typer.Option("--date-field", help="JSON Lines key of the date.")
    ] = None,
    title_field: Annotated[
        str | None, typer.Option("--title-field", help="JSON Lines key of the title.")
    ] = None,
    summary_path: Annotated[
        Path | None,
        typer.Option("--summary", help="Also write the run summary (with duplicate groups) as JSON."),
    ] = None,
    config: ConfigOption = None,
) -> None:
    """Extract articles (title, byline, dates, body, ...) from HTML, WARC/ARC, JSON Lines, feeds and text.

    Every input document gives one record: the article (with `duplicate_of` when it
    repeats an earlier one) or an error record with `error` and `reason`. A summary
    goes to stderr at the end: read = extracted + duplicates + errors.
    """
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if resume and (output is None or fmt != "jsonl"):
        raise InputError("--resume needs --format jsonl and --output FILE (the file it continues)")
    fields = {
        "text_field": text_field,
        "html_field": html_field,
        "url_field": url_field,
        "date_field": date_field,
        "title_field": title_field,
    }
    ingest = {key: value for key, value in fields.items() if value}
    settings = load_settings(config, {"ingest": ingest} if ingest else None)
    summary, dedup = CorpusSummary(), Deduplicator()
    done = None
    if resume and output is not None and output.exists():
        with output.open(encoding="utf-8") as previous:
            done = load_done(previous, summary, dedup)
    # warcio logs every URI it repairs; the summary and the records already say what matters.
    logging.getLogger("warcio").setLevel(logging.ERROR)
    err = Console(stderr=True)
    records: list[dict[str, Any]] = []
    handle = _open_output(output, append=resume)
    write = write_jsonl(handle) if fmt == "jsonl" else records.append
    try:
        with Progress(
            SpinnerColumn(),
            TextColumn("extracting {task.completed} docs"),
            _RateColumn(),
            TimeElapsedColumn(),
            console=err,
            transient=True,
            disable=not err.is_terminal,
        ) as progress:
            task = progress.add_task("extract", total=None, errors=0)

            def advance(current: CorpusSummary) -> None:
                progress.update(task, advance=1, errors=current.errors)

            summary = run_corpus(
                paths, settings, write, done=done, summary=summary, dedup=dedup, on_progress=advance
            )
        if fmt == "json":
            handle.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    finally:
        if handle is not sys.stdout:
            handle.close()
    if summary_path is not None:
        summary_path.parent.mkdir(parents=True, exist_ok=True)
        summary_path.write_text(json.dumps(summary.to_dict(), ensure_ascii=False, indent=2) + "\n", "utf-8")
    _report(summary, err)


def _open_output(output: Path | None, *, append: bool) -> TextIO:
    if output is None:
        return sys.stdout
    output.parent.mkdir(parents=True, exist_ok=True)
    return output.open("a" if append else "w", encoding="utf-8")


def _report(summary: CorpusSummary, err: Console) -> None:
    """The end summary on stderr; exit 1 when nothing was extracted, 130 when interrupted."""
    err.print(
        f"read {summary.read}: extracted {summary.extracted}, duplicates {summary.duplicates}, "
        f"errors {summary.errors}"
        + (f" (resumed {summary.resumed})" if summary.resumed else "")
        + f" in {summary.seconds:.1f}s",
        highlight=False,
    )
    for reason, count in summary.errors_by_reason.most_common():
        err.print(f"  error {reason}: {count}", highlight=False)
    for kind, count in summary.skipped_records.most_common():
        err.print(f"  skipped archive record {kind}: {count}", highlight=False)
    for group in summary.groups[:20]:
        err.print(
            f"  duplicate group {group.original_url or group.original_id}: "
            f"{len(group.members) + 1} appearances",
            highlight=False,
        )
    if summary.interrupted:
        err.print("[yellow]interrupted[/]: run again with --resume to continue")
        raise typer.Exit(130)
    if summary.read == 0:
        err.print("[red]error[/] no input documents found")
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command()(extract)
