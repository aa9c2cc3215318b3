"""The typed records that cross stage boundaries: pure data, no I/O, no spaCy.

Every span is a pair of character offsets `[start, end)` into `Article.text`,
the decoded input text (or, for HTML, the extracted text), so a UI can
highlight it.
"""

from kildespor.records.analysis import AnalysisResult, DocumentResult
from kildespor.records.article import Article, Paragraph, TextSpan
from kildespor.records.ids import content_hash
from kildespor.records.raw import Provenance, RawDocument
from kildespor.records.rejection import ReasonCode, Rejection, Stage
from kildespor.records.sources import (
    Attribution,
    AttributionKind,
    Claim,
    Entity,
    EntityMention,
    Marker,
    MarkerClass,
    Sentence,
    SentenceLabel,
    SourceAnalysis,
    SourceKind,
    Span,
    Stance,
)

__all__ = [
    "AnalysisResult",
    "Article",
    "Attribution",
    "AttributionKind",
    "Claim",
    "DocumentResult",
    "Entity",
    "EntityMention",
    "Marker",
    "MarkerClass",
    "Paragraph",
    "Provenance",
    "RawDocument",
    "ReasonCode",
    "Rejection",
    "Sentence",
    "SentenceLabel",
    "SourceAnalysis",
    "SourceKind",
    "Span",
    "Stage",
    "Stance",
    "TextSpan",
    "content_hash",
]
