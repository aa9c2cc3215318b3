"""NON_REPORTING_IDIOMS: fixed phrases built on reporting verbs that report nothing.

Issue 4: `hvilket vil sige`, `som vi plejer at sige` are idioms, not
attributions; likewise `det siger sig selv`, `siger og skriver` ("no less
than"), `så at sige`, `det vil sige`. Lower-case token sequences; the
component skips a cue that lies inside one. Compiled by hand (Den Danske
Ordbog lists these under `sige`).
"""

from __future__ import annotations

NON_REPORTING_IDIOMS: tuple[str, ...] = (
    "vil sige",
    "ville sige",
    # `står i X` reports only when X is a text: `Det står i kontrast til …` compares
    "står i kontrast",
    "stod i kontrast",
    "står i skarp kontrast",
    "står i stærk kontrast",
    "står i modsætning",
    "stod i modsætning",
    "står i skarp modsætning",
    "står i spidsen",
    "stod i spidsen",
    "står i vejen",
    "stod i vejen",
    "at sige",
    "siger sig selv",
    "sagde sig selv",
    "siger og skriver",
    "sagt og skrevet",
    "så at sige",
    "sagt med andre ord",
    "med andre ord",
    "kort sagt",
    "ærligt talt",
    "som sagt",
    "rent ud sagt",
    "helt ærligt sagt",
    "sagt på en anden måde",
    "mildt sagt",
    "mildest talt",
    "for ikke at sige",
    "nok sagt",
    "skrevet under",
    "skriver under",
    "skrev under",
    "siger farvel",
    "sagde farvel",
    "siger tak",
    "sagde tak",
    "siger ja",
    "sagde ja",
    "siger nej",
    "sagde nej",
    "mener det alvorligt",
    "viser sig",
    "viste sig",
    "vist sig",
    # round ten: with an inverted pronoun (`men for X viste det sig at være en fordel`)
    "viser det sig",
    "viste det sig",
    "svarer til",
    "svarede til",
    # pretending (`De lader som om, at …`), not reporting
    "lader som om",
    "lod som om",
    "lader , som om",
    "lod , som om",
    # correspondence with a degree adverb or the subject `det` before `til` (`svarer lidt til, at`,
    # `svarer nogenlunde til`, `Egentlig svarede det til, at …`)
    *(
        f"{verb} {adverb} til"
        for verb in ("svarer", "svarede")
        for adverb in (
            "det",
            "dette",
            "lidt",
            "nogenlunde",
            "omtrent",
            "cirka",
            "ca.",
            "nærmest",
            "præcis",
            "præcist",
            "nøjagtig",
            "nøjagtigt",
            "helt",
            "fuldt",
            "godt",
            "bedst",
            "bedre",
            "dårligt",
            "ikke",
            "også",
            "derfor",
        )
    ),
    "svarer for",
    "fortæller historien",
    "melder sig",
    "meldte sig",
    "meldt sig",
    "melder afbud",
    "meldte afbud",
    # generic `man` hedging the writer's own judgement: `man må sige, at …` (added after tune4)
    "man må sige",
    "må man sige",
    "man kan sige",
    "kan man sige",
    "man kan roligt sige",
)


# Idioms that block a cue only for the word-order rules: a bare `at sige` reports nothing
# (`har intet at sige`, `svært at sige`), but with an `at`-clause of its own (`ved at sige, at …`)
# the clausal fallback reads it as a report, so it does not skip these.
CLAUSE_REPORTING_IDIOMS: frozenset[str] = frozenset({"at sige"})
