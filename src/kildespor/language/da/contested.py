"""CONTESTED: content presented as disputed, merely claimed or an accusation (class `contested`).

Per ANNOTATION.md: `påstået`, `hævdes`, `hævder`, `påstår`, accusations
(`mistænkt for`, `anklaget for`, `tiltalt for`, `sigtet for`, also as
adjectives and nouns: `drabssigtede`, `de tiltalte`). Compounds
(`drabssigtede`, `terrormistænkt`) are matched by word endings. Compiled by
hand from Danish court and crime reporting.
"""

from __future__ import annotations

CONTESTED: tuple[str, ...] = (
    "påstået",
    "påståede",
    "påstand",
    "påstande",
    "påstanden",
    "påstandene",
    "hævdes",
    "hævdede",
    "hævder",
    "hævdet",
    "hævde",
    "påstå",
    "beskylde",
    "sigtelse",
    "sigtelsen",
    "sigtelser",
    "sigtelserne",
    "anklagen",
    "anklagerne",
    "anklageskrift",
    "anklageskriftet",
    "påstår",
    "påstod",
    "påstås",
    "beskylder",
    "beskyldte",
    "beskyldt",
    "beskyldes",
    "beskyldning",
    "beskyldninger",
    "beskyldningerne",
    "anklages",
    "anklaget",
    "anklagede",
    "mistænkes",
    "mistænkt",
    "mistænkte",
    "mistænker",
    "tiltales",
    "tiltalt",
    "tiltalte",
    "sigtes",
    "sigtet",
    "sigtede",
    "omstridt",
    "omstridte",
    "omdiskuteret",
    "omdiskuterede",
)

# compound word endings: `drabssigtede`, `terrormistænkt`, `voldtægtsanklagede`
CONTESTED_SUFFIXES: tuple[str, ...] = (
    "sigtede",
    "sigtet",
    "mistænkte",
    "mistænkt",
    "anklagede",
    "anklaget",
    "tiltalte",
    "tiltalt",
)

# `sigter/sigtede mod` is "aims at": these next words cancel an accusation reading
NOT_ACCUSATION_AFTER: frozenset[str] = frozenset({"mod", "imod", "på", "efter", "til", "at"})

# distancing scare quotes: only after a word that itself marks the quoted term as someone else's
# (`den såkaldte "reform"`); bare quotation marks around a word are too often titles or terms
SCARE_QUOTE_INTROS: frozenset[str] = frozenset({"såkaldt", "såkaldte", "såkaldet", "selvbestaltede"})
SCARE_QUOTE_MAX_WORDS = 4
