"""Entity grouping across case, inflection and transliteration; different first names stay apart."""

from __future__ import annotations

import pytest

from kildespor.storage import Database
from kildespor.tracking import NameVariant, entity_profile, group_entities, list_entities
from kildespor.tracking.entities import first_names_compatible


def _groups(names: list[str], label: str = "PER") -> list[set[str]]:
    variants = [NameVariant(name, label, 1, index) for index, name in enumerate(names)]
    return sorted(({v.name for v in g.variants} for g in group_entities(variants)), key=sorted)


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["Aleksandr Lukasjenko", "Alexander Lukashenko", "Lukasjenkos", "Lukaşenka"],
         [{"Aleksandr Lukasjenko", "Alexander Lukashenko", "Lukasjenkos", "Lukaşenka"}]),
        (["Svetlana Tikhanovskaja", "Sviatlana Tsikhanouskaya"], [{"Svetlana Tikhanovskaja", "Sviatlana Tsikhanouskaya"}]),
        (["Jens Hansen", "Jens Hansens", "JENS HANSEN"], [{"Jens Hansen", "Jens Hansens", "JENS HANSEN"}]),
        (["Mette Frederiksen", "Anders Frederiksen"], [{"Anders Frederiksen"}, {"Mette Frederiksen"}]),
        (["Mette Frederiksen", "Anders Frederiksen", "Frederiksen"],
         [{"Anders Frederiksen"}, {"Frederiksen"}, {"Mette Frederiksen"}]),
        (["Peter Gulevitj", "Petra Gulevich"], [{"Peter Gulevitj"}, {"Petra Gulevich"}]),
        (["Anders Lund", "Andreas Lund"], [{"Anders Lund"}, {"Andreas Lund"}]),
        (["M. Frederiksen", "Mette Frederiksen"], [{"M. Frederiksen", "Mette Frederiksen"}]),
    ],
)  # fmt: skip
def test_group_entities_people(names: list[str], expected: list[set[str]]) -> None:
    assert _groups(names) == sorted(expected, key=sorted)


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["Tjernihiv", "Chernihiv"], [{"Tjernihiv", "Chernihiv"}]),
        (["Aarhus", "Odense"], [{"Aarhus"}, {"Odense"}]),
    ],
)
def test_group_entities_places(names: list[str], expected: list[set[str]]) -> None:
    assert _groups(names, "LOC") == sorted(expected, key=sorted)


@pytest.mark.parametrize(
    ("names", "label"),
    [
        (["Skat", "Sket"], "PER"), (["Men", "Mon"], "PER"), (["Kina", "Kun"], "LOC"),
        (["Lars Løkke Rasmussen", "Lars Aslan Rasmussen"], "PER"),
        (["Aalborg Universitet", "Aarhus Universitet"], "ORG"), (["Danske Bank", "Djurslands Bank"], "ORG"),
        (["Dansk Folkeparti", "Det Konservative Folkeparti"], "ORG"),
        (["Sigrid", "Sigurd"], "PER"), (["Alexander", "Alexandra"], "PER"), (["Christian", "Christiania"], "PER"),
    ],
)  # fmt: skip
def test_group_entities_does_not_merge_different_names(names: list[str], label: str) -> None:
    assert len(_groups(names, label)) == len(names)


def test_group_entities_keeps_labels_apart() -> None:
    variants = [NameVariant("Aarhus", "LOC", 1, 1), NameVariant("Aarhus", "ORG", 1, 2)]
    assert len(group_entities(variants)) == 2


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("Aleksandr", "Alexander", True), ("Svetlana", "Sviatlana", True), ("M.", "Mette", True),
     ("Mette", "Anders", False), ("Peter", "Petra", False), ("Jens", "Jan", False)],
)  # fmt: skip
def test_first_names_compatible(a: str, b: str, same: bool) -> None:
    assert first_names_compatible(a, b) is same


def test_list_entities_merges_stored_spellings(newsroom_database: Database) -> None:
    by_name = {e.name: e for e in list_entities(newsroom_database)}
    assert set(by_name["Aleksandr Lukasjenko"].spellings) == {"Aleksandr Lukasjenko", "Alexander Lukashenko"}
    assert set(by_name["Tjernihiv"].spellings) == {"Tjernihiv", "Chernihiv"}
    assert set(by_name["Jens Hansen"].spellings) == {"Jens Hansen", "Jens Hansens"}
    assert "Mette Frederiksen" in by_name and "Anders Frederiksen" in by_name


def test_entity_profile_roles_quotes_and_claims(newsroom_database: Database) -> None:
    summaries = {e.name: e for e in list_entities(newsroom_database)}
    hansen = entity_profile(newsroom_database, summaries["Jens Hansen"].id)
    assert hansen is not None
    assert hansen.roles[0] == "borgmester"
    assert {q.outlet for q in hansen.quotes} == {"Dagbladet Nord", "Vestposten", "Morgenavisen"}
    lukasjenko = entity_profile(newsroom_database, summaries["Aleksandr Lukasjenko"].id)
    assert lukasjenko is not None
    assert {c.outlet for c in lukasjenko.claims_about} == {"Dagbladet Nord", "Vestposten"}
    assert entity_profile(newsroom_database, 99_999) is None
