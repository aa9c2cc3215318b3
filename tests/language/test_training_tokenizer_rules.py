"""Danish news tokenizer rules on spacy.blank('da'), including after a save/load round trip."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from kildespor.language.training.tokenizer_rules import customize_tokenizer

CASES = [
    ("-Nej, siger han.", ["-", "Nej", ",", "siger", "han", "."]),
    ("–Det passer ikke.", ["–", "Det", "passer", "ikke", "."]),
    ("Hun sagde:»Nej«.", ["Hun", "sagde", ":", "»", "Nej", "«", "."]),
    ("Det er DR’s sag.", ["Det", "er", "DR’s", "sag", "."]),
    ("Se TV2.", ["Se", "TV2", "."]),
    ("Den 3. maj", ["Den", "3.", "maj"]),
    ("sagde-ja og -5 grader", ["sagde-ja", "og", "-5", "grader"]),
    ("Prisen er 20 kr.. Nu", ["Prisen", "er", "20", "kr.", ".", "Nu"]),
    ("Han sagde nej..", ["Han", "sagde", "nej", ".."]),
    ("skriver Vestavisen.(RB)", ["skriver", "Vestavisen", ".", "(", "RB", ")"]),
    ("A.P. Møller (Mærsk)", ["A.P.", "Møller", "(", "Mærsk", ")"]),
    ('siger:"Det', ["siger", ":", '"', "Det"]),
    ("direktør lic.-techn. Leif Kjærgaard", ["direktør", "lic.-techn.", "Leif", "Kjærgaard"]),
    # a teaser glued to the text after it splits; brand names and hashtags keep their capitals
    ("efter fødselHan er", ["efter", "fødsel", "Han", "er"]),
    ("hvidvaskningParret har", ["hvidvaskning", "Parret", "har"]),
    ("LinkedIn og WhatsApp", ["LinkedIn", "og", "WhatsApp"]),
    ("#LummertBlik", ["#", "LummertBlik"]),
    # round twelve: a short word glued to a sentence-opening word; a web address closing a sentence
    ("Simon SpiesHer fortæller", ["Simon", "Spies", "Her", "fortæller"]),
    ("pusherne vækHan", ["pusherne", "væk", "Han"]),
    ("YouTube og PowerPoint", ["YouTube", "og", "PowerPoint"]),
    ("til bt.dk. Ifølge", ["til", "bt.dk", ".", "Ifølge"]),
    ("på dagbladet.no.", ["på", "dagbladet.no", "."]),
    ("cand.polit. Hans", ["cand.polit.", "Hans"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_customize_tokenizer_splits_news_punctuation(text: str, expected: list[str], tmp_path: Path) -> None:
    nlp = spacy.blank("da")
    customize_tokenizer(nlp)
    nlp.to_disk(tmp_path / "nlp")
    reloaded = spacy.load(tmp_path / "nlp")
    assert [t.text for t in nlp(text)] == expected
    assert [t.text for t in reloaded(text)] == expected


def test_customize_tokenizer_twice_changes_nothing() -> None:
    nlp = spacy.blank("da")
    customize_tokenizer(nlp)
    once = dict(nlp.tokenizer.rules or {})
    customize_tokenizer(nlp)
    assert dict(nlp.tokenizer.rules or {}) == once
