"""kildespor_sentence_labels: each sentence's label = its strongest marker (denied > contested > hearsay > hedged).

Reads `doc.spans["kildespor_sentences"]` and `doc.spans["kildespor_markers"]`
(computing sentences if the segmenter did not run) and rewrites the
sentence group with labels; a sentence with no marker is `firm`.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from kildespor.language.components.sentences import SPANS_KEY, segment_sentences
from kildespor.language.extensions import register_extensions

STRENGTH: dict[str, int] = {"firm": 0, "hedged": 1, "hearsay": 2, "contested": 3, "denied": 4}


def label_ranges(sentences: list[tuple[int, int]], markers: list[tuple[int, int, str]]) -> list[str]:
    """Labels for sorted sentence ranges given (start, end, class) markers, in one merge pass."""
    labels = ["firm"] * len(sentences)
    ordered = sorted(markers)
    k = 0
    for idx, (s, e) in enumerate(sentences):
        while k < len(ordered) and ordered[k][0] < s:
            k += 1
        j = k
        while j < len(ordered) and ordered[j][0] < e:
            if STRENGTH.get(ordered[j][2], 0) > STRENGTH[labels[idx]]:
                labels[idx] = ordered[j][2]
            j += 1
    return labels


class SentenceLabeller:
    """Labels sentences from the markers inside them."""

    def __call__(self, doc: Doc) -> Doc:
        if SPANS_KEY in doc.spans:
            ranges = [(s.start, s.end) for s in doc.spans[SPANS_KEY]]
        else:
            ranges = segment_sentences(doc)
        markers = [(m.start, m.end, m.label_) for m in doc.spans.get("kildespor_markers", [])]
        labels = label_ranges(ranges, markers)
        doc.spans[SPANS_KEY] = [
            Span(doc, s, e, label=lab) for (s, e), lab in zip(ranges, labels, strict=True)
        ]
        return doc


@Language.factory("kildespor_sentence_labels", assigns=["doc.spans"])
def make_sentence_labeller(nlp: Language, name: str) -> SentenceLabeller:
    """Factory for `nlp.add_pipe("kildespor_sentence_labels")`."""
    register_extensions()
    return SentenceLabeller()
