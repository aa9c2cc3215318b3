"""Token attributes as plain Python lists, read from the Doc in one array call.

The components scan every token of an article several times; building a
spaCy Token object per look-up was their largest cost (benchmarks/sources.py).
"""

from __future__ import annotations

from spacy.attrs import IS_SPACE, LOWER, ORTH
from spacy.tokens import Doc


def token_strings(doc: Doc, attr: int = ORTH) -> list[str]:
    """The string of one attribute (ORTH by default, LOWER, …) for every token."""
    if not len(doc):
        return []
    strings = doc.vocab.strings
    return [strings[value] for value in doc.to_array(attr).tolist()]


def lower_strings(doc: Doc) -> list[str]:
    """The lower-cased text of every token."""
    return token_strings(doc, LOWER)


def line_layout(doc: Doc) -> tuple[list[str], list[bool], list[bool]]:
    """Every token's text, whether it is whitespace, and whether it is whitespace holding a line break."""
    texts = token_strings(doc)
    spaces = [bool(flag) for flag in doc.to_array(IS_SPACE).tolist()] if len(doc) else []
    breaks = [space and "\n" in text for space, text in zip(spaces, texts, strict=True)]
    return texts, spaces, breaks
