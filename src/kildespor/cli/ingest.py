"""`kildespor ingest PATH... [--db URL]`: analyse documents and store them (idempotent)."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from kildespor.cli.options import ConfigOption, ModelOption, build_settings
from kildespor.language import load_pipeline
from kildespor.pipeline import analyze_paths
from kildespor.storage import open_database, save_all

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Database URL (sqlite:///file.db, postgresql://…); default: [storage] url."),
]


def ingest(
    paths: Annotated[
        list[str], typer.Argument(help="Files or folders to analyse and store.", show_default=False)
    ],
    db: DbOption = None,
    model: ModelOption = None,
    config: ConfigOption = None,
) -> None:
    """Analyse documents and store them; re-ingesting the same content adds nothing."""
    settings = build_settings(config, model=model, db=db)
    err = Console(stderr=True)
    database = open_database(settings)
    try:
        nlp = load_pipeline(settings.language)
        with Progress(
            TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            console=err, transient=True, disable=not err.is_terminal,
        ) as progress:  # fmt: skip
            task = progress.add_task("docs", total=None)
            summary = save_all(
                database, analyze_paths(paths, settings, nlp), on_item=lambda _item: progress.advance(task)
            )
        err.print(f"{summary.describe()} → {database.url}", highlight=False)
    finally:
        database.close()
    if summary.documents == 0:
        err.print("[red]error[/] no input documents found")
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command()(ingest)
