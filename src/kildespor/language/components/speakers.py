"""kildespor_speakers: resolve each attribution's source within the article.

- `source_name`: a name in the source span (the apposition's name before a
  title's; a name inside a prepositional complement, `ven til Peter Madsen`,
  is not the speaker), expanded to the full name seen in the article
  (`Viacorka` → `Franak Viacorka`, `Jesper` → `Jesper Petersen`);
  `jeg`/`vi` inside a quotation resolve to that quotation's speaker;
  `han`/`hun` to the latest person named outside quotations and reported
  content, of matching gender when the first name tells; role nouns
  (`assistenttræneren`, `FN-chefen`) to the latest person with that role,
  else the latest speaker, else the next one (headlines name their speaker
  later), and a person noun that tells the sex (`kvinden`, `manden`) to a
  speaker of that sex; a definite organisation noun alone (`firmaet`,
  `ministeriet`, a sentence-initial `Landsretten`) to the latest organisation
  named before it (`Iraks parlament` counts), a definite media noun
  (`avisen`) to the latest outlet;
- `source_kind`: media / document / organisation / unnamed / person (sources.py
  in this package: `source_kind`); no source → unnamed;
- `role`: the lower-case title before a name, or `, der er …,` after it.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kildespor.language.components.doc_context import DocContext, is_media
from kildespor.language.components.found_attribution import FoundAttribution
from kildespor.language.components.name_index import (
    NameMention,
    build_name_index,
    known_given_name,
    looks_like_person,
    name_gender,
    strip_genitive,
)
from kildespor.language.components.source_kinds import has_stem, head_word, is_plural_person_noun, source_kind
from kildespor.language.components.token_strings import token_strings
from kildespor.language.da.attribution_cues import OPINION_NOUNS, STATEMENT_NOUNS
from kildespor.language.da.countries import NATIONALITY_NOUNS
from kildespor.language.da.first_names import FIRST_NAMES
from kildespor.language.da.function_words import DETERMINERS, PREPOSITIONS
from kildespor.language.da.media import MEDIA_NOUNS
from kildespor.language.da.parties import PARTY_ALIASES, PARTY_LETTERS
from kildespor.language.da.pronouns import DEICTIC_PRONOUNS, SOURCE_PRONOUNS
from kildespor.language.da.source_nouns import (
    BODY_COMPOUND_ENDINGS,
    COMPANY_FORMS,
    FORMER_PREFIXES,
    INDEFINITE_DETERMINERS,
    ORGANISATION_STEMS,
    ROLE_STEMS,
    UNNAMED_SOURCE_STEMS,
    role_gender,
)
from kildespor.language.extensions import register_extensions

_LONG_ORGANISATION_STEMS = tuple(stem for stem in ORGANISATION_STEMS if len(stem) > 4)

# (the genitives own a statement noun: `Hans forklaring er, at …`)
_THIRD_PERSON = {"han": "m", "ham": "m", "hun": "f", "hende": "f", "hans": "m", "hendes": "f"}
# pronoun sources that give no name to a twin cue on the same quotation (they take one)
_SHARED_PRONOUNS = frozenset({"han", "hun"})
# pronoun sources stay persons when unresolved (the text names them elsewhere, or they speak in person)
_PERSONAL_SOURCES = frozenset(
    {"han", "hun", "jeg", "vi", "du", "de", "man", "ham", "hende", "hans", "hendes"}
)


class _Names:
    """Full names of the article by surname and by first name, for expanding short references."""

    def __init__(self, doc: Doc, mentions: list[NameMention]) -> None:
        self.by_last: dict[str, str] = {}
        self.by_first: dict[str, str] = {}
        self.by_prefix: dict[str, str] = {}
        self.by_middle: dict[str, str] = {}
        self.by_initials: dict[str, str] = {}
        self.text = doc.text
        # `Passias` is a surname, `Viacorkas` a genitive: an -s is stripped only where the bare form
        # occurs too or a noun follows the name (`Viacorkas rådgiver`)
        self.words = {w for m in mentions for w in m.text.split()}
        self.plain = {m.text.split()[-1] for m in mentions if not genitive_position(doc, m.end)}
        for m in mentions:
            words = m.text.split()
            if m.label == "PER" and len(words) >= 2 and _personal_name(words):
                last = self.bare(words[-1], genitive_position(doc, m.end))
                full = " ".join([*words[:-1], last])
                self.by_last[last] = full
                parts = last.split("-")
                if len(parts) > 1 and all(len(p) > 1 and p[:1].isupper() for p in parts):
                    # `Thorning` → `Helle Thorning-Schmidt`: a double surname is often shortened to
                    # one of its parts (never over a name the article gives on its own; not
                    # `Clement-kritikere`, a compound)
                    for part in parts:
                        self.by_last.setdefault(part, full)
                # `Suleiman` → `Suleiman al-Kubbaisi`, `Ataf` → `Ataf Khawaja`: a first name of any
                # origin once the two-word name is a person's (surnames are looked up first)
                if name_gender(words[0]) is not None or (
                    words[0].isalpha() and all(w[1:].islower() for w in words[1:] if len(w) > 1)
                ):  # (not `Randers FC`)
                    self.by_first.setdefault(words[0], full)
                for middle in words[1:-1]:  # `Løkke` → `Lars Løkke Rasmussen`
                    if middle[:1].isupper():
                        self.by_middle.setdefault(middle, full)
                for k in range(2, len(words)):  # `Rasmus Helveg` → `Rasmus Helveg Petersen`
                    prefix = " ".join(words[:k])
                    if len(full) > len(self.by_prefix.get(prefix, "")):
                        self.by_prefix[prefix] = full
            if len(words) >= 2 and all(w[:1].isupper() for w in words):
                initials = "".join(w[0] for w in words if w.lower() not in ("of", "for", "og", "the"))
                self.by_initials.setdefault(initials, m.text)  # `HRW` → `Human Rights Watch`

    def bare(self, word: str, genitive: bool = False) -> str:
        """The word without a genitive ending when it is one (see __init__)."""
        stripped = strip_genitive(word)
        if stripped == word or not word.endswith("s") or word.endswith(("'s", "’s")):
            return stripped
        if word in self.plain and stripped not in self.words:
            return word  # `George Passias har …`: the -s belongs to the name
        return stripped if genitive or stripped in self.words else word

    def expand(self, text: str) -> str:
        """A short name as the full name seen in the article, else the name itself."""
        words = text.split()
        if text in PARTY_LETTERS and PARTY_LETTERS[text] in self.text:
            return PARTY_LETTERS[text]  # `S: …` is the Socialdemokratiet the article names
        if len(words) > 1:
            # `med Brian Lentz' ord`: the genitive mark is no part of the name
            if words[-1].endswith(("'", "’")):
                text = " ".join([*words[:-1], words[-1][:-1]])
            if text in self.by_prefix:
                return self.by_prefix[text]
            if len(words) == 2:
                # `Ærlig Bruun: …`, `Skuffet Løkke: …`: a headline's adjective before a name the
                # article gives in full (`Klavs Bruun Jørgensen`); the given-name look-ups come last,
                # as most two-word names have no fuller form
                fuller = (self.by_last.get(words[1]), self.by_middle.get(words[1]))
                tail = next(
                    (
                        f
                        for f in fuller
                        if f and f != text and len(f.split()) > 1 and known_given_name(f.split()[0])
                    ),
                    None,
                )  # a person's full name (not `HØRIfølge Ekstra Bladet` for `Ekstra Bladet`)
                if tail is not None and not known_given_name(words[0]):
                    return self.by_prefix.get(tail, tail)
            return text
        if not words:
            return text
        word = words[0]
        for form in (word, self.bare(word)):
            full = self.by_last.get(form) or self.by_middle.get(form) or self.by_first.get(form)
            if full:
                # `Løkke` → `Lars Løkke` → `Lars Løkke Rasmussen`: a short form of a longer name
                return self.by_prefix.get(full, full)
        if word.isupper() and 2 <= len(word) <= 5 and word in self.by_initials:
            return self.by_initials[word]
        return word


def _personal_name(words: list[str]) -> bool:
    """A name the NER calls a person's that can stand for one: not a firm (`Henrik Skov Christensen
    ApS`) nor a product with a model letter or number (`Tesla Model X`), which short forms must not
    expand to."""
    last = words[-1]
    model = len(words) >= 3 and (last.isdigit() or (len(last) == 1 and last.isupper()))
    return last.lower() not in COMPANY_FORMS and not model  # (`Annelise R` keeps her initial)


def genitive_position(doc: Doc, end: int) -> bool:
    """A lower-case word right after a name ending in -s: `Viacorkas rådgiver` (a genitive)."""
    return end < len(doc) and doc[end].is_alpha and doc[end].text[:1].islower() and doc[end].pos_ != "VERB"


def _gender_of(name: str) -> str | None:
    """A full name's gender from its given name; a lone word only when it is a listed given name."""
    words = name.split()
    return name_gender(words[0]) if len(words) > 1 else FIRST_NAMES.get(words[0].lower())


def _name_compound_word(text: str) -> bool:
    """`Emmy-nominerede`, `Oscar-vinderen`, `TV-værten`: a name inside a common word is no name."""
    tail = text.rsplit("-", 1)[-1]
    return " " not in text and "-" in text and tail.isalpha() and tail.islower()


def _name_in_span(doc: Doc, span: Span, mentions: list[NameMention], starts: list[int]) -> str | None:
    """The name written in the source span, or None."""
    first = bisect_left(starts, span.start)
    last = bisect_left(starts, span.end)
    inside = [
        m
        for m in mentions[first:last]
        if not (
            len(m.text.split()) == 1
            and has_stem(m.text.lower(), ROLE_STEMS)
            and m.text.lower() not in FIRST_NAMES
        )
        and not _name_compound_word(m.text)
        and not (len(m.text.split()) == 1 and bare_organisation_noun(m.text))
        and not (m.start > span.start and doc[m.start - 1].lower_ in PREPOSITIONS)
        and not (m.end < span.end and m.text.endswith("s") and doc[m.end].text[:1].islower())
        and not _apostrophe_genitive(doc, m.end, span.end)
    ]
    people = [m for m in inside if m.label == "PER"]
    # `bibliotekskonsulent Anna Johansen, Statens Bibliotekstjeneste`: a given name marks the person
    # among the chains; the affiliation after it is capitalised too
    given = [m for m in people if len(m.text.split()) > 1 and name_gender(m.text.split()[0]) is not None]
    if given:
        return given[-1].text
    choices = people or [m for m in inside if m.label != "MEDIA"] or inside
    if choices:
        return choices[-1].text
    party = PARTY_ALIASES.get(span.text.lower())
    if party is not None:
        return party  # `De konservative melder …`: the party by the name a reader knows
    if _media_anaphor(span) or _body_anaphor(span) is not None:
        return None  # `avisen`, `Landsretten`: resolved to the outlet or body named before
    if (is_media(span.text) and not has_stem(span[0].lower_, ROLE_STEMS)) or _abbreviated(span.text):
        return span.text  # not `gasmarkedsdirektør i Energinet.dk`: a person at an outlet
    after_preposition = False
    words: list[str] = []
    chain = 0  # capitalised words collected from the current name chain
    for t in span:
        after_preposition = t.lower_ in PREPOSITIONS or (after_preposition and t.text[:1].isupper())
        if not t.text[:1].isupper():
            chain = 0
        if (
            t.text[:1].isupper()
            and t.text.endswith(("s", "s'", "s’", "x'", "z'"))
            and t.i + 1 < span.end
            and doc[t.i + 1].text.islower()
            and doc[t.i + 1].lower_ not in DETERMINERS
        ):
            body = doc[t.i + 1].lower_
            opens = all(k.lower_ in DETERMINERS for k in doc[span.start : t.i])
            if opens and has_stem(body, ORGANISATION_STEMS) and not bare_organisation_noun(body):
                return f"{t.text} {doc[t.i + 1].text}"  # `Iraks parlament`: the body is the source
            # `Frankrigs præsident`, `Harrison Fords kone`: the whole genitive owner is not the speaker
            del words[len(words) - chain :]
            chain = 0
            continue
        if (
            t.text[:1].isupper()
            and not after_preposition
            and t.lower_ not in SOURCE_PRONOUNS
            and t.lower_ not in DETERMINERS
            and not has_stem(t.lower_, ROLE_STEMS + UNNAMED_SOURCE_STEMS)
            and not _name_compound_word(t.text)
            # `Dansk sølvvinder: …`: an adjective capitalised only because it opens the line
            and not (
                t.i == span.start and t.pos_ == "ADJ" and not t.ent_type_ and t.lower_ not in FIRST_NAMES
            )
        ):
            words.append(t.text)
            chain += 1
    return " ".join(words) if words else None


class _People:
    """People named before a point, by position: mentions outside quotations and reported content, and speakers."""

    def __init__(
        self,
        doc: Doc,
        mentions: list[NameMention],
        found: list[FoundAttribution],
        reported: bytearray,
        names: _Names,
    ) -> None:
        people: list[tuple[int, str, str | None]] = []
        # people named only inside reported content: the last resort for a pronoun (`Uffe Elbæk har
        # meldt sig på banen. Det meddelte han tirsdag.`, where the naming sentence is the content)
        self.reported_people: list[tuple[int, str, str | None]] = []
        ner_ran = doc.has_annotation("ENT_IOB")
        aside = _speaker_asides(doc, found)
        for m in mentions:
            title = _title_before(doc, m.start)
            if (m.label == "PER" or title is not None) and not m.quoted and not aside[m.start]:
                full = names.expand(_full(m.text, names, genitive_position(doc, m.end)))
                gender = _gender_of(full) or (role_gender(title) if title is not None else None)
                # `The Project`, `Store Danske`: a capitalised chain with no known first name is a
                # person only when NER (if it ran) agrees, or when a role noun introduces it
                # (`skuespillerinden Holland Taylor`, which NER takes for an organisation)
                if looks_like_person(full) and (
                    gender is not None or not ner_ran or doc[m.start].ent_type_ == "PER" or title is not None
                ):
                    (self.reported_people if reported[m.start] else people).append((m.start, full, gender))
        self.speakers: list[tuple[int, str]] = []
        for a in found:
            if a.source is not None and a.source_name and source_kind(a.source, a.source_name) == "person":
                gender = _gender_of(a.source_name)
                people.append((a.source.start, a.source_name, gender))
                named_person = any(t.ent_type_ == "PER" for t in a.source) or not doc.has_annotation(
                    "ENT_IOB"
                )
                if gender is not None or (len(a.source_name.split()) > 1 and named_person):
                    self.speakers.append((a.cue.start, a.source_name))  # not `Røde Kors` (no person)
        people.sort(key=lambda p: p[0])
        self.people = people
        # `Statsminister Lars Løkke Rasmussen`, `Frankrigs præsident, Nicolas Sarkozy`: the title a
        # person was introduced with, for `statsministeren` / `præsidenten` later on
        self.titles: list[tuple[int, str, str]] = []
        for m in mentions:
            if m.label != "PER" or m.quoted:
                continue
            k = m.start - 1
            if k >= 1 and doc[k].text == ",":
                k -= 1
            if k >= 0 and doc[k].is_alpha and has_stem(doc[k].lower_, ROLE_STEMS):
                self.titles.append((m.start, doc[k].lower_, names.expand(_full(m.text, names))))
        self.organisations: list[tuple[int, str]] = []
        self.outlets: list[tuple[int, str]] = []
        self.positions = [p[0] for p in people]
        self.speaker_positions = [p[0] for p in self.speakers]

    def latest(self, at: int, gender: str | None) -> str | None:
        """The latest person before token `at` whose gender (when known) matches."""
        k = bisect_left(self.positions, at) - 1
        while k >= 0:
            _, name, known = self.people[k]
            if gender is None or known is None or known == gender:
                return name
            k -= 1
        return None

    def latest_reported(self, at: int, gender: str) -> str | None:
        """The latest person of that gender named inside reported content before `at` (last resort)."""
        before = [name for start, name, known in self.reported_people if start < at and known == gender]
        return before[-1] if before else None

    def titled(self, at: int, head: str) -> str | None:
        """The latest person before `at` introduced with the title that `head` names definitely."""
        bare = _without_definite_ending(head, 4)
        for start, title, name in reversed(self.titles):
            if start < at and title in (head, bare):
                return name
        return None

    def speaker_near(self, cue: int, gender: str | None = None) -> str | None:
        """The latest named speaker before a cue, else the first one after it (headlines name theirs later);
        with a gender, only speakers whose given name does not contradict it."""
        speakers = [
            (at, name) for at, name in self.speakers if gender is None or _gender_of(name) in (None, gender)
        ]
        k = bisect_left([at for at, _ in speakers], cue)
        if k > 0:
            return speakers[k - 1][1]
        return speakers[k][1] if k < len(speakers) else None


