"""Request and response bodies of the REST API; separate from tables and records."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, Field, model_validator

from kildespor.records import AnalysisResult


class DocumentIn(BaseModel):
    """One article to analyse: plain text or HTML, with optional metadata that overrides extraction."""

    text: str | None = Field(
        None, description="Article as plain text.", examples=["Borgmesteren siger, at ..."]
    )
    html: str | None = Field(None, description="Article as an HTML page.")
    outlet: str | None = Field(None, max_length=200, description="Outlet name, when the page does not say.")
    url: str | None = Field(None, max_length=2000)
    published: datetime | None = Field(None, description="Publication time, when the page does not say.")

    @model_validator(mode="after")
    def _exactly_one_body(self) -> DocumentIn:
        if (self.text is None) == (self.html is None):
            raise ValueError('give exactly one of "text" or "html"')
        if not (self.text or self.html or "").strip():
            raise ValueError("the document is empty")
        return self


class RejectionOut(BaseModel):
    stage: str
    reason: str
    detail: str


class ArticleOut(BaseModel):
    """A stored article: the analysis plus the ids the store gave its claims and entities."""

    id: str
    outlet: str | None
    published: datetime | None
    ingested_at: datetime
    claim_ids: list[int]
    entity_ids: dict[str, int]
    analysis: AnalysisResult


class IngestOut(BaseModel):
    article_id: str
    created: bool = Field(description="False when the same article was stored before (idempotent).")
    url: str


class ArticleHitOut(BaseModel):
    id: str
    title: str | None
    outlet: str | None
    published: datetime | None
    snippet: str


class ClaimHitOut(BaseModel):
    id: int
    article_id: str
    outlet: str | None
    seen_at: datetime
    text: str
    label: str
    source_name: str | None
    source_kind: str
    cluster_id: int | None


class SearchOut(BaseModel):
    query: dict[str, Any]
    notes: list[str]
    articles: list[ArticleHitOut]
    claims: list[ClaimHitOut]


class QuoteOut(BaseModel):
    article_id: str
    outlet: str | None
    published: datetime | None
    source_name: str | None
    role: str | None
    cue: str
    content: str
    kind: str
    via_name: str | None


class EntityOut(BaseModel):
    id: int
    name: str
    label: str
    spellings: list[str]
    roles: list[str]
    article_ids: list[str]
    quotes: list[QuoteOut]
    claims_about: list[ClaimHitOut]


class AppearanceOut(BaseModel):
    claim_id: int
    article_id: str
    article_title: str | None
    outlet: str | None
    seen_at: datetime
    text: str
    label: str
    source_name: str | None
    source_kind: str
    via_name: str | None


class LabelChangeOut(BaseModel):
    at: datetime
    outlet: str | None
    claim_id: int
    before: str
    after: str


class ClaimClusterOut(BaseModel):
    """A claim across outlets: first appearance, later ones, label changes, sources behind it."""

    id: int
    text: str
    first: AppearanceOut
    later: list[AppearanceOut]
    outlets: list[str]
    label_changes: list[LabelChangeOut]
    named_sources: list[str]
    single_source: bool


class SearchParams(BaseModel):
    """Query parameters of GET /search."""

    q: str = Field("", max_length=500)
    outlet: str | None = Field(None, max_length=200)
    date_from: date | None = None
    date_to: date | None = None
    source: str | None = Field(None, max_length=200, description="Source name (any spelling).")
    source_kind: str | None = Field(
        None, description="person | organisation | media | document | unnamed | author"
    )
    label: str | None = Field(None, description="firm | hedged | hearsay | contested | denied")
    entity: int | None = Field(None, description="Entity id: articles mentioning it (any spelling).")
    limit: int = Field(50, ge=1, le=500)
