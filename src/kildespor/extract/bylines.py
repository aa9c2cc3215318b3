"""Bylines: "Af Mette Hansen og Jens Berg, Ritzau" → names and wire agency."""

from __future__ import annotations

import re

from kildespor.extract.vocabulary import PageVocabulary

_SPLIT = re.compile(r"\s*(?:,|;|\s&\s|\s+og\s+|\s+and\s+|\s+\|\s+|\s+-\s+|\s+–\s+)\s*", re.I)
_NAME_WORD = re.compile(r"^(?:[A-ZÆØÅÄÖÜÉ][\w'’.-]*|[A-ZÆØÅ]\.)$")
_PARTICLES = frozenset({"von", "van", "der", "den", "de", "la", "le", "da", "di", "af", "bin", "el", "al"})
_ROLE_WORDS = frozenset(
    {"journalist", "journalister", "reporter", "korrespondent", "redaktør", "fotograf", "praktikant"}
)
_EMAIL = re.compile(r"\S+@\S+")


def looks_like_name(text: str) -> bool:
    """Two to five capitalised words (particles allowed): 'Mathias Nielsen', 'Anne von Berg'."""
    words = text.split()
    if not 2 <= len(words) <= 5 or any(ch.isdigit() for ch in text):
        return False
    if not _NAME_WORD.match(words[0]) or not _NAME_WORD.match(words[-1]):
        return False
    return all(_NAME_WORD.match(w) or w.casefold() in _PARTICLES for w in words)


def _strip_prefix(text: str, vocab: PageVocabulary) -> tuple[str, bool]:
    for prefix in vocab.byline_prefixes:
        pattern = re.compile(rf"^{re.escape(prefix.rstrip(':'))}\s*:?\s+", re.I)
        if pattern.match(text):
            return pattern.sub("", text, count=1), True
    return text, False


def split_byline(line: str, vocab: PageVocabulary) -> tuple[list[str], str | None] | None:
    """Names and agency when `line` is a byline, else None.

    A line with a byline prefix ("Af ...") is accepted when its parts are names
    or agencies; a bare line only when every part is, so a short headline is
    not taken for a byline.
    """
    text = _EMAIL.sub("", line.strip()).strip(" .")
    if not text or len(text) > 120:
        return None
    body, prefixed = _strip_prefix(text, vocab)
    names: list[str] = []
    agency: str | None = None
    for part in filter(None, _SPLIT.split(body)):
        part = part.strip(" .")
        if found := vocab.agency(part):
            agency = agency or found
            continue
        if part.casefold() in _ROLE_WORDS:
            continue
        if looks_like_name(part) or (prefixed and _NAME_WORD.match(part)):
            names.append(part)
            continue
        return None
    if not names and agency is None:
        return None
    return names, agency
