"""Full-text search with Danish stemming: SQLite FTS5 and PostgreSQL tsvector give the same hits."""

from __future__ import annotations

import pytest

from kildespor.records import AnalysisResult
from kildespor.storage import Database, stem_words


@pytest.mark.parametrize(
    ("words", "stems"),
    [("skolerne skoler skole", ["skol", "skol", "skol"]), ("Lukkes LUKKER", ["luk", "luk"]), ("", [])],
)
def test_stem_words_danish(words: str, stems: list[str]) -> None:
    assert stem_words(words) == stems


@pytest.mark.parametrize(
    ("query", "article_titles"),
    [
        ("skolerne", {"Tyve skoler skal lukke i Aarhus", "Kommunen lukker skoler", "Borgmester bekræfter skolelukninger"}),
        ("skole lukkes Aarhus", {"Tyve skoler skal lukke i Aarhus", "Kommunen lukker skoler", "Borgmester bekræfter skolelukninger"}),
        ("Putin Minsk", {"Lukasjenko vil mødes med Putin", "Lukashenko to meet Putin, says official"}),
        ("renten", {"Frederiksen og Frederiksen"}),
        ("zebraer", set()),
    ],
)  # fmt: skip
def test_fulltext_matches_stems_on_both_backends(
    newsroom_database: Database, query: str, article_titles: set[str]
) -> None:
    hits = newsroom_database.corpus.fulltext(query, kind="article")
    titles = {s.title for s in newsroom_database.articles.summaries([h[2] for h in hits]).values()}
    assert titles == article_titles


@pytest.mark.parametrize("query", ['"; DROP TABLE articles; --', "NEAR(a b) OR *", "(", "'"])
def test_fulltext_operators_in_user_input_are_inert(newsroom_database: Database, query: str) -> None:
    assert newsroom_database.corpus.fulltext(query) == []
    assert newsroom_database.articles.count() > 0


def test_fulltext_indexes_claims(newsroom_database: Database, newsroom_results: list[AnalysisResult]) -> None:
    hits = newsroom_database.corpus.fulltext("skatten", kind="claim")
    rows = newsroom_database.corpus.claims(int(ref) for _, ref, _ in hits)
    assert [row.text for row in rows] == ["skatten stiger"]
