"""Aligning UD sentences to the CDT word stream, on invented sentences."""

from __future__ import annotations

from kildespor.language.training.alignment import CdtStream, WordRef, align
from kildespor.language.training.cdt import CdtSentence, CdtWord
from kildespor.language.training.conllu import UdSentence, UdToken


def _cdt(*forms: str) -> CdtSentence:
    return CdtSentence("0001", tuple(CdtWord(f, f, "XX", -1, "ROOT") for f in forms))


def _ud(*forms: str) -> UdSentence:
    return UdSentence("x", " ".join(forms), [UdToken(f) for f in forms])


def test_align_finds_sentence_split_out_of_a_longer_cdt_sentence() -> None:
    stream = CdtStream([_cdt("Ja", ".", "Han", "kom", ".")])
    [alignment], missing = align([_ud("Han", "kom", ".")], stream)
    assert not missing
    assert alignment.words == (WordRef(0, 2), WordRef(0, 3), WordRef(0, 4))


def test_align_tolerates_a_corrected_typo() -> None:
    stream = CdtStream([_cdt("Den", "gamle", "og", "usædvanmlige", "mand", "kom", "hjem", "igen", ".")])
    [alignment], _ = align(
        [_ud("Den", "gamle", "og", "usædvanlige", "mand", "kom", "hjem", "igen", ".")], stream
    )
    assert [r.word for r in alignment.words] == [0, 1, 2, 3, 4, 5, 6, 7, 8]


def test_align_reports_missing_sentences() -> None:
    stream = CdtStream([_cdt("Ja", ".")])
    aligned, missing = align([_ud("Nej", "tak", "og", "farvel", "til", "alle", "jer", "derude", ".")], stream)
    assert (aligned, len(missing)) == ([], 1)
