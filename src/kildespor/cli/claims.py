"""`kildespor claims [--json]`: claims across outlets, with first appearance and sources."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape

from kildespor.cli.ingest import DbOption
from kildespor.cli.options import ConfigOption, build_settings
from kildespor.storage import open_database
from kildespor.tracking import ClaimCluster, claim_clusters


def _cluster_json(cluster: ClaimCluster) -> dict[str, Any]:
    def appearance(index: int) -> dict[str, Any]:
        a = cluster.appearances[index]
        return {
            "claim_id": a.claim_id, "article_id": a.article_id, "outlet": a.outlet,
            "seen_at": a.seen_at.isoformat(), "label": a.label, "text": a.text,
            "source_name": a.source_name, "source_kind": a.source_kind, "via_name": a.via_name,
        }  # fmt: skip

    return {
        "id": cluster.id,
        "text": cluster.text,
        "first": appearance(0),
        "later": [appearance(i) for i in range(1, len(cluster.appearances))],
        "outlets": cluster.outlets,
        "label_changes": [
            {"at": c.at.isoformat(), "outlet": c.outlet, "before": c.before, "after": c.after}
            for c in cluster.label_changes
        ],
        "named_sources": cluster.named_sources,
        "single_source": cluster.single_source,
    }


def claims(
    min_appearances: Annotated[
        int, typer.Option(help="Only claims seen in at least this many articles.")
    ] = 2,
    limit: Annotated[int, typer.Option(help="Most clusters to print.")] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Claims that appear in several articles: where first, who repeated them, on whose word."""
    database = open_database(build_settings(config, db=db), upgrade=False)
    try:
        clusters = claim_clusters(database, min_appearances=min_appearances)[:limit]
    finally:
        database.close()
    if as_json:
        sys.stdout.write(
            json.dumps([_cluster_json(c) for c in clusters], ensure_ascii=False, indent=2) + "\n"
        )
        return
    console = Console()
    for cluster in clusters:
        first = cluster.first
        flag = " [red]single source[/]" if cluster.single_source else ""
        console.print(f"[bold]#{cluster.id}[/] {escape(cluster.text[:100])}{flag}", highlight=False)
        console.print(
            f"  first: {first.seen_at:%Y-%m-%d %H:%M} {first.outlet or '?'} [{first.label}]; "
            f"{len(cluster.later)} later in {', '.join(cluster.outlets[1:]) or '-'}; "
            f"sources: {', '.join(cluster.named_sources) or 'unnamed'}",
            highlight=False,
            markup=False,
        )
    if not clusters:
        console.print(f"no claim appears in {min_appearances} or more articles")


def register(app: typer.Typer) -> None:
    app.command()(claims)
