"""HEARSAY: content relayed without a vouching source (class `hearsay`).

Per ANNOTATION.md: `eftersigende`, `angiveligt`, `det forlyder`,
`forlydender`, `ubekræftede oplysninger`, `rapporter om`, `ofte blevet
nævnt`, and reportative `skulle` / `skal` + infinitive (`skulle være
flygtet`, `skal have sagt`, `skulle stå bag`), not deontic or planned uses
(`skulle ikke have dukket op`, `hvor vi skulle have sejlet`, `efter aftale
skulle hun`). Compiled by hand; the reportative reading of `skulle` follows
Hansen & Heltoft (2011) on evidential modal verbs.
"""

from __future__ import annotations

HEARSAY: tuple[str, ...] = (
    "eftersigende",
    "efter sigende",
    "angiveligt",
    "angivelig",
    "angivelige",
    "forlyder",
    "forlød",
    # round twelve: an impersonal belief passive is `det forlyder` of a belief (`Det formodes, at …`,
    # `så menes det nu, at …`: hearsay in 2 of 2 gold occurrences), while a personal subject keeps the
    # passive a hedge (`Mars menes at være …`, da/hedges.py)
    "det menes",
    "menes det",
    "det formodes",
    "formodes det",
    "det antages",
    "antages det",
    # `Adskillige piger meldes dræbt`: reported without a source
    "meldes dræbt",
    "meldes savnet",
    "meldes død",
    "meldes omkommet",
    "forlydender",
    "forlydendet",
    "rygter",
    "rygterne",
    "rygtes",
    "rygtet",
    # round ten: figures or reports not yet confirmed (`tallene er endnu ikke blevet bekræftet`)
    "endnu ikke bekræftet",
    "ikke blevet bekræftet",
    "ubekræftede oplysninger",
    "ubekræftede meldinger",
    "ubekræftede rapporter",
    "uofficielle oplysninger",
    "rapporter om",
    "meldinger om",
    # round twelve: early or unsourced reports that something was so (`Første meldinger gik på, at …`,
    # `Tidligere meldinger fra landjorden gik på, at …`; 2 of 2 in the gold)
    "første meldinger",
    "tidligere meldinger",
    "foreløbige meldinger",
    "uofficielle meldinger",
    "efter forlydender",
    "siges at",
    "ofte blevet nævnt",
    "ofte nævnt",
    "skulle efter sigende",
    "rygte",
    "rygtede",
    # an urban legend is hearsay by definition
    "vandrehistorie",
    "vandrehistorien",
    "vandrehistorier",
)

# compounds ending in a rumour: `homorygter`, `skilsmisserygtet`
HEARSAY_SUFFIXES: tuple[str, ...] = ("rygter", "rygterne", "rygtet", "rygte")

# reportative modals: these forms + (adverbs) + a bare infinitive of the kinds below
REPORTATIVE_MODALS: frozenset[str] = frozenset({"skulle", "skal"})
# perfect/copular infinitives after which a past participle makes `skulle` reportative
REPORTATIVE_AUXILIARIES: frozenset[str] = frozenset({"have", "havde", "være"})
# lexical infinitives that are reportative on their own after `skulle` (`skulle stå bag`)
REPORTATIVE_INFINITIVES: frozenset[str] = frozenset(
    {
        "stå",
        "ligge",
        "befinde",
        "eje",
        "råde",
        "findes",
        "dreje",
        "stamme",
        "sympatisere",
        "tilhøre",
        "indeholde",
    }
)
# `skal være` + the participle of a verb of change (perfect with `være`): `skal være faldet`, `skal være
# flygtet`; other participles after `skal være` are deontic passives (`skal være afsluttet`)
REPORTATIVE_BE_PARTICIPLES: frozenset[str] = frozenset(
    {
        "faldet",
        "sket",
        "død",
        "døde",
        "flygtet",
        "forsvundet",
        "kommet",
        "gået",
        "rejst",
        "blevet",
        "omkommet",
        "ankommet",
        "opstået",
        "sluppet",
        "undsluppet",
        "stukket",
        "løbet",
        "flyttet",
        "dukket",
    }
)
# an epistemic adverb right before the modal makes it reportative even in a relative clause
# (`et hår, der muligvis skulle stamme fra pigen`)
REPORTATIVE_ADVERBS: frozenset[str] = frozenset({"muligvis", "angiveligt", "vistnok", "eftersigende"})
# words before the modal that make it deontic or planned (subordinate clause, agreement)
NON_REPORTATIVE_CONTEXT: frozenset[str] = frozenset(
    {
        "hvor",
        "hvis",
        "når",
        "som",
        "der",
        "aftale",
        "planen",
        "planlagt",
        "loven",
        "reglerne",
        "lovgivningen",
        "kontrakten",
        "aftalen",
        "programmet",
        "køreplanen",
        "jeg",
        "vi",
        "du",
        "man",
        "i",
        "hvad",
        "om",
        "så",
        "hvordan",
        "hvorfor",
        "hvornår",
        "før",
        "inden",
        "end",
    }
)
# belief and denial verbs whose bare complement makes `skulle` hypothetical, not reportative
# (`mente, at pengene skulle være delt`, `det afviser ejerne skulle være tilfældet`)
COMPLEMENT_TAKING_VERBS: frozenset[str] = frozenset(
    {
        "mener",
        "mente",
        "ment",
        "tror",
        "troede",
        "troet",
        "synes",
        "syntes",
        "håber",
        "håbede",
        "frygter",
        "frygtede",
        "afviser",
        "afviste",
        "afvist",
        "benægter",
        "benægtede",
        "nægter",
        "nægtede",
        "tvivler",
        "tvivlede",
        "forventer",
        "forventede",
        "ønsker",
        "ønskede",
        "kræver",
        "krævede",
        "foreslår",
        "foreslog",
    }
)
# first/second person subjects: `vi skulle have sejlet` is a plan, not hearsay
NON_REPORTATIVE_SUBJECTS: frozenset[str] = frozenset({"jeg", "vi", "du", "man", "i", "de"})

# nouns whose `om, at`-clause relays a rumour or claim: there `skulle have været` reports
# (`forlydender om, at X skulle have været utro`) rather than says what should have been
RUMOUR_NOUN_STARTS: tuple[str, ...] = ("forlydende", "rygte", "påstand", "beskyldning", "spekulation")
