"""Composition: the only package that imports every stage up to storage.

`analyze_document(raw, settings, nlp)` runs extract → language → sources for one
document; `analyze_paths(paths, settings)` streams results for many.
"""

from kildespor.pipeline.run import analyze_document, analyze_paths, analyze_text, extract_paths

__all__ = ["analyze_document", "analyze_paths", "analyze_text", "extract_paths"]
