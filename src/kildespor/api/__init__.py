"""REST API (FastAPI): `create_app(settings)` builds the app; OpenAPI docs at /docs."""

from kildespor.api.app import create_app

__all__ = ["create_app"]
