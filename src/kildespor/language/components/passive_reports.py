"""Reports in the passive: `det hævdes, at …`, `Det blev oplyst på mødet, at …`, `Oplysningerne
bekræftes af politiet`, `"…," understreges det på ministeriets hjemmeside`, and `få at vide`
(`I 2. klasse fik jeg at vide, at …`: the hearer is the subject, the teller goes unnamed).

A passive names no source unless an `af`/`fra` phrase does (ANNOTATION.md: source null, kind
unnamed); with a speaking agent the passive's subject (or what `Det` points back to) is the
content. The s-passive forms are listed in da/passive_cues.py; periphrastic passives are the
participles of the reporting verbs after `blev`/`er blevet`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kildespor.language.components.complements import before_tag
from kildespor.language.components.doc_context import VERB_FORM_SET, CueVerb, DocContext
from kildespor.language.components.found_attribution import FoundAttribution
from kildespor.language.components.phrase_edges import noun_phrase
from kildespor.language.components.report_contents import anaphor_content, pre_content
from kildespor.language.components.source_kinds import can_speak
from kildespor.language.components.verb_group import ends_here, skip_adverbs, via_and_adverbials
from kildespor.language.da.function_words import ADVERBIAL_SUBORDINATORS, AUXILIARIES
from kildespor.language.da.passive_cues import PASSIVE_CUES, PREDICATIVE_PASSIVES, RUMOUR_NOUNS

PASSIVE_AUX = frozenset({"blev", "bliver", "blevet", "blive"})
# `få at vide` (be told): the forms of `få` that open it
TOLD_VERBS = frozenset({"få", "får", "fik", "fået"})
_TOLD_REACH = 5  # `fik hun af lægen at vide`: words between `få` and `at vide`


def told_attribution(ctx: DocContext, i: int) -> FoundAttribution | None:
    """`fik jeg at vide, at …`, `Han fik af lægen at vide, at …`: what someone was told. The cue runs
    from `få` to `vide`; the teller is the `af`-phrase when there is one, else none is given (kind
    unnamed, as for a passive); the content is the `at`-clause."""
    doc = ctx.doc
    _s, e = ctx.sentence_bounds(i)
    vide = next(
        (
            k
            for k in range(i + 2, min(i + 2 + _TOLD_REACH, e))
            if doc[k].lower_ == "vide" and doc[k - 1].lower_ == "at"
        ),
        None,
    )
    if vide is None or any(doc[k].is_punct for k in range(i + 1, vide)):
        return None
    source: Span | None = None
    teller = next((k for k in range(i + 1, vide - 1) if doc[k].lower_ == "af"), None)
    if teller is not None:
        source = noun_phrase(doc, teller + 1, vide - 1, VERB_FORM_SET)
    j = skip_adverbs(doc, vide + 1, e)
    if j < e and doc[j].text == ",":
        j += 1
    if j >= e or doc[j].lower_ != "at":
        return None  # `få noget at vide om …`: no reported clause
    end = ctx.content_end(j + 1, before_tag(ctx, j + 1, e))
    if end <= j + 1:
        return None
    return FoundAttribution(doc[i : vide + 1], source, doc[j + 1 : end], "indirect", "neutral", None, "told")


def periphrastic_passive(ctx: DocContext, i: int, verb: CueVerb, s: int, e: int) -> FoundAttribution | None:
    """`Det blev oplyst på mødet, at …`, `blev det understreget af X, at …`: a passive report.

    The source is the `af`-phrase when there is one, else none is given (kind unnamed)."""
    doc = ctx.doc
    if not any(doc[k].lower_ in PASSIVE_AUX for k in range(max(s, i - 3), i)):
        return None
    j = skip_adverbs(doc, i + 1, e)
    source: Span | None = None
    for k in range(j, min(j + 8, e - 1)):
        if doc[k].lower_ == "af" and source is None and k + 1 < e:
            source = noun_phrase(doc, k + 1, e, VERB_FORM_SET)
        if doc[k].text == "," and doc[k + 1].lower_ == "at":
            if any(doc[m].lower_ == "så" for m in range(i + 1, k)):
                # `Det blev sagt så bestemt, at …`: a result clause; what was said is `Det`
                if doc[s].lower_ not in ("det", "dette"):
                    return None
                return FoundAttribution(
                    doc[i : i + 1], source, doc[s : s + 1], "indirect", verb.stance, None, "passive"
                )
            end = ctx.content_end(k + 2, before_tag(ctx, k + 2, e))
            if end <= k + 2:
                return None
            return FoundAttribution(
                doc[i : i + 1], source, doc[k + 2 : end], "indirect", verb.stance, None, "passive"
            )
        if (doc[k].is_punct and doc[k].text != ",") or (
            k > j and (doc[k].lower_ in VERB_FORM_SET or doc[k].lower_ in ADVERBIAL_SUBORDINATORS)
        ):
            break  # `blev Obama kritiseret, da han sagde, at …`: the clause is another verb's
    return _agent_passive_report(ctx, i, s, e, verb.stance)


# a modal before an s-passive makes it the writer's remark, not a report (0 of 2 in the gold splits)
_AUTHOR_MODALS = frozenset({"må", "måtte", "kan", "kunne", "skal", "skulle", "bør"})


def passive_attribution(ctx: DocContext, i: int) -> FoundAttribution | None:
    """`hævdes at have trukket sig`, `det forlyder, at …`: no source, kind unnamed."""
    doc = ctx.doc
    s, e = ctx.sentence_bounds(i)
    stance = PASSIVE_CUES[doc[i].lower_]
    modal = i - 2 if i - 2 >= s and doc[i - 1].lower_ == "ikke" else i - 1
    if modal >= s and doc[modal].lower_ in _AUTHOR_MODALS:
        # `Huset må siges at have …`, `det skal nævnes, at …`: the writer's own remark; `Det kan ikke
        # afvises, at …` is a hedge (hedges.py), no denial reported
        return None
    j = skip_adverbs(doc, i + 1, e)
    if j + 1 < e and doc[j].lower_ == "det":
        comma = skip_adverbs(doc, j + 1, e)
        if comma < e and doc[comma].text == ",":
            j = comma  # `I bogen nævnes det (nu), at …`: the expletive subject after the verb
    source: Span | None = None
    if j + 1 < e and doc[j].lower_ in ("fra", "af"):  # `Det oplyses fra politiet, at …`: the source after all
        source = noun_phrase(doc, j + 1, e, VERB_FORM_SET)
        if source is not None and doc[j].lower_ == "af" and not can_speak(source):
            source = None  # `bekræftes af målingerne`: evidence, not a speaker
        if source is not None:
            j = skip_adverbs(doc, source.end, e)
    if source is None and i - 2 >= s and doc[s].lower_ == "fra":
        # `Fra arkivleder Poul Nørgaard understreges, at …`: the source fronted with `fra`
        fronted = noun_phrase(doc, s + 1, i, VERB_FORM_SET)
        if fronted is not None and fronted.end == i and can_speak(fronted):
            source = fronted
    if j + 2 < e and doc[j].lower_ == "om" and doc[j + 1].text == "," and doc[j + 2].lower_ == "at":
        j += 1  # `forlydender om, at …`
    if j + 1 < e and doc[j].text == "," and doc[j + 1].lower_ == "at":
        end = e
        if doc[i].lower_ in RUMOUR_NOUNS:  # a noun's clause ends at the next comma (`Rygterne om, at …, har`)
            end = next((k for k in range(j + 2, e) if doc[k].text == ","), e)
        end = ctx.content_end(j + 2, end)
        return FoundAttribution(doc[i : i + 1], source, doc[j + 2 : end], "indirect", stance, None, "passive")
    if j + 1 < e and doc[j].lower_ in _INVERTED_PRONOUNS and doc[j + 1].lower_ == "at":
        j += 1  # `Yderligere formodes han at have set sit snit …`: the inverted subject before `at`
    if j < e and doc[j].lower_ == "at":
        end = j + 1
        while end < e and doc[end].text not in (",", ".", ";", ":", "?", "!"):
            end += 1
        return FoundAttribution(doc[i : i + 1], source, doc[j:end], "indirect", stance, None, "passive")
    if doc[i].lower_ in PREDICATIVE_PASSIVES:
        predicate = _passive_predicate(ctx, i, j, s, e)
        if predicate is not None:
            return FoundAttribution(
                doc[i : i + 1], source, doc[predicate[0] : predicate[1]], "indirect", stance, None, "passive"
            )
    pre = pre_content(ctx, i, s)
    if pre is not None and (
        doc[i].lower_ in ("forlyder", "forlød")
        or (pre[2] == "direct" and i + 1 < e and doc[i + 1].lower_ == "det")
    ):
        # `"…," understreges det på ministeriets hjemmeside`: a quotation tagged by a passive
        return FoundAttribution(doc[i : i + 1], None, doc[pre[0] : pre[1]], pre[2], stance, None, "passive")
    return _agent_passive_report(ctx, i, s, e, stance)


# what may follow `af X,` when the agent closes the report: a relative clause (`af X, som …`) or a
# concessive or causal one (`afvises af SAS, også selv om …`)
_AFTER_AGENT = frozenset({"som", "der", "også", "selv", "selvom", "skønt", "fordi", "men"})
_LEADING_LINKS = frozenset({"men", "og", "også"})
_INVERTED_PRONOUNS = frozenset({"han", "hun", "de", "den", "man"})
_CLAUSE_END = frozenset({",", ".", ";", ":", "?", "!", "-", "–"})
_LINK_REACH = 5  # words between the verb and its linking word: `vurderes truslen herfra som …`


def _passive_predicate(ctx: DocContext, i: int, j: int, s: int, e: int) -> tuple[int, int] | None:
    """The predicate an s-passive reports about its subject: from the linking word (`som`, `for`) to
    the clause's end, with an inverted subject before it (`så vurderes truslen herfra som værende
    hypotetisk`); for `meldes død` the whole clause, whose subject is what is reported."""
    doc = ctx.doc
    end = j
    while end < e and doc[end].text not in _CLAUSE_END:
        end += 1
    links = PREDICATIVE_PASSIVES[doc[i].lower_]
    if links is None:
        if j >= end or doc[j].pos_ not in ("ADJ", "VERB") or not doc[j].is_lower:
            return None
        start = s
        while start < i and (doc[start].is_punct or doc[start].is_space):
            start += 1
        if any(doc[k].text in _CLAUSE_END for k in range(start, i)):
            start = j
        return (start, ctx.content_end(start, end))
    link = next((k for k in range(j, min(end, j + _LINK_REACH + 1)) if doc[k].lower_ in links), None)
    if link is None or link + 1 >= end:
        return None
    # the inverted subject belongs to what is reported; an `af`-agent the tagger did not take for a
    # speaker does not (`betegnes af vidner som mirakuløs`)
    start = link + 1 if doc[link].lower_ == "som" and (link == j or doc[j].lower_ == "af") else j
    content_end = ctx.content_end(start, end)
    return (start, content_end) if content_end > start else None


def _only_verb_group(doc: Doc, start: int, end: int) -> bool:
    """Tokens start..end are a short verb group: auxiliaries and lower-case adverbs, no phrase of
    their own (`er dog pure blevet`, where the tagger may read `pure` as a noun)."""
    words = doc[start:end]
    return len(words) == 0 or (
        len(words) <= 5
        and any(t.lower_ in AUXILIARIES or t.lower_ in PASSIVE_AUX for t in words)
        and all(t.is_alpha and t.is_lower and t.pos_ not in ("DET", "PRON", "PROPN", "NUM") for t in words)
    )


def _agent_passive_report(ctx: DocContext, i: int, s: int, e: int, stance: str) -> FoundAttribution | None:
    """`Oplysningerne bekræftes af politiet`, `Det bekræftes over for Ritzau af en talsmand`: a
    passive with its agent names the source; the subject (or what `Det` points back to) is the
    content."""
    doc = ctx.doc
    j = next((k for k in range(i + 1, min(e - 1, i + 8)) if doc[k].lower_ == "af"), None)
    if j is None:
        return None
    via = via_and_adverbials(ctx, i + 1, j)[0] if j > i + 1 else None
    source = noun_phrase(doc, j + 1, e, VERB_FORM_SET)
    if source is None or not can_speak(source):
        return None
    after = skip_adverbs(doc, source.end, e)
    if after < e and doc[after].lower_ == "som":
        return None  # `Det blev afvist af ministeren som for dyrt`: a verdict on a proposal, not a report
    relative = after + 1 < e and doc[after].text == "," and doc[after + 1].lower_ in _AFTER_AGENT
    if not (relative or ends_here(ctx, after, e)):
        return None  # `af X, som …` may go on; anything else after the agent is another construction
    start = s
    while start < i and (doc[start].is_punct or doc[start].is_space or doc[start].lower_ in _LEADING_LINKS):
        start += 1  # `Men også det afvises af SAS`: the subject after the links
    if start < i and doc[start].lower_ in ("det", "dette") and _only_verb_group(doc, start + 1, i):
        content = anaphor_content(ctx, s, start, "indirect")
    else:
        subject = noun_phrase(doc, start, i, VERB_FORM_SET) if start < i else None
        if subject is None or not _only_verb_group(doc, subject.end, i):
            return None  # the subject must open the clause: `Kritikken er dog pure blevet afvist af X`
        content = (subject.start, subject.end, "indirect")
    if content is None or content[1] <= content[0]:
        return None
    return FoundAttribution(
        doc[i : i + 1], source, doc[content[0] : content[1]], "indirect", stance, via, "agent-passive"
    )
