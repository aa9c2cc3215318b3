"""Find quotations in a Doc: paired marks (»…«, “…”, "…") and dialogue-dash paragraphs.

A linear pass. A quotation that is not closed by the end of its paragraph
ends there, unless the next paragraph opens with a mark again (the
multi-paragraph convention), so unbalanced marks never swallow an article.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from kildespor.language.da.quotation import DIALOGUE_DASHES, QUOTATION_MARKS


@dataclass(frozen=True)
class QuoteRegion:
    """Token indices of one quotation: content is doc[start:end]."""

    open_mark: int
    start: int
    end: int
    close_mark: int | None
    dash: bool = False


def is_break(doc: Doc, i: int) -> bool:
    """True for a whitespace token holding a line break (a paragraph or line edge)."""
    token = doc[i]
    return token.is_space and "\n" in token.text


def _next_solid(doc: Doc, i: int) -> int | None:
    """Index of the first non-space token at or after i."""
    while i < len(doc):
        if not doc[i].is_space:
            return i
        i += 1
    return None


def _content_end(doc: Doc, end: int, start: int) -> int:
    """Move an exclusive end left over trailing whitespace tokens."""
    while end > start and doc[end - 1].is_space:
        end -= 1
    return end


def _dash_regions(doc: Doc) -> list[QuoteRegion]:
    """Paragraphs opening with a dialogue dash and a space: `- Vi har ..., siger X`."""
    regions: list[QuoteRegion] = []
    line_start = True
    n = len(doc)
    for i, token in enumerate(doc):
        if token.is_space:
            line_start = line_start or "\n" in token.text
            continue
        if line_start and token.text in DIALOGUE_DASHES and token.whitespace_ and i + 1 < n:
            end = i + 1
            while end < n and not is_break(doc, end):
                end += 1
            end = _content_end(doc, end, i + 1)
            if end > i + 1:
                regions.append(QuoteRegion(i, i + 1, end, None, dash=True))
        line_start = False
    return regions


def find_quote_regions(doc: Doc) -> list[QuoteRegion]:
    """All quotations of the Doc in text order (mark-delimited and dash paragraphs)."""
    regions: list[QuoteRegion] = []
    open_i: int | None = None
    closers: frozenset[str] = frozenset()
    i, n = 0, len(doc)
    while i < n:
        text = doc[i].text
        if open_i is None:
            if text in QUOTATION_MARKS:
                open_i, closers = i, QUOTATION_MARKS[text]
        elif text in closers:
            if i > open_i + 1:
                regions.append(QuoteRegion(open_i, open_i + 1, i, i))
            open_i = None
        elif is_break(doc, i):
            nxt = _next_solid(doc, i)
            if nxt is None or doc[nxt].text != doc[open_i].text:
                end = _content_end(doc, i, open_i + 1)
                if end > open_i + 1:
                    regions.append(QuoteRegion(open_i, open_i + 1, end, None))
                open_i = None
            else:  # the quotation continues in the next paragraph: skip its repeated opening mark
                i = nxt
        i += 1
    if open_i is not None:
        end = _content_end(doc, n, open_i + 1)
        if end > open_i + 1:
            regions.append(QuoteRegion(open_i, open_i + 1, end, None))
    inside = bytearray(n)
    for region in regions:
        inside[region.start : region.end] = b"\x01" * (region.end - region.start)
    dashes = [d for d in _dash_regions(doc) if not inside[d.open_mark]]
    return sorted(regions + dashes, key=lambda r: r.start)
