"""Stage 2: RawDocument → Article (headline, byline, dates, body; furniture set aside).

Entry point: `extract_article(raw, settings)`.
"""

from __future__ import annotations

from kildespor.config import ExtractSettings
from kildespor.extract.scraped import ScrapedTextExtractor
from kildespor.records import Article, RawDocument, ReasonCode, Rejection, Stage

__all__ = ["extract_article"]


def extract_article(raw: RawDocument, settings: ExtractSettings | None = None) -> Article | Rejection:
    """Extract the article from one document; a Rejection says why when there is none."""
    settings = settings or ExtractSettings()
    if raw.text is None or not raw.text.strip():
        return Rejection(
            stage=Stage.EXTRACT,
            reason=ReasonCode.NO_TEXT,
            detail="the document has no text",
            document_id=raw.id,
            provenance=raw.provenance,
        )
    if raw.format == "html":
        from kildespor.extract.html import HtmlArticleExtractor

        return HtmlArticleExtractor(settings).extract(raw)
    return ScrapedTextExtractor(settings).extract(raw)
