"""Mention replacement: name-swapped copies of training documents keep every other annotation."""

from __future__ import annotations

import random

import spacy
from spacy.tokens import Doc

from kildespor.language.training.mention_swap import name_inventory, swappable, swapped_copy, swapped_docs

_NLP = spacy.blank("da")


def _doc(
    words: list[str], pos: list[str], lemmas: list[str], ents: list[str], morphs: list[str] | None = None
) -> Doc:
    return Doc(
        _NLP.vocab,
        words=words,
        pos=pos,
        lemmas=lemmas,
        morphs=morphs or [""] * len(words),
        heads=[1] * len(words),
        deps=["nsubj" if k == 0 else "ROOT" if k == 1 else "dep" for k in range(len(words))],
        ents=ents,
    )


# two sentences with a two-word person and a one-word place each: (word, tag, lemma, entity tag)
_FIRST = [
    ("Mette", "PROPN", "Mette", "B-PER"),
    ("Frederiksen", "PROPN", "Frederiksen", "I-PER"),
    ("siger", "VERB", "sige", "O"),
    ("nej", "ADV", "nej", "O"),
    ("i", "ADP", "i", "O"),
    ("Aarhus", "PROPN", "Aarhus", "B-LOC"),
]
_SECOND = [
    ("Lars", "PROPN", "Lars", "B-PER"),
    ("Løkke", "PROPN", "Løkke", "I-PER"),
    ("bor", "VERB", "bo", "O"),
    ("i", "ADP", "i", "O"),
    ("Odense", "PROPN", "Odense", "B-LOC"),
    (".", "PUNCT", ".", "O"),
]


def _from_rows(rows: list[tuple[str, str, str, str]]) -> Doc:
    words, pos, lemmas, ents = (list(column) for column in zip(*rows, strict=True))
    return _doc(words, pos, lemmas, ents)


def _first() -> Doc:
    return _from_rows(_FIRST)


def _second() -> Doc:
    return _from_rows(_SECOND)


def test_only_proper_nouns_written_as_their_lemma_are_swappable() -> None:
    genitive = _doc(
        ["Brøndbys", "træner"], ["PROPN", "NOUN"], ["Brøndby", "træner"], ["B-ORG", "O"], ["Case=Gen", ""]
    )
    assert swappable(_first().ents[0])
    assert not swappable(genitive.ents[0])


def test_inventory_groups_names_by_label_and_length() -> None:
    inventory = name_inventory([_first(), _second()])
    assert inventory[("PER", 2)] == [("Mette", "Frederiksen"), ("Lars", "Løkke")]
    assert inventory[("LOC", 1)] == [("Aarhus",), ("Odense",)]


def test_a_copy_swaps_names_and_keeps_tags_tree_and_entity_labels() -> None:
    inventory = name_inventory([_first(), _second()])
    copy = swapped_copy(_first(), inventory, random.Random(0))
    assert copy is not None
    assert [t.text for t in copy] == ["Lars", "Løkke", "siger", "nej", "i", "Odense"]
    assert [t.lemma_ for t in copy][:3] == ["Lars", "Løkke", "sige"]
    assert [t.pos_ for t in copy] == [t.pos_ for t in _first()]
    assert [t.head.i for t in copy] == [t.head.i for t in _first()]
    assert [(e.text, e.label_) for e in copy.ents] == [("Lars Løkke", "PER"), ("Odense", "LOC")]


def test_documents_without_a_swappable_name_give_no_copy() -> None:
    plain = _doc(["Det", "regner"], ["PRON", "VERB"], ["det", "regne"], ["O", "O"])
    assert swapped_docs([plain]) == []
    assert len(swapped_docs([_first(), _second(), plain])) == 2


def test_unannotated_entity_tags_stay_missing_in_the_copy() -> None:
    partial = _doc(
        ["Lars", "Løkke", "bor", "her"],
        ["PROPN", "PROPN", "VERB", "ADV"],
        ["Lars", "Løkke", "bo", "her"],
        ["B-PER", "I-PER", "", ""],
    )
    copy = swapped_copy(partial, name_inventory([partial, _first()]), random.Random(0))
    assert copy is not None
    assert [t.ent_iob_ for t in copy] == ["B", "I", "", ""]
