"""Build the training, dev and test corpora: converted or gold UD sentences with DaN+ entities.

Train: the UD train sentences (UNER's list, in UD tokenisation) converted from the CDT.
Dev: the gold UD dev trees (for early stopping). Test: the gold UD test trees (scoring only).
Entities come from DaN+ news (outer level) matched by sentence text. Sentences are grouped
into documents of consecutive sentences so that the parser learns sentence boundaries.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.training.iob_utils import biluo_tags_to_spans, iob_to_biluo

from kildespor.language.training.alignment import Alignment, CdtStream, align
from kildespor.language.training.cdt import CdtSentence, read_cdt
from kildespor.language.training.conllu import UdSentence, read_conllu, read_iob2_sentences
from kildespor.language.training.entities import NerSentence, read_danplus
from kildespor.language.training.fitting import ConverterScores, convert_aligned, fit_tables, score
from kildespor.language.training.labels import LabelTables

SENTENCES_PER_DOC = 8


@dataclass
class ConversionResult:
    """Converted train sentences and the converter's scores on dev and test."""

    train: list[UdSentence]
    scores: dict[str, ConverterScores]
    missing: dict[str, int]


def convert_treebank(data: Path) -> ConversionResult:
    """Align UD dev/test/train to the CDT, fit label tables on dev, convert train, score dev+test."""
    cdt = read_cdt(data / "cdt" / "da")
    stream = CdtStream(cdt)
    gold_dev = read_conllu(data / "ud" / "da_ddt-ud-dev.conllu")
    gold_test = read_conllu(data / "ud" / "da_ddt-ud-test.conllu")
    held_out = {s.text_key for s in gold_dev + gold_test}
    train_ud = [
        s for s in read_iob2_sentences(data / "uner" / "da_ddt-ud-train.iob2") if s.text_key not in held_out
    ]
    dev, dev_missing = align(gold_dev, stream)
    test, test_missing = align(gold_test, stream)
    train, train_missing = align(train_ud, stream)
    tables = fit_tables(dev, cdt)
    scores = {name: _score(part, cdt, tables) for name, part in (("dev", dev), ("test", test))}
    missing = {"dev": len(dev_missing), "test": len(test_missing), "train": len(train_missing)}
    return ConversionResult(convert_aligned(train, cdt, tables), scores, missing)


def _score(alignments: list[Alignment], cdt: list[CdtSentence], tables: LabelTables) -> ConverterScores:
    return score(convert_aligned(alignments, cdt, tables), [a.ud for a in alignments])


def _entities_by_text(path: Path) -> dict[str, NerSentence]:
    return {s.text_key: s for s in read_danplus(path)}


def sentence_doc(nlp: Language, sentence: UdSentence, ner: NerSentence | None) -> Doc:
    """One annotated Doc for one sentence; entities only when DaN+ has the same tokens."""
    toks = sentence.tokens
    heads = [t.head - 1 if t.head else i for i, t in enumerate(toks)]
    deps = ["ROOT" if t.head == 0 else t.deprel for t in toks]
    doc = Doc(
        nlp.vocab,
        words=[t.form for t in toks],
        spaces=[t.space_after for t in toks],
        pos=[t.upos for t in toks],
        morphs=["" if t.feats == "_" else t.feats for t in toks],
        lemmas=[t.lemma for t in toks],
        heads=heads,
        deps=deps,
        sent_starts=[i == 0 for i in range(len(toks))],
    )
    if ner is not None and list(ner.forms) == doc_words(doc):
        doc.ents = biluo_tags_to_spans(doc, iob_to_biluo(list(ner.tags)))
    return doc


def doc_words(doc: Doc) -> list[str]:
    """The token texts of a Doc."""
    return [t.text for t in doc]


def build_docbin(nlp: Language, sentences: list[UdSentence], danplus: Path) -> tuple[DocBin, int]:
    """Group sentences into multi-sentence Docs; returns the DocBin and how many had entities."""
    entities = _entities_by_text(danplus)
    docbin = DocBin(store_user_data=False)
    with_ner = 0
    group: list[Doc] = []
    for sentence in sentences:
        ner = entities.get(sentence.text_key)
        doc = sentence_doc(nlp, sentence, ner)
        with_ner += ner is not None and doc.has_annotation("ENT_IOB")
        group.append(doc)
        if len(group) == SENTENCES_PER_DOC:
            docbin.add(Doc.from_docs(group))
            group = []
    if group:
        docbin.add(Doc.from_docs(group))
    return docbin, with_ner
