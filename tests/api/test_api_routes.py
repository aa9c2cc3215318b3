"""REST API through FastAPI's TestClient: analyse, ingest with token, read, search, entities, claims."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from kildespor.api import create_app
from kildespor.config import Settings
from kildespor.records import AnalysisResult
from kildespor.storage import Database
from kildespor.tracking import list_entities

TOKEN_HEADER = {"Authorization": "Bearer test-token-not-secret"}
ARTICLE_TEXT = (
    "Opfundet testartikel om havnen\n\n"
    "Borgmester Lise Holm siger, at havnebadet åbner i juni. Det oplyser kommunen i en pressemeddelelse."
)


@pytest.fixture()
def client(database: Database, api_settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(api_settings, database)) as test_client:
        yield test_client


@pytest.fixture()
def newsroom_client(newsroom_database: Database, api_settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(api_settings, newsroom_database)) as test_client:
        yield test_client


def test_post_analyze_returns_analysis_and_stores_nothing(client: TestClient, database: Database) -> None:
    response = client.post("/analyze", json={"text": ARTICLE_TEXT})
    assert response.status_code == 200
    body = response.json()
    assert set(body) >= {"article", "attributions", "markers", "sentences", "claims", "entities"}
    assert "havnebadet" in body["article"]["text"]
    assert database.articles.count() == 0


@pytest.mark.parametrize(
    ("body", "status"),
    [({}, 422), ({"text": "a", "html": "<p>a</p>"}, 422), ({"text": "   "}, 422), ({"txt": "x"}, 422)],
)
def test_post_analyze_bad_body_is_4xx(client: TestClient, body: dict[str, str], status: int) -> None:
    response = client.post("/analyze", json=body)
    assert response.status_code == status
    assert response.json()["detail"]


def test_post_analyze_body_too_large_is_413(client: TestClient) -> None:
    response = client.post("/analyze", json={"text": "ord " * 60_000})
    assert response.status_code == 413
    assert response.json()["code"] == "body_too_large"


def test_post_analyze_malformed_json_is_422(client: TestClient) -> None:
    response = client.post("/analyze", content=b"{not json", headers={"Content-Type": "application/json"})
    assert response.status_code == 422


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"X-API-Token": ""}])
def test_post_articles_without_token_is_401(
    client: TestClient, database: Database, headers: dict[str, str]
) -> None:
    response = client.post("/articles", json={"text": ARTICLE_TEXT}, headers=headers)
    assert response.status_code == 401
    assert database.articles.count() == 0


def test_post_articles_ingests_idempotently(client: TestClient, database: Database) -> None:
    body = {"text": ARTICLE_TEXT, "outlet": "Havnebladet", "published": "2026-06-01T09:00:00"}
    first = client.post("/articles", json=body, headers=TOKEN_HEADER)
    second = client.post("/articles", json=body, headers={"X-API-Token": "test-token-not-secret"})
    assert (first.status_code, second.status_code) == (201, 200)
    assert first.json()["created"] is True and second.json()["created"] is False
    assert database.articles.count() == 1
    stored = client.get(first.json()["url"])
    assert stored.status_code == 200
    assert stored.json()["outlet"] == "Havnebladet"
    assert stored.json()["published"].startswith("2026-06-01T09:00")


def test_get_article_unknown_is_404(client: TestClient) -> None:
    assert client.get("/articles/nope").status_code == 404


def test_get_search_with_filters(newsroom_client: TestClient) -> None:
    response = newsroom_client.get("/search", params={"q": "skolerne", "outlet": "Vestposten"})
    assert response.status_code == 200
    body = response.json()
    assert [a["title"] for a in body["articles"]] == ["Kommunen lukker skoler"]
    assert body["claims"][0]["cluster_id"] is not None


@pytest.mark.parametrize(
    "params", [{"date_from": "not-a-date"}, {"limit": "0"}, {"q": "x" * 501}, {"entity": "abc"}]
)
def test_get_search_bad_params_is_422(newsroom_client: TestClient, params: dict[str, str]) -> None:
    assert newsroom_client.get("/search", params=params).status_code == 422


def test_get_entity_across_spellings(newsroom_client: TestClient, newsroom_database: Database) -> None:
    entity = next(e for e in list_entities(newsroom_database) if e.name == "Aleksandr Lukasjenko")
    body = newsroom_client.get(f"/entities/{entity.id}").json()
    assert set(body["spellings"]) == {"Aleksandr Lukasjenko", "Alexander Lukashenko"}
    assert len(body["claims_about"]) == 2
    assert newsroom_client.get("/entities/999999").status_code == 404


def test_get_entities_list(newsroom_client: TestClient) -> None:
    people = newsroom_client.get("/entities", params={"label": "PER"}).json()
    names = [e["name"] for e in people]
    assert "Aleksandr Lukasjenko" in names and "Tjernihiv" not in names
    assert all(e["label"] == "PER" for e in people)


def test_get_claim_cluster(newsroom_client: TestClient, newsroom_results: list[AnalysisResult]) -> None:
    listing = newsroom_client.get("/claims", params={"min_appearances": 3}).json()
    assert len(listing) == 1
    cluster = newsroom_client.get(f"/claims/{listing[0]['later'][1]['claim_id']}").json()
    assert cluster["first"]["outlet"] == "Dagbladet Nord"
    assert [a["outlet"] for a in cluster["later"]] == ["Vestposten", "Morgenavisen"]
    assert cluster["single_source"] is True and cluster["named_sources"] == ["Jens Hansen"]
    assert newsroom_client.get("/claims/999999").status_code == 404


def test_openapi_docs_served(client: TestClient) -> None:
    assert client.get("/docs").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/analyze", "/articles", "/articles/{article_id}", "/search", "/entities/{entity_id}",
            "/claims/{claim_id}"} <= set(paths)  # fmt: skip