def _title_before(doc: Doc, start: int) -> str | None:
    """The lower-case role noun right before a name (`skuespillerinden Holland Taylor`), else None."""
    if start < 1:
        return None
    word = doc[start - 1]
    return word.lower_ if word.is_alpha and word.is_lower and has_stem(word.lower_, ROLE_STEMS) else None


def _speaker_asides(doc: Doc, found: list[FoundAttribution]) -> bytearray:
    """Tokens of a relative clause or aside between a speaker and the cue: in `Stig Jørgensen, der er
    far til Lars Jørgensen, som døde …, mener, at …` Lars is no candidate for a later `han`; the
    speaker stays the one talked about."""
    aside = bytearray(len(doc))
    for a in found:
        if a.source is None or a.source.end >= a.cue.start or a.cue.start - a.source.end > 30:
            continue
        if doc[a.source.end].text == "," and doc[min(a.source.end + 1, len(doc) - 1)].lower_ in (
            "der",
            "som",
        ):
            aside[a.source.end : a.cue.start] = b"\x01" * (a.cue.start - a.source.end)
    return aside


def _genitive_speaker(doc: Doc, span: Span) -> str | None:
    """`efter Venstres opfattelse`, `efter Lars Hansens mening`, `Assads holdning er`: the name
    without its genitive -s."""
    nouns = OPINION_NOUNS | STATEMENT_NOUNS
    if len(span) > 1 and span[-1].lower_ in nouns:
        span = span[:-1]  # `Ifølge Ekstra Bladets oplysninger`: the owner inside the source phrase
    else:
        if span.end >= len(doc):
            return None
        owned = doc[span.end]
        if owned.lower_ not in nouns and owned.is_lower and span.end + 1 < len(doc):
            owned = doc[span.end + 1]  # `Nævnets samlede vurdering`: one adjective between
        if owned.lower_ not in nouns:
            return None
    words = [t.text for t in span if t.text[:1].isupper() and t.lower_ not in DETERMINERS]
    if not words or not words[-1].endswith("s"):
        return None
    return " ".join([*words[:-1], strip_genitive(words[-1])])


