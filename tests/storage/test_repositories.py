"""ArticleRepository / save_analysis on SQLite and PostgreSQL (the `database` fixture runs both)."""

from __future__ import annotations

import pytest

from kildespor.records import AnalysisResult, Provenance, ReasonCode, Rejection, Stage
from kildespor.storage import Database, save_all, save_analysis
from kildespor.storage.repositories import outlet_name


def test_save_analysis_stores_article_and_parts(
    database: Database, newsroom_results: list[AnalysisResult]
) -> None:
    result = newsroom_results[0]
    outcome = save_analysis(database, result)
    assert outcome is not None and outcome.created
    stored = database.articles.get(result.article.id)
    assert stored is not None
    assert stored.result == result
    assert stored.outlet == "Dagbladet Nord"
    assert stored.published is not None and stored.published.isoformat() == "2026-03-01T08:00:00"
    assert len(stored.claim_ids) == len(result.claims)
    assert set(stored.entity_ids) == {"Jens Hansen", "Aarhus"}
    assert stored.documents[0].reader == "test"


def test_save_analysis_reingest_adds_nothing(
    database: Database, newsroom_results: list[AnalysisResult]
) -> None:
    first = save_all(database, newsroom_results)
    before = database.corpus.counts().counts
    second = save_all(database, newsroom_results)
    assert first.created == len(newsroom_results) and first.already_stored == 0
    assert second.created == 0 and second.already_stored == len(newsroom_results)
    assert database.corpus.counts().counts == before


def test_save_analysis_new_origin_of_known_article_adds_provenance_only(
    database: Database, newsroom_results: list[AnalysisResult]
) -> None:
    result = newsroom_results[0]
    save_analysis(database, result)
    elsewhere = result.model_copy(
        update={"article": result.article.model_copy(update={"provenance": Provenance(path="other.txt")})}
    )
    outcome = save_analysis(database, elsewhere)
    counts = database.corpus.counts().counts
    assert outcome is not None and not outcome.created
    assert counts["articles"] == 1 and counts["documents"] == 2 and counts["claims"] == len(result.claims)


def test_rejection_saved_once(database: Database) -> None:
    rejection = Rejection(
        stage=Stage.INGEST, reason=ReasonCode.EMPTY, detail="empty file", provenance=Provenance(path="a.txt")
    )
    assert database.rejections.save(rejection) is True
    assert save_analysis(database, rejection) is None
    assert database.corpus.counts().counts["rejections"] == 1


def test_article_repository_get_unknown_is_none(database: Database) -> None:
    assert database.articles.get("no-such-article") is None


def test_corpus_reader_counts_agree_across_backends(
    newsroom_database: Database, newsroom_results: list[AnalysisResult]
) -> None:
    counts = newsroom_database.corpus.counts().counts
    expected = {
        "articles": len(newsroom_results),
        "outlets": 3,
        "attributions": sum(len(r.attributions) for r in newsroom_results),
        "claims": sum(len(r.claims) for r in newsroom_results),
        "entity_mentions": sum(len(e.mentions) for r in newsroom_results for e in r.entities),
        "markers": sum(len(r.markers) for r in newsroom_results),
    }
    assert {k: counts[k] for k in expected} == expected


def test_corpus_reader_dashboard_aggregates(newsroom_database: Database) -> None:
    stats = newsroom_database.corpus.dashboard()
    assert stats.claims_by_label == {"hearsay": 4, "firm": 1, "denied": 1, "hedged": 1}
    assert stats.unnamed_share_by_outlet["Dagbladet Nord"] == (1, 2)
    assert stats.top_sources[0] == ("Jens Hansen", 3)


@pytest.mark.parametrize(
    ("filters", "titles"),
    [
        ({"outlet": "vestposten"}, {"Kommunen lukker skoler", "Lukashenko to meet Putin, says official"}),
        (
            {"source_kind": "unnamed"},
            {"Lukasjenko vil mødes med Putin", "Lukashenko to meet Putin, says official"},
        ),
        ({"label": "denied"}, {"Frederiksen og Frederiksen"}),
        ({"source_names": ["Anders Frederiksen"]}, {"Frederiksen og Frederiksen"}),
    ],
)
def test_corpus_reader_filter_article_ids(
    newsroom_database: Database, filters: dict[str, object], titles: set[str]
) -> None:
    ids = newsroom_database.corpus.filter_article_ids(**filters)  # type: ignore[arg-type]
    found = {s.title for s in newsroom_database.articles.summaries(sorted(ids)).values()}
    assert found == titles


@pytest.mark.parametrize(
    ("outlet", "url", "expected"),
    [
        ("Vestposten", "https://www.other.dk/a", "Vestposten"),
        (None, "https://www.ekstrabladet.dk/nyheder/1", "ekstrabladet.dk"),
        (None, "http://avisen.dk/x.aspx", "avisen.dk"),
        (None, None, None),
    ],
)
def test_outlet_name_falls_back_to_site(
    newsroom_results: list[AnalysisResult], outlet: str | None, url: str | None, expected: str | None
) -> None:
    article = newsroom_results[0].article.model_copy(update={"outlet": outlet, "url": url})
    assert outlet_name(article) == expected
