"""Analyse a submitted document, applying the metadata the client gave."""

from __future__ import annotations

import threading

from kildespor.api.schemas import DocumentIn
from kildespor.config import Settings
from kildespor.pipeline import analyze_text
from kildespor.records import AnalysisResult, Rejection

# One analysis at a time per process: the spaCy pipeline is shared and not promised to be thread-safe.
_ANALYSIS_LOCK = threading.Lock()


def analyze_submission(document: DocumentIn, settings: Settings) -> AnalysisResult | Rejection:
    """Run the pipeline on the body; outlet/url/published from the request override extraction."""
    fmt = "html" if document.html is not None else "text"
    body = document.html if document.html is not None else document.text or ""
    with _ANALYSIS_LOCK:
        result = analyze_text(body, settings, fmt=fmt)
    if isinstance(result, Rejection):
        return result
    updates: dict[str, object] = {}
    if document.outlet:
        updates["outlet"] = document.outlet
    if document.url:
        updates["url"] = document.url
    if document.published:
        updates["published_time"] = document.published
        updates["published"] = document.published.date()
    if updates:
        result = result.model_copy(update={"article": result.article.model_copy(update=updates)})
    return result
