"""Training and scoring of kildespor's Danish pipeline (run at build time, never at analysis time).

`python -m kildespor.language.training.build --data ../shared/data` rebuilds the shipped model.
"""

from __future__ import annotations

from pathlib import Path

from kildespor.language.training.fitting import ConverterScores
from kildespor.language.training.scoring import SPACY_DA_CORE_NEWS_SM, PipelineScores, score_pipeline

__all__ = ["SPACY_DA_CORE_NEWS_SM", "ConverterScores", "PipelineScores", "converter_scores", "score_pipeline"]


def converter_scores(data: Path) -> dict[str, ConverterScores]:
    """The DDT→UD converter's agreement with the gold UD dev and test trees."""
    from kildespor.language.training.corpus import convert_treebank

    return convert_treebank(data).scores
