"""Moving gold dev documents into train while keeping a small early-stopping slice (no model needed)."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin

from kildespor.language.training.build import move_dev_into_train


def _doc(nlp: Language, sentences: int, tag: str) -> Doc:
    """An invented document of `sentences` two-word sentences, words marked with `tag`."""
    words = [f"{tag}{i}" for i in range(2 * sentences)]
    starts = [i % 2 == 0 for i in range(2 * sentences)]
    return Doc(nlp.vocab, words=words, sent_starts=starts)


def _bins(nlp: Language) -> tuple[DocBin, DocBin]:
    train = DocBin(docs=[_doc(nlp, 8, "t"), _doc(nlp, 8, "t")])
    dev = DocBin(docs=[_doc(nlp, 8, f"d{n}x") for n in range(4)] + [_doc(nlp, 4, "last")])
    return train, dev


@pytest.mark.parametrize(
    ("holdout", "dev_docs", "moved"),
    [(12, 2, 24), (13, 2, 24), (20, 3, 16), (4, 1, 32), (1, 1, 32)],
)
def test_move_dev_into_train_keeps_last_documents_within_holdout(
    holdout: int, dev_docs: int, moved: int
) -> None:
    nlp = spacy.blank("da")
    train, dev = _bins(nlp)
    new_train, new_dev, count = move_dev_into_train(train, dev, nlp, holdout)
    kept = list(new_dev.get_docs(nlp.vocab))
    assert len(kept) == dev_docs
    assert kept[-1][0].text == "last0"
    assert count == moved
    assert len(new_train) == 2 + 5 - dev_docs


@pytest.mark.parametrize("holdout", [None, 0, -1])
def test_move_dev_into_train_without_holdout_changes_nothing(holdout: int | None) -> None:
    nlp = spacy.blank("da")
    train, dev = _bins(nlp)
    new_train, new_dev, count = move_dev_into_train(train, dev, nlp, holdout)
    assert (len(new_train), len(new_dev), count) == (2, 5, 0)


def test_move_dev_into_train_never_duplicates_sentences() -> None:
    nlp = spacy.blank("da")
    train, dev = _bins(nlp)
    new_train, new_dev, _ = move_dev_into_train(train, dev, nlp, 12)
    train_text = {d.text for d in new_train.get_docs(nlp.vocab) if not d.text.startswith("t")}
    dev_text = {d.text for d in new_dev.get_docs(nlp.vocab)}
    assert train_text and dev_text and not train_text & dev_text