def _full(text: str, names: _Names, genitive: bool = False) -> str:
    """A name without the genitive ending on its last word."""
    words = text.split()
    return " ".join([*words[:-1], names.bare(words[-1], genitive)]) if len(words) > 1 else text


def _enclosing_other(found: list[FoundAttribution], k: int, at: int) -> int:
    """The attribution other than k with the smallest content holding token `at` (-1 for none)."""
    holders = [m for m, a in enumerate(found) if m != k and a.content.start <= at < a.content.end]
    return min(holders, key=lambda m: len(found[m].content), default=-1)


def _innermost_owner(length: int, found: list[FoundAttribution]) -> list[int]:
    """For each token, the index of the attribution with the smallest content holding it (-1 for none)."""
    owner = [-1] * length
    for k in sorted(range(len(found)), key=lambda k: -len(found[k].content)):
        content = found[k].content
        owner[content.start : content.end] = [k] * len(content)
    return owner


class SpeakerResolver:
    """Fills source_name, source_kind and role on the Doc's attributions."""

    def __call__(self, doc: Doc) -> Doc:
        found: list[FoundAttribution] = doc._.kildespor_attributions
        if not found:
            return doc
        ctx = DocContext.build(doc)
        mentions = build_name_index(ctx)
        names = _Names(doc, mentions)
        reported = bytearray(len(doc))
        for item in found:
            reported[item.content.start : item.content.end] = b"\x01" * len(item.content)
        starts = [m.start for m in mentions]
        for item in found:
            if item.source is not None:
                written = _genitive_speaker(doc, item.source) or _name_in_span(
                    doc, item.source, mentions, starts
                )
                item.source_name = names.expand(written) if written else None
                item.role = _role(doc, item.source)
        people = _People(doc, mentions, found, reported, names)
        people.organisations = _organisations(doc, mentions)
        people.outlets = _outlets(doc, mentions)
        owner = _innermost_owner(len(doc), found)
        deictic = [
            k
            for k, a in enumerate(found)
            if a.source is not None and doc[a.source.start].lower_ in DEICTIC_PRONOUNS
        ]
        _share_names_of_one_quotation(doc, found)
        for k in [k for k in range(len(found)) if k not in set(deictic)] + deictic:
            item = found[k]
            if item.source is not None and item.source_name is None:
                item.source_name = _refer(ctx, k, found, owner, people)
        for item in found:
            item.source_kind = source_kind(item.source, item.source_name)
            if (
                item.source_kind == "person"
                and item.source_name is None
                and item.source is not None
                and item.source[0].lower_ not in _PERSONAL_SOURCES
                and not (len(item.source) == 1 and item.cue.text == ":")  # `Skolechef: …` heads a story
            ):
                # `et øjenvidne`, `Dommeren`, `børnene`: someone described but never named in the
                # article is an unnamed source (ANNOTATION.md), the fact-checker's first question
                item.source_kind = "unnamed"
        return doc


