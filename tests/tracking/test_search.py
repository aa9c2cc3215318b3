"""search(): full text plus filters (outlet, dates, source across spellings, kind, label, entity)."""

from __future__ import annotations

from datetime import date

import pytest

from kildespor.storage import Database
from kildespor.tracking import SearchQuery, list_entities, search


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        (SearchQuery(text="skolerne"), {"Tyve skoler skal lukke i Aarhus", "Kommunen lukker skoler",
                                        "Borgmester bekræfter skolelukninger"}),
        (SearchQuery(text="skolerne", outlet="Vestposten"), {"Kommunen lukker skoler"}),
        (SearchQuery(text="skoler", date_from=date(2026, 3, 2)), {"Borgmester bekræfter skolelukninger"}),
        (SearchQuery(text="skoler", date_to=date(2026, 3, 1)), {"Tyve skoler skal lukke i Aarhus", "Kommunen lukker skoler"}),
        (SearchQuery(source_kind="unnamed"), {"Lukasjenko vil mødes med Putin", "Lukashenko to meet Putin, says official"}),
        (SearchQuery(label="denied"), {"Frederiksen og Frederiksen"}),
        (SearchQuery(source="Jens Hansens"), {"Tyve skoler skal lukke i Aarhus", "Kommunen lukker skoler",
                                             "Borgmester bekræfter skolelukninger"}),
        (SearchQuery(text="Putin", outlet="Morgenavisen"), set()),
    ],
)  # fmt: skip
def test_search_articles_with_filters(
    newsroom_database: Database, query: SearchQuery, titles: set[str]
) -> None:
    results = search(newsroom_database, query)
    assert {hit.article.title for hit in results.articles} == titles


def test_search_entity_filter_covers_spellings(newsroom_database: Database) -> None:
    lukasjenko = next(e for e in list_entities(newsroom_database) if e.name == "Aleksandr Lukasjenko")
    results = search(newsroom_database, SearchQuery(entity_id=lukasjenko.id))
    assert {hit.article.outlet for hit in results.articles} == {"Dagbladet Nord", "Vestposten"}


def test_search_claims_have_cluster_and_label_filter(newsroom_database: Database) -> None:
    results = search(newsroom_database, SearchQuery(text="skoler", label="firm"))
    assert [hit.claim.text for hit in results.claims] == ["Tyve af skolerne i Aarhus lukkes næste år"]
    assert results.claims[0].cluster_id is not None


def test_search_snippet_shows_match(newsroom_database: Database) -> None:
    results = search(newsroom_database, SearchQuery(text="renten"))
    assert "renten" in results.articles[0].snippet
