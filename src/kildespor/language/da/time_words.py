"""TIME_WORDS: nouns and names of days and months that make a fronted phrase an adverbial (`Samme dag sagde X`).

Standard Danish calendar vocabulary (Retskrivningsordbogen).
"""

from __future__ import annotations

TIME_WORDS: frozenset[str] = frozenset(
    {
        "dag", "dagen", "dage", "uge", "ugen", "uger", "år", "året", "måned", "måneden", "morgen", "morges",
        "aften", "aftes", "nat", "natten", "weekend", "weekenden", "gang", "tidspunkt", "eftermiddag",
        "formiddag", "middag", "døgn", "døgnet", "sommer", "vinter", "forår", "efterår", "sæson",
        "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag",
        "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
        "november", "december", "går", "forgårs", "onsdags", "torsdags", "fredags", "mandags", "tirsdags",
        "lørdags", "søndags",
    }
)
