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
}
