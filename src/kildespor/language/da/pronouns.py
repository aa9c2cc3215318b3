"""Personal pronouns that can stand as a source, with the gender they require of their antecedent.

Standard Danish pronoun paradigm (Hansen & Heltoft 2011). `None` = any.
"""

from __future__ import annotations

SOURCE_PRONOUNS: dict[str, str | None] = {
    "han": "m",
    "hun": "f",
    "de": None,
    "den": None,
    "vi": None,
    "jeg": None,
    "du": None,
    "hans": "m",
    "hendes": "f",
    "deres": None,
}

# pronouns that refer to the speaker or addressee inside a quote, not to someone in the article
DEICTIC_PRONOUNS: frozenset[str] = frozenset({"jeg", "vi", "du", "i", "man", "mig", "os"})
