"""Claim fingerprints: the set of tokens that say what a claim asserts.

Lower-case words become Danish stems (the search stemmer), number words
become digits, function words are dropped, and capitalised words (names)
become transliteration keys so `Lukasjenko` and `Lukashenko` agree.
"""

from __future__ import annotations

import re

from kildespor.storage import stem_words
from kildespor.tracking.danish_words import NUMBER_WORDS, STOP_WORDS
from kildespor.tracking.transliteration import skeleton, strip_genitive

_WORD = re.compile(r"\w+", re.UNICODE)


def claim_tokens(text: str) -> frozenset[str]:
    """The fingerprint of one claim text."""
    tokens: set[str] = set()
    for word in _WORD.findall(text):
        lower = word.casefold()
        if lower in NUMBER_WORDS:
            tokens.add(NUMBER_WORDS[lower])
        elif lower.isdigit():
            tokens.add(lower.lstrip("0") or "0")
        elif lower in STOP_WORDS:
            continue
        elif word[:1].isupper():
            tokens.add("@" + skeleton(strip_genitive(word)))
        else:
            tokens.update(stem_words(lower))
    return frozenset(tokens)


def name_tokens_of(tokens: frozenset[str]) -> frozenset[str]:
    """The name keys in a fingerprint."""
    return frozenset(t for t in tokens if t.startswith("@"))


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Jaccard overlap of two fingerprints (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)
