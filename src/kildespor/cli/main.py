"""The `kildespor` command: a thin Typer layer over the library.

Each command group lives in its own module with a `register(app)` function;
this file only assembles them and turns user errors into clean messages.
"""

from __future__ import annotations

import sys

import typer
from rich.console import Console

from kildespor.errors import KildesporError

app = typer.Typer(
    name="kildespor",
    help="Source criticism for news: who says what, through whom, and how firmly.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)

# Command modules, each with register(app). Add a new module here.
_COMMAND_MODULES = (
    "kildespor.cli.analyze",
    "kildespor.cli.extract",
    "kildespor.cli.evaluate",
    "kildespor.cli.batch",
    "kildespor.cli.database",
    "kildespor.cli.db_load",
    "kildespor.cli.ingest",
    "kildespor.cli.search",
    "kildespor.cli.claims",
    "kildespor.cli.serve",
    "kildespor.cli.nlp",
)


def _register_all() -> None:
    import importlib

    for name in _COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:  # a command group not built yet must not break the others
            if exc.name != name:
                raise
            continue
        module.register(app)


_register_all()


def main() -> None:
    """Console-script entry point: runs the app, prints KildesporErrors without a traceback."""
    try:
        app()
    except KildesporError as exc:
        Console(stderr=True).print(f"[bold red]error[/] {exc}", highlight=False)
        sys.exit(2)
