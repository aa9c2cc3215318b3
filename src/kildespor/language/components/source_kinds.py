"""What kind of source a noun phrase names: person, organisation, media, document or unnamed.

Decided from the words (da/media.py, da/source_nouns.py): a medium's name;
a document noun without a name (`billedet`, `tiltalen`, `en ny rapport`);
an organisation word (`politiet`, `Randers FC`… with an organisation stem);
an unnamed source (`kilder`, `eksperterne`, `en embedsmand`, `nogle`);
otherwise a person.
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Span, Token

from kildespor.language.components.doc_context import is_media
from kildespor.language.da.countries import COUNTRIES
from kildespor.language.da.first_names import FIRST_NAMES
from kildespor.language.da.parties import PARTY_NAMES
from kildespor.language.da.pronouns import DEICTIC_PRONOUNS, SOURCE_PRONOUNS
from kildespor.language.da.source_nouns import (
    DOCUMENT_STEMS,
    INDEFINITE_DETERMINERS,
    ORGANISATION_STEMS,
    ROLE_STEMS,
    UNNAMED_PRONOUNS,
    UNNAMED_SOURCE_STEMS,
)


def head_word(span: Span) -> str:
    """The lower-cased last word of a noun phrase before any apposition comma or preposition."""
    words: list[Token] = []
    for token in span:
        if token.text == "," or (
            words and token.lower_ in ("i", "for", "hos", "ved", "fra", "af", "til", "på")
        ):
            break
        if not token.is_punct:
            words.append(token)
    return words[-1].lower_ if words else ""


@functools.lru_cache(maxsize=65536)
def has_stem(word: str, stems: tuple[str, ...]) -> bool:
    """A word that starts with, ends with or (for longer stems) contains one of the stems.

    Memoised: the same few thousand words are asked about against the same stem lists."""
    base = word.split("-")[-1]
    return base.startswith(stems) or word.endswith(stems) or any(len(s) > 4 and s in base for s in stems)


def is_plural_person_noun(head: str) -> bool:
    """`forskerne`, `eksperter`, `medarbejdere`: a plural person noun (several, unnamed)."""
    return head.endswith(("erne", "ere", "ene")) or (
        head.endswith("er") and has_stem(head, UNNAMED_SOURCE_STEMS)
    )


@functools.lru_cache(maxsize=16384)
def _role_compound(head: str) -> bool:
    """A (compound) noun whose last part is a role: `skolechef`, `regionsdirektøren`, `FN-chefen`."""
    base = head.split("-")[-1]
    for ending in ("", "en", "n", "erne", "ne"):
        stem = base[: len(base) - len(ending)] if ending and base.endswith(ending) else base
        if (not ending or base.endswith(ending)) and any(stem.endswith(role) for role in ROLE_STEMS):
            return not stem.endswith(("ministerie", "ministerium"))
    return False


def source_kind(span: Span | None, name: str | None) -> str:
    """person / organisation / media / document / unnamed for a source span."""
    if span is None:
        return "unnamed"
    text = span.text
    head = head_word(span)
    first = span[0].lower_
    if is_media(text) or (name is not None and is_media(name)):
        return "media"
    named = any(t.text[:1].isupper() for t in span[1:]) or (
        span[0].text[:1].isupper()
        and first not in ("en", "et", "de", "den", "flere", "mange", "nogle")
        and not (len(span) == 1 and has_stem(first, UNNAMED_SOURCE_STEMS))  # `Forskerne mener …`
    )
    compound_head = head.rsplit("-", 1)[-1]
    owned = span[-1].is_lower and any(
        t.text[:1].isupper() and t.text.endswith(("s", "'s", "’s")) for t in span[:-1]
    )  # `Banedanmarks redegørelse`, `DTU Transports nye beregninger`: a body's document
    if has_stem(head, DOCUMENT_STEMS) and (
        not named or owned or ("-" in head and has_stem(compound_head, DOCUMENT_STEMS))
    ):
        return "document"  # `en ny rapport`, `IPCC-rapporten`
    indefinite = first in INDEFINITE_DETERMINERS or first in UNNAMED_PRONOUNS
    if first in ("de", "dem") and len(span) == 1 and not name:
        return "unnamed"  # `siger de` with no one named before
    if _role_compound(head) and not indefinite and not is_plural_person_noun(head):
        return "person"  # `skolechef`, `kommunaldirektøren`: the last part names a person's role
    if (
        name is not None
        and len(name.split()) >= 2
        and all(w[:1].isupper() for w in name.split())
        and any(_role_compound(t.lower_) for t in span)
    ):
        return "person"  # `Regionsrådsformand Birgitte Falk`: a titled person, not the region
    if len(span) <= 3 and any(t.text.isupper() and t.is_alpha and 2 <= len(t.text) <= 5 for t in span):
        return "organisation"  # `FIFA`, `FDM`, `S-SF`: an acronym names a body
    if text.lower() in COUNTRIES:
        return "organisation"  # `Tyskland forventer …`: a state speaks through its government
    if text in PARTY_NAMES or (name is not None and name in PARTY_NAMES):
        return "organisation"  # `Liberal Alliance er overbevist om …`: a party, not a person
    if any(t.text in ("FC", "BK", "IF", "FK") for t in span):
        return "organisation"  # `Randers FC`
    if has_stem(head, ORGANISATION_STEMS) or (
        named and has_stem(text.lower(), ORGANISATION_STEMS) and not has_stem(head, ROLE_STEMS)
    ):
        return "organisation"
    if (
        head in UNNAMED_PRONOUNS
        or first in UNNAMED_PRONOUNS
        or (not named and (first in INDEFINITE_DETERMINERS or has_stem(head, UNNAMED_SOURCE_STEMS)))
    ):
        return "unnamed" if not (name and name[:1].isupper()) else "person"
    entity_types = {t.ent_type_ for t in span if t.ent_type_}
    if named and entity_types == {"ORG"} and (name is None or name_gender_unknown(name)):
        return (
            "organisation"  # `Huawei`, `Boliga Kendte`, `Socialdemokratiet`: NER sees a body, no given name
        )
    if (
        named
        and name is not None
        and len(name.split()) == 1
        and name_gender_unknown(name)
        and "PER" not in entity_types
        and len(span) == 1
        and first not in SOURCE_PRONOUNS
        and first not in DEICTIC_PRONOUNS
    ):
        # `Bellona`, `Huawei`: one capitalised word that no given name opens and that the article never
        # names in full (a person's surname is expanded to the full name first) is a body or brand
        return "organisation"
    return "person"


def name_gender_unknown(name: str) -> bool:
    """No known given name opens the name (`Huawei`, not `Lars Hansen`)."""
    return name.split()[0].lower() not in FIRST_NAMES


def parsed_subject(doc: Doc, i: int, f: int) -> Span | None:
    """The parser's subject of the verb at i (or of its finite auxiliary at f), without relative clauses."""
    if not doc.has_annotation("DEP"):
        return None
    for verb in (doc[i], doc[f]):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if subject is not None:
            # the head noun with what precedes it and the name parts after it (`Ungareren György
            # Dalos`), not a relative clause or apposition
            end = subject.i + 1
            while (
                end < len(doc) and doc[end].dep_ in ("flat", "appos") and subject.i <= doc[end].head.i < end
            ):
                end += 1
            end = _apposition_end(doc, subject, end)
            # (a paragraph break the parser hung on the subject is not part of it)
            start = min(
                t.i
                for t in subject.subtree
                if (t.dep_ not in ("acl:relcl", "punct") and not t.is_space) or t.i == subject.i
            )
            return doc[start:end]
    return None