def _share_names_of_one_quotation(doc: Doc, found: list[FoundAttribution]) -> None:
    """`X forstår godt, hvorfor …:` + `- … Sådan siger han.`: two cues on one quotation name one
    speaker, so a pronoun or role tag (`siger DF-ordføreren`) takes the name its twin cue gave
    (before any pronoun or role resolution, which could pick a name standing in between)."""
    named = {
        a.content.start: a.source_name
        for a in found
        if a.source_name
        and a.source is not None
        and doc[a.source.start].lower_ not in _SHARED_PRONOUNS
        and source_kind(a.source, a.source_name) == "person"  # not the outlet that printed it
        and a.rule != "statement-noun"  # `Assads holdning er "…", sagde en diplomat`: two people
    }
    for item in found:
        if item.source is None or item.source_name is not None or len(item.source) > 3:
            continue
        if item.source[0].lower_ in DEICTIC_PRONOUNS:
            continue  # `jeg`/`vi` inside the quotation are its speaker's (resolved later)
        # the same quotation (the same opening word): `han`, `DF-ordføreren`, `den 37-årige`
        item.source_name = named.get(item.content.start)


def _refer(
    ctx: DocContext, k: int, found: list[FoundAttribution], owner: list[int], people: _People
) -> str | None:
    """The person a pronoun or role noun refers to."""
    doc = ctx.doc
    item = found[k]
    assert item.source is not None
    at = item.source.start
    first = doc[at].lower_
    if first in DEICTIC_PRONOUNS:
        outer = owner[at]
        if outer == k:  # `"Det mener jeg vil være …"`: the report's content holds its own `jeg`
            outer = _enclosing_other(found, k, at)
        if outer >= 0 and outer != k:
            if first == "vi":
                # `»Vi regner med …,« siger Morten Lauridsen, underdirektør i Bankdata`: `vi` is the
                # body the speaker speaks for (8 of 9 named `vi` sources in the gold splits)
                represented = _role_body(found[outer].role)
                if represented is not None:
                    return represented
            return found[outer].source_name
        if first in _FIRST_PERSON_SINGULAR and ctx.region_at(at) is not None:
            # `Troels Ravn … synes, at …` + `- Jeg kan kun sige, at …`: a dash paragraph with no tag
            # of its own continues the speaker introduced just before it
            return people.speaker_near(item.cue.start)
        return None
    if first in _THIRD_PERSON:
        pronoun_gender = _THIRD_PERSON[first]
        return people.latest(at, pronoun_gender) or people.latest_reported(at, pronoun_gender)
    body = _body_anaphor(item.source)  # before role nouns: `ministeriet` holds the stem `minister`
    if body is not None and (body.text.islower() or _opens_sentence(body)):
        return _latest_organisation(people.organisations, at, head_word(item.source))
    if body is not None:  # `Rådet` mid-sentence: the council named before, else itself
        found_body = _latest_organisation(people.organisations, at, head_word(item.source), same_only=True)
        return found_body or item.source.text
    if _media_anaphor(item.source):
        before = [name for start, name in people.outlets if start < at]
        return before[-1] if before else None
    named_body = _bare_word(item.source)
    if named_body is not None and _compound_body_name(named_body.text):
        return named_body.text  # `Ifølge Skatteministeriet`: the ministry's own name, not a minister's
    head = head_word(item.source)
    role = (
        has_stem(head, ROLE_STEMS)
        or role_gender(head) is not None
        or head.startswith(FORMER_PREFIXES)
        or _nationality(head)  # `siger nordmanden`, `japaneren`: the person named before
    ) and _definite_singular(item.source)  # (`Eks-stripper`: a former someone)
    if role or _described_again(item.source):
        titled = people.titled(at, head)
        if titled is not None:
            return titled
    if role or _epithet(item.source):
        gender = role_gender(head)
        return people.speaker_near(item.cue.start, gender) if people.speakers else people.latest(at, gender)
    return None


