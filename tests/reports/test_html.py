"""The HTML report escapes article text and highlights overlapping spans."""

from __future__ import annotations

from kildespor.records import AnalysisResult, Article, Attribution, Marker, Paragraph, TextSpan
from kildespor.reports import render_html

TEXT = 'Evil <script>alert(1)</script>\n\n"Det er <img src=x onerror=alert(2)> løgn," siger Ole Hansen angiveligt.'


def _result() -> AnalysisResult:
    body_start = TEXT.index('"')
    cue = TEXT.index("siger")
    article = Article(
        id="x",
        text=TEXT,
        title=TEXT[:30],
        title_span=TextSpan(text=TEXT[:30], start=0, end=30),
        paragraphs=[Paragraph(text=TEXT[body_start:], start=body_start, end=len(TEXT))],
    )
    return AnalysisResult(
        article=article,
        attributions=[
            Attribution(
                cue=(cue, cue + 5),
                cue_text="siger",
                source=(cue + 6, cue + 16),
                source_text="Ole Hansen",
                source_name="Ole Hansen",
                content=(body_start + 1, cue - 3),
                content_text=TEXT[body_start + 1 : cue - 3],
            )
        ],
        markers=[Marker(span=(len(TEXT) - 11, len(TEXT) - 1), cls="hearsay", text="angiveligt")],
    )


def test_html_report_escapes_payloads() -> None:
    html = render_html([_result()])
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;" in html
    assert "&lt;img src=x onerror=alert(2)&gt;" in html


def test_html_report_highlights_each_layer() -> None:
    html = render_html([_result()])
    for css in ("ks-cue", "ks-source", "ks-content", "ks-marker ks-hearsay"):
        assert f'class="{css}' in html or f" {css}" in html
    assert "Ole Hansen" in html


def test_html_report_shows_teaser_lines_apart_from_the_body() -> None:
    text = "Titel\n\nBrødtekst her.\n\nLæs også: Politi: Meld dig"
    teaser = text.index("Læs")
    article = Article(
        id="t",
        text=text,
        title="Titel",
        title_span=TextSpan(text="Titel", start=0, end=5),
        paragraphs=[Paragraph(text="Brødtekst her.", start=7, end=21)],
        teasers=[Paragraph(text=text[teaser:], start=teaser, end=len(text), kind="teaser")],
    )
    html = render_html([AnalysisResult(article=article)])
    assert '<aside class="ks-teaser"' in html
