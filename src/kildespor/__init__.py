"""kildespor: source criticism for news — who says what, through whom, and how firmly.

Public API: `analyze_text`, `analyze_html`, `read_documents`, `__version__`.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

    from kildespor.records import AnalysisResult, RawDocument, Rejection

try:
    __version__ = version("kildespor")
except PackageNotFoundError:  # running from a source tree
    __version__ = "0.0.0"

__all__ = ["__version__", "analyze_html", "analyze_text", "read_documents"]


def analyze_text(text: str) -> AnalysisResult | Rejection:
    """Analyse one scraped-text article with default settings."""
    from kildespor.config import load_settings
    from kildespor.pipeline import analyze_text as run

    return run(text, load_settings())


def analyze_html(html: str) -> AnalysisResult | Rejection:
    """Analyse one HTML page with default settings."""
    from kildespor.config import load_settings
    from kildespor.pipeline import analyze_text as run

    return run(html, load_settings(), fmt="html")


def read_documents(*paths: str) -> Iterator[RawDocument | Rejection]:
    """Iterate RawDocument | Rejection for files, folders or '-' (stdin)."""
    from kildespor.ingest import read_documents as read

    return read(paths)
