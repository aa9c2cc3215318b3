"""kildespor's spaCy components; importing this package registers their factories.

In pipeline order (see `SOURCE_COMPONENTS` in language/loading.py):
kildespor_sentences, kildespor_quotes, kildespor_markers,
kildespor_attribution, kildespor_speakers, kildespor_sentence_labels,
kildespor_claims. Each writes its results to `doc.spans["kildespor_*"]`
(and attributions/claims to `doc._.kildespor_*`).
"""

from __future__ import annotations

from kildespor.language.components import (
    attribution,
    claims,
    markers,
    quotes,
    sentence_labels,
    sentences,
    speakers,
)

__all__ = ["attribution", "claims", "markers", "quotes", "sentence_labels", "sentences", "speakers"]
