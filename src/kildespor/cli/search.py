"""`kildespor search QUERY [filters] [--json]`: full text over stored articles and claims."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from datetime import date, datetime
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape

from kildespor.cli.ingest import DbOption
from kildespor.cli.options import ConfigOption, build_settings
from kildespor.storage import open_database
from kildespor.tracking import SearchQuery, SearchResults
from kildespor.tracking import search as run_search


def _json_default(value: Any) -> str:
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def _print_results(results: SearchResults) -> None:
    console = Console()
    for note in results.notes:
        console.print(f"[dim]{escape(note)}[/]", highlight=False)
    console.print(f"[bold]{len(results.articles)} articles[/]")
    for hit in results.articles:
        when = hit.article.published.date() if hit.article.published else "?"
        console.print(
            f"  {hit.article.id}  {when}  {hit.article.outlet or '?'}: {hit.article.title or ''}",
            highlight=False,
        )
    console.print(f"[bold]{len(results.claims)} claims[/]")
    for claim_hit in results.claims:
        row = claim_hit.claim
        console.print(
            f"  #{row.id} [{row.label}] {row.outlet or '?'}: {row.text[:100]}", highlight=False, markup=False
        )


def search(
    query: Annotated[str, typer.Argument(help="Words to find (Danish stemming; all must match).")] = "",
    outlet: Annotated[str | None, typer.Option(help="Only this outlet.")] = None,
    date_from: Annotated[
        str | None, typer.Option("--from", help="Published on or after (YYYY-MM-DD).")
    ] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Published on or before (YYYY-MM-DD).")] = None,
    source: Annotated[str | None, typer.Option(help="Quoted source (any spelling).")] = None,
    source_kind: Annotated[str | None, typer.Option(help="person, organisation, media, unnamed, ...")] = None,
    label: Annotated[str | None, typer.Option(help="firm, hedged, hearsay, contested, denied.")] = None,
    entity: Annotated[int | None, typer.Option(help="Entity id: articles mentioning it.")] = None,
    limit: Annotated[int, typer.Option(help="Most results per kind.")] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Search stored articles and claims."""
    try:
        start = date.fromisoformat(date_from) if date_from else None
        end = date.fromisoformat(date_to) if date_to else None
    except ValueError as exc:
        raise typer.BadParameter(f"dates are YYYY-MM-DD: {exc}") from exc
    database = open_database(build_settings(config, db=db), upgrade=False)
    try:
        results = run_search(
            database,
            SearchQuery(query, outlet, start, end, source, source_kind, label, entity, limit),
        )
    finally:
        database.close()
    if as_json:
        sys.stdout.write(
            json.dumps(asdict(results), default=_json_default, ensure_ascii=False, indent=2) + "\n"
        )
    else:
        _print_results(results)


def register(app: typer.Typer) -> None:
    app.command()(search)
