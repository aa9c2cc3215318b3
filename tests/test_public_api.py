"""The package's public API: analyze_text, analyze_html, read_documents."""

from __future__ import annotations

from pathlib import Path

import kildespor
from kildespor.records import AnalysisResult, RawDocument

TEXT = "Borgmester lover nye cykelstier\n\nAf Lise Dahl\n\nBorgmester Ole Friis siger, at der kommer nye cykelstier.\n\nDet sker formentlig i 2025."


def test_analyze_text_returns_article_and_sources() -> None:
    result = kildespor.analyze_text(TEXT)
    assert isinstance(result, AnalysisResult)
    assert result.article.title == "Borgmester lover nye cykelstier"
    assert result.article.byline == ["Lise Dahl"]
    assert any(a.cue_text == "siger" for a in result.attributions)
    assert any(m.cls.value == "hedged" for m in result.markers)


def test_analyze_html_extracts_page() -> None:
    html = (
        "<html><head><title>Ny bro åbner</title></head><body><article><h1>Ny bro åbner</h1>"
        "<p>Den nye bro over fjorden åbner i morgen, siger vejdirektør Anne Holm til avisen.</p>"
        "<p>Broen har kostet 400 millioner kroner og har været undervejs i seks år.</p></article></body></html>"
    )
    result = kildespor.analyze_html(html)
    assert isinstance(result, AnalysisResult)
    assert "Den nye bro" in result.article.text


def test_read_documents_reads_files(examples_dir: Path) -> None:
    docs = list(kildespor.read_documents(str(examples_dir)))
    assert len(docs) == len(list(examples_dir.glob("*.txt")))
    assert all(isinstance(d, RawDocument) for d in docs)
