"""Annotate gold-format records with the pipeline: the predictions `evaluate` scores."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kildespor.config import Settings
from kildespor.errors import InputError
from kildespor.pipeline import analyze_text
from kildespor.records import AnalysisResult, Rejection


def load_records(path: str | Path) -> dict[str, dict[str, Any]]:
    """Gold or prediction JSON Lines: id → record."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc}") from exc
    out: dict[str, dict[str, Any]] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            out[str(record["id"])] = record
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise InputError(f"{path}:{number}: not a record with 'id' and 'text' ({exc})") from exc
    return out


def to_gold_schema(record_id: str, text: str, result: AnalysisResult | Rejection) -> dict[str, Any]:
    """A prediction record in the gold schema (spans as [start, end]) for one text."""
    if isinstance(result, Rejection):
        return {
            "id": record_id,
            "text": text,
            "attributions": [],
            "markers": [],
            "sentences": [],
            "error": result.error,
        }
    data = result.to_json_dict()
    return {
        "id": record_id,
        "text": text,
        "attributions": data["attributions"],
        "markers": data["markers"],
        "sentences": [{"span": s["span"], "label": s["label"]} for s in data["sentences"]],
        "claims": data["claims"],
    }


def annotate_records(gold: dict[str, dict[str, Any]], settings: Settings) -> Iterator[dict[str, Any]]:
    """Analyse each record's `text` as a whole document; yield prediction records."""
    for rid, record in gold.items():
        text = str(record["text"])
        yield to_gold_schema(rid, text, analyze_text(text, settings, normalise=False))