_FIRST_PERSON_SINGULAR = frozenset({"jeg", "mig"})


def _nationality(head: str) -> bool:
    """A nationality noun in the definite singular: `nordmanden` (`nordmand` + `en`), `briten` (`brite` + `n`)."""
    lower = head.lower()
    return lower.endswith("en") and (lower[:-2] in NATIONALITY_NOUNS or lower[:-1] in NATIONALITY_NOUNS)


def _epithet(source: Span) -> bool:
    """`den blonde`, `den canadiske eks-verdensmester`, `den Emmy-nominerede skuespiller`: a definite
    description standing for a person named before (Danish news varies its references so)."""
    words = list(source)
    return (
        len(words) >= 2
        and words[0].lower_ == "den"
        and words[1].lower_ not in ("anden", "ene", "første", "sidste", "næste")
        and all(t.is_alpha or "-" in t.text or t.like_num for t in words[1:])
        and not any(t.pos_ == "PROPN" and "-" not in t.text for t in words[1:])
    )


def _described_again(span: Span) -> bool:
    """`sagde en ærlig landstræner`: an indefinite role noun with a describing adjective, which
    points back to the person introduced with that very title (`den danske landstræner, Klavs …`)."""
    words = list(span)
    return (
        len(words) == 3
        and words[0].lower_ in ("en", "et")
        and words[1].pos_ == "ADJ"
        and has_stem(words[2].lower_, ROLE_STEMS)
    )


