"""Names mentioned in a Doc, in text order: the material for resolving speakers within the article.

A name is a chain of capitalised words (`Franak Viacorka`, `TV 2`,
`Nordsjællands Politi`); a chain that opens a sentence counts only when it
has two words or the word is capitalised elsewhere in mid-sentence. A chain
that runs an organisation into a person (`Bredebro Idrætscenter Flemming
Jordt`) is split where a known first name begins. The trained pipeline's NER
is not used here: on news it mislabels too many people, and the chain rule
is stable with or without a model. Mentions inside quotations are kept
apart: a quote talks about people, it does not introduce the next `siger han`.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc

from kildespor.language.components.doc_context import DocContext, is_media
from kildespor.language.components.source_kinds import has_stem
from kildespor.language.components.token_strings import token_strings
from kildespor.language.da.first_names import FIRST_NAMES
from kildespor.language.da.function_words import (
    ADVERBS,
    COORDINATORS,
    DETERMINERS,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
)
from kildespor.language.da.parties import PARTY_NAMES
from kildespor.language.da.source_nouns import ORGANISATION_STEMS, ROLE_STEMS

_CACHE = "kildespor.names"
_NEVER_NAMES = DETERMINERS | PREPOSITIONS | SUBJECT_PRONOUNS | COORDINATORS | SUBORDINATORS | ADVERBS
_NAME_LINKS = frozenset({"von", "van", "de", "der", "den", "la", "le", "bin", "al", "af"})


@dataclass(frozen=True)
class NameMention:
    """One mention of a name: token range, text, label (PER/ORG/MEDIA), quoted or not, gender if known."""

    start: int
    end: int
    text: str
    label: str
    quoted: bool
    gender: str | None = None


def strip_genitive(word: str) -> str:
    """`Viacorkas` → `Viacorka`, `Khan's` → `Khan` (only on names)."""
    for suffix in ("'s", "’s", "'", "’"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    if len(word) >= 3 and word.endswith("s") and word[:-1].isupper():
        return word[:-1]  # `SFs`, `FNs`: an abbreviation's genitive
    return word


def name_label(text: str) -> str:
    """PER, ORG or MEDIA for a capitalised chain, from its words."""
    if is_media(text):
        return "MEDIA"
    lower = text.lower()
    first = lower.split()[0] if lower.split() else ""
    if text in PARTY_NAMES:
        return "ORG"  # `Liberal Alliance`, `Nye Borgerlige`: a party, whatever its words look like
    if first in FIRST_NAMES:
        return "PER"
    if any(stem in lower for stem in ORGANISATION_STEMS if len(stem) > 3) or (
        text.isupper() and len(text) <= 6
    ):
        return "ORG"
    return "PER"


def _linked_surname(text: str) -> bool:
    """`al-Kubbaisi`: a name particle, a hyphen, then a capitalised name."""
    particle, _, rest = text.partition("-")
    return particle in _NAME_LINKS and rest[:1].isupper() and rest.replace("-", "").isalpha()


def _chain_end(doc: Doc, i: int) -> int:
    """End of a capitalised chain starting at i (linking particles allowed inside, split before a first name)."""
    k = i + 1
    while k < len(doc):
        token = doc[k]
        text = token.text
        if token.is_space or token.is_punct:
            break
        if text[:1].isupper() and text.lower() not in SUBJECT_PRONOUNS:
            if text.lower() in FIRST_NAMES and doc[k - 1].lower_ not in FIRST_NAMES:
                break  # `Københavns Lufthavn Erik Nielsen`: a person's name begins
            if any(stem in doc[k - 1].lower_ for stem in ORGANISATION_STEMS if len(stem) > 3):
                break  # `Greve Kommune Monica …`: the organisation's name ended
            k += 1
        elif text.lower() in _NAME_LINKS and k + 1 < len(doc) and doc[k + 1].text[:1].isupper():
            k += 2
        elif _linked_surname(text):
            k += 1  # `Suleiman al-Kubbaisi`, `Ahmed el-Sayed`: a lower-case particle joined by a hyphen
        elif text.isdigit() and doc[k - 1].text.upper() == doc[k - 1].text and len(text) <= 2:
            k += 1  # `TV 2`
        elif (
            len(text) <= 5
            and text[:1].isdigit()
            and strip_genitive(text).isdigit()
            and doc[k - 1].text.isupper()
        ):
            k += 1  # `TV 2's`: the genitive closes the name
            break
        elif _channel_number_at_sentence_end(doc, k):
            k += 1  # `Det skriver TV 2.`: the tokenizer keeps `2.` whole (as the ordinal it usually is)
            break
        else:
            break
    return k


def _given_name_before_name(doc: Doc, i: int) -> bool:
    """`kommandørkaptajn Per Mikkelsen`, `Hans Larsen`: a function word (`per`, `hans`) that is also a
    given name, capitalised before another capitalised word (not `Hans kone`, `Per 1. januar`)."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return (
        doc[i].lower_ in FIRST_NAMES
        and nxt is not None
        and nxt.text[:1].isupper()
        and nxt.is_alpha
        and nxt.lower_ not in SUBJECT_PRONOUNS
        and nxt.lower_ not in _NEVER_NAMES
    )


