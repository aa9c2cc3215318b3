"""The words after a cue's verb group: adverbs skipped, relays kept (`til TV 2`, `ifølge AP`).

Shared by the active reporting-verb rules (reported_speech.py) and the passive ones
(passive_reports.py): `siger dog også i går til TV 2, at …` has its content after adverbs,
time phrases and a relay, and `Det mener X.` ends where little but punctuation follows.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kildespor.language.components.doc_context import VERB_FORM_SET, DocContext, is_media
from kildespor.language.components.phrase_edges import noun_phrase
from kildespor.language.da.attribution_cues import RELAY_PREPOSITIONS
from kildespor.language.da.function_words import ADVERBS, AUXILIARIES, PREPOSITIONS

SKIPPED = frozenset(
    {
        "også",
        "ikke",
        "dog",
        "nu",
        "videre",
        "blandt",
        "andet",
        "bl.a.",
        "selv",
        "ud",
        "fast",
        "efterfølgende",
        "samtidig",
        "heller",
        "rent",
        "klart",
        "igen",
        "tidligere",
        "desuden",
        "blankt",
        "kategorisk",
        "da",
        "jo",
        "altså",
        "nemlig",
        "endnu",
        "fortsat",
        "stadig",
        "derimod",
        "godt",
    }
)
SKIPPED_PHRASES = (
    ("i", "hvert", "fald"),
    ("i", "øvrigt"),
    ("for", "eksempel"),
    ("til", "gengæld"),
    ("på", "sin", "side"),
)


def skip_adverbs(doc: Doc, j: int, limit: int) -> int:
    """First index at or after j that is not an adverb (within limit)."""
    while j < limit:
        if doc[j].lower_ in SKIPPED:
            j += 1
            continue
        first = doc[j].lower_
        phrase = next(
            (
                len(p)
                for p in SKIPPED_PHRASES
                if p[0] == first and tuple(t.lower_ for t in doc[j : min(j + len(p), limit)]) == p
            ),
            0,
        )
        if not phrase:
            return j
        j += phrase  # `Det mener i hvert fald lederen af …`
    return j


def find_via(ctx: DocContext, j: int, limit: int) -> tuple[Span | None, int]:
    """A relay right at j: `ifølge X`, `til <medium>`, `over for <medium>`; returns (via, index after it)."""
    doc = ctx.doc
    k = j
    if k + 1 < limit and doc[k].lower_ == "over" and doc[k + 1].lower_ == "for":
        k += 1
    if k < limit and doc[k].lower_ in RELAY_PREPOSITIONS | {"for", "overfor"}:
        np = noun_phrase(doc, k + 1, limit, VERB_FORM_SET)
        if np is not None and (doc[k].lower_ in ("ifølge", "iflg.") or is_media(np.text)):
            return np, np.end
    return None, j


def via_and_adverbials(ctx: DocContext, j: int, e: int) -> tuple[Span | None, int]:
    """Skip `i går`, `til avisen`, `ifølge TV 2` after the verb group, keeping a relay as via."""
    doc = ctx.doc
    via: Span | None = None
    for _ in range(4):
        j = skip_adverbs(doc, j, e)
        if (
            j + 1 < e
            and doc[j].text == ","
            and doc[j + 1].lower_ in PREPOSITIONS
            and doc[j + 1].lower_ != "at"
        ):
            j += 1
        found, nxt = find_via(ctx, j, e)
        if found is not None:
            via = via or found
            j = nxt
            continue
        if j + 1 < e and doc[j].lower_ in PREPOSITIONS and doc[j + 1].lower_ != "at":
            k = j + 1
            while (
                k < e
                and k - j < 6
                and not doc[k].is_punct
                and doc[k].lower_ != "at"
                and doc[k].lower_ not in RELAY_PREPOSITIONS
            ):
                k += 1
            j = k
            continue
        break
    return via, j


def ends_here(ctx: DocContext, j: int, e: int) -> bool:
    """True when little but punctuation, relays or a relative clause follow (`Det mener X.`)."""
    doc = ctx.doc
    return j >= e or doc[j].is_punct or doc[j].lower_ in ADVERBS or doc[j].lower_ in AUXILIARIES or j + 6 >= e
