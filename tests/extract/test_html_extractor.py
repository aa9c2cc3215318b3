"""HtmlArticleExtractor on an invented Danish news page: fields, furniture, offsets."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kildespor.config import ExtractSettings, IngestSettings
from kildespor.extract import extract_article
from kildespor.extract.html import HtmlArticleExtractor
from kildespor.ingest.html import HtmlReader
from kildespor.records import Article, RawDocument, ReasonCode, Rejection

PAGE = Path(__file__).resolve().parents[1] / "data" / "web" / "article_da.html"


def _raw(data: bytes, path: str = "side.html") -> RawDocument:
    raw = next(HtmlReader(IngestSettings()).read_bytes(data, path))
    assert isinstance(raw, RawDocument)
    return raw


@pytest.fixture(scope="module")
def article() -> Article:
    result = extract_article(_raw(PAGE.read_bytes(), str(PAGE)), ExtractSettings())
    assert isinstance(result, Article)
    return result


def test_html_extractor_title_byline_agency(article: Article) -> None:
    assert article.title == "Kommune vil lukke to skoler efter sommerferien"
    assert article.byline == ["Mette Opdigt", "Jens Fiktiv"]
    assert article.agency == "Ritzau"


def test_html_extractor_dates_section_language_outlet(article: Article) -> None:
    assert article.published == date(2024, 3, 14)
    assert article.published_time is not None and article.published_time.hour == 8
    assert article.updated == date(2024, 3, 14)
    assert article.section == "Indland"
    assert article.language == "da"
    assert article.url == "https://www.opdigtetavis.dk/indland/kommune-vil-lukke-to-skoler"
    assert article.outlet == "opdigtetavis.dk"


def test_html_extractor_lede_and_body(article: Article) -> None:
    assert article.lede is not None and article.lede.startswith("Byrådet i Nordby Kommune")
    bodies = [p.text for p in article.paragraphs]
    assert bodies[0].startswith("Forslaget blev præsenteret")
    assert bodies[-1].startswith("Byrådet ventes at stemme")


def test_html_extractor_keeps_dash_quotes(article: Article) -> None:
    bodies = [p.text for p in article.paragraphs]
    assert any(p.startswith("– Vi har ikke råd") for p in bodies)
    assert "– Det er helt uforståeligt." in bodies


def test_html_extractor_sets_aside_furniture_captions_hidden(article: Article) -> None:
    assert "Læs også" not in article.text
    assert "Forældre samler underskrifter" not in article.text
    assert any(b.startswith("Læs også") for b in article.boilerplate)
    assert article.captions == ["Forældre demonstrerede foran rådhuset torsdag."]
    assert article.credits == ["Karen Påfund/Ritzau Scanpix"]
    assert "Forældre demonstrerede" not in article.text
    assert "skjult" not in article.text
    assert "Alle rettigheder" not in article.text


def test_html_extractor_offsets_point_into_text(article: Article) -> None:
    assert article.title_span is not None and article.lede_span is not None
    spans = [article.title_span, article.lede_span, *article.paragraphs]
    for span in spans:
        assert article.text[span.start : span.end] == span.text
    assert article.text == "\n\n".join(s.text for s in spans)
    assert [b.kind for b in article.content_blocks()][:2] == ["headline", "lede"]


def test_html_extractor_records_field_sources(article: Article) -> None:
    assert article.field_sources["title"] == "json-ld"
    assert article.field_sources["byline"] == "json-ld"
    assert article.field_sources["body"] in ("trafilatura", "readability")


@pytest.mark.parametrize(
    ("html", "reason"),
    [
        ("<html><head><title>Tom</title></head><body></body></html>", ReasonCode.NO_TEXT),
        ("<?xml version='1.0'?>", ReasonCode.MALFORMED_HTML),
    ],
)
def test_html_extractor_pages_without_article_are_rejected(html: str, reason: ReasonCode) -> None:
    raw = RawDocument(id="x", text=html, format="html")
    result = HtmlArticleExtractor(ExtractSettings()).extract(raw)
    assert isinstance(result, Rejection)
    assert result.reason == reason


def test_html_extractor_oversized_page_is_rejected() -> None:
    raw = RawDocument(id="x", text="<p>" + "a" * 200 + "</p>", format="html")
    result = HtmlArticleExtractor(ExtractSettings(max_chars=10)).extract(raw)
    assert isinstance(result, Rejection) and result.reason == ReasonCode.TOO_LARGE


def test_html_extractor_repairs_mojibake_in_text() -> None:
    body = "".join(
        f"<p>Afsnit {i}: SÃ¸ren og Ã…se spiste rÃ¸dgrÃ¸d pÃ¥ Ã†rÃ¸ hele sommeren.</p>" for i in range(4)
    )
    raw = RawDocument(id="x", text=f"<html><body><article>{body}</article></body></html>", format="html")
    result = HtmlArticleExtractor(ExtractSettings()).extract(raw)
    assert isinstance(result, Article)
    assert "Søren og Åse spiste rødgrød på Ærø" in result.text


def test_html_extractor_paragraphs_keep_source_xpath(article: Article) -> None:
    assert article.paragraphs[0].source_xpath == "/html/body/article/p[2]"
    assert all(
        p.source_xpath and p.source_xpath.startswith("/html/body/article/p[") for p in article.paragraphs
    )


BODY = "".join(
    f"<p>Afsnit {n} om den opdigtede sag, hvor byrådet igen diskuterede budgettet for næste år.</p>"
    for n in range(5)
)


@pytest.mark.parametrize(
    ("byline_html", "names", "agency"),
    [
        (
            '<div class="byline">Af Mette Opdigt og Jens Fiktiv, Ritzau</div>',
            ["Mette Opdigt", "Jens Fiktiv"],
            "Ritzau",
        ),
        ('<div class="byline">Af Lise Påfund | 14. marts 2024 kl. 08.30</div>', ["Lise Påfund"], None),
        ('<span class="author">Karen Tænkt · Journalist</span>', ["Karen Tænkt"], None),
        ('<a rel="author" href="/k">Per Opfundet</a>', ["Per Opfundet"], None),
    ],
)
def test_html_extractor_visible_byline_is_split(
    byline_html: str, names: list[str], agency: str | None
) -> None:
    page = f"<html><head><title>Sag</title></head><body><article><h1>Sag</h1>{byline_html}{BODY}</article></body></html>"
    result = extract_article(_raw(page.encode()), ExtractSettings())
    assert isinstance(result, Article)
    assert result.byline == names
    assert result.agency == agency
    assert "Afsnit 0" in result.text and "Journalist" not in result.text


def test_html_extractor_standfirst_outside_article_is_lede() -> None:
    lede = "Byrådet vil lukke to opdigtede skoler for at spare penge, viser et nyt forslag fra forvaltningen."
    page = (
        f'<html><head><meta name="description" content="{lede}"><title>Skoler</title></head><body>'
        f'<header><h1>Skoler lukker</h1><div class="article__manchet">{lede}</div></header>'
        f"<article>{BODY}</article></body></html>"
    )
    result = extract_article(_raw(page.encode()), ExtractSettings())
    assert isinstance(result, Article)
    assert result.lede == lede
    assert result.lede_span is not None and result.text[result.lede_span.start : result.lede_span.end] == lede
    assert sum(lede in p.text for p in result.paragraphs) == 0
