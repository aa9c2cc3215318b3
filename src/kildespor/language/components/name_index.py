"""Names mentioned in a Doc, in text order: the material for resolving speakers within the article.

A name is a chain of capitalised words (`Franak Viacorka`, `TV 2`,
`Nordsjællands Politi`); a chain that opens a sentence counts only when it
has two words or the word is capitalised elsewhere in mid-sentence. With the
trained pipeline, `doc.ents` (PER/ORG/LOC) are used instead. Mentions inside
quotations are kept apart: a quote talks about people, it does not
introduce the next `siger han`.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from kildespor.language.components.doc_context import DocContext, is_media
from kildespor.language.da.function_words import DETERMINERS, PREPOSITIONS, SUBJECT_PRONOUNS
from kildespor.language.da.source_nouns import ORGANISATION_STEMS

_NAME_LINKS = frozenset({"von", "van", "de", "der", "den", "la", "le", "bin", "al", "af"})


@dataclass(frozen=True)
class NameMention:
    """One mention of a name: token range, text, label (PER/ORG/MEDIA) and whether it is quoted."""

    start: int
    end: int
    text: str
    label: str
    quoted: bool


def strip_genitive(word: str) -> str:
    """`Viacorkas` → `Viacorka`, `Khan's` → `Khan` (only on names)."""
    for suffix in ("'s", "’s", "'", "’"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def name_label(text: str) -> str:
    """PER, ORG or MEDIA for a capitalised chain, from its words."""
    if is_media(text):
        return "MEDIA"
    lower = text.lower()
    if any(stem in lower for stem in ORGANISATION_STEMS if len(stem) > 3) or text.isupper() and len(text) <= 6:
        return "ORG"
    return "PER"


def _chain_end(doc: Doc, i: int) -> int:
    """End of a capitalised chain starting at i (linking particles allowed inside)."""
    k = i + 1
    while k < len(doc):
        text = doc[k].text
        if text[:1].isupper() and text.lower() not in SUBJECT_PRONOUNS and not doc[k].is_punct:
            k += 1
        elif text.lower() in _NAME_LINKS and k + 1 < len(doc) and doc[k + 1].text[:1].isupper():
            k += 2
        elif text.isdigit() and doc[k - 1].text.upper() == doc[k - 1].text and len(text) <= 2:
            k += 1  # `TV 2`
        else:
            break
    return k


def build_name_index(ctx: DocContext) -> list[NameMention]:
    """All name mentions in text order."""
    doc = ctx.doc
    if doc.has_annotation("ENT_IOB") and len(doc.ents) > 0:
        return [NameMention(e.start, e.end, e.text, "MEDIA" if is_media(e.text) else e.label_,
                            ctx.region_of[e.start] >= 0) for e in doc.ents if e.label_ in ("PER", "ORG")]
    sentence_starts = {s for s, _ in ctx.sentences}
    mid_capitalised = {t.text for t in doc if t.i not in sentence_starts and t.text[:1].isupper()}
    mentions: list[NameMention] = []
    i, n = 0, len(doc)
    while i < n:
        token = doc[i]
        if not token.text[:1].isupper() or token.is_punct or not token.is_alpha and "-" not in token.text:
            i += 1
            continue
        end = _chain_end(doc, i)
        at_start = i in sentence_starts or (i > 0 and doc[i - 1].is_punct and doc[i - 1].text not in (",",))
        lower = token.lower_
        if at_start and end - i == 1 and (token.text not in mid_capitalised or lower in DETERMINERS
                                          or lower in PREPOSITIONS or lower in SUBJECT_PRONOUNS):
            i = end
            continue
        if at_start and (lower in DETERMINERS or lower in PREPOSITIONS or lower in SUBJECT_PRONOUNS):
            i += 1
            continue
        text = doc[i:end].text
        mentions.append(NameMention(i, end, text, name_label(text), ctx.region_of[i] >= 0))
        i = end
    return mentions
