"""Language identification of extracted text (py3langid, trained on 97 languages)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

# Below this many letters a guess is noise.
_MIN_LETTERS = 20


@lru_cache(maxsize=1)
def _classify() -> Any:
    from py3langid import classify  # loads its model on first import

    return classify


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the text is too short to tell."""
    sample = text[:5000]
    if sum(ch.isalpha() for ch in sample) < _MIN_LETTERS:
        return None
    lang, _score = _classify()(sample)
    return str(lang)
