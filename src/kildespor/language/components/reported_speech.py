"""Attributions cued by a reporting verb: `siger X`, `X siger, at …`, `Det mener X`, `X skriver: "…"`.

For one verb cue the rules decide, in this order:
1. the content stands before the cue (`"…," siger X` / `- …, siger X` /
   `…, mener eksperterne`): the source follows the cue;
2. otherwise the source is the clause's subject (V2: before the finite verb,
   or after it when something else is fronted), and the content follows:
   a colon + quotation, an `at`-clause, a particle's noun phrase
   (`meldt om …`), or, for `Det mener X`, the sentence before.
Relays (`til TV 2`, `ifølge TV 2`) after the cue or its source go to `via`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kildespor.language.components.doc_context import VERB_FORM_SET, VERB_FORMS, DocContext, is_media
from kildespor.language.components.found_attribution import FoundAttribution
from kildespor.language.components.phrase_edges import (
    antecedent,
    clause_start,
    is_fronted_non_subject,
    noun_phrase,
    starts_np,
)
from kildespor.language.da.attribution_cues import RELAY_PREPOSITIONS
from kildespor.language.da.function_words import ADVERBS, AUXILIARIES, PREPOSITIONS
from kildespor.language.da.passive_cues import PASSIVE_CUES
from kildespor.language.da.reporting_particles import REPORTING_PARTICLES

_PERFECT_AUX = frozenset({"har", "havde", "have", "er", "var", "blev", "bliver", "være"})
_ANAPHORS = frozenset({"det", "dette", "sådan", "så", "dét"})
_NP_COMPLEMENT_STANCES = frozenset({"endorsing", "denial"})
_MAX_GAP = 10
_REFUSAL_VERBS = frozenset({"afvise", "nægte"})
_TRAILING_PARTICLES = frozenset({"også", "ikke", "dog", "nu", "videre", "blandt", "andet", "bl.a.", "selv"})


def _skip_adverbs(doc: Doc, j: int, limit: int) -> int:
    """First index at or after j that is not an adverb (within limit)."""
    while j < limit and doc[j].lower_ in _TRAILING_PARTICLES:
        j += 1
    return j


def find_via(ctx: DocContext, j: int, limit: int) -> tuple[Span | None, int]:
    """A relay right at j: `ifølge X`, `til <medium>`, `over for <medium>`; returns (via, index after it)."""
    doc = ctx.doc
    k = j
    if k + 1 < limit and doc[k].lower_ == "over" and doc[k + 1].lower_ == "for":
        k += 1
    if k < limit and doc[k].lower_ in RELAY_PREPOSITIONS | {"for"}:
        np = noun_phrase(doc, k + 1, limit, VERB_FORM_SET)
        if np is not None and (doc[k].lower_ in ("ifølge", "iflg.") or is_media(np.text)):
            return np, np.end
    return None, j


def pre_content(ctx: DocContext, cue: int, s: int) -> tuple[int, int, str] | None:
    """Content standing before the cue: a closed quotation, a dash paragraph or an inverted clause."""
    doc = ctx.doc
    p = ctx.previous_solid(cue)
    if p < 0:
        return None
    if doc[p].text in (",", "–", "—", "-") and p - 1 >= 0 and (p - 1) in ctx.region_by_close:
        p -= 1
    if p in ctx.region_by_close:
        region = ctx.regions[ctx.region_by_close[p]]
        return region.start, region.end, "direct"
    if doc[p].text not in (",", "?", "!"):
        return None
    region = ctx.region_at(cue)
    if region is not None and region.dash:
        end = p + 1 if doc[p].text != "," else p
        return (region.start, end, "direct") if end > region.start else None
    if region is not None:
        return None
    start = s
    while start < p and doc[start].is_punct:
        start += 1
    end = p + 1 if doc[p].text != "," else p
    return (start, end, "indirect") if end - start >= 3 else None


def _finite_position(doc: Doc, i: int, participle: bool, s: int) -> int | None:
    """The finite verb of the cue's verb group: the cue itself, or the auxiliary before a participle."""
    if not participle:
        return i
    for j in range(i - 1, max(s, i - 6) - 1, -1):
        lower = doc[j].lower_
        if lower in _PERFECT_AUX:
            return j
        if doc[j].is_punct:
            return None
    return None


