"""FoundAttribution: one attribution as the components see it, with spaCy spans.

The attribution component fills cue, source, content, kind, stance and via;
the speakers component adds source_name, source_kind and role. The sources
stage turns these into `kildespor.records.Attribution` with character offsets.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span


@dataclass
class FoundAttribution:
    """Cue → source → content, with how the rule decided it (`rule`)."""

    cue: Span
    source: Span | None
    content: Span
    kind: str
    stance: str = "neutral"
    via: Span | None = None
    rule: str = ""
    source_name: str | None = None
    source_kind: str = "person"
    role: str | None = None
