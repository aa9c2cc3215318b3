"""Run the stages over documents; a bad document becomes a Rejection, never a crash."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.language import Language

from kildespor.config import Settings
from kildespor.extract import extract_article
from kildespor.ingest import read_documents, read_text_document
from kildespor.language import analyze_language, load_pipeline, pipeline_info
from kildespor.pipeline.failures import internal_error
from kildespor.records import AnalysisResult, Article, RawDocument, Rejection, Stage
from kildespor.sources import analyze_sources


def analyze_article(article: Article, nlp: Language) -> AnalysisResult:
    """Language and source analysis of an extracted article."""
    doc = analyze_language(article, nlp)
    sources = analyze_sources(doc, article)
    return AnalysisResult(
        article=article,
        attributions=sources.attributions,
        markers=sources.markers,
        sentences=sources.sentences,
        claims=sources.claims,
        entities=sources.entities,
        pipeline=pipeline_info(nlp),
    )


def analyze_document(
    raw: RawDocument, settings: Settings, nlp: Language | None = None
) -> AnalysisResult | Rejection:
    """extract → language → sources for one document."""
    try:
        article = extract_article(raw, settings.extract)
        if isinstance(article, Rejection):
            return article
        return analyze_article(article, nlp or load_pipeline(settings.language))
    except Exception as exc:  # a bug on one document must not end a batch: record it and go on
        return internal_error(raw, Stage.SOURCES, exc)


def analyze_text(
    text: str, settings: Settings, *, fmt: str = "text", normalise: bool = True
) -> AnalysisResult | Rejection:
    """Analyse text held in memory (API bodies, evaluation records).

    Args:
        normalise: repair and NFC-normalise first; False keeps offsets into `text` exactly.
    """
    return analyze_document(read_text_document(text, fmt=fmt, normalise=normalise), settings)


def analyze_paths(
    paths: Iterable[str | Path], settings: Settings, nlp: Language | None = None
) -> Iterator[AnalysisResult | Rejection]:
    """One result or rejection per input document, in input order."""
    pipeline = nlp or load_pipeline(settings.language)
    for item in read_documents(paths, settings.ingest):
        yield item if isinstance(item, Rejection) else analyze_document(item, settings, pipeline)


def extract_paths(paths: Iterable[str | Path], settings: Settings) -> Iterator[Article | Rejection]:
    """Structure only (no language analysis): one Article or Rejection per document."""
    for item in read_documents(paths, settings.ingest):
        yield item if isinstance(item, Rejection) else extract_article(item, settings.extract)
