"""NON_SPEAKER_LABELS: words before a colon that are site furniture or rubrics, not speakers.

ANNOTATION.md: `Se også:`, `Læs også:`, `Overblik:` are furniture, not
speakers. Compiled by hand from Danish news sites' rubrics.
"""

from __future__ import annotations

NON_SPEAKER_LABELS: frozenset[str] = frozenset(
    {
        "se også",
        "læs også",
        "læs mere",
        "se mere",
        "se video",
        "se billederne",
        "se listen",
        "hør også",
        "overblik",
        "politisk overblik",
        # round ten: a fact-check rubric and a sponsored-content label (`Betalt indhold: Leveret i …`)
        "faktatjek",
        # round eleven: poll and section rubrics (`Ny måling: Valgets joker har bidt sig fast`)
        "ny måling",
        "meningsmåling",
        "kultur",
        "indland",
        "udland",
        "erhverv",
        "økonomi",
        "navne",
        "betalt indhold",
        "politirapporten",
        "døgnrapporten",
        "døgnrapport",
        "satire",
        "video",
        "foto",
        "fotos",
        "billeder",
        "live",
        "liveblog",
        "breaking",
        "opdateret",
        "opdatering",
        "analyse",
        "kommentar",
        "debat",
        "leder",
        "klumme",
        "anmeldelse",
        "interview",
        "baggrund",
        "fakta",
        "faktaboks",
        "tema",
        "nyhed",
        "nyheder",
        "kilde",
        "kilder",
        "note",
        "obs",
        "ps",
        "ekstra",
        "citat",
        "dagens citat",
        "quiz",
        "test",
        "guide",
        "tip",
        "tips",
        "bemærk",
        "redaktionen",
        "red",
        "rettelse",
        "dokumentation",
        "spørgsmål",
        "svar",
        "tidslinje",
        "kort fortalt",
        "kort nyt",
        "sådan",
        "det sker",
        "program",
        "resultater",
        "resultat",
        "tabel",
        "stilling",
        "holdet",
        "tid",
        "sted",
        "pris",
        "adresse",
        "kl",
        "ifølge",
        "bl.a.",
        "f.eks.",
        "eksempelvis",
        "nemlig",
        "konklusion",
        "årsag",
        "resultatet",
        "problemet",
        "budskabet",
        "beskeden",
        "dommen",
        "straffen",
        "spørgsmålet",
        "svaret",
        "konklusionen",
        "grafik",
        "illustration",
        "tegning",
        "kort",
        "arkivfoto",
        "billede",
        "billedtekst",
        "tv",
        "radio",
        "podcast",
    }
)

# a label that opens with one of these is a rubric whatever follows: `Video fra Roskilde Festival: …`
RUBRIC_FIRST_WORDS: frozenset[str] = frozenset(
    {"video", "videoer", "foto", "fotos", "billeder", "galleri", "billedserie", "live", "liveblog"}
    # round eleven: section and sport rubrics (`Debat Syddjurs: …`, `Damehåndbold: Fløjspiller vender
    # hjem`, `Dagens overblik: …`; none of 11 in the gold splits is a speaker)
    | {"debat", "damehåndbold", "herrehåndbold", "håndbold", "fodbold", "superliga", "sport", "dagens"}
)

# teaser lines linking to other articles: never the content an anaphoric `Det mener X` points back to
TEASER_LABELS: frozenset[str] = frozenset(
    {"se også", "læs også", "læs mere", "se mere", "se video", "se billederne", "hør også"}
)