def _definite_singular(span: Span) -> bool:
    """`formanden`, `Den ortodokse præst`, headline `Ekspert`: a role noun that can point back to one person; `en
    håndværker` introduces someone new and `kirkens medarbejdere` are several."""
    head = head_word(span)
    return span[0].lower_ not in INDEFINITE_DETERMINERS and not is_plural_person_noun(head)


def _without_definite_ending(word: str, shortest: int) -> str:
    """`præsidenten` → `præsident`, `landsretten` → `landsrett`: the noun without its definite or
    plural ending, when at least `shortest` letters remain."""
    for ending in ("erne", "ene", "en", "et", "n"):
        if word.endswith(ending) and len(word) - len(ending) >= shortest:
            return word[: -len(ending)]
    return word


def _bare_word(span: Span) -> Token | None:
    """The one word of a span besides its determiners (`det nye ministerium` has two), else None."""
    words = [t for t in span if t.lower_ not in DETERMINERS]
    return words[0] if len(words) == 1 else None


def _body_anaphor(span: Span) -> Token | None:
    """A bare definite organisation noun: `ministeriet`, `firmaet`, a sentence-initial `Landsretten`,
    a mid-sentence `Rådet` (a short name for a body named in full before)."""
    word = _bare_word(span)
    if word is None or not (word.text.islower() or word.text[:1].isupper()):
        return None
    return word if bare_organisation_noun(word.text) else None


