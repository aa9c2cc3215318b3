"""Danish word lists for claim fingerprints (data, not logic).

STOP_WORDS: function words that say nothing about what a claim asserts, taken
from the Snowball project's Danish stop-word list (snowballstem.org,
algorithms/danish/stop.txt, BSD licence), plus the modal and auxiliary verbs
that paraphrases swap freely (`skal`, `vil`, `kan` ...).

NUMBER_WORDS: cardinal numbers written as words, so `tyve skoler` and
`20 skoler` share a token (Dansk Sprognævn, Retskrivningsordbogen).
"""

from __future__ import annotations

STOP_WORDS: frozenset[str] = frozenset(
    """
    og i jeg det at en den til er som på de med han af for ikke der var mig sig men et har om vi min
    havde ham hun nu over da fra du ud sin dem os op man hans hvor eller hvad skal selv her alle vil
    blev kunne ind når være dog noget ville jo deres efter ned skulle denne end dette mit også under
    have dig anden hende mine alt meget sit sine vor mod disse hvis din nogle hos blive mange ad bliver
    hendes været thi jer sådan
    kan må bør skulle ville kunne får fik blevet bliver blev
    """.split()
)

NUMBER_WORDS: dict[str, str] = {
    "to": "2", "tre": "3", "fire": "4", "fem": "5", "seks": "6", "syv": "7", "otte": "8",
    "ni": "9", "ti": "10", "elleve": "11", "tolv": "12", "tretten": "13", "fjorten": "14",
    "femten": "15", "seksten": "16", "sytten": "17", "atten": "18", "nitten": "19", "tyve": "20",
    "tredive": "30", "fyrre": "40", "halvtreds": "50", "tres": "60", "halvfjerds": "70",
    "firs": "80", "halvfems": "90", "hundrede": "100", "tusind": "1000",
}  # fmt: skip
