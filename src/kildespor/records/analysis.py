"""The output of analysing one document: the article plus its source analysis."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from kildespor.records.article import Article
from kildespor.records.rejection import Rejection
from kildespor.records.sources import Attribution, Claim, Entity, Marker, Sentence


class AnalysisResult(BaseModel):
    """Top-level JSON of `kildespor analyze --format json` (schema: `kildespor schema`)."""

    article: Article
    attributions: list[Attribution] = Field(default_factory=list)
    markers: list[Marker] = Field(default_factory=list)
    sentences: list[Sentence] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    pipeline: dict[str, Any] = Field(default_factory=dict, description="Which language pipeline ran.")

    def to_json_dict(self) -> dict[str, Any]:
        """JSON-ready dict with schema names (`class` for markers)."""
        return self.model_dump(mode="json", by_alias=True)


DocumentResult = AnalysisResult | Rejection
