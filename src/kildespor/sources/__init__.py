"""Stage 4: spaCy Doc → SourceAnalysis records (spaCy objects stop here).

Entry point: `analyze_sources(doc, article)`. The kildespor components
(language/components) have already found sentences, markers, attributions,
speakers and claims on the Doc; this stage turns them into the typed records
of `kildespor.records` with character offsets into `article.text`.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kildespor.language.entity_decoding import SOURCE_OFFSETS
from kildespor.language.extensions import register_extensions
from kildespor.records import Article, SourceAnalysis
from kildespor.sources.entities import entity_records
from kildespor.sources.records_from_doc import (
    attribution_record,
    claim_records,
    marker_records,
    sentence_records,
)

__all__ = ["analyze_sources"]


def analyze_sources(doc: Doc, article: Article) -> SourceAnalysis:
    """Attributions, markers, sentence labels, claims and entities of one article."""
    register_extensions()
    decoded = SOURCE_OFFSETS in doc.user_data  # offsets are mapped back to `article.text`
    text = article.text if decoded or len(article.text) == len(doc.text) else doc.text
    attributions = [attribution_record(found, text) for found in doc._.kildespor_attributions]
    markers = marker_records(doc)
    return SourceAnalysis(
        attributions=attributions,
        markers=markers,
        sentences=sentence_records(doc, text, markers),
        claims=claim_records(doc, text, attributions),
        entities=entity_records(doc, attributions),
    )
