"""Every `._.kildespor_*` extension kildespor registers, in one place.

Call `register_extensions()` before using them; it is idempotent (each
registration is guarded with `has_extension`). Component factories call it,
so `nlp.add_pipe("kildespor_attribution")` is enough for a spaCy user.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

# user_data keys (spaCy keeps extension values under tuple keys too; these are ours)
_ATTRIBUTIONS = "kildespor.attributions"
_CLAIMS = "kildespor.claims"


def _attributions(doc: Doc) -> list[Any]:
    """Attributions found by kildespor_attribution (empty before it ran)."""
    found = doc.user_data.get(_ATTRIBUTIONS)
    return list(found) if found else []


def _claims(doc: Doc) -> list[Any]:
    """Claims found by kildespor_claims (empty before it ran)."""
    found = doc.user_data.get(_CLAIMS)
    return list(found) if found else []


def _sentence_label(span: Span) -> str:
    """Label of a sentence span: its span label when it carries one, else `firm`."""
    return span.label_ or "firm"


def register_extensions() -> None:
    """Register kildespor's Doc and Span extensions (safe to call many times)."""
    if not Doc.has_extension("kildespor_attributions"):
        Doc.set_extension("kildespor_attributions", getter=_attributions)
    if not Doc.has_extension("kildespor_claims"):
        Doc.set_extension("kildespor_claims", getter=_claims)
    if not Span.has_extension("kildespor_sentence_label"):
        Span.set_extension("kildespor_sentence_label", getter=_sentence_label)


def store_attributions(doc: Doc, found: list[Any]) -> None:
    """Keep the attributions on the Doc, where the `kildespor_attributions` getter reads them."""
    doc.user_data[_ATTRIBUTIONS] = found


def store_claims(doc: Doc, found: list[Any]) -> None:
    """Keep the claims on the Doc, where the `kildespor_claims` getter reads them."""
    doc.user_data[_CLAIMS] = found
