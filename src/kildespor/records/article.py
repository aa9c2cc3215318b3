"""Article: the structure extracted from one document, with offsets into its text."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, Field

from kildespor.records.raw import Provenance

BlockKind = Literal["headline", "lede", "body", "caption", "teaser"]


class TextSpan(BaseModel):
    """A stretch of `Article.text`: `text == article.text[start:end]`."""

    text: str
    start: int
    end: int


class Paragraph(TextSpan):
    """One body paragraph (or headline/lede block) of the article."""

    kind: BlockKind = "body"
    source_xpath: str | None = Field(
        None, description="HTML input: XPath of the page element the paragraph was taken from, when known."
    )


class Article(BaseModel):
    """The article as a reader sees it: headline, byline, dates, body; furniture set aside."""

    id: str = Field(description="Stable article id: hash of the normalised text.")
    text: str = Field(description="The decoded input text that every span indexes into.")
    title: str | None = None
    title_span: TextSpan | None = None
    byline: list[str] = Field(default_factory=list)
    agency: str | None = Field(None, description="Wire agency named in the byline (Ritzau, AFP, ...).")
    published: date | None = None
    published_raw: str | None = None
    published_time: datetime | None = None
    updated: date | None = None
    relative_age_raw: str | None = Field(None, description="As written: '132 uger siden', 'i går'.")
    captured_estimate: date | None = Field(
        None, description="When the page was probably captured: absolute date + relative age."
    )
    section: str | None = None
    lede: str | None = None
    lede_span: TextSpan | None = None
    credits: list[str] = Field(default_factory=list, description="Photo/image credits, deduplicated.")
    captions: list[str] = Field(default_factory=list)
    boilerplate: list[str] = Field(default_factory=list, description="Site furniture removed from the body.")
    paragraphs: list[Paragraph] = Field(default_factory=list)
    teasers: list[Paragraph] = Field(
        default_factory=list,
        description="Headlines of other articles in 'Læs også:' lines: not body, but read for sources.",
    )
    language: str | None = None
    url: str | None = None
    outlet: str | None = None
    provenance: Provenance = Field(default_factory=Provenance)
    field_sources: dict[str, str] = Field(
        default_factory=dict, description="Which rule produced each field (metadata cascade)."
    )

    def content_blocks(self) -> list[Paragraph]:
        """Headline, lede, body paragraphs and teaser lines in text order: what the language stage reads."""
        blocks: list[Paragraph] = []
        if self.title_span is not None:
            blocks.append(Paragraph(**self.title_span.model_dump(), kind="headline"))
        if self.lede_span is not None:
            blocks.append(Paragraph(**self.lede_span.model_dump(), kind="lede"))
        blocks.extend(self.paragraphs)
        blocks.extend(self.teasers)
        return sorted(blocks, key=lambda b: b.start)
