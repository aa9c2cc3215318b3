"""CONTESTED: content presented as disputed, merely claimed or an accusation (class `contested`).

Per ANNOTATION.md: `påstået`, `hævdes`, `hævder`, `påstår`, accusations
(`mistænkt for`, `anklaget for`, `tiltalt for`, `sigtet for`, also as
adjectives and nouns: `drabssigtede`, `de tiltalte`). Compounds
(`drabssigtede`, `terrormistænkt`) are matched by word endings. Compiled by
hand from Danish court and crime reporting.
"""

from __future__ import annotations

CONTESTED: tuple[str, ...] = (
    # `formodet` alone presumes (a hedge, da/hedges.py); before a crime role it is `alleged`
    "formodet gerningsmand",
    "formodede gerningsmand",
    "formodede gerningsmænd",
    "formodet drabsmand",
    "formodede drabsmand",
    "formodet morder",
    "formodede morder",
    "formodet terrorist",
    "formodede terrorist",
    "formodede terrorister",
    "formodet bagmand",
    "formodede bagmand",
    "formodede bagmænd",
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
    # criticised for something: an accusation in the passive (`Kommunen er blevet kritiseret for ikke at …`)
    "kritiseret for",
    "kritiseres for",
    "kritiseredes for",
    "sigtelse",
    "sigtelsen",
    "sigtelser",
    "sigtelserne",
    # `anklagen`/`anklageskriftet` name the indictment as a document: `ifølge anklageskriftet` is an
    # attribution to it (ANNOTATION.md: `ifølge tiltalen`, kind document), not a contested marker
    "anklagerne",
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
    # disputed as a predicate (`tallet er omstridt`); `de omstridte våben` only names a controversy
    "er omstridt",
    "var omstridt",
    "er stærkt omstridt",
    "er omdiskuteret",
    "var omdiskuteret",
    "er omstridte",
    "var omstridte",
    # accusation nouns with their topic (`efter anklager om upassende opførsel`); bare `anklager`
    # is also the prosecutor, so only with `om`
    "anklager om",
    "anklage om",
    "anklagerne om",
    "beskyldninger om",
    # round twelve: blaming and reproaching accuse like `beskylde` (marked every time in the gold:
    # `klandrede statsministeren Venstres formand for …`); pretending presents a claim as merely made
    # (`De foregiver at have en grundig peer review`)
    "klandrer",
    "klandrede",
    "klandret",
    "klandres",
    "klandre",
    "bebrejder",
    "bebrejdede",
    "bebrejdet",
    "bebrejde",
    "bebrejdelse",
    "bebrejdelser",
    "foregiver",
    "foregav",
    "foregivet",
    "foregive",
    "foregivende",
)

# compound word endings: `drabssigtede`, `terrormistænkt`, `voldtægtsanklagede`
CONTESTED_SUFFIXES: tuple[str, ...] = (
    "sigter",
    "sigtes",
    "sigtede",
    "sigtet",
    "mistænkte",
    "mistænkt",
    "anklagede",
    "anklaget",
    "tiltalte",
    "tiltalt",
    # genitives of the nominalised participles (`de tiltaltes opførsel`, `den sigtedes advokat`)
    "sigtedes",
    "mistænktes",
    "anklagedes",
    "tiltaltes",
)

# compound accusation nouns (`sexanklager`, `korruptionsanklagerne`); the word alone is also the
# prosecutor (`Anklager kræver adgang`), and so are these compounds
ACCUSATION_NOUN_SUFFIXES: tuple[str, ...] = ("anklager", "anklagerne", "anklage")
PROSECUTOR_PREFIXES: tuple[str, ...] = (
    "stats",
    "rigs",
    "chef",
    "vice",
    "special",
    "senior",
    "politi",
    "aktor",
)

# round twelve: intention and sight words that end like an accusation (`utilsigtet`, `kortsigtet`)
NOT_ACCUSATION_PREFIXES: tuple[str, ...] = ("til", "util", "kort", "lang", "mellem")

# `sigter/sigtede mod` is "aims at": these next words cancel an accusation reading
NOT_ACCUSATION_AFTER: frozenset[str] = frozenset({"mod", "imod", "på", "efter", "til", "at"})

# distancing scare quotes: only after a word that itself marks the quoted term as someone else's
# (`den såkaldte "reform"`); bare quotation marks around a word are too often titles or terms
SCARE_QUOTE_INTROS: frozenset[str] = frozenset({"såkaldt", "såkaldte", "såkaldet", "selvbestaltede"})
SCARE_QUOTE_MAX_WORDS = 4
# a determiner (or determiner + adjective) right before one or two quoted lower-case words makes the
# quotation a scare quote on a noun phrase: `en "dyr" hotelovernatning`, `det "officielle" synspunkt`,
# `denne mærkelige "bondeknold"`; a word only mentioned (`ordet "succes"`) has no determiner before it
SCARE_QUOTE_DETERMINERS: frozenset[str] = frozenset(
    {
        "den",
        "det",
        "de",
        "en",
        "et",
        "denne",
        "dette",
        "disse",
        "sin",
        "sit",
        "sine",
        "hans",
        "hendes",
        "deres",
        "vores",
        "jeres",
        "min",
        "mit",
        "mine",
        "din",
        "dit",
        "dine",
    }
)
SCARE_QUOTE_BARE_MAX_WORDS = 2
