"""Stage 4: spaCy Doc → SourceAnalysis records (spaCy objects stop here).

Entry point: `analyze_sources(doc, article)`.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kildespor.records import Article, Sentence, SourceAnalysis

__all__ = ["analyze_sources"]


def analyze_sources(doc: Doc, article: Article) -> SourceAnalysis:
    """Attributions, markers, sentence labels, claims and entities of one article."""
    sentences = []
    for sent in doc.sents:
        text = sent.text.strip()
        if not text:
            continue
        start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
        sentences.append(Sentence(span=(start, start + len(text)), text=text))
    return SourceAnalysis(sentences=sentences)
