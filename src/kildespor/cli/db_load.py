"""`kildespor db load DIR`: store a batch output directory (joins the `db` group if one exists)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from kildespor.cli.options import ConfigOption, build_settings


def load(
    directory: Annotated[Path, typer.Argument(help="Output directory of `kildespor batch`.")],
    db: Annotated[
        str | None, typer.Option("--db", help="Database URL (default: the configured store).")
    ] = None,
    workers: Annotated[int, typer.Option("--workers", "-w", help="Parallel writers (PostgreSQL only).")] = 4,
    config: ConfigOption = None,
) -> None:
    """Load the completed shards of a batch run into the store; loading twice adds nothing."""
    from kildespor.executors.loading import load_batch_output

    settings = build_settings(config, db=db)
    report = load_batch_output(directory, settings.storage.url, workers=workers)
    counts = ", ".join(f"{name} {value}" for name, value in report.counts.items())
    Console(stderr=True).print(
        f"loaded {report.shards} shards into {report.url} ({report.backend}, {report.writers} writer(s)) "
        f"in {report.seconds:.1f} s: {counts}",
        highlight=False,
    )


def _db_group(app: typer.Typer) -> typer.Typer:
    """The app's `db` group, created when no other module has made one yet."""
    for group in app.registered_groups:
        if group.name == "db" and group.typer_instance is not None:
            return group.typer_instance
    group_app = typer.Typer(name="db", help="The store: load batch output and more.", no_args_is_help=True)
    app.add_typer(group_app, name="db")
    return group_app


def register(app: typer.Typer) -> None:
    _db_group(app).command("load")(load)
