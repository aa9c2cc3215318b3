"""ATTRIBUTION_CUES: prepositional and fixed-phrase cues of the `according_to` kind and their relatives.

- `ifølge X`, `iflg. X`: X vouches for the clause.
- `efter X's opfattelse|mening|vurdering|udsagn|oplysninger`.
- `fremgår af X`, `står der i X`, `lyder det fra X`, `hedder det i X`.
- `X's forklaring er, at …` (a statement noun owned by the source).
- `skal man tro X`, `hvis man tør stole på X`: the clause before or after, as far as X vouches.
- relays (`via`): `ifølge X`, `til X`, `over for X` after a cue and its speaker.

Compiled by hand from Danish news usage and ANNOTATION.md's examples.
"""

from __future__ import annotations

ACCORDING_TO_PREPOSITIONS: frozenset[str] = frozenset({"ifølge", "iflg."})

# `ifølge loven`, `ifølge planen`, `dømmes ifølge paragraf 3`: a rule or a plan is a basis, not a source
# that vouches for a claim (word starts, matched on the noun phrase's head)
NOT_SOURCE_HEADS: tuple[str, ...] = (
    "paragraf",
    "lov",
    "regl",
    "regel",
    "plan",
    "kontrakt",
    "bestemmelse",
    "tradition",
    "skik",
    "køreplan",
    "programmet",
    "dagsorden",
)

# nouns that make `efter X's NOUN` an according-to cue
OPINION_NOUNS: frozenset[str] = frozenset(
    {
        "opfattelse",
        "mening",
        "vurdering",
        "udsagn",
        "oplysninger",
        "beregninger",
        "skøn",
        "overbevisning",
        "egne ord",
        "ord",
    }
)

# verb forms of `fremgå af` / `stå (der) i` / `lyde (det) fra`
EMERGES_FROM: frozenset[str] = frozenset({"fremgår", "fremgik", "fremgået"})
STANDS_IN: frozenset[str] = frozenset({"står", "stod"})
SOUNDS_FROM: frozenset[str] = frozenset({"lyder", "lød"})
# `»…,« kom det fra Mark O. Madsen`: `komme (det) fra` as a tag after a quotation, like `lød det fra`
COMES_FROM: frozenset[str] = frozenset({"kom", "kommer"})
# `Skal man tro aviserne, ser hun …`, `…, skal man tro en undersøgelse`, `hvis man tør stole på TMZ`:
# the writer vouches for the clause only as far as X does (word sequences around `man`)
IF_ONE_BELIEVES: tuple[tuple[str, ...], ...] = (
    ("skal", "man", "tro"),
    ("hvis", "man", "skal", "tro"),
    ("hvis", "man", "vil", "tro"),
    ("hvis", "man", "tør", "tro"),
    ("hvis", "man", "tror", "på"),
    ("skal", "man", "stole", "på"),
    ("hvis", "man", "skal", "stole", "på"),
    ("hvis", "man", "tør", "stole", "på"),
    ("hvis", "man", "stoler", "på"),
)

# `hedder det i X` / `I rapporten hedder det, at …`
IS_CALLED_IN: frozenset[str] = frozenset({"hedder", "hed"})

# nouns that report as the subject of `er`: `Hans forklaring er, at …`, `Rådets vurdering var: …`
# (the owner in the genitive is the source)
STATEMENT_NOUNS: frozenset[str] = frozenset(
    {
        "forklaring",
        "vurdering",
        "holdning",
        "opfattelse",
        "konklusion",
        "budskab",
        "argument",
        "påstand",
        "svar",
        "melding",
        "besked",
        "krav",
        "mening",
        "begrundelse",
        "pointe",
        "forventning",
        "overbevisning",
        # round eight: hopes and fears owned by a source (`Hans håb er, at …`)
        "håb",
        "frygt",
        "ønske",
        "anbefaling",
    }
)

# the same nouns, definite, as in `Det er meldingen fra X` (the sentence before is the content)
DEFINITE_STATEMENT_NOUNS: frozenset[str] = frozenset(
    {
        "meldingen",
        "beskeden",
        "budskabet",
        "vurderingen",
        "konklusionen",
        "opfordringen",
        "advarslen",
        "kravet",
        "svaret",
        "forklaringen",
        "holdningen",
        "argumentet",
        "påstanden",
        # round thirteen: charges, criticism and reasons sound like statements too (`…, lyder
        # sigtelsen.`, `Sådan lyder kritikken fra to eksperter`, `…, lød begrundelsen`: 6 of 6 in the
        # DaNewsroom sample are reports)
        "sigtelsen",
        "tiltalen",
        "anklagen",
        "beskyldningen",
        "kritikken",
        "begrundelsen",
        "anbefalingen",
    }
)

# prepositions that introduce a relay after `siger X`: `til TV 2`, `over for DR`
RELAY_PREPOSITIONS: frozenset[str] = frozenset({"til", "ifølge", "iflg."})