def bare_organisation_noun(word: str) -> bool:
    """`ministeriet`, `landsretten`, `Parlamentet`: a definite organisation noun (no name of its own).

    Capitalised, only the plain noun counts: `Rigspolitiet`, `Udenrigsministeriet` are names."""
    lower = word.lower()
    if not (lower.endswith(("et", "en", "ne")) and has_stem(lower, ORGANISATION_STEMS)):
        return False
    if any(lower in (stem + "en", stem + "ne", stem + "e") for stem in ROLE_STEMS if len(stem) > 4):
        return False  # `Rådmanden`, `rådgiveren`: a definite role noun, though it starts like `råd`
    return word.islower() or lower.startswith(ORGANISATION_STEMS)


def _compound_body_name(word: str) -> bool:
    """`Skatteministeriet`, `Rigspolitiet`, `Energistyrelsen`: a capitalised compound ending in a
    definite organisation noun names that body (its `minister` stem makes no minister of it)."""
    lower = word.lower()
    return (
        word[:1].isupper()
        and word.isalpha()
        and lower.endswith(("et", "en", "ne"))
        and not lower.startswith(ORGANISATION_STEMS)
        and any(lower[:-cut].endswith(ORGANISATION_STEMS) for cut in (1, 2))  # `-ministerie|t`, `-politi|et`
    )


def _opens_sentence(token: Token) -> bool:
    """The token opens a sentence or line, where any noun is capitalised (`Landsretten skriver …`)."""
    doc = token.doc
    i = token.i
    return i == 0 or doc[i - 1].is_space or doc[i - 1].text in (".", "!", "?", ":", "-", "–")


def _apostrophe_genitive(doc: Doc, end: int, limit: int) -> bool:
    """`Lars' far`: a name's genitive apostrophe, then the lower-case noun it owns."""
    if end >= limit:
        return False
    if doc[end - 1].text.endswith(("'", "’")) and doc[end].text[:1].islower():
        return True
    return doc[end].text in ("'", "’") and end + 1 < limit and doc[end + 1].text[:1].islower()


def _abbreviated(text: str) -> bool:
    """`B.T.`, `A.P. Møller`: a name written with initials; not `Stiftstidende.(RB` (a glued source line)."""
    inner = text.strip(".")
    if "." not in inner[1:] or any(ch in inner for ch in "()[]"):
        return False
    return all(len(part.strip()) <= 3 for part in inner.split(".")[:-1])


def _media_anaphor(span: Span) -> bool:
    """`avisen`, `nyhedsbureauet`, `Mediet`: a bare definite media noun pointing back to a named outlet."""
    word = _bare_word(span)
    return word is not None and word.lower_ in MEDIA_NOUNS and word.lower_.endswith(("en", "et"))


def _outlets(doc: Doc, mentions: list[NameMention]) -> list[tuple[int, str]]:
    """Outlets named in the article: known media names and names right after a media noun
    (`den franske avis Liberation`, `nyhedsbureauet AFP`)."""
    found = []
    for m in mentions:
        after_noun = m.start > 0 and doc[m.start - 1].lower_ in MEDIA_NOUNS
        if m.label == "MEDIA" or after_noun:
            found.append((m.start, strip_genitive(m.text)))
    return found


def _organisations(doc: Doc, mentions: list[NameMention]) -> list[tuple[int, str]]:
    """Organisations named in the article: NER ORG entities (when a trained pipeline ran), ORG mentions,
    names right after an organisation noun (`analysefirmaet Niro Invest`), and one-word names inside
    sentences that are neither persons nor NER places."""
    places = bytearray(len(doc))
    found = []
    for ent in doc.ents:
        if ent.label_ in ("LOC", "GPE"):
            places[ent.start : ent.end] = b"\x01" * len(ent)
        elif ent.label_ == "ORG":
            found.append((ent.start, strip_genitive(ent.text)))
    for m in mentions:
        if _organisation_mention(doc, m, places):
            found.append((m.start, strip_genitive(m.text)))
    # `Udenrigsministeriet`, `Skattestyrelsen`: a capitalised compound on an organisation noun
    texts = token_strings(doc)
    for i, text in enumerate(texts):
        if not text[:1].isupper():
            continue
        lower = text.lower()
        following = texts[i + 1] if i + 1 < len(texts) else ""
        genitive_body = following.islower() and has_stem(following, ORGANISATION_STEMS)
        if lower.endswith("s") and genitive_body and not bare_organisation_noun(following):
            found.append((i, f"{text} {following}"))  # `Iraks parlament`, `Danmarks regering`
        if any(stem in lower and not lower.startswith(stem) for stem in _LONG_ORGANISATION_STEMS) or (
            lower.endswith(BODY_COMPOUND_ENDINGS) and len(lower) >= 7
        ):
            found.append((i, strip_genitive(text)))  # `Sikkerhedsrådet`, `Byrådet` too
    return sorted(found)


