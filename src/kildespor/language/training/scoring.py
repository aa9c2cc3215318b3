"""Score a trained pipeline on held-out gold data: DDT test (UD) and DaN+ news test (NER).

Accuracy numbers come from spaCy's own scorer (`Language.evaluate`), the one behind spaCy's
published `da_core_news_sm` scores, so they compare like for like: the pipeline tokenises the
raw text itself, LAS/UAS leave punctuation out, UPOS/morph/lemma are per token.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.training import Example

from kildespor.language.training.conllu import read_conllu
from kildespor.language.training.corpus import build_docbin

# spaCy's published scores for da_core_news_sm 3.8 (model card on spacy.io/models/da).
SPACY_DA_CORE_NEWS_SM = {"upos": 0.950, "las": 0.756, "ents_f": 0.723}
_REPORTED = (
    "pos_acc",
    "morph_acc",
    "lemma_acc",
    "dep_uas",
    "dep_las",
    "sents_p",
    "sents_r",
    "sents_f",
    "ents_p",
    "ents_r",
    "ents_f",
)


@dataclass
class PipelineScores:
    """What `kildespor nlp-eval` reports."""

    model: str
    sentences: int
    tokens: int
    scores: dict[str, float]
    ents_per_type: dict[str, dict[str, float]]
    words_per_second: float
    baseline: dict[str, float] = field(default_factory=lambda: dict(SPACY_DA_CORE_NEWS_SM))

    def as_dict(self) -> dict[str, Any]:
        """Plain mapping for JSON output and scores.json."""
        return {
            "model": self.model,
            "test_sentences": self.sentences,
            "test_tokens": self.tokens,
            "scores": self.scores,
            "ents_per_type": self.ents_per_type,
            "words_per_second": self.words_per_second,
            "spacy_da_core_news_sm": self.baseline,
        }


def test_examples(nlp: Language, data: Path) -> list[Example]:
    """DDT test with DaN+ test entities, as Examples over raw text (gold on the reference side)."""
    sentences = read_conllu(data / "ud" / "da_ddt-ud-test.conllu")
    docbin, _ = build_docbin(spacy.blank("da"), sentences, data / "danplus" / "da_news_test.tsv")
    gold = list(docbin.get_docs(nlp.vocab))
    return [Example(nlp.make_doc(doc.text), doc) for doc in gold]


def words_per_second(nlp: Language, texts: list[str], repeats: int = 1) -> float:
    """Throughput of the full pipeline on one process."""
    words = sum(len(t.split()) for t in texts) * repeats
    start = time.perf_counter()
    for _ in range(repeats):
        for _doc in nlp.pipe(texts, batch_size=64):
            pass
    return words / max(1e-9, time.perf_counter() - start)


def score_pipeline(model_path: Path, data: Path) -> PipelineScores:
    """All held-out scores of the pipeline at `model_path`."""
    nlp = spacy.load(model_path)
    examples = test_examples(nlp, data)
    result = nlp.evaluate(examples)
    speed = words_per_second(nlp, [eg.reference.text for eg in examples])
    scores = {key: float(result[key]) for key in _REPORTED if isinstance(result.get(key), float)}
    per_type = result.get("ents_per_type") or {}
    return PipelineScores(
        model=str(model_path),
        sentences=sum(len(list(eg.reference.sents)) for eg in examples),
        tokens=sum(len(eg.reference) for eg in examples),
        scores=scores,
        ents_per_type={k: {m: float(v) for m, v in d.items()} for k, d in per_type.items()},
        words_per_second=speed,
    )