def _subject(ctx: DocContext, i: int, f: int, s: int, e: int) -> tuple[Span | None, int]:
    """The cue's subject and the index after the verb group where the complement may start."""
    doc = ctx.doc
    c = clause_start(doc, f, s)
    after = _skip_adverbs(doc, i + 1, e)
    if c < f and doc[c].lower_ in ("der", "som") and c > s:
        return antecedent(doc, c - 1, s, VERB_FORM_SET), after
    inverted = c >= f or is_fronted_non_subject(doc, c, f)
    if not inverted and f + 1 < e and doc[f + 1].lower_ in ("han", "hun", "de", "jeg", "vi") and c + 1 == f:
        inverted = True
    if not inverted:
        return noun_phrase(doc, c, f, VERB_FORM_SET), after
    if f < i:  # `I går har ministeren sagt`: the subject stands between auxiliary and participle
        subject = noun_phrase(doc, _skip_adverbs(doc, f + 1, i), i, VERB_FORM_SET)
        if subject is not None:
            return subject, after
    subject = noun_phrase(doc, after, e, VERB_FORM_SET)
    return subject, (subject.end if subject is not None else after)


def colon_content(ctx: DocContext, colon: int) -> tuple[int, int, str] | None:
    """What a colon introduces: a quotation (in this or the next paragraph) or the rest of the sentence."""
    doc = ctx.doc
    j = colon + 1
    while j < len(doc) and doc[j].is_space:
        j += 1
    if j < len(doc) and j in ctx.region_by_open:
        region = ctx.regions[ctx.region_by_open[j]]
        return region.start, region.end, "direct"
    s, e = ctx.sentence_bounds(colon)
    end = ctx.content_end(colon + 1, e)
    return (colon + 1, end, "indirect") if end > colon + 1 and j < e else None


def previous_sentence(ctx: DocContext, s: int) -> tuple[int, int, str] | None:
    """Content of `Det mener X`: the sentence (or quotation) before."""
    p = ctx.previous_solid(s)
    if p < 0:
        return None
    if p in ctx.region_by_close:
        region = ctx.regions[ctx.region_by_close[p]]
        return region.start, region.end, "direct"
    region = ctx.region_at(p)
    if region is not None and region.dash:
        return region.start, ctx.content_end(region.start, region.end), "direct"
    ps, pe = ctx.sentence_bounds(p)
    if region is not None and region.start <= ps:
        return region.start, ctx.content_end(region.start, region.end), "direct"
    return ps, ctx.content_end(ps, pe), "indirect"


def _post_content(ctx: DocContext, j: int, e: int, lemma: str, stance: str) -> tuple[int, int, str, int]:
    """Complement after the verb group: `, at …`, `: "…"`, a particle's noun phrase; (start, end, kind, cue end)."""
    doc = ctx.doc
    k = j
    while k < e and k - j < _MAX_GAP:
        lower = doc[k].lower_
        if lower == "at" and (k + 1 < e):
            end = ctx.content_end(k + 1, e)
            kind = "mixed" if any(ctx.region_of[t] >= 0 for t in range(k + 1, end)) else "indirect"
            return k + 1, end, kind, -1
        if doc[k].text == ":":
            found = colon_content(ctx, k)
            return (found[0], found[1], found[2], -1) if found else (-1, -1, "", -1)
        if k in ctx.region_by_open:
            region = ctx.regions[ctx.region_by_open[k]]
            return region.start, region.end, "direct", -1
        if doc[k].is_punct and doc[k].text != ",":
            break
        if doc[k].text == "," and (k + 1 >= e or doc[k + 1].lower_ != "at"):
            break
        k += 1
    return -1, -1, "", -1


def _np_complement(ctx: DocContext, j: int, e: int) -> tuple[int, int] | None:
    """A noun-phrase complement up to the clause end: `erkender deres rolle`, `meldt om intern modstand`."""
    doc = ctx.doc
    end = j
    while end < e and doc[end].text not in (",", ".", ":", ";", "?", "!"):
        end += 1
    end = ctx.content_end(j, end)
    return (j, end) if end > j and starts_np(doc, j, VERB_FORM_SET) else None


