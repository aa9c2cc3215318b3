"""`kildespor model-path`, `kildespor nlp-eval`, `kildespor convert-eval`: the trained Danish pipeline."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from kildespor.errors import InputError, ModelError
from kildespor.language.loading import shipped_model_path
from kildespor.language.training import SPACY_DA_CORE_NEWS_SM, converter_scores, score_pipeline

DataOption = Annotated[
    Path | None,
    typer.Option("--data", help="Folder with cdt/, ud/, uner/, danplus/ (default: ../shared/data)."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")]


def _data_dir(data: Path | None) -> Path:
    candidates = [data] if data else [Path.cwd() / ".." / "shared" / "data", Path.cwd() / "shared" / "data"]
    for path in candidates:
        if path is not None and (path / "ud").is_dir():
            return path
    raise InputError(
        f"evaluation data not found (tried {', '.join(str(c) for c in candidates)})",
        hint="Pass --data PATH to the folder holding ud/, danplus/ and cdt/.",
    )


def _model_dir(model: Path | None) -> Path:
    path = model or shipped_model_path()
    if path is None or not (path / "meta.json").is_file():
        raise ModelError("no trained Danish pipeline found")
    return path


def model_path() -> None:
    """Print the directory of the shipped Danish pipeline (for `spacy.load(path)`)."""
    typer.echo(str(_model_dir(None)))


def nlp_eval(
    as_json: JsonOption = False,
    data: DataOption = None,
    model: Annotated[
        Path | None, typer.Option("--model", help="Pipeline directory (default: shipped).")
    ] = None,
) -> None:
    """Score the pipeline on DDT test (UPOS, feats, lemma, UAS/LAS, sentences) and DaN+ test (NER)."""
    result = score_pipeline(_model_dir(model), _data_dir(data))
    if as_json:
        typer.echo(json.dumps(result.as_dict(), indent=1))
        return
    table = Table(title=f"nlp-eval: {result.sentences} sentences, {result.tokens} tokens")
    for col in ("measure", "kildespor", "da_core_news_sm"):
        table.add_column(col)
    names = {
        "pos_acc": "UPOS",
        "morph_acc": "morph feats",
        "lemma_acc": "lemma",
        "dep_uas": "UAS",
        "dep_las": "LAS",
        "sents_f": "sentence F",
        "ents_p": "NER P",
        "ents_r": "NER R",
        "ents_f": "NER F",
    }
    published = {"pos_acc": "upos", "dep_las": "las", "ents_f": "ents_f"}
    for key, label in names.items():
        base = SPACY_DA_CORE_NEWS_SM.get(published.get(key, ""))
        table.add_row(label, f"{result.scores.get(key, 0.0):.3f}", "" if base is None else f"{base:.3f}")
    for ent_type, prf in sorted(result.ents_per_type.items()):
        table.add_row(f"NER {ent_type} P/R/F", f"{prf['p']:.3f}/{prf['r']:.3f}/{prf['f']:.3f}", "")
    table.add_row("words/s (1 process)", f"{result.words_per_second:,.0f}", "")
    Console().print(table)


def convert_eval(as_json: JsonOption = False, data: DataOption = None) -> None:
    """Score the DDT→UD converter against the gold UD dev and test trees."""
    scores = converter_scores(_data_dir(data))
    if as_json:
        typer.echo(json.dumps({k: v.as_dict() for k, v in scores.items()}, indent=1))
        return
    table = Table(title="DDT→UD converter vs gold UD (all tokens; LAS on universal relation)")
    for col in ("split", "tokens", "UPOS", "feats", "lemma", "UAS", "LAS"):
        table.add_column(col)
    for split, s in scores.items():
        table.add_row(split, str(s.tokens), *(f"{v:.3f}" for v in (s.upos, s.feats, s.lemma, s.uas, s.las)))
    Console().print(table)
    Console().print("dev is where the label tables are fitted; test is clean.")


def register(app: typer.Typer) -> None:
    """Add the pipeline commands to the app."""
    app.command("model-path")(model_path)
    app.command("nlp-eval")(nlp_eval)
    app.command("convert-eval")(convert_eval)
