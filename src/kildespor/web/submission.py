"""Analyse an article pasted or uploaded in the web UI."""

from __future__ import annotations

import threading

from kildespor.config import Settings
from kildespor.pipeline import analyze_text
from kildespor.records import AnalysisResult, Rejection

# The spaCy pipeline is shared by all requests in this process; analyse one document at a time.
_ANALYSIS_LOCK = threading.Lock()


def looks_like_html(text: str) -> bool:
    """A pasted page rather than plain text."""
    head = text.lstrip()[:500].lower()
    return head.startswith("<!doctype html") or head.startswith("<html") or "<body" in head


def analyze_pasted(text: str, settings: Settings, *, outlet: str | None = None) -> AnalysisResult | Rejection:
    """Run the pipeline on pasted text or HTML; an outlet typed in the form overrides extraction."""
    with _ANALYSIS_LOCK:
        result = analyze_text(text, settings, fmt="html" if looks_like_html(text) else "text")
    if isinstance(result, Rejection) or not outlet:
        return result
    return result.model_copy(update={"article": result.article.model_copy(update={"outlet": outlet})})
