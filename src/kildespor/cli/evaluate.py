"""`kildespor annotate` and `kildespor evaluate`: gold files in the ANNOTATION.md schema."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from kildespor.cli.options import ConfigOption, ModelOption, build_settings, write_output
from kildespor.evaluation import annotate_records, load_records, score


def annotate(
    gold: Annotated[Path, typer.Argument(help="Gold JSON Lines (id, text, ...).")],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Prediction JSON Lines.")] = None,
    model: ModelOption = None,
    config: ConfigOption = None,
) -> None:
    """Analyse each record's text as a whole document; write predictions in the gold schema."""
    settings = build_settings(config, model=model)
    records = annotate_records(load_records(gold), settings)
    write_output("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), output)


def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold JSON Lines.")],
    pred: Annotated[
        Path | None, typer.Option("--pred", help="Predictions; default: annotate the gold now.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    model: ModelOption = None,
    config: ConfigOption = None,
) -> None:
    """Score predictions against gold: cues, sources, contents, attributions, markers, sentence labels."""
    gold_records = load_records(gold)
    if pred is None:
        settings = build_settings(config, model=model)
        predictions = {r["id"]: r for r in annotate_records(gold_records, settings)}
    else:
        predictions = load_records(pred)
    result = score(gold_records, predictions)
    if as_json:
        typer.echo(json.dumps(result, indent=1))
        return
    _print_scores(result)


def _print_scores(result: dict[str, object]) -> None:
    table = Table(title="kildespor evaluation")
    for col in ("measure", "P", "R", "F1", "gold"):
        table.add_column(col)
    for name in ("cue", "attribution", "markers_all"):
        row = result[name]
        assert isinstance(row, dict)
        table.add_row(name, f"{row['p']:.3f}", f"{row['r']:.3f}", f"{row['f1']:.3f}", str(row["gold"]))
    markers = result["markers"]
    assert isinstance(markers, dict)
    for cls, row in markers.items():
        table.add_row(
            f"marker {cls}", f"{row['p']:.3f}", f"{row['r']:.3f}", f"{row['f1']:.3f}", str(row["gold"])
        )
    console = Console()
    console.print(table)
    console.print(
        f"source accuracy {result['source_accuracy']}  name accuracy {result['source_name_accuracy']}  "
        f"content token F1 {result['content_token_f1']}"
    )
    console.print(
        f"sentences: accuracy {result['sentence_accuracy']}  macro-F1 {result['sentence_macro_f1']}"
    )


def register(app: typer.Typer) -> None:
    app.command()(annotate)
    app.command()(evaluate)
