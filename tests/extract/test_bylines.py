from __future__ import annotations

import pytest

from kildespor.extract.bylines import looks_like_name, split_byline
from kildespor.extract.vocabulary import load_vocabulary

VOCAB = load_vocabulary("da")


@pytest.mark.parametrize(
    ("line", "names", "agency"),
    [
        ("Af Mette Holm og Jens Berg, Ritzau", ["Mette Holm", "Jens Berg"], "Ritzau"),
        ("Mathias Nielsen", ["Mathias Nielsen"], None),
        ("Af Anna von Berg", ["Anna von Berg"], None),
        ("By Maria Østergaard, Ritzau", ["Maria Østergaard"], "Ritzau"),
        ("/ritzau/", [], "ritzau"),
        ("Af Lise Dahl, journalist", ["Lise Dahl"], None),
        ("Af Karen Bo (kb@avis.dk)", ["Karen Bo"], None),
    ],
)
def test_split_byline_names_and_agency(line: str, names: list[str], agency: str | None) -> None:
    found = split_byline(line, VOCAB)
    assert found is not None
    assert found[0] == names
    assert (found[1] or "").casefold() == (agency or "").casefold()


@pytest.mark.parametrize(
    "line",
    ["Den interne modstand er eftersigende stor.", "Russerne rykker frem", "Udland 2022", ""],
)
def test_split_byline_rejects_non_bylines(line: str) -> None:
    assert split_byline(line, VOCAB) is None


@pytest.mark.parametrize(
    ("text", "expected"), [("Franak Viacorka", True), ("Ukraine", False), ("To Ord 3", False)]
)
def test_looks_like_name(text: str, expected: bool) -> None:
    assert looks_like_name(text) is expected
