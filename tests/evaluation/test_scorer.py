"""Our scorer agrees with the reference scorer in ../shared/eval/score.py."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

from kildespor.evaluation import load_records, score
from kildespor.evaluation.scorer import token_f1


def _reference(shared: Path) -> Any:
    spec = importlib.util.spec_from_file_location("reference_score", shared / "eval" / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _perturbed(gold: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """A prediction with hits, misses, shifted spans and a wrong label."""
    out = {}
    for rid, rec in gold.items():
        atts = [dict(a, content=[a["content"][0] + 5, a["content"][1]]) for a in rec["attributions"][:-1]]
        atts.append({"cue": [0, 5], "source": None, "content": [0, 40], "kind": "direct"})
        markers = [*rec["markers"][1:], {"span": [300, 310], "class": "hedged"}]
        sentences = [dict(s, label="hearsay") if i % 4 == 0 else s for i, s in enumerate(rec["sentences"])]
        out[rid] = {
            "id": rid,
            "text": rec["text"],
            "attributions": atts,
            "markers": markers,
            "sentences": sentences,
        }
    return out


def test_scorer_agrees_with_reference(shared_dir: Path, tmp_path: Path) -> None:
    gold_path = shared_dir / "eval" / "seed.jsonl"
    gold = load_records(gold_path)
    pred = _perturbed(gold)
    ours = score(gold, pred)
    ref = _reference(shared_dir).score(gold, pred)
    for key in ("cue", "attribution", "markers_all"):
        assert round(ours[key]["f1"], 3) == round(ref[key]["f1"], 3)
    for key in (
        "source_accuracy",
        "source_name_accuracy",
        "content_token_f1",
        "sentence_accuracy",
        "sentence_macro_f1",
    ):
        assert round(ours[key], 3) == round(ref[key], 3), key
    for cls in ("hedged", "hearsay", "contested", "denied"):
        assert ours["markers"][cls] == ref["markers"][cls]
    assert 0 < ours["attribution"]["f1"] < 1


def test_scorer_perfect_on_gold(shared_dir: Path) -> None:
    gold = load_records(shared_dir / "eval" / "seed.jsonl")
    result = score(gold, json.loads(json.dumps(gold)))
    assert result["attribution"]["f1"] == 1.0
    assert result["sentence_accuracy"] == 1.0


@pytest.mark.parametrize(
    ("gold", "pred", "expected"),
    [((0, 9), (0, 9), 1.0), ((0, 9), (10, 14), 0.0), ((0, 9), (4, 9), 0.8), (None, None, 1.0)],
)
def test_token_f1(gold: tuple[int, int] | None, pred: tuple[int, int] | None, expected: float) -> None:
    assert token_f1("ord to tre fire", gold, pred) == pytest.approx(expected)