def verb_attribution(ctx: DocContext, i: int) -> FoundAttribution | None:
    """The attribution cued by the reporting verb at token i, or None when the rules find no content."""
    doc = ctx.doc
    lemma, stance, participle = VERB_FORMS[doc[i].lower_]
    s, e = ctx.sentence_bounds(i)
    pre = pre_content(ctx, i, s)
    if pre is not None:
        source = noun_phrase(doc, _skip_adverbs(doc, i + 1, e), e, VERB_FORM_SET)
        if source is not None and doc[min(source.end, e - 1)].lower_ != "at":
            via, _ = find_via(ctx, _skip_adverbs(doc, source.end, e), e)
            return FoundAttribution(doc[i : i + 1], source, doc[pre[0] : pre[1]], pre[2], stance, via, "pre-content")
    f = _finite_position(doc, i, participle, s)
    if f is None:
        return None
    source, j = _subject(ctx, i, f, s, e)
    cue_end = i + 1
    particles = REPORTING_PARTICLES.get(lemma, frozenset())
    j = _skip_adverbs(doc, j, e)
    if j < e and doc[j].lower_ in particles:
        cue_end = j + 1
        found = _np_complement(ctx, j + 1, e)
        if found and source is not None:
            return FoundAttribution(doc[i:cue_end], source, doc[found[0] : found[1]], "indirect", stance, None,
                                    "particle")
    if lemma in _REFUSAL_VERBS and j + 1 < e and doc[j].lower_ == "at" and doc[j + 1].lower_ not in ("have", "være"):
        return None  # `nægter at gå i krig`, `afviser at stemme`: refusing to act, not reporting
    via, j = _via_and_adverbials(ctx, j, e)
    start, end, kind, _ = _post_content(ctx, j, e, lemma, stance)
    if start >= 0 and end > start and source is not None:
        return FoundAttribution(doc[i:cue_end], source, doc[start:end], kind, stance, via, "post-content")
    if start < 0 and source is not None and doc[clause_start(doc, f, s)].lower_ in _ANAPHORS and _ends_here(ctx, j, e):
        prev = previous_sentence(ctx, s)
        if prev is not None and prev[1] > prev[0]:
            return FoundAttribution(doc[i:cue_end], source, doc[prev[0] : prev[1]], prev[2], stance, via,
                                    "anaphoric")
    if start < 0 and source is not None and stance in _NP_COMPLEMENT_STANCES:
        found = _np_complement(ctx, j, e)
        if found:
            return FoundAttribution(doc[i:cue_end], source, doc[found[0] : found[1]], "indirect", stance, via,
                                    "object")
    return None


def _via_and_adverbials(ctx: DocContext, j: int, e: int) -> tuple[Span | None, int]:
    """Skip `i går`, `til avisen`, `ifølge TV 2` after the verb group, keeping a relay as via."""
    doc = ctx.doc
    via: Span | None = None
    for _ in range(3):
        j = _skip_adverbs(doc, j, e)
        found, nxt = find_via(ctx, j, e)
        if found is not None:
            via = via or found
            j = nxt
            continue
        if j + 1 < e and doc[j].lower_ in PREPOSITIONS and doc[j].lower_ != "at" and doc[j + 1].lower_ != "at":
            k = j + 1
            while k < e and k - j < 5 and not doc[k].is_punct and doc[k].lower_ != "at":
                k += 1
            j = k
            continue
        break
    return via, j


def _ends_here(ctx: DocContext, j: int, e: int) -> bool:
    """True when little but punctuation, relays or a relative clause follow (`Det mener X.`)."""
    doc = ctx.doc
    return j >= e or doc[j].is_punct or doc[j].lower_ in ADVERBS or doc[j].lower_ in AUXILIARIES or j + 6 >= e


def passive_attribution(ctx: DocContext, i: int) -> FoundAttribution | None:
    """`hævdes at have trukket sig`, `det forlyder, at …`: no source, kind unnamed."""
    doc = ctx.doc
    s, e = ctx.sentence_bounds(i)
    stance = PASSIVE_CUES[doc[i].lower_]
    j = _skip_adverbs(doc, i + 1, e)
    if j + 1 < e and doc[j].text == "," and doc[j + 1].lower_ == "at":
        end = ctx.content_end(j + 2, e)
        return FoundAttribution(doc[i : i + 1], None, doc[j + 2 : end], "indirect", stance, None, "passive")
    if j < e and doc[j].lower_ == "at":
        end = j + 1
        while end < e and doc[end].text not in (",", ".", ";", ":", "?", "!"):
            end += 1
        return FoundAttribution(doc[i : i + 1], None, doc[j:end], "indirect", stance, None, "passive")
    pre = pre_content(ctx, i, s)
    if pre is not None and doc[i].lower_ in ("forlyder", "forlød"):
        return FoundAttribution(doc[i : i + 1], None, doc[pre[0] : pre[1]], pre[2], stance, None, "passive")
    return None
