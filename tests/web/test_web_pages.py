"""Web pages through TestClient: every page renders, user and article content is escaped."""

from __future__ import annotations

from collections.abc import Iterator

import lxml.html
import pytest
from fastapi.testclient import TestClient

from kildespor.config import Settings
from kildespor.records import AnalysisResult
from kildespor.server import create_server
from kildespor.storage import Database, save_analysis
from kildespor.tracking import list_entities

# Raw markup that must never reach the page unescaped (as text, `onerror=` is harmless once `<` is escaped).
PAYLOADS = ("<script>alert(", "<img src=x", "<b>Ondsindet</b>", '"><img')


@pytest.fixture()
def xss_client(
    database: Database, api_settings: Settings, xss_result: AnalysisResult
) -> Iterator[TestClient]:
    save_analysis(database, xss_result)
    with TestClient(create_server(api_settings, database)) as client:
        yield client


@pytest.fixture()
def newsroom_web(newsroom_database: Database, api_settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_server(api_settings, newsroom_database)) as client:
        yield client


def _assert_inert(html: str) -> None:
    """No script element or event-handler attribute came from content; payloads only appear escaped."""
    tree = lxml.html.fromstring(html)
    assert tree.xpath("//script") == []
    handlers = [name for element in tree.iter() for name in element.attrib if name.lower().startswith("on")]
    assert handlers == []
    assert tree.xpath("//img") == [] and tree.xpath("//b[normalize-space(.)='Ondsindet']") == []
    for payload in PAYLOADS:
        assert payload not in html


def test_pages_escape_article_payloads(
    xss_client: TestClient, database: Database, xss_result: AnalysisResult
) -> None:
    stored = database.articles.get(xss_result.article.id)
    assert stored is not None
    entity_id = next(iter(stored.entity_ids.values()))
    pages = [
        f"/ui/articles/{xss_result.article.id}", f"/ui/claims/{stored.claim_ids[0]}", f"/ui/entities/{entity_id}",
        "/", "/ui/claims", "/ui/entities", "/ui/search?q=Overskrift", "/ui/search?source_kind=person",
    ]  # fmt: skip
    for page in pages:
        response = xss_client.get(page)
        assert response.status_code == 200, page
        assert "script-src 'none'" in response.headers["content-security-policy"]
        _assert_inert(response.text)
    article_page = xss_client.get(pages[0]).text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in article_page
    assert "onerror=alert(2)" in lxml.html.fromstring(article_page).text_content()


@pytest.mark.parametrize(
    "query",
    [
        "/ui/search?q=%3Cscript%3Ealert(9)%3C/script%3E",
        "/ui/search?source=%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E",
    ],
)
def test_search_page_escapes_user_input(xss_client: TestClient, query: str) -> None:
    response = xss_client.get(query)
    assert response.status_code == 200
    _assert_inert(response.text)


def test_analyze_form_escapes_pasted_payload(xss_client: TestClient, xss_result: AnalysisResult) -> None:
    response = xss_client.post(
        "/ui/analyze", data={"text": xss_result.article.text, "outlet": "<script>alert(5)</script>"}
    )
    assert response.status_code == 200
    _assert_inert(response.text)
    assert "ikke gemt" in response.text


def test_analyze_form_with_token_stores_and_redirects(xss_client: TestClient, database: Database) -> None:
    text = "Opfundet testartikel\n\nBorgmester Lise Holm siger, at havnebadet åbner i juni."
    response = xss_client.post(
        "/ui/analyze", data={"text": text, "outlet": "Havnebladet", "token": "test-token-not-secret"},
        follow_redirects=False,
    )  # fmt: skip
    assert response.status_code == 303
    assert response.headers["location"].startswith("/ui/articles/")
    assert database.articles.count() == 2
    assert xss_client.get(response.headers["location"]).status_code == 200


def test_analyze_form_upload(xss_client: TestClient) -> None:
    files = {"upload": ("artikel.txt", b"Opfundet\n\nKilden siger, at det regner.", "text/plain")}
    response = xss_client.post("/ui/analyze", files=files)
    assert response.status_code == 200
    assert "det regner" in response.text


def test_analyze_form_empty_is_400(xss_client: TestClient) -> None:
    assert xss_client.post("/ui/analyze", data={"text": " "}).status_code == 400


def test_article_page_highlights_and_sources_panel(
    newsroom_web: TestClient, newsroom_results: list[AnalysisResult]
) -> None:
    tree = lxml.html.fromstring(newsroom_web.get(f"/ui/articles/{newsroom_results[3].article.id}").text)
    assert [s.text_content() for s in tree.cssselect("#article-text .ks-cue")] == ["oplyser"]
    assert "angiveligt" in [s.text_content() for s in tree.cssselect("#article-text .ks-marker")]
    source = tree.cssselect("#sources-panel .source")[0]
    assert source.get("data-kind") == "unnamed"
    assert "via Reuters" in source.text_content()


def test_entity_page_lists_spellings(newsroom_web: TestClient, newsroom_database: Database) -> None:
    entity = next(e for e in list_entities(newsroom_database) if e.name == "Tjernihiv")
    text = newsroom_web.get(f"/ui/entities/{entity.id}").text
    assert "Chernihiv" in text and "Tjernihiv" in text


def test_dashboard_has_charts(newsroom_web: TestClient) -> None:
    tree = lxml.html.fromstring(newsroom_web.get("/").text)
    for chart in ("#chart-labels", "#chart-unnamed", "#chart-sources"):
        assert tree.cssselect(f"{chart} svg rect"), chart


@pytest.mark.parametrize("page", ["/ui/articles/nope", "/ui/claims/999999", "/ui/entities/999999"])
def test_unknown_pages_are_404(newsroom_web: TestClient, page: str) -> None:
    assert newsroom_web.get(page).status_code == 404
