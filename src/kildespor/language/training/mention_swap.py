"""Mention replacement: extra NER training documents with names swapped for other names.

With 4,700 training sentences the entity recogniser sees most names once or twice and learns
them by heart; news tomorrow is full of names it never saw. A copy of each training document
in which every swappable name is replaced by another name of the same type and length, drawn
from the training names themselves, makes the context (`siger`, `formand for`, `i`) carry
the decision instead of the name (mention replacement, Dai & Adel, "An Analysis of Simple
Data Augmentation for Named Entity Recognition", COLING 2020).

Only names whose words are all proper nouns written as their own lemma (no genitive `-s`)
are swapped, into names of the same shape, so tags, lemmas and the tree stay true for the
copy: the parser and tagger see a consistent sentence, only its names differ.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

Shape = tuple[str, int]  # entity label, number of words


def swappable(span: Span) -> bool:
    """Every word a proper noun that is its own lemma and not a genitive."""
    return all(
        t.pos_ == "PROPN" and t.lemma_ == t.text and "Gen" not in t.morph.get("Case", []) and t.is_alpha
        for t in span
    )


def name_inventory(docs: Iterable[Doc]) -> dict[Shape, list[tuple[str, ...]]]:
    """The distinct swappable names of the documents, by label and length, in first-seen order."""
    inventory: dict[Shape, list[tuple[str, ...]]] = defaultdict(list)
    seen: set[tuple[str, tuple[str, ...]]] = set()
    for doc in docs:
        for ent in doc.ents:
            words = tuple(t.text for t in ent)
            if swappable(ent) and (ent.label_, words) not in seen:
                seen.add((ent.label_, words))
                inventory[(ent.label_, len(words))].append(words)
    return dict(inventory)


def swapped_copy(doc: Doc, inventory: dict[Shape, list[tuple[str, ...]]], rng: random.Random) -> Doc | None:
    """A copy of `doc` with each swappable name replaced by another of its shape; None if none was."""
    words = [t.text for t in doc]
    changed: set[int] = set()  # token positions given another name (their lemma follows the word)
    for ent in doc.ents:
        if not swappable(ent):
            continue
        current = tuple(words[ent.start : ent.end])
        choices = [n for n in inventory.get((ent.label_, len(ent)), ()) if n != current]
        if not choices:
            continue
        words[ent.start : ent.end] = rng.choice(choices)
        changed.update(range(ent.start, ent.end))
    if not changed:
        return None
    return Doc(
        doc.vocab,
        words=words,
        spaces=[bool(t.whitespace_) for t in doc],
        pos=[t.pos_ for t in doc],
        morphs=[str(t.morph) for t in doc],
        lemmas=[words[t.i] if t.i in changed else t.lemma_ for t in doc],
        heads=[t.head.i for t in doc],
        deps=[t.dep_ for t in doc],
        sent_starts=[bool(t.is_sent_start) for t in doc],
        ents=[_iob(t) for t in doc],
    )


def _iob(token: Token) -> str:
    """The token's entity tag as the Doc constructor takes it; "" keeps it unannotated (missing)."""
    if token.ent_iob_ in ("B", "I"):
        return f"{token.ent_iob_}-{token.ent_type_}"
    return "O" if token.ent_iob_ == "O" else ""


def swapped_docs(docs: list[Doc], seed: int = 0) -> list[Doc]:
    """One name-swapped copy of every document that has a swappable name."""
    rng = random.Random(seed)
    inventory = name_inventory(docs)
    copies = (swapped_copy(doc, inventory, rng) for doc in docs)
    return [copy for copy in copies if copy is not None]
