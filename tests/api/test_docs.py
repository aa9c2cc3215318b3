"""OpenAPI docs are served from packaged assets, so /docs works on a machine without internet."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from kildespor.api.app import create_app
from kildespor.config import Settings


def test_docs_page_uses_local_assets(api_settings: Settings, tmp_path: Path) -> None:
    settings = api_settings.model_copy(
        update={"storage": api_settings.storage.model_copy(update={"url": f"sqlite:///{tmp_path}/docs.db"})}
    )
    client = TestClient(create_app(settings))
    page = client.get("/docs")
    assert page.status_code == 200
    assert "/docs-assets/swagger-ui-bundle.js" in page.text
    assert "cdn" not in page.text.lower()
    asset = client.get("/docs-assets/swagger-ui-bundle.js")
    assert asset.status_code == 200 and len(asset.content) > 100_000
    assert client.get("/openapi.json").json()["info"]["title"] == "kildespor"
