"""Transliteration-aware keys: spellings of one name share a key, different names do not."""

from __future__ import annotations

import pytest

from kildespor.tracking.transliteration import skeleton, strip_genitive


@pytest.mark.parametrize(
    "spellings",
    [
        ("Lukasjenko", "Lukashenko", "Lukaşenka"),
        ("Tjernihiv", "Chernihiv"),
        ("Gulevitj", "Gulevich"),
        ("Tikhanovskaja", "Tsikhanouskaya"),
        ("Aleksandr", "Alexander"),
        ("Zelenskyj", "Zelensky", "Zelenskyy"),
        ("Sjojgu", "Shoigu"),
    ],
)
def test_skeleton_same_for_spellings(spellings: tuple[str, ...]) -> None:
    assert len({skeleton(s) for s in spellings}) == 1


@pytest.mark.parametrize(("a", "b"), [("Hansen", "Jensen"), ("Putin", "Minsk"), ("Mette", "Anders")])
def test_skeleton_differs_for_different_names(a: str, b: str) -> None:
    assert skeleton(a) != skeleton(b)


@pytest.mark.parametrize(
    ("token", "stem"),
    [("Lukasjenkos", "Lukasjenko"), ("Aarhus'", "Aarhus"), ("Ibs", "Ibs"), ("Hansen", "Hansen")],
)
def test_strip_genitive(token: str, stem: str) -> None:
    assert strip_genitive(token) == stem
