"""`kildespor analyze` and `kildespor schema`."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from kildespor.cli.options import ConfigOption, ModelOption, build_settings, write_output
from kildespor.errors import InputError
from kildespor.language import load_pipeline
from kildespor.pipeline import analyze_paths
from kildespor.records import AnalysisResult, Rejection
from kildespor.reports import print_text_report, render

FORMATS = ("text", "json", "jsonl", "markdown", "html")


def analyze(
    paths: Annotated[list[str], typer.Argument(help="Files, folders or '-' for stdin.", show_default=False)],
    fmt: Annotated[
        str, typer.Option("--format", "-f", help=f"Report format: {', '.join(FORMATS)}.")
    ] = "text",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the report here.")] = None,
    as_of: Annotated[
        str | None,
        typer.Option("--as-of", help="Date (YYYY-MM-DD) to resolve relative ages against; default today."),
    ] = None,
    model: ModelOption = None,
    config: ConfigOption = None,
) -> None:
    """Analyse news articles: the article, its sources, and how firmly each claim is made.

    Reads scraped text, HTML, WARC and JSON Lines. Exits 0 when at least one
    document was analysed; failures are reported per document with a reason.
    """
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    settings = build_settings(config, model=model, as_of=as_of)
    err = Console(stderr=True)
    nlp = load_pipeline(settings.language)
    items: list[AnalysisResult | Rejection] = []
    with Progress(
        TextColumn("analysing"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    ) as progress:
        task = progress.add_task("docs", total=None)
        for item in analyze_paths(paths, settings, nlp):
            items.append(item)
            progress.advance(task)
    _emit(items, fmt, output)
    _summarise(items, err)


def _emit(items: list[AnalysisResult | Rejection], fmt: str, output: Path | None) -> None:
    if fmt == "text" and output is None:
        print_text_report(items)
        return
    if fmt == "text":
        console = Console(record=True, width=120, file=io.StringIO())
        print_text_report(items, console)
        write_output(console.export_text(), output)
        return
    write_output(render(items, fmt), output)


def _summarise(items: list[AnalysisResult | Rejection], err: Console) -> None:
    failures = [i for i in items if isinstance(i, Rejection)]
    done = len(items) - len(failures)
    for failure in failures:
        err.print(f"[yellow]skipped[/] {failure.error}", highlight=False)
    if not items:
        err.print("[red]error[/] no input documents found")
        raise typer.Exit(1)
    if failures:
        err.print(f"{done} analysed, {len(failures)} failed", highlight=False)
    if done == 0:
        err.print("[red]error[/] no document could be analysed (see the reasons above)")
        raise typer.Exit(1)


def schema() -> None:
    """Print the JSON Schema of `analyze --format json` output."""
    data = AnalysisResult.model_json_schema(by_alias=True)
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def register(app: typer.Typer) -> None:
    app.command()(analyze)
    app.command()(schema)
