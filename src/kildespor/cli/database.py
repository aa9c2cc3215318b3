"""`kildespor db upgrade|stats`: create or migrate the store, and count what it holds."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from kildespor.cli.ingest import DbOption
from kildespor.cli.options import ConfigOption, build_settings
from kildespor.storage import current_revision, head_revision, open_database


def upgrade(db: DbOption = None, config: ConfigOption = None) -> None:
    """Create the database or migrate it to the newest schema."""
    database = open_database(build_settings(config, db=db), upgrade=True)
    try:
        Console(stderr=True).print(
            f"{database.url} is at schema {current_revision(database.engine)}", highlight=False
        )
    finally:
        database.close()


def stats(
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    config: ConfigOption = None,
) -> None:
    """Rows per table and the schema revision."""
    database = open_database(build_settings(config, db=db), upgrade=False)
    try:
        counts = database.corpus.counts().counts
        revision = current_revision(database.engine)
    finally:
        database.close()
    if as_json:
        payload = {"url": database.url, "revision": revision, "head": head_revision(), "counts": counts}
        sys.stdout.write(json.dumps(payload, indent=2) + "\n")
        return
    table = Table(title=f"{database.url} (schema {revision})")
    table.add_column("table")
    table.add_column("rows", justify="right")
    for name, count in counts.items():
        table.add_row(name, str(count))
    Console().print(table)


def _db_group(app: typer.Typer) -> typer.Typer:
    """The app's `db` group, shared with other modules that add `db` subcommands."""
    for group in app.registered_groups:
        if group.name == "db" and group.typer_instance is not None:
            return group.typer_instance
    group_app = typer.Typer(
        name="db", help="Create, migrate, inspect and load the article store.", no_args_is_help=True
    )
    app.add_typer(group_app, name="db")
    return group_app


def register(app: typer.Typer) -> None:
    group = _db_group(app)
    group.command()(upgrade)
    group.command()(stats)
