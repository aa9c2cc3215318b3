"""UD punctuation attachment on invented sentences."""

from __future__ import annotations

from kildespor.language.training.conllu import UdSentence, UdToken
from kildespor.language.training.punctuation import fix_punctuation


def _sentence(rows: list[tuple[str, str, int, str]]) -> UdSentence:
    return UdSentence("s", " ".join(r[0] for r in rows), [UdToken(f, f, u, "_", h, d) for f, u, h, d in rows])


def test_fix_punctuation_final_period_goes_to_root() -> None:
    s = _sentence(
        [
            ("Han", "PRON", 2, "nsubj"),
            ("kom", "VERB", 0, "root"),
            ("hjem", "ADV", 2, "advmod"),
            (".", "PUNCT", 1, "punct"),
        ]
    )
    fix_punctuation(s)
    assert s.tokens[3].head == 2


def test_fix_punctuation_comma_before_conjunct_attaches_right() -> None:
    # "Han kom , og hun gik ." with `gik` conj of `kom`: the comma belongs to the second conjunct.
    s = _sentence(
        [
            ("Han", "PRON", 2, "nsubj"),
            ("kom", "VERB", 0, "root"),
            (",", "PUNCT", 2, "punct"),
            ("og", "CCONJ", 6, "cc"),
            ("hun", "PRON", 6, "nsubj"),
            ("gik", "VERB", 2, "conj"),
            (".", "PUNCT", 2, "punct"),
        ]
    )
    fix_punctuation(s)
    assert s.tokens[2].head == 6
    assert s.tokens[6].head == 2


def test_fix_punctuation_quotes_hang_on_quoted_head() -> None:
    s = _sentence(
        [
            ("siger", "VERB", 0, "root"),
            ('"', "PUNCT", 1, "punct"),
            ("nej", "INTJ", 1, "obj"),
            ('"', "PUNCT", 1, "punct"),
        ]
    )
    fix_punctuation(s)
    assert (s.tokens[1].head, s.tokens[3].head) == (3, 3)


def test_fix_punctuation_final_period_after_reporting_clause_goes_to_root() -> None:
    # '" Det regner , " siger hun .': climbing from `hun` stops at `siger`; UD wants the root.
    s = _sentence(
        [
            ('"', "PUNCT", 3, "punct"),
            ("Det", "PRON", 3, "nsubj"),
            ("regner", "VERB", 0, "root"),
            (",", "PUNCT", 3, "punct"),
            ('"', "PUNCT", 3, "punct"),
            ("siger", "VERB", 3, "parataxis"),
            ("hun", "PRON", 6, "nsubj"),
            (".", "PUNCT", 6, "punct"),
        ]
    )
    fix_punctuation(s)
    assert s.tokens[7].head == 3
