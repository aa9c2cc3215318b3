"""Edges of noun phrases and clauses, from the dependency parse when present, else from word classes.

Without a parser (spacy.blank("da")), a subject is found the Danish V2 way:
the clause opens either with its subject (`Hans Hansen siger`) or with
something else, and then the subject follows the finite verb (`I går sagde
han`, `Det mener eksperterne`). Noun phrases run over names, determiners and
content words and stop at prepositions, verbs, subordinators and punctuation;
a comma + capitalised name after them is an apposition and belongs to them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kildespor.language.components.doc_context import is_media
from kildespor.language.da.first_names import FIRST_NAMES
from kildespor.language.da.function_words import (
    ADVERBIAL_SUBORDINATORS,
    ADVERBS,
    AUXILIARIES,
    COORDINATORS,
    DETERMINERS,
    PREPOSITIONS,
    SUBORDINATORS,
)
from kildespor.language.da.media import MEDIA_NOUNS, TOP_LEVEL_DOMAINS
from kildespor.language.da.parties import PARTY_ALIASES
from kildespor.language.da.pronouns import SOURCE_PRONOUNS
from kildespor.language.da.source_nouns import DOCUMENT_STEMS, ROLE_STEMS, UNNAMED_SOURCE_STEMS
from kildespor.language.da.time_words import TIME_WORDS

MAX_NP = 9
_NP_PREPOSITIONS = frozenset({"i", "for", "hos", "ved", "på", "fra", "af", "til"})
_CLAUSE_OPENERS = frozenset(SUBORDINATORS) - {"hvor", "hvad", "hvem", "hvorfor", "hvordan", "hvornår"}
_WH_AFTER_COMMA = frozenset({"hvor", "hvad", "hvem", "hvorfor", "hvordan", "hvornår", "mens"})
_GENITIVE_PRONOUNS = frozenset({"hans", "hendes", "deres", "dens", "dets"})
_POSSESSIVES = _GENITIVE_PRONOUNS | frozenset(
    {"min", "mit", "mine", "din", "dit", "dine", "vores", "jeres", "sin", "sit", "sine", "vor", "vort"}
)
_INFINITIVE_BEFORE = frozenset({"for", "til", "om", "uden", "ved", "af", "med", "end", "i", "på"})
_DEFINITE_SUFFIXES = ("en", "et", "ne", "erne", "ene")
_PRONOUN_SUBJECTS = frozenset({"han", "hun", "de", "jeg", "vi", "du", "man", "den"})
# quantifiers that head a partitive `en af initiativtagerne`, `flere af eksperterne`
_PARTITIVE_HEADS = frozenset(
    {
        "en",
        "et",
        "én",
        "ét",
        "to",
        "tre",
        "fire",
        "fem",
        "flere",
        "mange",
        "nogle",
        "nogen",
        "ingen",
        "hver",
        "begge",
        "halvdelen",
        "flertallet",
        "størstedelen",
        "resten",
        "adskillige",
        "få",
    }
)
_FRONTING_ADVERBIALS = (frozenset(ADVERBS) - DETERMINERS) | frozenset(
    {
        "sådan",
        "omvendt",
        "derimod",
        "imidlertid",
        "alligevel",
        "tværtimod",
        "samtidig",
        "tilsyneladende",
        "derudover",
        "herudover",
        "desuden",
        "endelig",
        "dermed",
        "således",
        "hermed",
        "herefter",
        "derefter",
        "bagefter",
        "efterfølgende",
        "forinden",
        "senest",
        "tirsdag",
        "onsdag",
        "torsdag",
        "fredag",
    }
)


def is_capitalised(text: str) -> bool:
    """True for words starting with an upper-case letter (names, acronyms)."""
    return bool(text) and text[0].isupper()


def determiner_det(doc: Doc, i: int) -> bool:
    """`det kommende museums direktør`, `det amerikanske finansministerium`, `Det Hvide Hus`: `det` as article.

    Danish definite adjectives end in -e; a lower-case -e word or a name right
    after `det` makes it the article of a noun phrase rather than the pronoun.
    """
    if i + 2 >= len(doc) or doc[i].lower_ != "det":
        return False
    nxt = doc[i + 1].text
    if not nxt.isalpha() or nxt.lower() in DETERMINERS or nxt.lower() in ADVERBS:
        return False
    follows = doc[i + 2]
    return (nxt.islower() and len(nxt) > 2 and nxt.endswith("e") and follows.is_alpha) or (
        is_capitalised(nxt) and i > 0 and not doc[i - 1].is_space and doc[i - 1].text not in (".", ":")
    )


_WEEKDAYS = frozenset(w for w in TIME_WORDS if w.endswith("dag") and w != "dag")


def tagged_finite_verb(token: Token) -> bool:
    """A finite verb by the tagger (false without a tagger)."""
    return token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm", [])


def tagged_name(token: Token) -> bool:
    """A capitalised word inside a sentence that NER tags as a person (`siger Love`, `Courtney
    Love`): a name even where its lower-case form is a verb (`love`, to promise)."""
    return (
        token.ent_type_ == "PER"
        and token.text[:1].isupper()
        and token.i > 0
        and not token.is_sent_start
        and not token.doc[token.i - 1].is_punct
    ) or (token.ent_type_ == "PER" and token.ent_iob_ == "I")


def starts_np(doc: Doc, i: int, verb_forms: frozenset[str]) -> bool:
    """Whether a noun phrase can start at token i (a pronoun, name, determiner or content word)."""
    if i >= len(doc):
        return False
    token = doc[i]
    lower = token.lower_
    if token.is_punct or token.is_space or (lower in verb_forms and not tagged_name(token)):
        return False
    if lower == "det":
        return determiner_det(doc, i)
    if lower in _GENITIVE_PRONOUNS:
        return i + 1 < len(doc) and _np_word(doc, i + 1, verb_forms)
    if lower in SOURCE_PRONOUNS or lower in DETERMINERS or is_capitalised(token.text) or token.like_num:
        return True
    return (
        lower not in PREPOSITIONS
        and lower not in SUBORDINATORS
        and lower not in COORDINATORS
        and lower not in ADVERBS
        and lower not in AUXILIARIES
    )


def looks_like_subject(doc: Doc, i: int, limit: int) -> bool:
    """A word that can open a speaker after an inverted cue: pronoun, name, determiner, definite or role noun."""
    if i >= limit:
        return False
    token = doc[i]
    lower = token.lower_
    if lower == "det":
        return determiner_det(doc, i)
    if token.is_punct or token.is_space:
        return False
    if lower in SOURCE_PRONOUNS or lower in DETERMINERS or is_capitalised(token.text) or token.like_num:
        return True
    if token.like_url or "." in lower[1:-1]:
        return True  # `telegraph.co.uk`, `bt.dk`
    for k in range(i + 1, min(i + 5, limit)):
        if doc[k].text == "," and k + 1 < limit and is_capitalised(doc[k + 1].text):
            return doc[k + 1].lower_ not in SOURCE_PRONOUNS  # `ansvarlig lærling, Bjarne Hansen`
        if doc[k].is_punct or doc[k].lower_ in AUXILIARIES:
            break
        if is_capitalised(doc[k].text) and doc[k].lower_ not in SOURCE_PRONOUNS:
            return True  # `sosu-assistent i Greve Kommune Monica …`
        if doc[k].lower_.split("-")[-1] in MEDIA_NOUNS:
            return True  # `britisk avis`, `en lokal avis`
    base = lower.split("-")[-1]
    return (
        base.endswith(_DEFINITE_SUFFIXES)
        or any(stem in base for stem in ROLE_STEMS + UNNAMED_SOURCE_STEMS if len(stem) > 3)
        or (
            # `…, viser analyse`, `…, konkluderer ny rapport`: a headline's bare document noun
            # (tagged as a verb only where nothing follows it: `…, viser analyse` ending a headline)
            (
                token.pos_ not in ("VERB", "AUX")
                or i + 1 >= limit
                or doc[i + 1].is_punct
                or doc[i + 1].is_space
            )
            and any(stem in base for stem in DOCUMENT_STEMS if len(stem) > 3)
        )
    )


def title_abbreviation_end(doc: Doc, k: int, limit: int) -> int | None:
    """`lic.-techn. Leif Kjærgaard`, `cand.-psych. Dion Sommer`, `dr.phil. Ole Hansen`: where a
    lower-case academic title abbreviation before a name ends (the name's first token), else None."""
    if k >= limit or not doc[k].text[:1].islower() or "." not in doc[k].text:
        return None
    if doc[k].lower_.rstrip(".").rsplit(".", 1)[-1] in TOP_LEVEL_DOMAINS:
        return None  # `til bt.dk. Ifølge …`: a web address ends the sentence, no title precedes a name
    end = k + 1
    if end < limit and doc[end].text == "." and not doc[k].text.endswith("."):
        end += 1
    return end if end < limit and is_capitalised(doc[end].text) else None


def _np_word(doc: Doc, k: int, verb_forms: frozenset[str]) -> bool:
    """Whether token k can continue a noun phrase."""
    token = doc[k]
    lower = token.lower_
    if token.text == "." and k >= 1 and title_abbreviation_end(doc, k - 1, len(doc)) == k + 1:
        return True  # the period of `lic.-techn.` before the name
    if token.is_punct and token.text not in ("-", "'s", "’s"):
        return False
    if token.is_space or (lower in verb_forms and not tagged_name(token)) or lower in AUXILIARIES:
        return False
    if lower == "som" and k >= 1 and is_capitalised(doc[k - 1].text) and doc[k - 1].is_alpha:
        return False  # `sagde Florencio Avalos som det første`: `som` after a name opens an adverbial
    if (
        tagged_finite_verb(token)
        and token.is_lower
        and not any(stem in lower for stem in ROLE_STEMS if len(stem) > 4)  # `skatteordfører` is a role
    ):
        return False  # `ifølge selvbruner-charmøren endte gensynet`: a finite verb ends the phrase
    # `skuespillerens tidligere medarbejder`: an adverb-like adjective between a genitive and its noun
    attributive = (
        token.pos_ == "ADJ"
        and k >= 1
        and doc[k - 1].lower_.endswith("s")
        and k + 1 < len(doc)
        and doc[k + 1].pos_ == "NOUN"
    ) or (
        # `den tidligere statsminister Poul Nyrup Rasmussen`, `en tidligere PET-chef`: a time adjective
        # after an article, before its noun (the word lists know it as the adverb `earlier`)
        lower in _ATTRIBUTIVE_TIME_WORDS
        and k >= 1
        and doc[k - 1].lower_ in DETERMINERS
        and k + 1 < len(doc)
        and doc[k + 1].text[:1].isalnum()  # `den nu 69-årige`
        and doc[k + 1].pos_ in ("NOUN", "PROPN", "ADJ")
    )
    # `en ikke navngiven kilde`, `en meget vred borgmester`: a degree or negation adverb between an
    # indefinite article and the adjective or participle of its noun
    degree = (
        lower in _DEGREE_ADVERBS
        and k >= 1
        and (doc[k - 1].lower_ in _INDEFINITE_ARTICLES or doc[k - 1].lower_ in _DEGREE_ADVERBS)
        and any(doc[m].pos_ in ("ADJ", "VERB", "NOUN") for m in range(k + 1, min(k + 3, len(doc))))
    )
    return (
        lower not in SUBORDINATORS
        and lower not in COORDINATORS
        and lower not in PREPOSITIONS
        and (lower not in ADVERBS or lower in DETERMINERS or token.like_num or attributive or degree)
    )


def _graded(doc: Doc, k: int) -> bool:
    """Token k is a degree adverb or the adjective one grades (`meget`, `ikke navngiven`): whatever its
    ending, no definite noun that closes a phrase."""
    return doc[k].lower_ in _DEGREE_ADVERBS or (k >= 1 and doc[k - 1].lower_ in _DEGREE_ADVERBS)


_DEGREE_ADVERBS = frozenset(
    {
        "ikke",
        "meget",
        "endnu",
        "helt",
        "særdeles",
        "yderst",
        "temmelig",
        "ganske",
        "dybt",
        "stærkt",
        "noget",
        "lidt",
    }
)
_INDEFINITE_ARTICLES = frozenset({"en", "et", "nogle", "flere", "mange", "ingen"})


_ATTRIBUTIVE_TIME_WORDS = frozenset(
    {"tidligere", "forhenværende", "daværende", "nuværende", "senere", "fhv.", "nu"}  # `den nu 69-årige`
)


def suspended_compound_link(doc: Doc, k: int, limit: int) -> bool:
    """`børne- og undervisningsordfører`, `kommunikations- og marketingchef`: the `og`/`eller` after a
    compound's first part cut off with a hyphen joins two nouns of one phrase, not two phrases."""
    before = doc[k - 1].text if k >= 1 else ""
    return (
        doc[k].lower_ in ("og", "eller")
        and len(before) > 2
        and before.endswith("-")
        and before[:-1].replace("-", "").isalpha()
        and k + 1 < limit
        and doc[k + 1].is_alpha
    )


def _closes_np(text: str) -> bool:
    """A lower-case noun in the definite form (`billedet`, `ministeren`, `eksperterne`) ends its phrase."""
    return (
        text[:1].islower()
        and len(text) > 4
        and text.endswith(("en", "et", "ne"))
        and text.isalpha()
        and text not in DETERMINERS
    )


def _sentence_initial(doc: Doc, k: int, np_start: int) -> bool:
    """`Administrerende direktør …`: the phrase's first word, capitalised only because it opens a sentence."""
    return k == np_start and (k == 0 or doc[k - 1].is_space or doc[k - 1].text in (".", "!", "?", ":"))


def _name_ends_np(previous: str, text: str) -> bool:
    """A name (not a genitive) ends its phrase before a lower-case word: `Erhard frimodigt`, `Lis en dag`."""
    return (
        is_capitalised(previous)
        and not previous.endswith(("s", "'s", "’s"))
        and text[:1].islower()
        and text.isalpha()
    )


def noun_phrase(doc: Doc, i: int, limit: int, verb_forms: frozenset[str]) -> Span | None:
    """The noun phrase starting at i, ending before `limit`, with a following `, Name` apposition."""
    if i >= limit or not starts_np(doc, i, verb_forms):
        return None
    if i + 1 < limit and f"{doc[i].lower_} {doc[i + 1].lower_}" in PARTY_ALIASES:
        return doc[i : i + 2]  # `De konservative`, `De radikale`: a party, not the pronoun `de`
    capital_name = doc[i].text == "De" and i + 1 < limit and is_capitalised(doc[i + 1].text)
    # `De indledende resultater viser`: a tagged article before an adjective or noun
    article = (
        doc[i].lower_ in ("de", "den", "det")
        and i + 1 < limit
        and (
            doc[i + 1].pos_ in ("ADJ", "NOUN")
            or "Part" in doc[i + 1].morph.get("VerbForm", [])
            or doc[i + 1].lower_ in _ATTRIBUTIVE_TIME_WORDS  # `den nu 69-årige Finn Rasmussen`
        )
        and _np_word(doc, i + 1, verb_forms)
    )
    if (
        doc[i].lower_ in _PRONOUN_SUBJECTS
        and not capital_name
        and not article
        and (i + 1 >= limit or not _np_word(doc, i + 1, verb_forms) or doc[i].lower_ != "den")
    ):
        return doc[i : i + 1]
    end = i + 1
    # a definite noun ends the phrase unless a name follows it: `nyhedsbureauet AFP`, `en tynget Obama`
    while (
        end < limit
        and end - i < MAX_NP
        and (_np_word(doc, end, verb_forms) or suspended_compound_link(doc, end, limit))
        and not (
            _closes_np(doc[end - 1].text) and not is_capitalised(doc[end].text) and not _graded(doc, end - 1)
        )
        and not (
            _name_ends_np(doc[end - 1].text, doc[end].text)
            and not _sentence_initial(doc, end - 1, i)
            and doc[end - 1].lower_ not in _POSSESSIVES  # `- Min mor sagde`: a possessive, no name
        )
        and not _article_after_noun(doc, end)
        and not (_definite_common_noun(doc[end - 1]) and _definite_common_noun(doc[end]))
        and doc[end].text not in _WEEKDAYS  # `En meningsmåling onsdag viser, at …`: a time adverbial
    ):
        end += 1
    if end == i + 1 and doc[i].lower_ in _PARTITIVE_HEADS and end + 1 < limit and doc[end].lower_ == "af":
        article = (
            doc[end + 1].lower_ in ("de", "disse") and end + 2 < limit and _np_word(doc, end + 2, verb_forms)
        )
        # `en af de ansatte`: after `af`, `de` is the article of the whole, not the pronoun
        whole = noun_phrase(doc, end + 2 if article else end + 1, limit, verb_forms)
        if whole is not None:
            return doc[i : whole.end]  # `en af initiativtagerne, arkitekt Flemming Østergaard`
    end = _role_complement(doc, i, end, limit, verb_forms)
    end = _role_of_body(doc, end, limit)
    end = _unnamed_source_context(doc, end, limit, verb_forms)
    end = _name_reach(doc, i, end, limit, verb_forms)
    end = _apposition(doc, end, limit, verb_forms)
    return doc[i:end]


def _definite_common_noun(token: Token) -> bool:
    """A tagged common noun in the definite form (`Ombudsmanden`, `Kirkeministeriet`): two in a row
    are two phrases (`opfordrede Ombudsmanden Kirkeministeriet til …`: subject, then object)."""
    lower = token.lower_
    return (
        token.pos_ in ("NOUN", "PROPN")
        and token.is_alpha
        and len(token) > 5
        and lower.endswith(("et", "en"))
        and not lower.endswith("sen")  # `Jensen`, `Olsen`: surnames
        and token.text[1:].islower()
    )


def _article_after_noun(doc: Doc, k: int) -> bool:
    """`ifølge vidner en hvid bil`: an indefinite article right after a tagged noun opens the next
    phrase (an inverted subject or object), it does not continue the noun phrase."""
    before = doc[k - 1]
    return (
        doc[k].lower_ in ("en", "et")
        and before.is_alpha
        and len(before) > 2
        and before.pos_ in ("NOUN", "PROPN", "VERB")  # `vidner` is tagged VERB as often as NOUN
    )


def _name_reach(doc: Doc, start: int, end: int, limit: int, verb_forms: frozenset[str]) -> int:
    """`formand for lokalrådet Lars Boisen`: a role phrase without a name reaches the name that follows it."""
    if any(is_capitalised(doc[k].text) for k in range(start + 1, end)) or (
        not _lowercase_head(doc[start]) and doc[start].lower_ not in DETERMINERS
    ):
        return end
    k = end
    while k < limit and k - end < 10:
        token = doc[k]
        if (
            token.is_punct
            or token.is_space
            or token.lower_ in verb_forms
            or token.lower_ in AUXILIARIES
            or token.lower_ in SUBORDINATORS
            or token.lower_ in ("ifølge", "iflg.")  # a relay, not part of the speaker
            or (token.lower_ == "til" and is_media(doc[k + 1 : min(k + 3, limit)].text))
        ):
            return end
        if is_capitalised(token.text) and k + 1 < limit and is_capitalised(doc[k + 1].text):
            while k < limit and is_capitalised(doc[k].text):
                k += 1
            return k
        k += 1
    return end


def channel_number(doc: Doc, k: int) -> bool:
    """`TV 2`, `DR 1`, `P 4`: a one-digit number right after a short upper-case name belongs to it."""
    before = doc[k - 1].text if k >= 1 else ""
    return (
        doc[k].text.isdigit()
        and len(doc[k].text) == 1
        and 0 < len(before) <= 3
        and before.isupper()
        and before.isalpha()
    )


def _role_complement(doc: Doc, start: int, end: int, limit: int, verb_forms: frozenset[str]) -> int:
    """`direktør i Novo Nordisk`: a preposition + capitalised name after a lower-case head belongs to it."""
    if (
        end + 1 < limit
        and doc[end].lower_ in _NP_PREPOSITIONS
        and _lowercase_head(doc[end - 1])
        and is_capitalised(doc[end + 1].text)
        and not (doc[end].lower_ == "til" and is_media(doc[end + 1 : min(end + 3, limit)].text))
    ):  # `politiet til TV 2` is a relay, not the police of TV 2
        k = end + 1
        while k < limit and k - start < MAX_NP + 4 and is_capitalised(doc[k].text):
            k += 1
        if k < limit and channel_number(doc, k):
            k += 1  # `Bestyrelsesformanden for TV 2`
        owner = doc[k - 1].text
        if (
            (owner.endswith(("'s", "’s")) or (owner.endswith("s") and not owner.endswith("ss")))
            and k < limit
            and doc[k].text.islower()
            and _np_word(doc, k, verb_forms)
        ):
            k += 1  # `ØK's transportdivision`: the genitive name owns the noun after it
            return _role_complement(doc, start, k, limit, verb_forms)
        return k
    return end


# plural people nouns that report as unnamed sources, besides UNNAMED_SOURCE_STEMS
_UNNAMED_PEOPLE = frozenset({"personer", "folk", "medarbejdere", "ansatte", "centrale"})
# what an unnamed source is close to or knows about: `kilder tæt på forhandlingerne`
_SOURCE_CONTEXT_PHRASES: tuple[tuple[str, ...], ...] = (
    ("tæt", "på"),
    ("med", "kendskab", "til"),
    ("med", "indsigt", "i"),
    ("med", "adgang", "til"),
    ("i",),
    ("fra",),
    ("hos",),
    ("inden", "for"),
)


def _unnamed_source_context(doc: Doc, end: int, limit: int, verb_forms: frozenset[str]) -> int:
    """`kilder tæt på forhandlingerne`, `en kilde med kendskab til sagen`, `flere kilder i partiet`:
    an unnamed source keeps the phrase that says where it sits (a fact-checker's next question)."""
    if end >= 2 and end < limit and doc[end - 1].lower_ == "tæt" and doc[end].lower_ == "på":
        end -= 1  # `Kilder tæt på …`: the noun phrase loop took `tæt` for an adjective of the head
    head = doc[end - 1].lower_
    if end >= limit or not (head in _UNNAMED_PEOPLE or any(stem in head for stem in UNNAMED_SOURCE_STEMS)):
        return end
    for phrase in _SOURCE_CONTEXT_PHRASES:
        after = end + len(phrase)
        if after < limit and tuple(t.lower_ for t in doc[end:after]) == phrase:
            inner = noun_phrase(doc, after, limit, verb_forms)
            if inner is not None and (
                len(phrase) > 1
                or is_capitalised(inner[0].text)
                or inner[0].lower_.endswith(("et", "en", "ne"))
            ):
                return inner.end
            return end
    return end


def _role_of_body(doc: Doc, end: int, limit: int) -> int:
    """`Formanden for badelauget, Erik Sønderby`: a role noun's `for`-phrase when a name apposition follows."""
    if not (
        end + 1 < limit
        and doc[end].lower_ in _NP_PREPOSITIONS
        and any(stem in doc[end - 1].lower_ for stem in ROLE_STEMS)
    ):
        return end
    k = end + 1
    while k < limit and k - end <= 4 and not doc[k].is_punct and doc[k].lower_ not in AUXILIARIES:
        k += 1
    if (
        k + 1 < limit
        and doc[k].text == ","
        and (is_capitalised(doc[k + 1].text) or _role_before_name(doc, k + 1, limit))
    ):  # `, Erik Sønderby` or `, professor Jørn Henrik Petersen`
        return k
    return end


def closing_parenthesis(doc: Doc, opening: int, limit: int) -> int | None:
    """The `)` of a short aside opened at `opening` (`(S)`, `(UNHCR)`), within five tokens, else None."""
    return next((k for k in range(opening + 1, min(opening + 6, limit)) if doc[k].text == ")"), None)


def _apposition(doc: Doc, end: int, limit: int, verb_forms: frozenset[str]) -> int:
    """`Fremskridtspartiets gruppeformand, Aage Brusgaard`: a comma + name chain closed by a comma or the end.

    A short parenthesis may stand before the comma: `lederen af FNs flygtningeorganisation (UNHCR), Lars Nielsen`."""
    if end + 2 < limit and doc[end].text == "(":
        close = closing_parenthesis(doc, end, limit)
        if close is not None:
            after = _apposition(doc, close + 1, limit, verb_forms)
            return after if after > close + 1 else end
    titled = None
    if end + 2 < limit and doc[end].text == ",":
        # `, cand.-psych. Dion Sommer`, `, lektor dr.phil. Henrik S. Nissen`
        titled = title_abbreviation_end(doc, end + 1, limit)
        if titled is None and doc[end + 1].text.islower() and has_role_stem(doc[end + 1].lower_):
            titled = title_abbreviation_end(doc, end + 2, limit)
    if (
        end + 1 < limit
        and doc[end].text == ","
        and (is_capitalised(doc[end + 1].text) or _role_before_name(doc, end + 1, limit) or titled)
        and doc[end + 1].lower_ not in SOURCE_PRONOUNS
    ):
        k = end + 1 if is_capitalised(doc[end + 1].text) else (titled or end + 2)
        while k < limit and is_capitalised(doc[k].text) and k - end < 7:
            k += 1
        if k >= limit or doc[k].is_punct or doc[k].lower_ in verb_forms or doc[k].lower_ in PREPOSITIONS:
            return k
    return end


def has_role_stem(word: str) -> bool:
    """A lower-case word that starts or ends with a role stem (`lektor`, `fremskridtsmanden`)."""
    return any(word.startswith(stem) or word.endswith(stem) for stem in ROLE_STEMS)


def _role_before_name(doc: Doc, k: int, limit: int) -> bool:
    """`, arkitekt Flemming Østergaard`: a lower-case role noun right before a capitalised name."""
    word = doc[k].lower_
    if not (k + 1 < limit and doc[k].text.islower() and doc[k].is_alpha and is_capitalised(doc[k + 1].text)):
        return False
    # `, fremskridtsmanden Jan Køpke Christensen`: any description before a given name and surname
    named = doc[k + 1].lower_ in FIRST_NAMES and k + 2 < limit and is_capitalised(doc[k + 2].text)
    return named or has_role_stem(word)


def _lowercase_head(token: Token) -> bool:
    """A lower-case word, or a capitalised role noun opening a sentence (`Miljøchef i …`)."""
    return not is_capitalised(token.text) or any(stem in token.lower_ for stem in ROLE_STEMS if len(stem) > 3)


def clause_start(doc: Doc, f: int, sent_start: int) -> int:
    """First token of the clause that holds the finite verb at f (after a subordinator, `, og`, colon or mark)."""
    if _after_fronted_clause(doc, f, sent_start):
        return f  # `Før han gik, sagde Knut Hareide …`: the main clause opens with its verb (V2)
    j = f - 1
    while j >= sent_start:
        token = doc[j]
        lower = token.lower_
        if token.text == ")":  # `Astrid Krag (SF) kalder`: a parenthesis inside the subject
            opening = next(
                (k for k in range(j - 1, max(sent_start, j - 8) - 1, -1) if doc[k].text == "("), None
            )
            if opening is not None:
                j = opening - 1
                continue
        if (
            lower in _CLAUSE_OPENERS
            and not (lower == "om" and j + 1 < f and not doc[j + 1].is_alpha)
            # `Om aftenen sagde Støjberg`: a fronted time phrase, not `om` (whether) opening a clause
            and not (lower == "om" and j + 1 < f and doc[j + 1].lower_ in TIME_WORDS)
            # `Han bad om en forklaring og sagde`: the parser's case marker is a preposition
            and not (lower == "om" and token.dep_ == "case")
            # `Før afstemningen sagde X`: `før` + a noun phrase and no verb of its own is a preposition
            and not (lower == "før" and not any(_finite(doc[k]) for k in range(j + 1, f)))
            and not (lower == "at" and j > sent_start and doc[j - 1].lower_ in _INFINITIVE_BEFORE)
        ):
            return j + 1
        if lower == "hvor" and j > sent_start and (doc[j - 1].pos_ == "NOUN" or doc[j - 1].text == ","):
            return j + 1  # `I de tilfælde hvor bibliotekarerne skønner, at …`: a relative clause
        if (
            lower in ("der", "som")
            and j > sent_start
            and doc[j - 1].text == ","
            and f - j <= 4
            and not any(doc[k].is_punct or doc[k].lower_ in AUXILIARIES for k in range(j + 1, f))
        ):
            return j
        if lower == "så" and j > sent_start and doc[j - 1].text == ",":
            return j
        if lower in _WH_AFTER_COMMA and j > sent_start and doc[j - 1].text == ",":
            return j + 1
        if token.text in (":", ";", "(", "»", "«", "“", "”", '"') or token.is_space:
            return j + 1
        if token.text in ("-", "–") and sent_start < j < f - 1 and doc[j - 1].whitespace_:
            return j + 1  # `En ting er sikkert - politiet anser …`; not `X - der er formand - siger`
        if lower in ("og", "men", "eller") and j > sent_start and doc[j - 1].text == ",":
            return j + 1
        j -= 1
    return sent_start


def _after_fronted_clause(doc: Doc, f: int, sent_start: int) -> bool:
    """The verb at f follows a comma that closes a fronted subordinate clause (`Før han gik, sagde`,
    `Da hun kom hjem, fortalte hun`)."""
    if f - 1 <= sent_start or doc[f - 1].text != ",":
        return False
    k = sent_start
    while k < f and (doc[k].is_punct or doc[k].is_space):
        k += 1
    return (
        k < f - 2 and doc[k].lower_ in ADVERBIAL_SUBORDINATORS and any(_finite(t) for t in doc[k + 1 : f - 1])
    )


def _finite(token: Token) -> bool:
    """A finite verb by the tagger, or without tags an auxiliary."""
    forms = token.morph.get("VerbForm", [])
    return "Fin" in forms if forms else token.lower_ in AUXILIARIES


def antecedent(doc: Doc, comma: int, sent_start: int, verb_forms: frozenset[str]) -> Span | None:
    """The noun phrase before `, der|som ...`: back over names and content words to a clause edge."""
    k = comma
    while k > sent_start and k > comma - MAX_NP and _np_word(doc, k - 1, verb_forms):
        k -= 1
    if k + 2 < comma and doc[k].lower_ == "hvert" and doc[k + 1].lower_ == "fald":
        k += 2  # `Det mener i hvert fald X, som …`: the adverbial is no part of the antecedent
    return doc[k:comma] if k < comma else None


def is_fronted_non_subject(doc: Doc, start: int, f: int) -> bool:
    """True when what precedes the finite verb is an adverbial, object or subordinate clause (V2 inversion)."""
    first = doc[start]
    lower = first.lower_
    if start == f:
        return True
    if lower in ("det", "dette", "sådan", "så", "her", "der") and start + 1 == f:
        return True
    if lower in PREPOSITIONS or lower in _FRONTING_ADVERBIALS or lower in _CLAUSE_OPENERS or lower == "før":
        return True
    if f - start <= 3 and any(doc[k].lower_ in TIME_WORDS for k in range(start, f)):
        # `Samme dag sagde X`, but not `En meningsmåling onsdag viser`: a subject, then the weekday
        return not (f - start == 3 and lower in ("en", "et") and doc[f - 1].text in _WEEKDAYS)
    return any(doc[k].text == "," for k in range(start, f)) and lower in _CLAUSE_OPENERS