def _apposition_end(doc: Doc, subject: Token, end: int) -> int:
    """`Rektoren for Landbohøjskolen, Bent Schmidt-Nielsen, …`: a named apposition after the head's
    modifier belongs to the source (ANNOTATION.md: titles and appositions attached); it ends with
    its name parts. Not across a relative clause, a line break or a sentence end."""
    for child in subject.rights:
        if child.dep_ != "appos" or child.pos_ != "PROPN" or child.i - subject.i > _APPOSITION_REACH:
            continue
        between = doc[end : child.i]
        if any(t.is_space or t.text in (".", "!", "?", ":", ";") or t.dep_ == "acl:relcl" for t in between):
            return end
        stop = child.i + 1
        while stop < len(doc) and doc[stop].dep_ == "flat" and doc[stop].head.i == child.i:
            stop += 1
        return max(end, stop)
    return end


# tokens between a source's head and a named apposition (`Bestyrelsesformanden for TV 2, professor Jørn …`)
_APPOSITION_REACH = 8


def can_speak(source: Span) -> bool:
    """A subject that can speak: a personal pronoun, a name, a person, body or unnamed group;
    not `De hidtidige erfaringer fra UTB-ordningen` (a name inside a modifier does not count)."""
    if len(source) == 1 and source[0].lower_ in ("han", "hun", "de", "vi", "jeg", "du"):
        return True
    word = head_word(source)
    head = next((t for t in reversed(source) if t.lower_ == word), source[-1])
    return (
        head.pos_ == "PROPN"
        or head.ent_type_ in ("PER", "ORG")
        or source_kind(source, None) in ("organisation", "unnamed", "media")
        or has_stem(head.lower_, ROLE_STEMS)
    )
