"""Stable identifiers derived from content, so re-runs and re-ingests agree."""

from __future__ import annotations

import hashlib
import unicodedata


def normalise_for_hash(text: str) -> str:
    """NFC, case-folded, whitespace collapsed: two copies of one text hash alike."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def content_hash(data: str | bytes, *, length: int = 16) -> str:
    """Hex SHA-256 prefix of normalised text (or of raw bytes)."""
    raw = data if isinstance(data, bytes) else normalise_for_hash(data).encode("utf-8")
    return hashlib.sha256(raw).hexdigest()[:length]
