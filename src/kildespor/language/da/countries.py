"""COUNTRIES: Danish names of states and unions that news quotes as actors (`Rusland afviser`,
`Kina kræver`, `EU forventer`), lower-cased.

Danish exonyms per Dansk Sprognævn's list of country names (Retskrivningsordbogen, "Lande og
nationaliteter"), limited to the states that appear as actors in Danish foreign news.
"""

from __future__ import annotations

COUNTRIES: frozenset[str] = frozenset(
    {
        "afghanistan", "albanien", "algeriet", "argentina", "armenien", "aserbajdsjan", "australien",
        "bahrain", "bangladesh", "belarus", "belgien", "bolivia", "bosnien-hercegovina", "brasilien",
        "bulgarien", "canada", "chile", "colombia", "cuba", "cypern", "danmark", "egypten", "england",
        "estland", "etiopien", "eu", "filippinerne", "finland", "frankrig", "georgien", "ghana",
        "grækenland", "grønland", "holland", "hviderusland", "indien", "indonesien", "irak", "iran",
        "irland", "island", "israel", "italien", "japan", "jordan", "kasakhstan", "kenya", "kina",
        "kosovo", "kroatien", "kuwait", "letland", "libanon", "libyen", "litauen", "luxembourg",
        "malaysia", "mali", "marokko", "mexico", "moldova", "montenegro", "myanmar", "nederlandene",
        "new zealand", "nigeria", "nordkorea", "nordmakedonien", "norge", "pakistan", "palæstina",
        "peru", "polen", "portugal", "qatar", "rumænien", "rusland", "saudi-arabien", "schweiz",
        "serbien", "singapore", "skotland", "slovakiet", "slovenien", "somalia", "spanien",
        "storbritannien", "sudan", "sverige", "sydafrika", "sydkorea", "syrien", "taiwan", "thailand",
        "tjekkiet", "tunesien", "tyrkiet", "tyskland", "uganda", "ukraine", "ungarn", "usa",
        "venezuela", "vietnam", "yemen", "østrig", "færøerne",
    }
)
