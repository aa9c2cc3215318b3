"""kildespor_quotes: quotation spans → `doc.spans["kildespor_quotes"]`.

Each span is the content of one quotation without its marks, labelled
`marked` (closed by a mark), `open` (ended by a paragraph break without a
closing mark) or `dash` (a dialogue-dash paragraph).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from kildespor.language.components.quotation_regions import find_quote_regions
from kildespor.language.extensions import register_extensions

SPANS_KEY = "kildespor_quotes"


class QuoteFinder:
    """Finds direct-speech regions; the attribution component links them to speakers."""

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for region in find_quote_regions(doc):
            label = "dash" if region.dash else ("marked" if region.close_mark is not None else "open")
            spans.append(Span(doc, region.start, region.end, label=label))
        doc.spans[SPANS_KEY] = spans
        return doc


@Language.factory("kildespor_quotes", assigns=["doc.spans"])
def make_quote_finder(nlp: Language, name: str) -> QuoteFinder:
    """Factory for `nlp.add_pipe("kildespor_quotes")`."""
    register_extensions()
    return QuoteFinder()
