"""PASSIVE_CUES: reporting verbs in the s-passive, which report without naming a source.

`det hævdes, at ...`, `som hævdes at have trukket sig`, `det forlyder, at ...`:
ANNOTATION.md makes these attributions with a null source of kind `unnamed`.
Predictions in the passive (`forventes`, `ventes`, `skønnes`) are hedges, not
cues (see hedges.py). Forms per Retskrivningsordbogen (dsn.dk).
"""

from __future__ import annotations

# form: stance
PASSIVE_CUES: dict[str, str] = {
    "siges": "neutral",
    "sagdes": "neutral",
    "oplyses": "neutral",
    "meldes": "neutral",
    "berettes": "neutral",
    "fortælles": "neutral",
    "rygtes": "distancing",
    "hævdes": "distancing",
    "hævdedes": "distancing",
    "påstås": "distancing",
    "forlyder": "distancing",
    "forlød": "distancing",
    "menes": "belief",
    "antages": "belief",
    # rumour nouns report without a source too: `der går forlydender om, at …` (issue-4 audit)
    "forlydender": "distancing",
    "forlydendet": "distancing",
    "rygter": "distancing",
    "rygterne": "distancing",
    "rygtet": "distancing",
    # s-passives of the audited reporting verbs: `det understreges, at …`
    "understreges": "neutral",
    "påpeges": "neutral",
    "konstateres": "neutral",
    "fremhæves": "neutral",
    "anføres": "neutral",
    "tilføjes": "neutral",
    "nævnes": "neutral",
    "angives": "neutral",  # round nine: `Det angives desuden, at …` (a prospectus, a report)
    "bemærkes": "neutral",
    "bekræftes": "endorsing",
    "erkendes": "endorsing",
    "påstodes": "distancing",
    # denials in the passive, mostly with their agent: `Det afvises af direktøren`
    "afvises": "denial",
    "afvistes": "denial",
    "benægtes": "denial",
    "bestrides": "denial",
    # round eleven: s-passives of judging and describing (12 of 19 in the gold splits, none found
    # before): `Det formodes, at …`, `som internt vurderes at være …`, and with a predicate of their
    # own (PREDICATIVE_PASSIVES below)
    "formodes": "belief",
    "vurderes": "belief",
    "vurderedes": "belief",
    "anses": "belief",
    "betragtes": "belief",
    "betegnes": "neutral",
    "beskrives": "neutral",
    "kritiseres": "neutral",
}

# s-passives that report a predicate about their subject: `De to gerningsmænd beskrives som
# bredskuldrede mænd`, `betegnes af vidner som mirakuløs`, `filmen kritiseres for ikke at leve op til …`,
# `Adskillige piger meldes dræbt`. The word that links the predicate, or None when an adjective or
# participle follows the verb directly (`meldes død`).
PREDICATIVE_PASSIVES: dict[str, tuple[str, ...] | None] = {
    "vurderes": ("som", "til"),
    "vurderedes": ("som", "til"),
    "anses": ("for", "som"),
    "betragtes": ("som",),
    "betegnes": ("som",),
    "beskrives": ("som",),
    "kritiseres": ("for",),
    "meldes": None,
}

# the rumour nouns among PASSIVE_CUES: their `om, at`-clause is a noun complement, ending at a comma
RUMOUR_NOUNS: frozenset[str] = frozenset({"forlydender", "forlydendet", "rygter", "rygterne", "rygtet"})
