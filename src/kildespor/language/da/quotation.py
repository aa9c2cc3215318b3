"""QUOTATION_MARKS: Danish quotation conventions.

Danish news uses »…« (guillemets pointing inwards, the Danish norm per
Retskrivningsordbogen §57), ”…” (the same mark on both sides), “…” and
straight "…", and the dialogue dash: a paragraph opening with `-`, `–` or
`—` and a space is a quotation up to its cue (`- Vi har …, siger X`).
Single marks (' ‘ ’) are mostly apostrophes or scare quotes; tabloid headlines
also quote speech in them, so a single-mark pair on one line with at least
MIN_SINGLE_QUOTE_WORDS words is a quotation (quotation_regions.py).
"""

from __future__ import annotations

# opening mark: the closing marks that end it
QUOTATION_MARKS: dict[str, frozenset[str]] = {
    "»": frozenset({"«"}),
    "«": frozenset({"»"}),
    "“": frozenset({"”", "“"}),
    "„": frozenset({"“", "”"}),
    "”": frozenset({"”"}),
    '"': frozenset({'"', "”"}),
}

# marks that can only close (when no quotation is open they are ignored)
CLOSING_ONLY: frozenset[str] = frozenset()

DIALOGUE_DASHES: frozenset[str] = frozenset({"-", "–", "—"})

SINGLE_OPENING_MARKS: frozenset[str] = frozenset({"'", "‘", "’"})
SINGLE_CLOSING_MARKS: frozenset[str] = frozenset({"'", "’"})
# shorter single-quoted stretches are scare quotes or titles (`hendes 'største fejl'`)
MIN_SINGLE_QUOTE_WORDS = 3
