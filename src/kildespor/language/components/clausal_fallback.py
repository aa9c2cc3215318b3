"""A parse-based fallback for reports the word lists miss: a person's predicate that governs an `at`-clause.

Danish news reports attitudes and speech with an open class of predicates
(`glæder sig over, at`, `er glade for, at`, `insisterer på, at`, `holder fast
i, at`) that no list covers. When the trained pipeline's parser ran, an
`at`-clause whose governing verb or adjective has a speaking subject (a
pronoun, a name, a role, a body) is taken as that subject's reported
content. Governors that state causes or results rather than attitudes
(`betyder, at`, `sikrer, at`, `skyldes, at`; da/clausal_governors.py) never
report. Without a parse the fallback finds nothing; the rules stay exact.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kildespor.language.components.complements import before_tag
from kildespor.language.components.doc_context import VERB_FORMS, DocContext
from kildespor.language.components.found_attribution import FoundAttribution
from kildespor.language.components.source_kinds import has_stem, source_kind
from kildespor.language.components.token_strings import lower_strings
from kildespor.language.da.clausal_governors import NON_REPORTING_GOVERNORS
from kildespor.language.da.function_words import PREPOSITIONS
from kildespor.language.da.source_nouns import ORGANISATION_STEMS, ROLE_STEMS, UNNAMED_SOURCE_STEMS

_SPEAKING_PRONOUNS = frozenset({"han", "hun", "de", "vi", "jeg"})
# prepositions that make an infinitive adverbial (`ved at sige`, `for at vise`): its subject is
# the clause's subject even when the verb has an object (`krænke en kvinde ved at sige`)
_ADVERBIAL_INFINITIVE = frozenset({"ved", "for", "uden", "efter", "inden", "før"})
_MAX_SUBJECT = 10  # tokens of a subject noun phrase taken as the source


def clausal_attributions(ctx: DocContext, found: list[FoundAttribution]) -> list[FoundAttribution]:
    """Attributions for `at`-clauses governed by a speaking subject's predicate that no rule claimed."""
    doc = ctx.doc
    if not doc.has_annotation("DEP"):
        return []
    claimed = bytearray(len(doc))
    for item in found:
        claimed[item.cue.start : item.cue.end] = b"\x01" * len(item.cue)
        claimed[item.content.start : item.content.end] = b"\x01" * len(item.content)
    extra: list[FoundAttribution] = []
    for i in [k for k, lower in enumerate(lower_strings(doc)) if lower == "at"]:
        token = doc[i]
        if (
            token.dep_ != "mark"
            or token.pos_ != "SCONJ"
            or claimed[i]
            or (i + 1 < len(doc) and claimed[i + 1])
        ):
            continue  # the infinitive marker (`besluttede at gå`, PART) opens no reported clause
        if i >= 1 and doc[i - 1].lower_ in PREPOSITIONS:
            continue  # `efter at partiet har afvist …`, `uden at …`: a compound subordinator, no complement
        governor = _governor(token)
        if governor is None or claimed[governor.i] or governor.i > token.i:
            continue
        subject = _speaking_subject(doc, governor)
        if subject is None:
            continue
        _s, e = ctx.sentence_bounds(token.i)
        end = ctx.content_end(token.i + 1, before_tag(ctx, token.i + 1, e))
        if end <= token.i + 1:
            continue
        kind = "mixed" if any(ctx.region_of[k] >= 0 for k in range(token.i + 1, end)) else "indirect"
        extra.append(
            FoundAttribution(
                doc[governor.i : governor.i + 1],
                subject,
                doc[token.i + 1 : end],
                kind,
                VERB_FORMS[governor.lower_].stance if governor.lower_ in VERB_FORMS else "belief",
                None,
                "clausal-fallback",
            )
        )
        claimed[token.i : end] = b"\x01" * (end - token.i)
    return extra


