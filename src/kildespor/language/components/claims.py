"""kildespor_claims: one claim per claim-bearing clause, with its voice, label and evidence.

A sentence is cut where an attribution's content begins or ends inside it,
so `X siger, at C` yields the claim C attributed to X, and the rest stays
with the author. Each piece carries the label of the markers inside it and
those markers' spans as evidence (why the label), and the index of the
attribution whose content holds it (None = the outlet's own voice). Pieces
without a word (punctuation, cue words alone) make no claim.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from kildespor.language.components.doc_context import release_caches
from kildespor.language.components.sentence_labels import STRENGTH
from kildespor.language.components.sentences import SPANS_KEY, segment_sentences
from kildespor.language.extensions import register_extensions, store_claims

CLAIMS_KEY = "kildespor_claims"
_MIN_WORDS = 3


@dataclass
class FoundClaim:
    """A clause, the attribution it belongs to (None = author) and the markers that labelled it."""

    span: Span
    attribution: int | None
    label: str = "firm"
    evidence: list[Span] = field(default_factory=list)


def _cuts(s: int, e: int, contents: list[tuple[int, int, int]]) -> list[tuple[int, int, int | None]]:
    """Split [s, e) at content edges; each piece gets the innermost attribution covering it."""
    points = {s, e}
    for cs, ce, _ in contents:
        if s < cs < e:
            points.add(cs)
        if s < ce < e:
            points.add(ce)
    edges = sorted(points)
    pieces: list[tuple[int, int, int | None]] = []
    for a, b in itertools.pairwise(edges):
        owner = None
        best = None
        for cs, ce, idx in contents:
            if cs <= a and b <= ce and (best is None or ce - cs < best):
                owner, best = idx, ce - cs
        pieces.append((a, b, owner))
    return pieces


def _markers_within(markers: list[Span], first: int, a: int, b: int) -> list[Span]:
    """Markers (sorted, from index `first`) that overlap tokens [a, b)."""
    out: list[Span] = []
    for marker in markers[first:]:
        if marker.start >= b:
            break
        if marker.end > a:
            out.append(marker)
    return out


def _labelled(claim: FoundClaim, markers: list[Span]) -> FoundClaim:
    """Add markers as evidence; the claim's label is the strongest of them."""
    for marker in markers:
        claim.evidence.append(marker)
        if STRENGTH.get(marker.label_, 0) > STRENGTH[claim.label]:
            claim.label = marker.label_
    return claim


def _framed_attribution(a: int, b: int, owner: int | None, attributions: list[Any]) -> int | None:
    """The attribution whose cue stands in author text [a, b) while its content lies outside it."""
    for k, att in enumerate(attributions):
        cue, content = att.cue, att.content
        if k != owner and a <= cue.start and cue.end <= b and not (a <= content.start and content.end <= b):
            return k
    return None


class ClaimFinder:
    """Segments sentences into claims and links them to attributions and markers."""

    def __call__(self, doc: Doc) -> Doc:
        ranges = (
            [(s.start, s.end) for s in doc.spans[SPANS_KEY]]
            if SPANS_KEY in doc.spans
            else segment_sentences(doc)
        )
        contents = sorted(
            (a.content.start, a.content.end, k) for k, a in enumerate(doc._.kildespor_attributions)
        )
        markers = list(doc.spans.get("kildespor_markers", []))
        attributions = doc._.kildespor_attributions
        claims: list[FoundClaim] = []
        frames: dict[int, list[Span]] = {}
        m = p = 0
        active: list[tuple[int, int, int]] = []
        for s, e in ranges:
            while p < len(contents) and contents[p][0] < e:
                active.append(contents[p])
                p += 1
            active = [c for c in active if c[1] > s]
            near = [c for c in active if c[0] < e]
            while m < len(markers) and markers[m].end <= s:
                m += 1
            for a, b, owner in _cuts(s, e, near):
                words = sum(1 for t in doc[a:b] if t.is_alpha)
                if words < _MIN_WORDS:
                    continue
                inside = _markers_within(markers, m, a, b)
                framed = _framed_attribution(a, b, owner, attributions) if owner is None else None
                if framed is not None:
                    # "X afviser, at" / "siger X til Ritzau": the frame reports, it claims nothing
                    # itself; its markers (the denial) qualify the reported claim instead.
                    frames.setdefault(framed, []).extend(inside)
                    continue
                claims.append(_labelled(FoundClaim(doc[a:b], owner), inside))
        for claim in claims:
            if claim.attribution in frames:
                _labelled(claim, frames[claim.attribution])
        store_claims(doc, claims)
        doc.spans[CLAIMS_KEY] = [Span(doc, c.span.start, c.span.end, label=c.label) for c in claims]
        release_caches(doc)
        return doc


@Language.factory("kildespor_claims", assigns=["doc._.kildespor_claims", "doc.spans"])
def make_claim_finder(nlp: Language, name: str) -> ClaimFinder:
    """Factory for `nlp.add_pipe("kildespor_claims")`."""
    register_extensions()
    return ClaimFinder()
