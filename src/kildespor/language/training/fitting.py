"""Fit the converter's label tables on aligned UD dev sentences and score the converter."""

from __future__ import annotations

from dataclasses import dataclass

from kildespor.language.training.alignment import Alignment
from kildespor.language.training.cdt import CdtSentence
from kildespor.language.training.conllu import UdSentence
from kildespor.language.training.converter import (
    ConvertedWord,
    label_words,
    project,
    relation_keys,
    restructured,
)
from kildespor.language.training.labels import LabelTables, feats_keys, lemma_keys, upos_keys
from kildespor.language.training.multiword import fit_multiwords
from kildespor.language.training.restructure import UD_PREFIX


def _one_to_one(alignment: Alignment) -> bool:
    refs = alignment.words
    return len(set(refs)) == len(refs) and len({r.sentence for r in refs}) == 1


def fit_tables(alignments: list[Alignment], cdt: list[CdtSentence]) -> LabelTables:
    """Tables from the aligned sentences (use dev only): lexical labels first, then relations."""
    tables = LabelTables()
    usable = [a for a in alignments if _one_to_one(a)]
    converted = [(a, restructured(cdt[a.words[0].sentence])) for a in usable]
    for a, words in converted:
        for ref, gold in zip(a.words, a.ud.tokens, strict=True):
            n = words[ref.word].node
            ctx = words[ref.word].context
            tables.upos.add(upos_keys(n.msd, n.form, ctx), gold.upos)
            tables.feats.add(feats_keys(n.msd, n.form, gold.upos), gold.feats)
            tables.lemma.add(lemma_keys(n.lemma, n.form, gold.upos), gold.lemma)
    for a, words in converted:
        label_words(words, tables)
        _add_relations(tables, a, words)
    tables.multiwords = fit_multiwords(alignments)
    return tables


def _add_relations(tables: LabelTables, alignment: Alignment, words: list[ConvertedWord]) -> None:
    index_of = {ref.word: i for i, ref in enumerate(alignment.words)}
    for ref, gold in zip(alignment.words, alignment.ud.tokens, strict=True):
        n = words[ref.word].node
        if n.rel.startswith(UD_PREFIX) or n.head < 0:
            continue
        if index_of.get(n.head, -2) + 1 != gold.head:
            continue
        tables.rel.add(relation_keys(words, words[ref.word]), gold.deprel)


def convert_aligned(
    alignments: list[Alignment], cdt: list[CdtSentence], tables: LabelTables
) -> list[UdSentence]:
    """Convert the CDT sentences under each alignment and project them onto the UD tokens."""
    needed = sorted({ref.sentence for a in alignments for ref in a.words})
    converted: dict[int, list[ConvertedWord]] = {}
    for index in needed:
        words = restructured(cdt[index])
        label_words(words, tables)
        converted[index] = words
    return [project(a, converted, tables.multiwords) for a in alignments]


@dataclass(frozen=True)
class ConverterScores:
    """Token-level agreement of converted sentences with gold UD trees."""

    tokens: int
    upos: float
    feats: float
    lemma: float
    uas: float
    las: float

    def as_dict(self) -> dict[str, float | int]:
        """Plain mapping for JSON output."""
        return {
            "tokens": self.tokens,
            "upos": self.upos,
            "feats": self.feats,
            "lemma": self.lemma,
            "uas": self.uas,
            "las": self.las,
        }


def score(predicted: list[UdSentence], gold: list[UdSentence]) -> ConverterScores:
    """Compare sentence by sentence, token by token (same tokenisation by construction)."""
    counts = [0, 0, 0, 0, 0, 0]
    for p, g in zip(predicted, gold, strict=True):
        for pt, gt in zip(p.tokens, g.tokens, strict=True):
            counts[0] += 1
            counts[1] += pt.upos == gt.upos
            counts[2] += pt.feats == gt.feats
            counts[3] += pt.lemma == gt.lemma
            counts[4] += pt.head == gt.head
            counts[5] += pt.head == gt.head and pt.deprel.split(":")[0] == gt.deprel.split(":")[0]
    n = max(1, counts[0])
    return ConverterScores(counts[0], *(c / n for c in counts[1:]))