def _channel_number_at_sentence_end(doc: Doc, k: int) -> bool:
    """`2.` after an upper-case word, closing the text, its line or its sentence."""
    text = doc[k].text
    if not (text.endswith(".") and text[:-1].isdigit() and len(text) <= 3 and doc[k - 1].text.isupper()):
        return False
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    return nxt is None or nxt.is_space or nxt.text[:1].isupper() or nxt.text in ('"', "”", "»", ")")


def name_text(doc: Doc, start: int, end: int) -> str:
    """The name's text, without the sentence's period glued to a closing channel number (`TV 2.`)."""
    text = doc[start:end].text
    if _channel_number_at_sentence_end(doc, end - 1):
        return text[:-1]
    last = doc[end - 1].text
    if end - start > 1 and last[:1].isdigit() and strip_genitive(last) != last:
        return text[: len(text) - len(last)] + strip_genitive(last)  # `TV 2's` → `TV 2`
    return text


def build_name_index(ctx: DocContext) -> list[NameMention]:
    """All name mentions in text order (computed once per Doc)."""
    doc = ctx.doc
    cached = doc.user_data.get(_CACHE)
    if cached is not None and cached[0] == len(doc):
        return list(cached[1])
    mentions = _index(ctx)
    doc.user_data[_CACHE] = (len(doc), tuple(mentions))
    return mentions


def name_index_of(doc: Doc) -> list[NameMention]:
    """The Doc's name mentions: kept from the component run when there was one, else indexed now."""
    cached = doc.user_data.get(_CACHE)
    if cached is not None and cached[0] == len(doc):
        return list(cached[1])
    return build_name_index(DocContext.build(doc))


def _index(ctx: DocContext) -> list[NameMention]:
    """Scan the Doc for capitalised chains."""
    doc = ctx.doc
    sentence_starts = {s for s, _ in ctx.sentences}
    texts = token_strings(doc)
    mid_capitalised = {
        text for i, text in enumerate(texts) if text[:1].isupper() and i not in sentence_starts
    }
    mentions: list[NameMention] = []
    i, n = 0, len(doc)
    while i < n:
        token = doc[i]
        if not token.text[:1].isupper() or token.is_punct or (not token.is_alpha and "-" not in token.text):
            i += 1
            continue
        end = _chain_end(doc, i)
        at_start = i in sentence_starts or (i > 0 and doc[i - 1].is_punct and doc[i - 1].text != ",")
        lower = token.lower_
        if (lower in _NEVER_NAMES and not _given_name_before_name(doc, i)) or (
            at_start and token.pos_ in ("VERB", "AUX") and lower not in FIRST_NAMES
        ):
            i += 1  # `Blev Obama kritiseret`: a question's capitalised verb opens no name
            continue
        if at_start and end - i == 1 and token.text not in mid_capitalised and lower not in FIRST_NAMES:
            i = end
            continue
        while end - i >= 2 and has_stem(doc[i].lower_, ROLE_STEMS) and doc[i].lower_ not in FIRST_NAMES:
            # `Præsident Karl Jensen`: the title is no part of the name (but `Morten`, `Sven` start
            # with the role stems `mor`, `sven` and are given names)
            i += 1
        text = name_text(doc, i, end)
        label = name_label(text)
        gender = FIRST_NAMES.get(lower) if label == "PER" else None
        mentions.append(NameMention(i, end, text, label, ctx.region_of[i] >= 0, gender))
        i = end
    return mentions


@functools.cache
def _gender_detector() -> Any:
    """gender-guesser's name dictionary (about 45,000 given names by country), loaded once."""
    import gender_guesser.detector  # type: ignore[import-untyped]

    return gender_guesser.detector.Detector(case_sensitive=False)


def name_gender(first: str) -> str | None:
    """`m`/`f` for a given name: the hand list first (Danish usage), then gender-guesser's Danish
    and international entries; None for unknown or unisex names."""
    lower = first.lower()
    if lower in FIRST_NAMES:
        return FIRST_NAMES[lower]
    if not first[:1].isupper() or not first.isalpha():
        return None
    found = _gender_detector().get_gender(first, "denmark")
    if found == "andy" or found == "unknown":
        found = _gender_detector().get_gender(first)
    return {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f"}.get(found)


def known_given_name(first: str) -> bool:
    """A given name of any gender, unisex ones included (`Kim`, `Robin`): the hand list, then
    gender-guesser's Danish and international entries."""
    if first.lower() in FIRST_NAMES:
        return True
    if not first[:1].isupper() or not first.isalpha():
        return False
    detector = _gender_detector()
    answers = {str(detector.get_gender(first, "denmark")), str(detector.get_gender(first))}
    return answers != {"unknown"}


def looks_like_person(text: str) -> bool:
    """A name that can be a person: a known first name, or two or more words without digits."""
    words = text.split()
    if not words or any(ch.isdigit() for ch in text):
        return False
    return words[0].lower() in FIRST_NAMES or (len(words) >= 2 and not words[0].endswith("s"))
