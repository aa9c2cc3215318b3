"""Find quotations in a Doc: paired marks (»…«, “…”, "…"), single marks on one line ('…' of
three words or more) and dialogue-dash paragraphs.

A linear pass. A quotation that is not closed by the end of its paragraph
ends there, unless the next paragraph opens with a mark again (the
multi-paragraph convention), so unbalanced marks never swallow an article.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import SPACY
from spacy.tokens import Doc

from kildespor.language.components.token_strings import line_layout
from kildespor.language.da.pronouns import SOURCE_PRONOUNS
from kildespor.language.da.quotation import (
    DIALOGUE_DASHES,
    MIN_SINGLE_QUOTE_WORDS,
    QUOTATION_MARKS,
    SINGLE_CLOSING_MARKS,
    SINGLE_OPENING_MARKS,
)
from kildespor.language.da.reporting_verbs import DIALOGUE_TAG_VERBS, REPORTING_VERBS

# finite forms that tag a quotation after its comma (`…, siger Jens P. Jeppesen`)
_TAG_FORMS = frozenset(
    form for forms, _ in (*REPORTING_VERBS.values(), *DIALOGUE_TAG_VERBS.values()) for form in forms[:2]
)


@dataclass(frozen=True)
class QuoteRegion:
    """Token indices of one quotation: content is doc[start:end]."""

    open_mark: int
    start: int
    end: int
    close_mark: int | None
    dash: bool = False


_CACHE = "kildespor.quote_regions"


def is_break(doc: Doc, i: int) -> bool:
    """True for a whitespace token holding a line break (a paragraph or line edge)."""
    token = doc[i]
    return token.is_space and "\n" in token.text


def _dash_regions(
    texts: list[str], breaks: list[bool], spaces: list[bool], trailing: list[str]
) -> list[QuoteRegion]:
    """Paragraphs opening with a dialogue dash and a space: `- Vi har ..., siger X`."""
    regions: list[QuoteRegion] = []
    line_start = True
    n = len(texts)
    for i in range(n):
        if spaces[i]:
            line_start = line_start or breaks[i]
            continue
        if line_start and texts[i] in DIALOGUE_DASHES and trailing[i] and i + 1 < n:
            end = i + 1
            while end < n and not breaks[end]:
                end += 1
            while end > i + 1 and spaces[end - 1]:
                end -= 1
            if end > i + 1:
                regions.append(QuoteRegion(i, i + 1, end, None, dash=True))
        line_start = False
    return regions


def find_quote_regions(doc: Doc) -> list[QuoteRegion]:
    """All quotations of the Doc in text order (mark-delimited and dash paragraphs); computed once per Doc."""
    cached = doc.user_data.get(_CACHE)
    if cached is not None and cached[0] == len(doc):
        return list(cached[1])
    texts, spaces, breaks = line_layout(doc)
    regions = _marked_regions(texts, spaces, breaks)
    inside = bytearray(len(texts))
    for region in regions:
        inside[region.start : region.end] = b"\x01" * (region.end - region.start)
    trailing = [" " if flag else "" for flag in doc.to_array(SPACY).tolist()] if len(doc) else []
    singles = _single_mark_regions(texts, spaces, breaks, trailing, inside)
    for region in singles:
        inside[region.start : region.end] = b"\x01" * (region.end - region.start)
    dashes = [d for d in _dash_regions(texts, breaks, spaces, trailing) if not inside[d.open_mark]]
    found = sorted(regions + singles + dashes, key=lambda r: r.start)
    doc.user_data[_CACHE] = (len(doc), tuple(found))
    return found


def _single_mark_regions(
    texts: list[str], spaces: list[bool], breaks: list[bool], trailing: list[str], inside: bytearray
) -> list[QuoteRegion]:
    """Speech in single marks, as tabloid headlines write it (`…-film: 'Hun arbejder ikke gratis'`).

    Single marks are also apostrophes (`Lars' far`) and scare quotes (`hendes 'største fejl'`), so
    only a pair on one line counts: the opening mark after a space, a colon or a line start and
    glued to the next word, the closing mark glued to the word before it, and at least
    MIN_SINGLE_QUOTE_WORDS words between."""
    regions: list[QuoteRegion] = []
    n = len(texts)
    i = 0
    while i < n - 1:
        opens = (
            texts[i] in SINGLE_OPENING_MARKS
            and not inside[i]
            and (i == 0 or bool(trailing[i - 1]) or breaks[i - 1] or texts[i - 1] in (":", "("))
            and not trailing[i]
            and not spaces[i + 1]
        )
        if not opens:
            i += 1
            continue
        k = i + 1
        while k < n and not breaks[k] and not (texts[k] in SINGLE_CLOSING_MARKS and not trailing[k - 1]):
            k += 1
        words = sum(1 for t in texts[i + 1 : k] if any(ch.isalnum() for ch in t))
        if k < n and not breaks[k] and words >= MIN_SINGLE_QUOTE_WORDS:
            regions.append(QuoteRegion(i, i + 1, k, k))
            i = k + 1
            continue
        i += 1
    return regions


def _speech_tag(texts: list[str], start: int, end: int) -> int | None:
    """The comma of an inverted speech tag (`, siger X`, `, sagde hun`) inside texts[start:end], else None."""
    for k in range(start + 1, end - 2):
        if texts[k] == "," and texts[k + 1].lower() in _TAG_FORMS:
            subject = texts[k + 2]
            if subject[:1].isupper() or subject.lower() in SOURCE_PRONOUNS:
                return k
    return None


def _marked_regions(texts: list[str], spaces: list[bool], breaks: list[bool]) -> list[QuoteRegion]:
    """Quotations between paired marks; an unclosed one ends with its paragraph unless the next reopens."""
    regions: list[QuoteRegion] = []
    open_i: int | None = None
    closers: frozenset[str] = frozenset()
    i, n = 0, len(texts)

    def content_end(end: int, start: int) -> int:
        while end > start and spaces[end - 1]:
            end -= 1
        return end

    while i < n:
        text = texts[i]
        if open_i is None:
            if text in QUOTATION_MARKS:
                open_i, closers = i, QUOTATION_MARKS[text]
        elif text in closers:
            if i > open_i + 1:
                regions.append(QuoteRegion(open_i, open_i + 1, i, i))
            open_i = None
        elif breaks[i]:
            nxt = i
            while nxt < n and spaces[nxt]:
                nxt += 1
            if nxt >= n or texts[nxt] != texts[open_i]:
                end = content_end(i, open_i + 1)
                if end > open_i + 1:
                    regions.append(QuoteRegion(open_i, open_i + 1, end, None))
                open_i = None
            else:
                tag = _speech_tag(texts, open_i + 1, i)
                if tag is not None:
                    # `”…, siger Jens P. Jeppesen og tilføjer:` + `”…”`: the tag shows the writer forgot
                    # the closing mark; the next paragraph's mark opens a new quotation
                    regions.append(QuoteRegion(open_i, open_i + 1, tag, tag))
                    open_i = None
                    continue
                i = nxt  # the quotation continues in the next paragraph: skip its repeated opening mark
        i += 1
    if open_i is not None:
        end = content_end(n, open_i + 1)
        if end > open_i + 1:
            regions.append(QuoteRegion(open_i, open_i + 1, end, None))
    return regions
