"""HEDGES: words and phrases by which the writer or a source marks uncertainty (class `hedged`).

Per ANNOTATION.md: `måske`, `muligvis`, `formentlig`, `sandsynligvis`,
epistemic `vel`, `tyder på`, `synes at`, `kan være`, `det er uklart om`,
`vides ikke med sikkerhed`, and predictions without a source (`ventes at`,
`forventes at`). Verbs of belief with a source (`mener`, `vurderer`) are
cues, not hedges. Phrases are lower-case token sequences as the Danish
tokenizer splits them. Compiled by hand from Danish news usage and
Den Danske Ordbog's descriptions of these adverbs (ordnet.dk).
"""

from __future__ import annotations

HEDGES: tuple[str, ...] = (
    "måske",
    "muligvis",
    "formentlig",
    "formentligt",
    "formodentlig",
    "formodentligt",
    "sandsynligvis",
    "antageligt",
    "antagelig",
    "tilsyneladende",
    "vistnok",
    "muligt",
    "eventuelt",
    "potentielt",
    "højst sandsynligt",
    "sandsynligt",
    "usikkert",
    "uvist",
    "uklart",
    "det er uklart",
    "det er usikkert",
    "det er uvist",
    "vides ikke",
    "vides endnu ikke",
    "ikke sikkert",
    "ikke klart",
    "ser ud til",
    "ser ud til at",
    "så ud til",
    "synes at",
    "syntes at",
    "lader til",
    "kan være",
    "kunne være",
    "kan have været",
    "kunne have været",
    "kan muligvis",
    "efter alt at dømme",
    "forventes",
    "ventes",
    "skønnes",
    "anslås",
    "vurderes",
    "formodes",
    "menes",
    "i givet fald",
    "mon",
    "tvivlsomt",
    "næppe",
    "angiveligt nok",
)

# `tyder (det) ... på`: the verb, up to this many tokens, then `på`
INDICATION_VERBS: frozenset[str] = frozenset({"tyder", "tydede", "peger", "pegede"})
INDICATION_PARTICLE = "på"
INDICATION_MAX_GAP = 4

# epistemic `vel` and `nok` after a finite verb or pronoun, but not in these fixed phrases
EPISTEMIC_PARTICLES: frozenset[str] = frozenset({"vel", "nok"})
NOT_EPISTEMIC_BEFORE: frozenset[str] = frozenset(
    {"godt", "længe", "stort", "store", "mere", "tids", "tidsnok", "høj", "så", "mange", "lige", "sært"}
)
NOT_EPISTEMIC_AFTER: frozenset[str] = frozenset({"at", "til", "af", "vidende", "mærke", "som", "og", "."})
