"""Context rules for markers that a word list cannot decide alone.

- reportative `skulle`/`skal` + (perfect) infinitive vs deontic or planned uses;
- denial (`afviser, at`, `afviser at have`, `afviser anklagerne`) vs refusal (`afviser at stemme`);
- accusations written as compounds (`drabssigtede`) but not `sigter mod` (aims at);
- epistemic `vel`/`nok` and the split `tyder (det dog ikke) på`.

Each rule takes the Doc and a token index and returns the marker's token range or None.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kildespor.language.components.phrase_edges import tagged_finite_verb
from kildespor.language.components.source_kinds import can_speak, parsed_subject
from kildespor.language.da.contested import (
    ACCUSATION_NOUN_SUFFIXES,
    CONTESTED_SUFFIXES,
    NOT_ACCUSATION_AFTER,
    NOT_ACCUSATION_PREFIXES,
    PROSECUTOR_PREFIXES,
    SCARE_QUOTE_BARE_MAX_WORDS,
    SCARE_QUOTE_DETERMINERS,
    SCARE_QUOTE_INTROS,
    SCARE_QUOTE_MAX_WORDS,
)
from kildespor.language.da.denial import CLAIM_NOUNS, DENIAL_NOUNS, DENIAL_SUFFIXES, DENIAL_VERBS
from kildespor.language.da.function_words import (
    ADVERBS,
    AUXILIARIES,
    MODAL_VERBS,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
)
from kildespor.language.da.hearsay import (
    COMPLEMENT_TAKING_VERBS,
    HEARSAY_SUFFIXES,
    NON_REPORTATIVE_CONTEXT,
    NON_REPORTATIVE_SUBJECTS,
    REPORTATIVE_ADVERBS,
    REPORTATIVE_AUXILIARIES,
    REPORTATIVE_BE_PARTICIPLES,
    REPORTATIVE_INFINITIVES,
    REPORTATIVE_MODALS,
    RUMOUR_NOUN_STARTS,
)
from kildespor.language.da.hedges import (
    ABILITY_SUBJECTS,
    APPEARANCE_PARTICLES,
    APPEARANCE_VERBS,
    BELIEF_VERB_FORMS,
    EPISTEMIC_MUST_SUBJECTS,
    EPISTEMIC_MUST_VERBS,
    EPISTEMIC_NOK_NEXT,
    EPISTEMIC_PARTICLES,
    HEDGES,
    INDICATION_MAX_GAP,
    INDICATION_PARTICLE,
    INDICATION_VERBS,
    MODAL_FILLERS,
    NOT_EPISTEMIC_AFTER,
    NOT_EPISTEMIC_BEFORE,
    NOT_EPISTEMIC_VERBS,
    POSSIBILITY_GAP,
    POSSIBILITY_MODALS,
    POSSIBILITY_VERBS,
    SEEMING_ADJECTIVE_GAP,
    SEEMING_ADJECTIVE_VERBS,
    SEEMING_VERBS,
    VIST_EPISTEMIC_NEXT,
)
from kildespor.language.da.quotation import QUOTATION_MARKS

TokenRange = tuple[int, int]
_NOT_PARTICIPLE = frozenset(
    {"det", "et", "mindst", "flest", "meget", "lidt", "godt", "slet", "helt", "alt", "mest"}
)
_DENIAL_ADVERBS = frozenset(
    {"blankt", "kategorisk", "pure", "fortsat", "stadig", "også", "dog", "ikke", "nu"}
)
_SKIP_IN_VERB_GROUP = 4
# words that may stand between `ser`/`så` and `ud til` (`så det ellers ud til`)
_APPEARANCE_GAP = frozenset(
    {
        "det",
        "dog",
        "ellers",
        "nu",
        "også",
        "ikke",
        "heller",
        "imidlertid",
        "umiddelbart",
        "fortsat",
        "stadig",
        "jo",
        "vist",
        "desværre",
        "heldigvis",
        "foreløbig",
        "foreløbigt",
        "der",
        "han",
        "hun",
        "de",
        "den",
        "til",
        "at",
        "hele",
        "tingene",
        "sagen",
    }
)


_CONJUNCTIONS = frozenset({"men", "og", "dog", "eller"})
# words that may open a clause before its fronted subject or object (`Men også det afvises af SAS`)
_LEADING_LINKS = _CONJUNCTIONS | {"også"}
# determiners before a fronted claim noun (`Den kritik afviser han`)
_CLAIM_DETERMINERS = _LEADING_LINKS | {
    "den",
    "det",
    "de",
    "denne",
    "dette",
    "disse",
    "al",
    "alle",
    "hans",
    "hendes",
    "deres",
}
_PROSECUTOR = frozenset({"anklager", "anklageren"})
_INFLECTION = 4  # letters of an ending: `beskyldning` + `erne`


def _word(doc: Doc, i: int) -> str:
    """Lower-cased text of token i, or '' outside the Doc."""
    return doc[i].lower_ if 0 <= i < len(doc) else ""


def _participle_like(word: str) -> bool:
    """Past participles end in -t/-et/-dt/-ået; tokens like `det` or `mindst` are excluded."""
    return len(word) > 2 and word.endswith("t") and word not in _NOT_PARTICIPLE and word.isalpha()


def _clause_words_before(doc: Doc, i: int, limit: int = 6) -> list[str]:
    """Lower-cased words before i back to the previous punctuation (at most `limit`)."""
    words: list[str] = []
    j = i - 1
    while j >= 0 and len(words) < limit and not doc[j].is_punct and not doc[j].is_space:
        # the pronoun `I` is capitalised; the preposition `i` (`i september`) must not read as it
        preposition = doc[j].text == "i" or (doc[j].text == "I" and doc[j].pos_ == "ADP")
        words.append("i " if preposition else doc[j].lower_)
        j -= 1
    return words


def reportative_modal(doc: Doc, i: int) -> TokenRange | None:
    """`skulle være flygtet`, `skal have sagt`, `skulle stå bag`: the modal token, else None."""
    word = _word(doc, i)
    if word not in REPORTATIVE_MODALS:
        return None
    before = _clause_words_before(doc, i)
    if "ifølge" in before[1:] and word == "skulle" and _word(doc, i - 1) != "at":
        # `Ifølge kilder skulle X have …`, `en plan som X ifølge Tornøe skulle have beordret`: relayed,
        # not vouched for, whatever clause it stands in (`Ifølge ham skal børnene tilbydes` is
        # deontic: only the past form is reportative here)
        return (i, i + 1)
    if (not before or before[0] not in REPORTATIVE_ADVERBS) and (
        any(w in NON_REPORTATIVE_CONTEXT for w in before)
        or (before and before[0] in NON_REPORTATIVE_SUBJECTS)
    ):
        return None
    if _word(doc, i - 1) == "at" or _under_negated_belief(doc, i) or _under_complement_verb(doc, i):
        return None
    if before and before[0] in REPORTATIVE_ADVERBS:
        return (i, i + 1)  # `angiveligt skulle optagelserne vise`: the adverb settles the reading
    if word == "skulle" and _word(doc, i + 1) == "ifølge":
        return (i, i + 1)  # `Det skulle ifølge X være sket i …`
    j = i + 1
    skipped = 0
    while j < len(doc) and skipped < _SKIP_IN_VERB_GROUP:
        nxt = _word(doc, j)
        if nxt in ("ikke", "aldrig") or nxt in NON_REPORTATIVE_SUBJECTS or doc[j].is_punct:
            return None
        if word == "skal" and nxt == "være":
            return (i, i + 1) if _word(doc, j + 1) in REPORTATIVE_BE_PARTICIPLES else None
        if nxt == "have" and _word(doc, j + 1) == "været":
            # `skulle have været med`, `… lagt ud`: what should have been, except where a rumour is
            # reported (`forlydender om, at X skulle have været utro`)
            return (i, i + 1) if _after_rumour(doc, i) else None
        if nxt in REPORTATIVE_AUXILIARIES:
            return (i, i + 1) if _participle_follows(doc, j + 1) else None
        if word == "skulle" and nxt in REPORTATIVE_INFINITIVES:
            return (i, i + 1)
        j += 1
        skipped += 1
    return None


def _after_rumour(doc: Doc, i: int) -> bool:
    """The modal stands in the `om, at`-clause of a rumour or claim noun: `forlydender om, at …`."""
    for k in range(i - 1, max(0, i - 12), -1):
        if doc[k].text in (".", "!", "?", ";"):
            return False
        if doc[k].lower_ == "om" and k >= 1 and doc[k - 1].lower_.startswith(RUMOUR_NOUN_STARTS):
            return True
    return False


def _under_negated_belief(doc: Doc, i: int) -> bool:
    """`mener ikke, at situationen skulle have forværret sig`: a hypothetical, not hearsay."""
    j = i - 1
    while j >= 0 and i - j < 25 and not (doc[j].is_space and "\n" in doc[j].text):
        if doc[j].lower_ == "at":
            return any(_word(doc, k) == "ikke" for k in range(max(0, j - 5), j))
        if doc[j].text in (".", "!", "?"):
            return False
        j -= 1
    return False


def _under_complement_verb(doc: Doc, i: int) -> bool:
    """`mente, at pengene skulle være delt`, `det afviser ejerne skulle være tilfældet`: hypothetical.

    A belief or denial verb governs the clause of the modal (with or without `at`)."""
    j = i - 1
    while j >= 0 and i - j < 12:
        word = doc[j].lower_
        if word in COMPLEMENT_TAKING_VERBS:
            return True
        if doc[j].text in (".", "!", "?", ";") or (doc[j].is_space and "\n" in doc[j].text):
            return False
        if doc[j].text == "," and _word(doc, j + 1) != "at":
            return False
        j -= 1
    return False


def seeming(doc: Doc, i: int) -> TokenRange | None:
    """`synes (allerede) at hænge`, `syntes umulige at stoppe`: the verb, when an infinitive follows."""
    if _word(doc, i) not in ("synes", "syntes", "forekommer"):
        return None
    if _participle_like(_word(doc, i + 1)) and _word(doc, i - 1) in ("som", "der"):
        return (i, i + 1)  # `en del af området, som synes forbeholdt de velhavende`
    for k in range(i + 1, min(i + 7, len(doc))):  # `synes især firsernes fiksering … at`
        if _word(doc, k) == "at":
            return (i, i + 1) if doc[k - 1].text != "," else None
        if doc[k].is_punct or _word(doc, k) in AUXILIARIES:
            return None  # `hvad de synes er vigtigt at dække`: a belief verb with its own clause
    return None


def possibility(doc: Doc, i: int) -> TokenRange | None:
    """`det kan være`, `kunne være sket`: epistemic possibility, not ability (`vi kan være tilfredse`)."""
    if _word(doc, i) not in POSSIBILITY_MODALS and _word(doc, i) != "må":
        return None
    if _word(doc, i) in ("kan", "må") and _word(doc, i + 1) == "have" and _participle_follows(doc, i + 2):
        # `kan have spillet en rolle`, `nogen må have hvisket` are epistemic; `kunne have ramt` is
        # counterfactual
        return (i, i + 2)
    if _word(doc, i) == "må":
        return _epistemic_must(doc, i)
    if i == 0 or (doc[i - 1].is_punct and doc[i - 1].text != ",") or doc[i - 1].is_space:
        # `»Kan det også være melankolsk?`: a modal opening its sentence asks or supposes; after a
        # fronted clause it states (`Forhøjes sikkerheden, kan det virke skadeligt`)
        return None
    j = i + 1
    while j < i + 4 and _word(doc, j) in POSSIBILITY_GAP:
        j += 1  # `kan meget vel være`
    if _word(doc, j) not in POSSIBILITY_VERBS:
        return None
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    if nxt is not None and nxt.text in (",", ".") and j > i + 1 and _word(doc, i - 1) == "det":
        return (i, j + 1)  # `Det kan meget vel være, men …`: a concession that hedges
    if nxt is not None and nxt.text == "," and _word(doc, j + 2) == "at":
        return (i, j + 1)  # `En sidegevinst kan være, at …`: a possibility stated
    if nxt is None or nxt.is_punct or _word(doc, i - 1) in ABILITY_SUBJECTS:
        return None
    if nxt.lower_ == "så":
        return None  # `kan være så smertefuldt, at …`: degree, not possibility
    return (i, j + 1)


def _epistemic_must(doc: Doc, i: int) -> TokenRange | None:
    """`Der må være en pille`, `branden må skyldes …`, `Det må betyde, at …`, `som hun mener må være
    …`: `må` inferring, after a third-person subject or a belief verb; `Vi må være kreative` obliges
    (7 of 12 `må være/have/betyde/skyldes` in the gold splits hedge, every one after such a subject)."""
    if _word(doc, i + 1) not in EPISTEMIC_MUST_VERBS or i == 0:
        return None
    before = doc[i - 1]
    subject = before.lower_ in EPISTEMIC_MUST_SUBJECTS or (
        before.pos_ == "NOUN" and before.is_lower and before.lower_.endswith(("en", "et", "ne"))
    )
    return (i, i + 2) if subject or before.lower_ in BELIEF_VERB_FORMS else None


def _participle_follows(doc: Doc, j: int) -> bool:
    """A past participle within two words (adverbs may intervene)."""
    for k in range(j, min(j + 3, len(doc))):
        word = _word(doc, k)
        if _participle_like(word):
            return True
        if word not in ADVERBS:
            return False
    return False


def denial(doc: Doc, i: int) -> TokenRange | None:
    """`afviser, at` / `afviser at have` / `afviser anklagerne` / `Det afviser X`; not `afviser at stemme`."""
    if _word(doc, i) not in DENIAL_VERBS:
        return None
    j = i + 1
    while _word(doc, j) in _DENIAL_ADVERBS:
        if _word(doc, j) == "ikke":
            return None  # `afviser ikke, at`: not ruling out is a hedge (word list), not a denial
        j += 1
    if _word(doc, i - 1) in ("ikke", "aldrig"):
        return None
    nxt = _word(doc, j)
    if nxt == "," and _word(doc, j + 1) == "at":
        return (i, j + 2)
    if (doc[j].text[:1].isupper() if j < len(doc) else False) and _at_clause_ahead(doc, j + 1, 11, True):
        return (i, i + 1)  # `afviser Per Kaalund og amtsdirektør Bo Smith, at …`: an inverted subject
    if nxt in PREPOSITIONS and _at_clause_ahead(doc, j + 1, 9, False):
        return (i, i + 1)  # `afviser i et interview med SVT, at …`: an adverbial phrase, then the clause
    if nxt == "at":
        return (i, j + 1) if _word(doc, j + 1) in ("have", "være") else None
    if nxt in ("sig", "sine", "sin"):
        return None
    if nxt == "af" and _denied_subject(_clause_words_before(doc, i, 6)):
        return (i, i + 1)  # `Kritikken er dog pure blevet afvist af X`: a denial in the passive
    for k in range(j, min(j + 5, len(doc))):  # `nægtede hun hårdnakket ethvert kendskab til`
        if _word(doc, k).startswith(CLAIM_NOUNS):
            return (i, k + 1)
        if doc[k].is_punct:
            break
    before = _clause_words_before(doc, i, 3)
    if before and before[0] in ("det", "dette") and all(w in _LEADING_LINKS for w in before[1:]):
        return (i, i + 1)  # `Det afviser X`, `- men det afviser de danske ejere`
    if _claim_phrase(before):
        return (i, i + 1)  # `Kritikken afviser Elon Musk`: a fronted claim, denied
    if _anaphoric_perfect(doc, i):
        return (i, i + 1)
    return None


def _anaphoric_perfect(doc: Doc, i: int) -> bool:
    """`Det har Rasool dog pure afvist.`: a fronted `Det` (the claim before) denied in the perfect,
    the verb closing the sentence."""
    if i + 1 < len(doc) and not doc[i + 1].is_punct:
        return False
    before = _clause_words_before(doc, i, 7)
    return (
        len(before) >= 3
        and (before[-1] in ("det", "dette") or is_claim_noun(before[-1]))
        and before[-2] in ("har", "havde")
        and not any(w in ("ikke", "aldrig", "at") for w in before)
    )


def _denied_subject(before: list[str]) -> bool:
    """The passive's subject (the words before it, nearest first) names a claim or is `det`:
    `Kritikken er blevet afvist af`, `Det afvises af`; not `Ansøgningen blev afvist af kommunen`
    (a request refused, not a claim denied)."""
    if not before:
        return False
    while len(before) > 1 and before[-1] in _LEADING_LINKS:
        before = before[:-1]  # `Men også det afvises af SAS`: the subject after the links
    first = before[-1]
    return first in ("det", "dette") or any(w.startswith(CLAIM_NOUNS) for w in before)


def fronted_claim(doc: Doc, start: int, verb: int) -> bool:
    """The words before the finite verb are a claim noun phrase (`Kritikken`, `Disse anklager`)."""
    return verb - start <= 3 and _claim_phrase([doc[k].lower_ for k in range(verb - 1, start - 1, -1)])


def _claim_phrase(words: list[str]) -> bool:
    """Words (nearest the verb first) that are a claim noun with its determiners or links."""
    return bool(words) and is_claim_noun(words[0]) and all(w in _CLAIM_DETERMINERS for w in words[1:])


def is_claim_noun(word: str) -> bool:
    """A claim noun with at most an inflection (`kritikken`, `beskyldningerne`), not a compound
    that starts with one (`anklagemyndigheden`) nor the prosecutor (`anklageren`)."""
    if word in _PROSECUTOR:
        return False
    noun = next((n for n in CLAIM_NOUNS if word.startswith(n)), None)
    return noun is not None and len(word) - len(noun) <= _INFLECTION


def _at_clause_ahead(doc: Doc, start: int, reach: int, past_commas: bool) -> bool:
    """`, at` within `reach` tokens from `start`, before other punctuation (and, unless
    `past_commas`, before any comma that does not open the clause)."""
    for k in range(start, min(start + reach, len(doc) - 1)):
        if doc[k].text == "," and _word(doc, k + 1) == "at":
            return True
        if doc[k].is_punct and not (past_commas and doc[k].text == ","):
            return False
    return False


def denial_noun(doc: Doc, i: int) -> TokenRange | None:
    """`hans afvisning af, at …`, `benægtelsen af at have …`: a denial of content, as a noun."""
    if _word(doc, i) not in DENIAL_NOUNS or _word(doc, i + 1) != "af":
        return None
    nxt = _word(doc, i + 2)
    if nxt == "," and _word(doc, i + 3) == "at":
        return (i, i + 1)
    if nxt == "at" and _word(doc, i + 3) in ("have", "være"):
        return (i, i + 1)
    if nxt.startswith(CLAIM_NOUNS) or _word(doc, i + 3).startswith(CLAIM_NOUNS):
        return (i, i + 1)
    return None


def accusation_compound(doc: Doc, i: int) -> TokenRange | None:
    """Compounds ending in an accusation (`drabssigtede`), not `sigtede mod` (aimed at)."""
    word = _word(doc, i)
    if not word.isalpha() and "-" not in word:
        return None
    if word.endswith(ACCUSATION_NOUN_SUFFIXES) and not word.startswith(ACCUSATION_NOUN_SUFFIXES):
        # `sexanklager`, `voldtægtsanklagerne`; `statsanklager` is the prosecutor
        return None if word.startswith(PROSECUTOR_PREFIXES) else (i, i + 1)
    suffix = next((x for x in CONTESTED_SUFFIXES if word.endswith(x)), None)
    if suffix is None or 0 < len(word) - len(suffix) < 3:
        return None  # `ansigtet` is an + `sigtet` (a face), no accusation
    if "sigt" in suffix and word[: len(word) - len(suffix)] in NOT_ACCUSATION_PREFIXES:
        return None  # `utilsigtet`, `kortsigtet`: unintended, short-sighted
    if "sigte" in word and _word(doc, i + 1) in NOT_ACCUSATION_AFTER:
        return None
    return (i, i + 1)


def epistemic_particle(doc: Doc, i: int) -> TokenRange | None:
    """Epistemic `vel`/`nok` after a verb or pronoun: `det er vel`, `det bliver nok svært`."""
    if _word(doc, i) not in EPISTEMIC_PARTICLES:
        return None
    prev, nxt = _word(doc, i - 1), _word(doc, i + 1)
    if _word(doc, i) == "vel" and nxt == "." and prev in SUBJECT_PRONOUNS:
        return (i, i + 1)  # `Ja, det var jeg vel.`: the particle closing the clause (not `lige vel.`)
    if prev in NOT_EPISTEMIC_BEFORE or nxt in NOT_EPISTEMIC_AFTER:
        return None
    if (prev in SUBJECT_PRONOUNS and _word(doc, i - 2) in NOT_EPISTEMIC_VERBS) or (
        prev == "skal" and _word(doc, i) == "nok"
    ):
        return None  # `Det skal du nok finde ud af`, `DF skal nok være til at forhandle med`: a promise
    if prev in AUXILIARIES or prev in SUBJECT_PRONOUNS or prev in ("der", "bliver", "blev", "kommer", "går"):
        return (i, i + 1)
    if _word(doc, i) != "nok":
        return None  # (`kom sikkert i mål` is safely)
    if prev in MODAL_FILLERS and i >= 2 and tagged_finite_verb(doc[i - 2]):
        return (i, i + 1)  # `Det er sgu nok en invalidevogn`
    if i >= 1 and tagged_finite_verb(doc[i - 1]) and prev not in NOT_EPISTEMIC_VERBS:
        return (i, i + 1)  # `Det ender nok med …`, `Sådan en fyr ved nok, hvad …`
    if nxt in EPISTEMIC_NOK_NEXT:
        return (i, i + 1)  # `som nok bliver et resultat`, `superbabe nok ikke havde`, `hjerne nok mest`
    return None


def epistemic_vist(doc: Doc, i: int) -> TokenRange | None:
    """Epistemic `vist` (apparently, I believe): `Selv opdager jeg vist kun …`, `Sidney Lee har vist
    udtalt sig`, `det er vist heldigvis ikke den sidste`; not the participle of `vise` (`har vist
    interesse`, `har vist sig`, `har vist, at`) nor `ganske vist` (admittedly)."""
    if _word(doc, i) != "vist":
        return None
    prev, nxt = _word(doc, i - 1), _word(doc, i + 1)
    if prev in ("er", "var") and nxt in ("en", "et"):
        return (i, i + 1)  # `Einar var vist et særtilfælde`: a predicate noun follows, no participle
    # after an auxiliary, a subject pronoun or a lexical verb (`Der passer vist ikke mange stykker …`)
    if not (prev in AUXILIARIES or prev in SUBJECT_PRONOUNS or (i >= 1 and tagged_finite_verb(doc[i - 1]))):
        return None
    if nxt in VIST_EPISTEMIC_NEXT:
        return (i, i + 1)
    # `har vist udtalt sig`: another participle follows, so `vist` is no participle itself
    return (i, i + 1) if prev in ("har", "havde") and _participle_like(nxt) else None


def indication(doc: Doc, i: int) -> TokenRange | None:
    """`tyder på`, `tyder det dog ikke på`: from the verb to its particle."""
    if _word(doc, i) not in INDICATION_VERBS:
        return None
    if _word(doc, i) == "tyde" and not any(
        w in ("kan", "kunne", "må", "måtte") for w in _clause_words_before(doc, i, 3)
    ):
        return None  # `at tyde et kort`: interpreting; only the modal `kunne tyde på` hedges
    if _word(doc, i) in ("peger", "pegede"):
        subject = parsed_subject(doc, i, i)
        if subject is None or can_speak(subject) or subject.text.lower() in ("den", "det", "dette"):
            # `Julie Wilhelmsen peger på, at`: a source reports; `beviserne peger på` hedges; `den
            # peger på` most often stands for a report, which is a source too
            return None
    for k in range(i + 1, min(i + 2 + INDICATION_MAX_GAP, len(doc))):
        if _word(doc, k) == INDICATION_PARTICLE:
            return (i, k + 1)
        if doc[k].is_punct:
            return None
    return None


def scare_quote(doc: Doc, i: int) -> TokenRange | None:
    """`den såkaldte "reform"`: a distancing word and the short quotation right after it (contested)."""
    if _word(doc, i) not in SCARE_QUOTE_INTROS or i + 2 >= len(doc):
        return None
    opening = doc[i + 1].text
    closers = QUOTATION_MARKS.get(opening)
    if not closers:
        return None
    for k in range(i + 2, min(i + 3 + SCARE_QUOTE_MAX_WORDS, len(doc))):
        if doc[k].text in closers or doc[k].text == opening:
            named = all(t.text[:1].isupper() for t in doc[i + 2 : k] if t.is_alpha)
            return (i, k + 1) if k > i + 2 and not named else None  # `såkaldte "Exclusive Club"` names
    return None


def bare_scare_quote(doc: Doc, i: int) -> TokenRange | None:
    """`en "dyr" hotelovernatning`, `det "officielle" synspunkt`: quoted words on a noun that follows."""
    closers = QUOTATION_MARKS.get(doc[i].text)
    if not closers or i == 0:
        return None
    before = _word(doc, i - 1)
    if before not in SCARE_QUOTE_DETERMINERS and not (
        doc[i - 1].is_alpha and before.endswith("e") and _word(doc, i - 2) in SCARE_QUOTE_DETERMINERS
    ):
        return None
    for k in range(i + 2, min(i + 2 + SCARE_QUOTE_BARE_MAX_WORDS, len(doc) - 1)):
        if doc[k].text in closers or doc[k].text == doc[i].text:
            words, noun = doc[i + 1 : k], doc[k + 1]
            # the quoted word modifies a noun that follows: a slang noun or an answer option
            # (`en "tusse"`, `en »god« eller`) stands alone and is no scare quote
            modifies = noun.is_alpha and noun.text.islower() and noun.pos_ in ("NOUN", "")
            return (i, k + 1) if modifies and all(t.is_alpha and t.text.islower() for t in words) else None
    return None


def compound_ending(doc: Doc, i: int, endings: tuple[str, ...]) -> TokenRange | None:
    """A compound that ends in a marker word (`homorygter`, `homo-dementi`), the word itself excluded."""
    word = _word(doc, i)
    if word in endings or not word.replace("-", "").isalpha():
        return None
    # a real first part: `frygter` is f + `rygter`, no rumour
    if not any(word.endswith(ending) and len(word) - len(ending) >= 3 for ending in endings):
        return None
    return (i, i + 1)


def rumour_compound(doc: Doc, i: int) -> TokenRange | None:
    """`homorygter`, `skilsmisserygtet`: hearsay."""
    return compound_ending(doc, i, HEARSAY_SUFFIXES)


def denial_compound(doc: Doc, i: int) -> TokenRange | None:
    """`homo-dementi`, `regeringsdementiet`: denied."""
    return compound_ending(doc, i, DENIAL_SUFFIXES)


def appearance(doc: Doc, i: int) -> TokenRange | None:
    """`ser ud til`, `så det ellers ud til`: from the verb to `til`, with only light words between."""
    seeming = _word(doc, i) in SEEMING_VERBS
    if _word(doc, i) not in APPEARANCE_VERBS and not seeming:
        return None
    if _word(doc, i) == "så" and any(w in MODAL_VERBS for w in _clause_words_before(doc, i, 4)):
        return None  # `skal systemet så ud til resten af landet`: the infinitive `så ud` (roll out)
    for k in range(i + 1, min(i + 5, len(doc) - 1)):
        if (_word(doc, k), _word(doc, k + 1)) == APPEARANCE_PARTICLES:
            return (i, k + 2)
        if seeming and _word(doc, k) == "til" and _word(doc, k + 1) in ("at", ","):
            return (i, k + 1)
        if _word(doc, k) not in _APPEARANCE_GAP:
            return None
    return None


_SINGLE_WORD_HEDGES = frozenset(h for h in HEDGES if " " not in h)


# `virker godt`, `virker fint`: how something works, not how it seems
_WORKING_MANNER = frozenset(
    {"godt", "fint", "dårligt", "skidt", "perfekt", "optimalt", "effektivt", "hurtigt", "langsomt", "direkte"}
)


def seeming_adjective(doc: Doc, i: int) -> TokenRange | None:
    """`Det virker direkte vanvittigt`, `Han virker lettet`: the verb, when a subject stands before
    it and an adjective or participle follows (degree adverbs between); `virker du …?` asks."""
    if _word(doc, i) not in SEEMING_ADJECTIVE_VERBS or i == 0 or doc[i - 1].is_punct:
        return None
    for k in range(i + 1, min(i + 5, len(doc))):
        token = doc[k]
        if token.lower_ in SEEMING_ADJECTIVE_GAP:
            continue
        adjective = (
            token.pos_ == "ADJ"
            or "Part" in token.morph.get("VerbForm", [])
            # `Det virker direkte vanvittigt`: the -t adjective the tagger may call an adverb, not
            # how something works (`virker godt`)
            or (token.pos_ == "ADV" and token.lower_.endswith("t") and token.lower_ not in _WORKING_MANNER)
            # `Det virker ikke helt gennemtænkt.`: a participle the tagger calls a noun, closing the clause
            or (
                token.pos_ == "NOUN"
                and _participle_like(token.lower_)
                and token.lower_ not in _WORKING_MANNER
                and (k + 1 >= len(doc) or doc[k + 1].is_punct or doc[k + 1].lower_ == "og")
            )
        )
        if token.lower_ in _SINGLE_WORD_HEDGES:
            return None  # `virker usandsynligt`: the adjective is the hedge (word list)
        return (i, i + 1) if adjective and not token.is_title else None
    return None


_BELIEF_HOLDERS = frozenset({"jeg", "du", "han", "hun", "vi", "i", "de", "man"})


def evidential_synes(doc: Doc, i: int) -> TokenRange | None:
    """`Tilliden synes forsvundet`, `Beløbet kan synes stort`, `Her synes især X at …`: seeming, when
    no person holds a view; `jeg synes`, `synes du`, `Mange syntes, det var …` report a belief
    (attribution cues) and `synes at` is in the hedge word list."""
    if _word(doc, i) not in ("synes", "syntes") or i == 0:
        return None
    prev, nxt = _word(doc, i - 1), _word(doc, i + 1)
    if nxt in ("at", ",", "om") or nxt in _BELIEF_HOLDERS or prev in _BELIEF_HOLDERS:
        return None
    if any(_word(doc, k) in ("hvad", "hvem", "hvilke", "hvordan") for k in range(max(0, i - 4), i)):
        return None  # `Hvad synes politikerne er …?`: a question about a view
    subject = parsed_subject(doc, i, i)
    if subject is not None and can_speak(subject):
        return None  # `Kræftens Bekæmpelse synes …`: a body holds the view
    return (i, i + 1)


TOKEN_RULES = (
    ("hearsay", reportative_modal),
    ("denied", denial),
    ("denied", denial_noun),
    ("contested", accusation_compound),
    ("contested", scare_quote),
    ("contested", bare_scare_quote),
    ("hearsay", rumour_compound),
    ("denied", denial_compound),
    ("hedged", appearance),
    ("hedged", seeming_adjective),
    ("hedged", epistemic_particle),
    ("hedged", epistemic_vist),
    ("hedged", indication),
    ("hedged", possibility),
    ("hedged", seeming),
    ("hedged", evidential_synes),
)
