"""kildespor_sentences: sentence spans that respect quotations and line breaks.

spaCy's sentencizer splits `.”` into two sentences and ignores scraped line
breaks; the parser's sentences vary with the model. Sentence labels need
stable sentences, so this component segments on its own and writes
`doc.spans["kildespor_sentences"]`; `doc.sents` is left as it is.

Rules: a line break always ends a sentence, and so does a lower-case word glued to a capitalised
one (`fødselHan`, split in two by the tokenizer); `.`, `!`, `?`, `…` end one when
the next word starts a sentence (capital, digit, opening mark or dash), and
closing quotation marks and brackets after them belong to the sentence they
close (`…militæret,” siger Viacorka.` stays one sentence).
"""

from __future__ import annotations

from spacy.attrs import SPACY
from spacy.language import Language
from spacy.tokens import Doc, Span

from kildespor.language.components.quotation_regions import find_quote_regions
from kildespor.language.components.token_strings import line_layout
from kildespor.language.da.function_words import NON_FINAL_ABBREVIATIONS, SENTENCE_END_PUNCT
from kildespor.language.da.quotation import DIALOGUE_DASHES, QUOTATION_MARKS
from kildespor.language.extensions import register_extensions

SPANS_KEY = "kildespor_sentences"
_CLOSING_BRACKETS = frozenset({")", "]"})


def _ends_sentence(text: str, lower: str) -> bool:
    """True for sentence-final punctuation or a word ending in a full stop that is no abbreviation."""
    if text in SENTENCE_END_PUNCT:
        return True
    if len(text) < 2 or not text.endswith(".") or lower in NON_FINAL_ABBREVIATIONS:
        return False
    head = text[:-1]
    if head[:1].islower() and "." in head and head.replace(".", "").replace("-", "").isalpha():
        return False  # an abbreviation with inner periods: `cand.polit.`, `lic.-techn.` before a name
    if len(head) >= 3 and all(
        part.isalpha() and part.isupper() and len(part) == 1 for part in head.split(".")
    ):
        return False  # joined initials: `E.R. Milner`, `A.P. Møller`, `H.C. Andersen`
    return not (len(head) == 1 and head.isalpha())  # initials: `Hans C. Andersen`


def _starts_sentence(text: str) -> bool:
    """True when a word can open a new sentence."""
    first = text[0]
    return first.isupper() or first.isdigit() or text in QUOTATION_MARKS or text in DIALOGUE_DASHES


def _split_abbreviation(doc: Doc, i: int) -> bool:
    """`Sct.` tokenized as `Sct` + `.`: the period of an abbreviation that never ends a sentence."""
    return (
        doc[i].text == "."
        and i >= 1
        and not doc[i - 1].whitespace_
        and doc[i - 1].lower_ + "." in NON_FINAL_ABBREVIATIONS
    )


def glued_sentence_end(doc: Doc, i: int) -> bool:
    """`fødsel|Han er …`: token i ends a sentence glued to the next with no space or stop (scraped
    pages join a teaser line to the text after it; the tokenizer splits such words in two)."""
    if i + 1 >= len(doc):
        return False
    token = doc[i]
    return _glued(token.text, doc[i + 1].text, bool(token.whitespace_))


def _glued(text: str, after: str, spaced: bool) -> bool:
    """A word of six lower-case letters or more, then a capitalised word, with nothing between."""
    return (
        not spaced
        and len(text) >= 6
        and len(after) >= 2
        and after[0].isupper()
        and after[1].islower()
        and text[-6:].isalpha()
        and text[-6:].islower()
    )


def segment_sentences(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges [start, end) of the sentences of a Doc, whitespace excluded."""
    closing = {r.close_mark for r in find_quote_regions(doc) if r.close_mark is not None}
    texts, spaces, breaks = line_layout(doc)
    spaced = doc.to_array(SPACY).tolist() if len(doc) else []
    ranges: list[tuple[int, int]] = []
    start: int | None = None
    i, n = 0, len(texts)
    while i < n:
        if spaces[i]:
            if start is not None and breaks[i]:
                ranges.append((start, i))
                start = None
            i += 1
            continue
        if start is None:
            start = i
        if i + 1 < n and _glued(texts[i], texts[i + 1], bool(spaced[i])):
            ranges.append((start, i + 1))
            start, i = None, i + 1
            continue
        if _ends_sentence(texts[i], texts[i].lower()) and not _split_abbreviation(doc, i):
            j = i + 1
            while j < n and (j in closing or texts[j] in _CLOSING_BRACKETS):
                j += 1
            k = j
            while k < n and spaces[k] and not breaks[k]:
                k += 1
            if k >= n or breaks[k] or _starts_sentence(texts[k]):
                ranges.append((start, j))
                start, i = None, j
                continue
        i += 1
    if start is not None:
        ranges.append((start, n))
    trimmed = []
    for s, e in ranges:
        while e > s and spaces[e - 1]:
            e -= 1
        if e > s:
            trimmed.append((s, e))
    return trimmed


class SentenceSegmenter:
    """Writes quote-aware sentences to `doc.spans["kildespor_sentences"]`."""

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[SPANS_KEY] = [Span(doc, s, e, label="firm") for s, e in segment_sentences(doc)]
        return doc


@Language.factory("kildespor_sentences", assigns=["doc.spans"])
def make_sentence_segmenter(nlp: Language, name: str) -> SentenceSegmenter:
    """Factory for `nlp.add_pipe("kildespor_sentences")`."""
    register_extensions()
    return SentenceSegmenter()
