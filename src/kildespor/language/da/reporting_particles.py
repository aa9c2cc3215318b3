"""REPORTING_PARTICLES: verb + particle cues whose complement is a noun phrase (`meldt om intern modstand`).

ANNOTATION.md counts the particle as part of the cue (`meldt om`) and the
noun phrase after it as the content. Compiled by hand from Danish news usage.
"""

from __future__ import annotations

# lemma of the reporting verb: particles that make it report a noun phrase
REPORTING_PARTICLES: dict[str, frozenset[str]] = {
    "melde": frozenset({"om"}),
    "berette": frozenset({"om"}),
    "fortælle": frozenset({"om"}),
    "advare": frozenset({"om", "mod", "imod"}),
    "skrive": frozenset({"om"}),
    "rapportere": frozenset({"om"}),
}
