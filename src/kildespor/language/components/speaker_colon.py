"""Attributions cued by a colon after a speaker: `Rutechef Ivan Madsen: "…"`, headline `Ven til X: Intet suspekt`.

The words before the colon must open the sentence and look like a noun
phrase (no auxiliary, subordinator or reporting verb, at most eight words)
and not be a rubric (`Se også:`, `Overblik:`; da/non_speaker_labels.py).
The colon then introduces a quotation, a dash paragraph, or, in a
one-sentence paragraph such as a headline, the rest of the line.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kildespor.language.components.doc_context import VERB_FORM_SET, VERB_FORMS, DocContext, is_media
from kildespor.language.components.found_attribution import FoundAttribution
from kildespor.language.components.phrase_edges import noun_phrase
from kildespor.language.components.quotation_regions import is_break
from kildespor.language.components.report_contents import colon_content
from kildespor.language.components.sentences import glued_sentence_end
from kildespor.language.components.source_kinds import has_stem, parsed_subject
from kildespor.language.da.first_names import FIRST_NAMES
from kildespor.language.da.function_words import (
    ADVERBS,
    AUXILIARIES,
    DETERMINERS,
    PREPOSITIONS,
    SUBORDINATORS,
)
from kildespor.language.da.non_speaker_labels import NON_SPEAKER_LABELS, RUBRIC_FIRST_WORDS
from kildespor.language.da.parties import PARTY_LETTERS
from kildespor.language.da.quotation import DIALOGUE_DASHES, QUOTATION_MARKS
from kildespor.language.da.reporting_verbs import COMPLEMENT_ONLY
from kildespor.language.da.source_nouns import (
    DOCUMENT_STEMS,
    FORMER_PREFIXES,
    ORGANISATION_STEMS,
    ROLE_STEMS,
    UNNAMED_SOURCE_STEMS,
)

_MAX_SPEAKER = 8
# punctuation a speaking clause before a colon may hold: commas, and a party in brackets
# (`Transportminister Ole Birk Olesen (LA) vil inddrage eksterne eksperter: »…«`)
_CLAUSE_PUNCT = frozenset({",", "(", ")"})
# verdict lists after a defendant's name (`Bent Nissen: IKKE-skyldig.`)
_VERDICTS = frozenset({"skyldig", "ikke-skyldig", "ikke skyldig", "frifundet", "dømt", "delvis skyldig"})
_MAX_CLAUSE = 30
_PERSONAL_PRONOUNS = frozenset({"han", "hun", "de", "vi", "jeg"})
_MAX_HEADLINE_WORDS = 16
# a headline's speaker, then what the words are about or after (`KL om cyberangreb:`, `Trump efter mødet:`)
_TOPIC_PREPOSITIONS = frozenset({"om", "efter"})
# prepositions that name where words come from (`et løfte fra Løkke:`, `glæde hos X:`)
_FROM = frozenset({"fra", "hos"})
# `Nu taler ven til X: …`: a lead-in before the speaker in headlines
_LEAD_INS = frozenset({"nu", "her"})
_LEAD_IN_VERBS = frozenset({"taler", "siger", "fortæller", "svarer", "advarer", "raser"})
# imperatives and rubric verbs that open teasers (`Se de største …:`), never speakers
_NOT_FIRST = frozenset(
    {"se", "læs", "hør", "få", "vind", "tag", "mød", "bliv", "find", "prøv", "tjek", "følg"}
)
# imperatives that open a teaser after a rubric's colon (`Pletskud: Gense ugen i billeder`)
_TEASER_IMPERATIVES = frozenset({"se", "gense", "hør", "genhør", "læs", "tjek", "følg", "vind", "mød"})
_NOT_IN_SPEAKER = (AUXILIARIES | SUBORDINATORS | VERB_FORM_SET | (ADVERBS - DETERMINERS)) - {
    "i",
    "for",
    "over",
}


def _speaker_words(ctx: DocContext, colon: int, s: int) -> tuple[int, int] | None:
    """Token range of a speaker label before the colon, or None when it is no speaker."""
    doc = ctx.doc
    start = s
    while start < colon and (doc[start].text in DIALOGUE_DASHES or doc[start].text in ("•", "*")):
        start += 1
    if start + 2 < colon and doc[start].lower_ in _LEAD_INS and doc[start + 1].lower_ in _LEAD_IN_VERBS:
        start += 2  # a headline's lead-in; inside a teaser line the clause rule takes it
    start = _label_start(doc, start, colon)
    if not 0 < colon - start <= _MAX_SPEAKER:
        return None
    first = doc[start].lower_
    if first in _NOT_FIRST or first in PREPOSITIONS or first in SUBORDINATORS:
        return None
    end = colon
    about = next((k for k in range(start + 1, colon - 1) if doc[k].lower_ in _TOPIC_PREPOSITIONS), None)
    if about is not None and about - start <= 4:
        end = about  # `Politiet om ulykken: Bommen var i orden`, `Politiet efter attentat: Vores …`
    if colon - start >= 3 and any(_finite_like(doc[k].text) for k in range(start + 1, min(start + 3, end))):
        return None  # `Friluftsbade tjener kassen på …:` is a clause, not a speaker
    words = doc[start:end]
    label = words.text.lower().strip(" .")
    letters = [c for c in words.text if c.isalpha()]
    if (
        label in NON_SPEAKER_LABELS
        or words[0].lower_ in RUBRIC_FIRST_WORDS
        or words[-1].like_num
        or any(t.is_punct and t.text not in ("-", ".", "'s") for t in words)
        # `KØBENHAVN:`, `HJUL OG FÆLGE:`, `KLUMME:`: a dateline or rubric in capitals (0 of 31 in the
        # gold splits is a speaker); abbreviations such as `DR`, `SF`, `FN` stay
        or (len(letters) > 5 and all(c.isupper() for c in letters))
    ):
        return None
    if any(t.lower_ in _NOT_IN_SPEAKER for t in words):
        return None
    if (
        _event_noun(words[0].text)
        and not (words[0].ent_type_ == "PER" or _full_name(words))
        and not _speech_follows(doc, colon)  # `Skuffet Herning-borgmester: Jeg tabte …`
    ):
        return None  # `Terrorangrebet i USA: Obama trøster nationen` is a rubric, not a speaker
    if any(t.like_num for t in words) or not (
        _looks_like_speaker(words) or (words[0].lower_ not in DETERMINERS and _speech_follows(doc, colon))
    ):
        return None  # `Skøjtende glat: …`, `Rutetjek: …`, `Kl. 17.39 ved broen: …` are rubrics
    if any(t.pos_ == "VERB" for t in words[1:]):
        return None  # `Hugger kone og splitter omklædningsrum: …`: a headline clause, not a speaker
    place = next((k for k, t in enumerate(words) if k > 0 and t.pos_ == "ADP"), None)
    if place is not None and not _looks_like_speaker(words[:place]):
        return None  # `Drama i Randers FC: …`: the name is where, not who
    return start, end


def _name_with_appositions(ctx: DocContext, colon: int, s: int) -> tuple[int, int] | None:
    """`Mikkel Madsen, 19 år, gymnasieelev, Værløse: "Jeg tror …"`, `Hanne Jensen, 45, sygeplejerske:
    - Jeg …`: a personal name with comma appositions (age, occupation, town) before speech, the
    layout of a vox pop or of a quoted expert in a box; the whole label is the source."""
    doc = ctx.doc
    start = _label_start(doc, s, colon)
    comma = next((k for k in range(start + 1, min(colon, start + 5)) if doc[k].text == ","), None)
    if comma is None or colon - start > 3 * _MAX_SPEAKER or not _speech_or_dash_follows(doc, colon):
        return None
    name = doc[start:comma]
    if not all(t.text[:1].isupper() and t.is_alpha for t in name) or not (
        any(t.ent_type_ == "PER" for t in name) or name[0].lower_ in FIRST_NAMES
    ):
        return None
    for t in doc[comma + 1 : colon]:
        if t.is_punct and t.text not in (",", "-", "."):
            return None
        if t.lower_ in _NOT_IN_SPEAKER and not t.like_num:
            return None  # `Mikkel Madsen, der er elev, siger:` is a clause for the clause rule
    return start, colon


def _speech_or_dash_follows(doc: Doc, colon: int) -> bool:
    """A quotation, first-person words or a dialogue dash after the colon."""
    k = colon + 1
    while k < len(doc) and doc[k].is_space:
        k += 1
    return _speech_follows(doc, colon) or (k < len(doc) and doc[k].text in DIALOGUE_DASHES)


def _label_start(doc: Doc, start: int, colon: int) -> int:
    """Where the words before a colon begin, past a dialogue dash or bullet and a teaser rubric
    (`Læs også: Matt Damon om Weinstein: …`, or without its colon: `LÆS OGSÅ Ekspert: …`)."""
    while start < colon and (
        doc[start].text in DIALOGUE_DASHES or doc[start].text in ("•", "*") or doc[start].is_space
    ):
        start += 1
    rubric = next((k for k in range(start + 1, colon) if doc[k].text == ":"), None)
    if rubric is not None and doc[start:rubric].text.lower().strip() in NON_SPEAKER_LABELS:
        start = rubric + 1
    elif start + 2 < colon and f"{doc[start].lower_} {doc[start + 1].lower_}" in NON_SPEAKER_LABELS:
        start += 2
    while start < colon and doc[start].is_space:
        start += 1
    return start


def _looks_like_speaker(words: Span) -> bool:
    """Some evidence that a label names who speaks: a name, a role, a body, a medium or a pronoun.

    A headline topic (`Skøjtende glat: Flere ulykker`) has none. Without NER or tags, a single
    capitalised word is given the benefit of the doubt (it may be a surname: `Løkke: …`)."""
    doc = words.doc
    lower = [t.lower_ for t in words]
    # the tagger calls any capitalised opening word PROPN, so a tag counts only further in
    if any(t.ent_type_ in ("PER", "ORG") for t in words) or any(t.pos_ == "PROPN" for t in words[1:]):
        return True
    if any(w in FIRST_NAMES or w in _PERSONAL_PRONOUNS for w in lower) or is_media(words.text):
        return True
    if any(
        has_stem(w, ROLE_STEMS + ORGANISATION_STEMS + UNNAMED_SOURCE_STEMS + DOCUMENT_STEMS) for w in lower
    ):
        return True
    if any(t.text[:1].isupper() for t in words[1:]):
        return True  # a proper noun inside the label
    if any(
        t.text in PARTY_LETTERS or (t.text.isupper() and t.is_alpha and 2 <= len(t.text) <= 5) for t in words
    ):
        return True  # `DF: Grænsen skal lukkes`, `S: …`, `FN: …`: a party or an acronym
    if len(words) == 1 and _named_elsewhere(words[0]):
        return True  # `Sarkozy: …` when the article names Sarkozy mid-sentence too
    tagged = doc.has_annotation("ENT_IOB") or doc.has_annotation("POS")
    return not tagged and words[0].text[:1].isupper()


def _speech_follows(doc: Doc, colon: int) -> bool:
    """The colon opens a quotation or first-person words (`Kiropraktorer: Vi mangler …`, `Dansk
    sølvvinder: "Det lyder forkert …"`): a label followed by speech is its speaker, whatever noun it is."""
    k = colon + 1
    while k < len(doc) and (doc[k].is_space or doc[k].text in DIALOGUE_DASHES):
        k += 1  # `Passager overmandet: - Jeg vil flyve flyet`: a dash before the speech
    return k < len(doc) and (doc[k].text in _OPENING_QUOTES or doc[k].lower_ in _FIRST_PERSON_OPENERS)


# what speech after a label opens with: a quotation mark, or the speaker's own first person
_OPENING_QUOTES = frozenset(QUOTATION_MARKS)
_FIRST_PERSON_OPENERS = frozenset({"jeg", "vi", "mig", "os", "min", "mit", "mine", "vores"})


def _named_elsewhere(token: Token) -> bool:
    """The word stands capitalised inside some other sentence of the Doc (a name, not a rubric)."""
    doc = token.doc
    text = token.text
    return any(
        t.i != token.i and t.i > 0 and not doc[t.i - 1].is_punct and not doc[t.i - 1].is_space
        for t in doc
        if t.text == text
    )


def _event_noun(text: str) -> bool:
    """A definite common noun that cannot speak: not a role, source, organisation or medium noun, nor a name."""
    lower = text.lower()
    if len(lower) <= 5 or not text.isalpha() or lower in FIRST_NAMES or is_media(text):
        return False
    definite = lower.endswith(("et", "ne")) or (lower.endswith("en") and not lower.endswith("sen"))
    return definite and not has_stem(
        lower, ROLE_STEMS + UNNAMED_SOURCE_STEMS + ORGANISATION_STEMS + DOCUMENT_STEMS
    )


def _full_name(words: Span) -> bool:
    """`Madeleine McCanns far`: a capitalised word right after the first makes it a given name,
    however much `Madeleine` looks like a definite noun."""
    return len(words) > 1 and words[1].pos_ == "PROPN" and words[1].text[:1].isupper()


def _finite_like(text: str) -> bool:
    """A lower-case present or past tense verb form (`tjener`, `vandt`): the segment is a clause."""
    return text[:1].islower() and text.isalpha() and text.endswith(("er", "ede", "te")) and len(text) > 3


def _one_line(ctx: DocContext, s: int, e: int) -> bool:
    """True when the sentence is a whole line or paragraph (a headline or teaser)."""
    doc = ctx.doc
    before = (
        s == 0 or is_break(doc, s - 1) or (s >= 1 and doc[s - 1].is_space and (s < 2 or is_break(doc, s - 2)))
    )
    after = (
        e >= len(doc)
        or is_break(doc, e)
        or (doc[e].is_space and (e + 1 >= len(doc) or is_break(doc, e + 1)))
        or glued_sentence_end(doc, e - 1)  # `Brian Mørk: Chokeret efter fødselHan er …`
    )
    return before and after


def colon_attribution(ctx: DocContext, colon: int) -> FoundAttribution | None:
    """The attribution cued by the colon at token index `colon`, or None."""
    doc = ctx.doc
    s, e = ctx.sentence_bounds(colon)
    if colon > 0 and doc[colon - 1].lower_ == "ord":
        return None  # `med Preben Nygaards ord: "…"` is cued by its owner's words (according_to.py)
    relayed = _speaker_to_medium(ctx, colon, s)
    if relayed is not None:
        return relayed
    speaker = _speaker_words(ctx, colon, s) or _name_with_appositions(ctx, colon, s)
    if speaker is None:
        return (
            _clause_colon_attribution(ctx, colon, s)
            or _headline_clause_colon(ctx, colon, s, e)
            or _speaker_after_preposition(ctx, colon, s)
        )
    found = colon_content(ctx, colon)
    if found is None:
        return None
    start, end, kind = found
    if kind != "direct" and (not _one_line(ctx, s, e) or end - start > _MAX_HEADLINE_WORDS):
        return None
    said = doc[start:end]
    if sum(any(c.isdigit() for c in t.text) for t in said) > sum(t.is_alpha for t in said):
        return None  # `Sket: 19/03/2014 16:00 Til 20/03/2014 07:00`: a form field, not speech
    if kind != "direct" and said.text.lower().strip(" .") in _VERDICTS:
        return None  # `Bent Nissen: IKKE-skyldig.`: a list of verdicts, not speech
    if kind != "direct" and said[0].lower_ in _TEASER_IMPERATIVES:
        return None  # `Pletskud: Gense ugen i billeder`, `Winnie og Karina: Se, hvem …`: a teaser, not speech
    source = doc[speaker[0] : speaker[1]]
    if kind != "direct" and _describes_the_named(said):
        return None
    if (
        kind != "direct"
        and len(source) == 1
        and source[0].ent_type_ in ("LOC", "GPE")
        and not has_stem(source[0].lower_, ROLE_STEMS + UNNAMED_SOURCE_STEMS)  # `Øjenvidne:` is no place
        and not any(t.lower_ in _FIRST_PERSON for t in said)
    ):
        return None  # `Allingåbro: Nabobyer dyster …`: a place line before the headline, not a speaker
    return FoundAttribution(
        doc[colon : colon + 1], source, doc[start:end], "direct", "neutral", None, "colon"
    )


def _describes_the_named(said: Span) -> bool:
    """`Simon Spies: Slog sine morgenbolledamer`, `Marianne Eihilt: Kræver mand fra Jylland`: a
    headline that opens with a lexical verb in the indicative tells about the person named before the
    colon, its subject, rather than quoting them (a modal may open elliptical speech: `Vil ikke gå
    af`; an imperative or a question is speech: `Send soldater`, `Taler I engelsk?`)."""
    first = said[0]
    return (
        first.pos_ == "VERB"
        and "Ind" in first.morph.get("Mood", [])
        and first.lower_ not in AUXILIARIES
        and "?" not in said.doc[said.end - 1 : said.end + 1].text  # `Madonna: Taler I engelsk?` asks
    )


def _speaker_to_medium(ctx: DocContext, colon: int, s: int) -> FoundAttribution | None:
    """`Gentofte-borgmester Hans Toft (K) til Børsen:` + a quotation: a speaker line quoting what
    someone said to another medium. The words before `til` are the speaker (appositions and party
    letters allowed), the medium is the relay; only a quotation counts as what was said."""
    doc = ctx.doc
    start = _label_start(doc, s, colon)
    to = next((k for k in range(colon - 2, max(start, colon - 5), -1) if doc[k].lower_ == "til"), None)
    if to is None or not is_media(doc[to + 1 : colon].text):
        return None
    end = to
    while end > start and doc[end - 1].text == ",":
        end -= 1
    words = doc[start:end]
    if not 1 <= len(words) <= 2 * _MAX_SPEAKER or words[0].lower_ in PREPOSITIONS:
        return None
    if any(t.pos_ in ("VERB", "AUX") and not t.text[:1].isupper() for t in words) or any(
        t.lower_ in AUXILIARIES or t.lower_ in SUBORDINATORS or t.lower_ in VERB_FORM_SET for t in words
    ):
        return None  # `Han sagde til DR:` is a clause (the clause rule's), not a speaker line
    if not _looks_like_speaker(words):
        return None
    found = colon_content(ctx, colon)
    if found is None or found[2] != "direct" or ctx.region_at(found[0]) is None:
        return None
    return FoundAttribution(
        doc[colon : colon + 1],
        words,
        doc[found[0] : found[1]],
        "direct",
        "neutral",
        doc[to + 1 : colon],
        "colon",
    )


def _speaker_after_preposition(ctx: DocContext, colon: int, s: int) -> FoundAttribution | None:
    """`Det førte til et løfte fra Løkke:`, `Tildelingen vækker glæde hos regionsrådsmedlem Per Seerup:`
    + a quotation: a person named after `fra`/`hos` right before the colon is the quotation's speaker.
    Only a person (a name the NER calls one, or a role noun) and only without a reporting verb in the
    sentence, whose own rules decide then (`Om donationen fra X siger Y:`)."""
    doc = ctx.doc
    at = next(
        (k for k in range(colon - 2, max(s, colon - _MAX_SPEAKER) - 1, -1) if doc[k].lower_ in _FROM), None
    )
    if at is None or any(_reporting_word(doc[k].lower_) for k in range(s, colon)):
        return None
    speaker = noun_phrase(doc, at + 1, colon, VERB_FORM_SET)
    if speaker is None or speaker.end != colon:
        return None
    person = any(t.ent_type_ == "PER" for t in speaker) or has_stem(speaker[-1].lower_, ROLE_STEMS)
    quoted = colon_content(ctx, colon)
    if not person or quoted is None or quoted[2] != "direct" or ctx.region_at(quoted[0]) is None:
        return None
    return FoundAttribution(
        doc[colon : colon + 1], speaker, doc[quoted[0] : quoted[1]], "direct", "neutral", None, "colon"
    )


def _reporting_word(lower: str) -> bool:
    """A reporting verb form other than the copula of `er af den opfattelse` (which needs its particles)."""
    verb = VERB_FORMS.get(lower)
    return verb is not None and not (verb.mode == "particle" and lower in AUXILIARIES)


def _speaking_subject(ctx: DocContext, start: int, colon: int) -> tuple[int, int] | None:
    """The subject opening a clause before a colon when it can speak: a pronoun, a name, a role or body."""
    doc = ctx.doc
    np = noun_phrase(doc, start, colon, VERB_FORM_SET)
    if np is None or np.end >= colon:
        return None
    words = [t.lower_ for t in np]
    speaking = (
        (len(words) == 1 and words[0] in _PERSONAL_PRONOUNS)
        or _given_name_or_title(words)
        or any(t.text[:1].isupper() for t in np[1:])
    )
    return (np.start, np.end) if speaking else None


def _speech_verb(lower: str) -> bool:
    """A reporting verb that takes the quotation itself; `kritiserer X …:` reports only its object."""
    verb = VERB_FORMS.get(lower)
    return (
        _reporting_word(lower)
        and verb is not None
        and verb.lemma not in COMPLEMENT_ONLY
        and verb.mode != "particle"  # `går`, `givet` report only with their particles
    )


def _parsed_speaking_subject(doc: Doc, start: int, colon: int) -> tuple[int, int] | None:
    """`Dansk Folkepartis medieordfører, Morten Marinus, kritiserer … i et interview med Berlingske:`:
    the parsed subject of the clause's main verb, when it can speak."""
    if not doc.has_annotation("DEP"):
        return None
    root = next((t for t in doc[start:colon] if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX", "ADJ")), None)
    if root is None:
        return None
    subject = parsed_subject(doc, root.i, root.i)
    if subject is None or subject.start < start or (len(subject) == 1 and subject[0].pos_ == "PRON"):
        return None  # `Han snuppede radiotelefonen: "…"`: a narrated act, most often not a report
    head = subject[-1]
    if len(subject) == 1 and head.i == start and _event_noun(head.text):
        return None  # `Privatlivet går til porten …:`: a definite common noun opens the line, no speaker
    # the tagger calls any capitalised opening word PROPN, so a lone first word needs NER or a role
    named = head.pos_ == "PROPN" and head.i != start
    if not (named or head.ent_type_ in ("PER", "ORG") or has_stem(head.lower_, ROLE_STEMS)):
        return None  # `Friluftsbade tjener kassen …:`, `En af grundene …:`: no named or titled speaker
    end = subject.end
    if end < colon and doc[end].text == ",":  # the name in apposition after the role
        close = next((k for k in range(end + 1, min(end + 7, colon)) if doc[k].text == ","), None)
        if close is not None and doc[close - 1].text[:1].isupper():  # `, landsdommer Ole Unmack Larsen,`
            end = close
    return subject.start, end


def _clause_colon_attribution(ctx: DocContext, colon: int, s: int) -> FoundAttribution | None:
    """`Direktøren var klar i sin tale: "…"`: a whole clause whose subject speaks, then a quotation.

    Only when the quotation opens right after the colon and the clause holds no reporting verb (that
    verb is then the cue, see reported_speech.py)."""
    doc = ctx.doc
    found = colon_content(ctx, colon)
    if found is None or found[2] != "direct" or not 2 < colon - s <= _MAX_CLAUSE:
        return None
    if any(
        _speech_verb(doc[k].lower_) or (doc[k].is_punct and doc[k].text not in _CLAUSE_PUNCT)
        for k in range(s + 1, colon)
    ):
        return None  # `Han sagde til avisen: "…"`: the verb is the cue (reported_speech.py)
    start = s
    while start < colon and (doc[start].text in DIALOGUE_DASHES or doc[start].is_space):
        start += 1
    plain = not any(
        _reporting_word(doc[k].lower_) or (doc[k].is_punct and doc[k].text not in _CLAUSE_PUNCT)
        for k in range(s + 1, colon)
    )
    subject = _speaking_subject(ctx, start, colon) if plain else None
    lone_pronoun = (
        subject is not None and subject[1] - subject[0] == 1 and doc[subject[0]].lower_ in _PERSONAL_PRONOUNS
    )
    if lone_pronoun and any(doc[k].text == "," for k in range(s + 1, colon)):
        subject = None  # `…, hoppede ind og snuppede radiotelefonen: "…"`: a narrated act
    if subject is None or (
        not _finite_like(doc[subject[1]].text) and doc[subject[1]].lower_ not in AUXILIARIES
    ):
        # a longer clause (appositions, a criticised object): only a named or titled parsed subject
        subject = _parsed_speaking_subject(doc, start, colon)
    if subject is None:
        return None
    return FoundAttribution(
        _verb_before_colon(doc, subject[1], colon) or doc[colon : colon + 1],
        doc[subject[0] : subject[1]],
        doc[found[0] : found[1]],
        "direct",
        "neutral",
        None,
        "clause-colon",
    )


def _verb_before_colon(doc: Doc, subject_end: int, colon: int) -> Span | None:
    """`Torben Vest supplerer: "…"`: a finite verb closing the clause before the colon (adverbs may
    follow it) introduces the quotation and is its cue (ANNOTATION.md), even when the cue lists do
    not know it; `Direktøren var klar i sin tale: "…"` keeps the colon as its cue."""
    verb = colon - 1
    while verb > subject_end and doc[verb].pos_ == "ADV":
        verb -= 1
    if verb < subject_end or not _finite_like(doc[verb].text) or doc[verb].pos_ != "VERB":
        return None
    # right after the speaker, after a relative clause or apposition on it (`Torben Vest, der …,
    # supplerer:`), or the clause's last word (`Torben Vest, der bestyrer butikken i centret supplerer:`)
    closing = verb == colon - 1
    return doc[verb : verb + 1] if verb == subject_end or doc[verb - 1].text == "," or closing else None


def colon_after_report(ctx: DocContext, found: list[FoundAttribution]) -> list[FoundAttribution]:
    """`Han mener, at han har kæmpet en lang kamp:` + a quotation: a report whose own content ends at
    a colon that opens a quotation makes the colon a second cue for the same source (ANNOTATION.md:
    a quotation with two cues gives one attribution per cue). `Han sagde til avisen: "…"`, where the
    verb's content is the quotation itself, stays one attribution."""
    doc = ctx.doc
    cued = {item.cue.start for item in found}
    extra: list[FoundAttribution] = []
    for item in found:
        if item.source is None or item.kind == "direct" or item.cue.start > item.content.start:
            continue
        colon = item.content.end
        while colon < len(doc) and doc[colon].is_punct and doc[colon].text != ":":
            colon += 1  # `…« siger han:`, `(...):`
        if colon >= len(doc) or doc[colon].text != ":" or colon in cued or colon - item.content.end > 2:
            continue
        quoted = _quotation_after(ctx, colon)
        if quoted is None:
            continue
        extra.append(_colon_cue(ctx, colon, item, quoted, item.via))
        cued.add(colon)
    return extra + _colon_closing_report_sentence(ctx, found, cued)


def _quotation_after(ctx: DocContext, colon: int) -> tuple[int, int] | None:
    """The quotation a colon opens (in this or the next paragraph), or None."""
    quoted = colon_content(ctx, colon)
    if quoted is None or quoted[2] != "direct" or ctx.region_at(quoted[0]) is None:
        return None
    return quoted[0], quoted[1]


def _colon_cue(
    ctx: DocContext, colon: int, item: FoundAttribution, quoted: tuple[int, int], via: Span | None
) -> FoundAttribution:
    """The colon as a second cue of `item`'s speaker, reporting the quotation it opens."""
    doc = ctx.doc
    return FoundAttribution(
        doc[colon : colon + 1],
        item.source,
        doc[quoted[0] : quoted[1]],
        "direct",
        item.stance,
        via,
        "colon-after-report",
    )


def _colon_closing_report_sentence(
    ctx: DocContext, found: list[FoundAttribution], cued: set[int]
) -> list[FoundAttribution]:
    """`Derudover gør efterforskningen en forskel, understreger Kate McCann:` or `Sådan lyder
    budskabet fra Anders Ladekarl, …, der netop er vendt hjem fra Syrien:` + a quotation in the next
    paragraph: a sentence that reports someone and ends in a colon before a quotation hands that
    quotation to the same speaker (the colon is its cue). `Han sagde til avisen: "…"`, where the
    report's own content is the quotation, stays one attribution."""
    doc = ctx.doc
    extra: list[FoundAttribution] = []
    for item in found:
        if item.source is None:
            continue
        s, e = ctx.sentence_bounds(item.cue.start)
        colon = e - 1
        while colon > item.cue.start and (doc[colon].is_space or is_break(doc, colon)):
            colon -= 1
        if doc[colon].text != ":" or colon in cued or colon <= max(item.cue.end, item.source.end) - 1:
            continue
        if any(a.cue.start > item.cue.start and a.cue.start < colon and a.source is not None for a in found):
            continue  # a later report in the sentence is nearer the colon
        quoted = _quotation_after(ctx, colon)
        if quoted is None:
            continue
        if any(a.content.start <= quoted[0] < a.content.end and s <= a.cue.start < colon for a in found):
            continue  # the quotation already is the content of a report in this sentence
        extra.append(_colon_cue(ctx, colon, item, quoted, None))
        cued.add(colon)
    return extra


# first-person words mark the words after a headline colon as someone's speech (`dig`/`du` in
# headlines more often address the reader: `Det koster dig 500 kroner`)
_FIRST_PERSON = frozenset({"jeg", "vi", "mig", "os", "min", "mit", "mine", "vores"})


def _headline_clause_colon(ctx: DocContext, colon: int, s: int, e: int) -> FoundAttribution | None:
    """`Eks-verdensmester slagter unge F1-kørere: Det er helt galt!`, `Clinton fortryder: Jeg var groft
    generaliserende`: a headline or teaser line whose clause opens with its speaker, then what the
    speaker says: the subject must name, title or organise someone and the words must read as
    speech (in the first person or in quotation marks); `Regeringen vil sænke skatten: Her er
    planen` and `Københavnerne slår alle rekorder: "Godt gået KBH!"` announce a topic."""
    doc = ctx.doc
    if not _one_line(ctx, s, e):
        return None
    start = _label_start(doc, s, colon)
    if start < colon and doc[start].lower_ in _LEAD_INS:
        start += 1  # `Nu svarer Karina Pedersens mor på anklager: …`
    if not 2 <= colon - start <= 12 or doc[start].lower_ in _NOT_FIRST:
        return None
    verb_first = doc[start].lower_ in _LEAD_IN_VERBS or _speech_verb(doc[start].lower_)
    if verb_first:  # `Nu svarer Karina Pedersens mor på anklager: …`
        subject = noun_phrase(doc, start + 1, colon, VERB_FORM_SET)
    else:  # the words before the parsed finite verb: `Eks-verdensmester slagter unge F1-kørere: …`
        verb = next((k for k in range(start + 1, colon) if "Fin" in doc[k].morph.get("VerbForm", [])), None)
        if verb is None or verb - start > 5 or any(t.is_punct and t.text != "-" for t in doc[start:verb]):
            return None
        subject = doc[start:verb]
    if subject is None or not subject.text[:1].isupper() or not _can_speak_in_headline(subject):
        return None
    if any(_speech_verb(t.lower_) for t in doc[max(subject.end, colon - 3) : colon]):
        return None  # `Jens Knudsen sagde: "…"`: the verb is the cue (reported_speech.py)
    found = colon_content(ctx, colon)
    if found is None or found[1] - found[0] > _MAX_HEADLINE_WORDS:
        return None
    said = doc[found[0] : found[1]]
    # quoted, in the first person, or exclaimed (`…: Det er helt galt!`)
    speechlike = (
        found[2] == "direct"
        or any(t.lower_ in _FIRST_PERSON for t in said)
        or "!" in (said[-1].text, doc[found[1]].text if found[1] < len(doc) else "")
    )
    if not speechlike:
        return None  # `Regeringen vil sænke skatten: Her er planen`: a topic line, not a quotation
    return FoundAttribution(
        doc[colon : colon + 1], subject, said, "direct", "neutral", None, "headline-clause-colon"
    )


def _can_speak_in_headline(subject: Span) -> bool:
    """A named, titled or organised subject (`Clinton`, `Ekspert`, `Karina Pedersens mor`), not a
    topic (`Friluftsbade`, `Københavnerne`)."""
    words = [t.lower_ for t in subject]
    return (
        any(t.ent_type_ in ("PER", "ORG") or (t.pos_ == "PROPN" and t.i > subject.start) for t in subject)
        or (len(subject) == 1 and subject[0].pos_ == "PROPN" and _named_elsewhere(subject[0]))
        or _given_name_or_title(words)
        or is_media(subject.text)
    )


def _given_name_or_title(words: list[str]) -> bool:
    """A known given name, or a role, organisation or unnamed-source noun among lower-cased words."""
    return any(w in FIRST_NAMES for w in words) or any(
        has_stem(w, ROLE_STEMS + ORGANISATION_STEMS + UNNAMED_SOURCE_STEMS)
        or (w.startswith(FORMER_PREFIXES) and len(w) > 6)  # `Eks-stripper`: a former someone
        for w in words
    )
