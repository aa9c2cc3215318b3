"""ScrapedTextExtractor: articles scraped to plain text (being written)."""

from __future__ import annotations

from kildespor.config import ExtractSettings
from kildespor.records import Article, Paragraph, RawDocument, Rejection


class ScrapedTextExtractor:
    def __init__(self, settings: ExtractSettings) -> None:
        self.settings = settings

    def extract(self, raw: RawDocument) -> Article | Rejection:
        text = raw.text or ""
        return Article(id=raw.id, text=text, paragraphs=[Paragraph(text=text, start=0, end=len(text))])
