"""The DDT→UD converter on the real treebank: floors on its agreement with gold UD dev/test."""

from __future__ import annotations

from pathlib import Path

import pytest

from kildespor.language.training import converter_scores
from kildespor.language.training.fitting import ConverterScores

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def scores(shared_dir: Path) -> dict[str, ConverterScores]:
    return converter_scores(shared_dir / "data")


@pytest.mark.parametrize(
    ("split", "measure", "floor"),
    [
        ("test", "upos", 0.97),
        ("test", "uas", 0.90),
        ("test", "las", 0.88),
        ("test", "lemma", 0.97),
        ("dev", "uas", 0.89),
    ],
)
def test_converter_scores_stay_above_floor(
    scores: dict[str, ConverterScores], split: str, measure: str, floor: float
) -> None:
    assert getattr(scores[split], measure) >= floor