def _governor(mark: Token) -> Token | None:
    """The verb or adjective whose clause the `at`-clause complements, when it can report."""
    clause = mark.head
    if not any(c.dep_ in ("nsubj", "nsubj:pass", "expl") for c in clause.children):
        return None  # a finite reported clause has its own subject
    # (`amod`: the parser sometimes labels an adjectival predicate of the clause so, `at firmaet er sundt`)
    if clause.dep_ not in ("ccomp", "advcl", "obj", "obl", "xcomp", "csubj", "nmod", "acl", "dep", "amod"):
        return None
    governor = clause.head
    if governor.i == clause.i or governor.pos_ not in ("VERB", "ADJ"):
        return None
    lemma = governor.lemma_.lower() or governor.lower_
    if lemma in NON_REPORTING_GOVERNORS or governor.lower_ in NON_REPORTING_GOVERNORS:
        return None
    return governor


def _speaking_subject(doc: Doc, governor: Token) -> Span | None:
    """The governor's subject noun phrase when it can speak, else None."""
    subjects = [c for c in governor.children if c.dep_ in ("nsubj", "nsubj:pass")]
    if not subjects and governor.dep_ == "conj":
        subjects = [c for c in governor.head.children if c.dep_ == "nsubj"]
    if not subjects:
        subjects = _controller(governor)
    if not subjects:
        return None
    head = subjects[0]
    lower = head.lower_
    if lower in _SPEAKING_PRONOUNS:
        return doc[head.i : head.i + 1]
    if head.pos_ == "PRON" or head.lower_ in ("det", "der", "dette", "man"):
        return None
    words = sorted(head.subtree, key=lambda t: t.i)
    start, end = words[0].i, _before_relative_clause(doc, words[0].i, words[-1].i + 1)
    if end - start > _MAX_SUBJECT or any(t.is_punct and t.text not in ("-", ",") for t in doc[start:end]):
        start, end = head.i, head.i + 1
    span = doc[start:end]
    speaking = (
        head.ent_type_ in ("PER", "ORG")
        or head.pos_ == "PROPN"
        or has_stem(head.lower_, ROLE_STEMS + ORGANISATION_STEMS + UNNAMED_SOURCE_STEMS)
    )
    if not speaking or source_kind(span, None) == "document":
        return None
    return span


def _controller(verb: Token) -> list[Token]:
    """The subject of the verb an infinitive depends on: `Politiet nøjes med at fastslå, at …`,
    `tiltalt for at krænke en kvinde ved at sige, at …` (Politiet, Han). A verb with an object
    complemented by an infinitive hands control to that object (`bad ham om at sige`), so none is
    taken there; an adverbial infinitive (`ved at sige`) is always the subject's."""
    for _ in range(3):
        infinitive = any(c.dep_ == "mark" and c.lower_ == "at" and c.pos_ == "PART" for c in verb.children)
        if (
            not infinitive
            or verb.dep_ not in ("advcl", "xcomp", "obl", "ccomp", "obj")
            or verb.head.i == verb.i
        ):
            return []
        below, verb = verb, verb.head
        if verb.pos_ not in ("VERB", "AUX", "ADJ"):
            return []
        adverbial = any(c.dep_ == "mark" and c.lower_ in _ADVERBIAL_INFINITIVE for c in below.children)
        if not adverbial and any(c.dep_ in ("obj", "iobj") and c.i != below.i for c in verb.children):
            return []
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
        if subjects:
            return subjects
    return []


def _before_relative_clause(doc: Doc, start: int, end: int) -> int:
    """The end of a subject without its relative clause and trailing commas: `Den græske
    statsminister, Alexis Tsipras,` keeps the apposition, `Folk, der bor her,` drops `der bor her`."""
    for k in range(start + 1, end - 1):
        if doc[k].text == "," and doc[k + 1].lower_ in ("der", "som", "hvis", "hvor"):
            end = k
            break
    while end > start + 1 and doc[end - 1].is_punct:
        end -= 1
    return end
