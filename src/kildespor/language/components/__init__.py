"""kildespor's spaCy components; importing this package registers their factories."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("kildespor_markers")
def _markers(doc: Doc) -> Doc:  # placeholder until the source-analysis components land
    return doc


@Language.component("kildespor_attribution")
def _attribution(doc: Doc) -> Doc:
    return doc


@Language.component("kildespor_sentence_labels")
def _sentence_labels(doc: Doc) -> Doc:
    return doc
