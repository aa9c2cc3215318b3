"""Self-training for NER: choosing confident sentences and making NER-only Docs (no model needed)."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.tokens import Doc

from kildespor.language.training.self_training import (
    EntityKey,
    SelfTrainingSettings,
    TaggedText,
    confident_sentence,
    group_docs,
    held_out_sentences,
    label_shares,
    ner_only_doc,
    raw_news_texts,
    select_sentences,
    without_held_out,
)

_NLP = spacy.blank("da")
_SETTINGS = SelfTrainingSettings(min_tokens=3)


def _doc(words: list[str], ents: list[str]) -> Doc:
    """An invented tagged paragraph: one sentence per `.`, entities as predicted."""
    starts = [i == 0 or words[i - 1] == "." for i in range(len(words))]
    return Doc(_NLP.vocab, words=words, sent_starts=starts, ents=ents)


def _mette() -> Doc:
    return _doc(
        ["Mette", "Frederiksen", "besøgte", "Aarhus", "i", "går", "."],
        ["B-PER", "I-PER", "O", "B-LOC", "O", "O", "O"],
    )


_SURE: dict[EntityKey, float] = {(0, 2, "PER"): 0.97, (3, 4, "LOC"): 0.93, (0, 1, "PER"): 0.03}
_SHARES = {("Mette Frederiksen", "PER"): 1.0, ("Aarhus", "LOC"): 0.9}


def _sentence(doc: Doc) -> spacy.tokens.Span:
    return next(iter(doc.sents))


def test_confident_sentence_accepts_sure_consistent_entities() -> None:
    assert confident_sentence(_sentence(_mette()), _SURE, _SHARES, _SETTINGS)


def test_confident_sentence_rejects_a_weak_entity() -> None:
    weak = {**_SURE, (3, 4, "LOC"): 0.6, (3, 4, "ORG"): 0.4}
    assert not confident_sentence(_sentence(_mette()), weak, _SHARES, _SETTINGS)


def test_confident_sentence_rejects_a_likely_entity_the_model_left_out() -> None:
    rival = {**_SURE, (5, 6, "MISC"): 0.3}
    assert not confident_sentence(_sentence(_mette()), rival, _SHARES, _SETTINGS)


def test_confident_sentence_rejects_a_label_the_corpus_disagrees_with() -> None:
    shares = {**_SHARES, ("Aarhus", "LOC"): 0.5, ("Aarhus", "ORG"): 0.5}
    assert not confident_sentence(_sentence(_mette()), _SURE, shares, _SETTINGS)


def test_confident_sentence_rejects_names_inside_compounds_and_odd_lengths() -> None:
    doc = _doc(["Han", "ringede", "til", "EU-kommissionen", "."], ["O", "O", "O", "B-ORG", "O"])
    probs: dict[EntityKey, float] = {(3, 4, "ORG"): 0.99}
    shares = {("EU-kommissionen", "ORG"): 1.0}
    assert not confident_sentence(_sentence(doc), probs, shares, _SETTINGS)
    short = SelfTrainingSettings(min_tokens=8)
    assert not confident_sentence(_sentence(_mette()), _SURE, _SHARES, short)


def test_label_shares_counts_each_string_across_the_corpus() -> None:
    shares = label_shares([("Aarhus", "LOC"), ("Aarhus", "LOC"), ("Aarhus", "ORG"), ("Mette", "PER")])
    assert shares[("Aarhus", "LOC")] == 2 / 3
    assert shares[("Aarhus", "ORG")] == 1 / 3
    assert shares[("Mette", "PER")] == 1.0


def test_ner_only_doc_keeps_entities_and_nothing_else() -> None:
    doc = _mette()
    doc[0].pos_ = "PROPN"
    doc[0].lemma_ = "Mette"
    only = ner_only_doc(_sentence(doc))
    assert [(e.text, e.label_) for e in only.ents] == [("Mette Frederiksen", "PER"), ("Aarhus", "LOC")]
    assert [t.ent_iob_ for t in only] == ["B", "I", "O", "B", "O", "O", "O"]
    assert not only.has_annotation("POS")
    assert not only.has_annotation("LEMMA")
    assert not only.has_annotation("DEP")
    assert all(t.dep == 0 for t in only)


def test_select_sentences_samples_confident_sentences_with_and_without_entities() -> None:
    words = ["Mette", "Frederiksen", "besøgte", "Aarhus", "i", "går", "."]
    words += ["Det", "regnede", "hele", "dagen", "."]
    words += ["Hun", "mødte", "Ole", "i", "byen", "."]
    ents = ["B-PER", "I-PER", "O", "B-LOC", "O", "O", "O"] + ["O"] * 5 + ["O", "O", "B-PER", "O", "O", "O"]
    doc = _doc(words, ents)
    probs: dict[EntityKey, float] = {(0, 2, "PER"): 0.97, (3, 4, "LOC"): 0.95, (14, 15, "PER"): 0.5}
    settings = SelfTrainingSettings(min_tokens=3, empty_share=1.0)
    kept, counts = select_sentences([TaggedText(doc, probs)], settings)
    assert [s.text for s in kept] == ["Mette Frederiksen besøgte Aarhus i går .", "Det regnede hele dagen ."]
    assert counts["sentences_tagged"] == 3
    assert counts["confident_with_entities"] == 1
    assert counts["kept_entities"] == 2
    grouped = group_docs(kept, per_doc=8)
    assert len(grouped) == 1
    assert len(grouped[0]) == 12
    assert [e.text for e in grouped[0].ents] == ["Mette Frederiksen", "Aarhus"]


def test_select_sentences_caps_the_sample() -> None:
    doc = _mette()
    tagged = [TaggedText(doc, dict(_SURE)) for _ in range(5)]
    kept, counts = select_sentences(
        tagged, SelfTrainingSettings(min_tokens=3, max_sentences=2, empty_share=0)
    )
    assert len(kept) == 2
    assert counts["confident_with_entities"] == 5


def test_without_held_out_drops_texts_containing_a_held_out_sentence() -> None:
    held = ["Regeringen  vil sænke skatten på arbejde.", "Ja."]
    texts = [
        "Først et udsagn. Regeringen vil sænke skatten på arbejde. Så et andet.",
        "Ja.",
        "Ja, sagde han.",
        "Noget helt andet om regeringen.",
    ]
    kept, dropped = without_held_out(texts, held)
    assert kept == ["Ja, sagde han.", "Noget helt andet om regeringen."]
    assert dropped == 2


def test_raw_news_and_held_out_readers(tmp_path: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    (news / "tv2r_1.txt").write_text(
        "Overskrift\n04 januar 2010 kl. 08.50\nFørste afsnit.\n \nAndet.\n", encoding="utf-8"
    )
    (news / "danewsroom_sample.jsonl").write_text(
        '{"title": "T", "summary": "", "text": "A\\nB"}\n', encoding="utf-8"
    )
    assert raw_news_texts(news) == ["T", "A", "B", "Første afsnit.", "Andet."]
    ud = tmp_path / "ud"
    ud.mkdir()
    (ud / "da_ddt-ud-test.conllu").write_text(
        "# sent_id = 1\n# text = Det er nu.\n1\tDet\tdet\tPRON\t_\t_\t0\troot\t_\t_\n\n", encoding="utf-8"
    )
    assert held_out_sentences(ud) == ["Det er nu."]