def _organisation_mention(doc: Doc, m: NameMention, places: bytearray) -> bool:
    """A name that names an organisation: after an organisation noun, labelled ORG, or a one-word
    non-person name inside a sentence (`Mærsk`) that NER does not call a place."""
    inside = m.start > 0 and not doc[m.start - 1].is_punct and not doc[m.start - 1].is_space
    if inside and doc[m.start - 1].is_lower and has_stem(doc[m.start - 1].lower_, ORGANISATION_STEMS):
        return True  # `analysefirmaet Niro Invest`
    if m.label == "ORG":
        return True  # `Østre Landsret`: an organisation noun in the name, whatever NER calls it
    if places[m.start]:
        return False
    return m.label == "PER" and inside and len(m.text.split()) == 1 and not looks_like_person(m.text)


def _latest_organisation(
    organisations: list[tuple[int, str]], at: int, anaphor: str, same_only: bool = False
) -> str | None:
    """The latest organisation before `at`, preferring one whose name shares the anaphor's noun."""
    before = [name for start, name in organisations if start < at]
    stem = _without_definite_ending(anaphor.lower(), 3)
    if len(stem) > 3 and stem[-1] == stem[-2]:
        stem = stem[:-1]  # `landsretten` → `landsret`
    same = [name for name in before if stem in name.lower() and name.lower() != anaphor.lower()]
    choices = same if same_only else (same or before)
    return choices[-1] if choices else None


def _is_name_part(part: Span) -> bool:
    """An apposition part that is a name: capitalised words only (`Lise Holm`, `Aage Brusgaard`)."""
    words = [t for t in part if not t.is_punct]
    return (
        bool(words) and all(t.text[:1].isupper() for t in words) and not has_stem(words[0].lower_, ROLE_STEMS)
    )


# the word that links a role to its organisation: `underdirektør i Bankdata`, `ordfører for Venstre`
_ROLE_LINK = re.compile(r"(?<= )(?:i|for|ved|hos) ")


def _role_body(role: str | None) -> str | None:
    """The organisation a role names at its end: `underdirektør i Bankdata` → `Bankdata`,
    `kommunikationsmedarbejder ved Midt- og Vestsjællands Politi` → `Midt- og Vestsjællands Politi`,
    `direktør i Rådet for Sikker Trafik` → `Rådet for Sikker Trafik` (the first link whose rest is a name)."""
    text = role or ""
    for link in _ROLE_LINK.finditer(text):
        body = text[link.end() :].strip()
        words = body.split()
        if (
            words
            and words[0][:1].isupper()
            and words[-1][:1].isupper()
            and all(w[:1].isupper() or w in ("og", "for", "i", "-") or w.endswith("-") for w in words)
        ):
            return body
    return None


def _role(doc: Doc, span: Span) -> str | None:
    """The source's role: `, der er …,` after it, the other side of an apposition, or a title before the name."""
    end = span.end
    if (
        end + 3 < len(doc)
        and doc[end].text == ","
        and doc[end + 1].lower_ in ("der", "som")
        and doc[end + 2].lower_ in ("er", "var")
    ):
        k = end + 3
        while k < len(doc) and doc[k].text not in (",", ".", "\n") and k - end < 16:
            k += 1
        return doc[end + 3 : k].text
    comma = next((t.i for t in span if t.text == ","), None)
    if comma is not None:
        before, after = doc[span.start : comma], doc[comma + 1 : end]
        role = after if _is_name_part(before) and not _is_name_part(after) else before
        return role.text.strip(" ,") or None
    if (
        end + 2 < len(doc)
        and doc[end].text == ","
        and doc[end + 1].text[:1].islower()
        and doc[end + 1].lower_ not in ("der", "som", "og", "men", "at", "hvor")
    ):
        k = end + 1
        while k < len(doc) and doc[k].text not in (",", ".", "\n", ":", ";") and k - end < 14:
            k += 1
        return doc[end + 1 : k].text
    name_at = next((t.i for t in span if t.text[:1].isupper() and t.lower_ in FIRST_NAMES), None)
    if name_at is not None and name_at > span.start:
        return doc[span.start : name_at].text
    return None


@Language.factory("kildespor_speakers", requires=["doc._.kildespor_attributions"])
def make_speaker_resolver(nlp: Language, name: str) -> SpeakerResolver:
    """Factory for `nlp.add_pipe("kildespor_speakers")`."""
    register_extensions()
    return SpeakerResolver()
