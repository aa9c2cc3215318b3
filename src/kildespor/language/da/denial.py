"""DENIAL: a source rejects the content (class `denied`).

Per ANNOTATION.md: `afviser, at`, `benægter`, `dementerer`, `nægter sig
skyldig`. Refusing to act is no denial: `afviser at stemme`, `afviste at
foretage sig noget`, `nægter at gå i krig`. `afviser at have ...` (denying a
past act) and `afviser + claim noun` (`afviser anklagerne`) are denials.
Compiled by hand from Danish news usage.
"""

from __future__ import annotations

# always a denial
DENIAL_WORDS: tuple[str, ...] = (
    # a source calling the content baseless or misleading rejects it (`antagelserne er helt
    # grundløse`, `kalder spekulationerne ren ønsketænkning`; every gold occurrence is marked; the
    # common `forkert` is not: it more often judges than rejects a claim)
    "grundløs",
    "grundløse",
    "grundløst",
    "misvisende",
    "ren ønsketænkning",
    "tendentiøs",
    "tendentiøse",
    "benægter",
    "benægtede",
    "benægtet",
    "benægtes",
    "dementerer",
    "dementerede",
    "dementeret",
    "dementi",
    "dementiet",
    "nægter sig skyldig",
    "nægtede sig skyldig",
    "nægter sig skyldige",
    "nægtede sig skyldige",
    "erklærer sig uskyldig",
    "erklærede sig uskyldig",
    "benægte",
    "benægtelse",
    "benægtelsen",
    "dementere",
    "dementer",
    "dementeres",
    "dementierne",
    # disputing a claim (round five): `bestrider, at pengene er forsvundet`
    "bestrider",
    "bestred",
    "bestrides",
    "tilbageviser",
    "tilbageviste",
    "tilbagevise",
    "tilbagevises",
    "tilbagevist",
)

# compounds ending in a denial: `homo-dementi`, `regeringsdementiet`
DENIAL_SUFFIXES: tuple[str, ...] = ("dementi", "dementiet", "dementier")

# a denial only before `, at` / `at have` / a claim noun; a refusal before `at` + other verbs
DENIAL_VERBS: frozenset[str] = frozenset(
    {"afviser", "afviste", "afvist", "afvises", "afvise", "nægter", "nægtede", "nægtet", "nægtes", "nægte"}
)

# denial nouns before `af, at` / `af at have`: `hans afvisning af, at han fik oplysningerne`
DENIAL_NOUNS: frozenset[str] = frozenset({"afvisning", "afvisningen", "benægtelse", "benægtelsen"})

# nouns naming a claim: `afviser anklagerne`, `afviste påstanden`
CLAIM_NOUNS: tuple[str, ...] = (
    "anklage",
    "beskyldning",
    "påstand",
    "kritik",
    "rygte",
    "rygter",
    "forlydende",
    "oplysning",
    "historie",
    "kritikken",
    "skyld",
    "ansvar",
    # added after the tune2 split: `nægtede ethvert kendskab til`, `benægtet affæren`
    "kendskab",
    "affære",
    "forbindelse",
    "anklager",
)
