"""Where a report's content lies: before the cue, after a colon, in the next paragraph, or in the
sentence an anaphor points back to.

`pre_content` finds content standing before a cue (a closed quotation, a dash paragraph, an
inverted clause: `"…," siger X`, `- …, smiler Bent`, `…, mener eksperterne`); `colon_content`
what a colon introduces; `previous_sentence` / `anaphor_content` what `Det mener X` points back
to; `continued_quotation` and `quotation_in_next_paragraph` extend or find a quotation around a
tag. The rules that decide the cue and the source live in reported_speech.py.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kildespor.language.components.complements import finite_like
from kildespor.language.components.doc_context import DocContext
from kildespor.language.components.phrase_edges import is_capitalised, tagged_finite_verb
from kildespor.language.components.quotation_regions import QuoteRegion
from kildespor.language.da.function_words import ADVERBIAL_SUBORDINATORS
from kildespor.language.da.non_speaker_labels import TEASER_LABELS
from kildespor.language.da.quotation import DIALOGUE_DASHES, QUOTATION_MARKS

# start, end and kind (`direct`, `indirect`, `according_to`) of a content
TokenRange = tuple[int, int, str]
_QUOTE_CHARS = frozenset(QUOTATION_MARKS) | {"'", "’", "‘"}


def _open_mark_before(ctx: DocContext, p: int, s: int) -> int:
    """Start of an unpaired quotation that ends at the mark p: after its opening mark, else the paragraph start."""
    doc = ctx.doc
    mark = doc[p].text
    k = p - 1
    while k >= 0 and not (doc[k].is_space and "\n" in doc[k].text):
        if doc[k].text in _QUOTE_CHARS and (
            doc[k].text == mark or mark in QUOTATION_MARKS.get(doc[k].text, ())
        ):
            return k + 1
        k -= 1
    return min(k + 1, s) if k + 1 <= s else k + 1


def pre_content(ctx: DocContext, cue: int, s: int) -> TokenRange | None:
    """Content standing before the cue: a closed quotation, a dash paragraph or an inverted clause."""
    doc = ctx.doc
    p = ctx.previous_solid(cue)
    if p >= 0 and doc[p].lower_ in ("sådan", "således", "så"):
        p = ctx.previous_solid(p)
    if p < 0:
        return None
    if doc[p].text in (",", "–", "—", "-") and p - 1 >= 0 and (p - 1) in ctx.region_by_close:
        p -= 1
    if p in ctx.region_by_close:
        region = ctx.regions[ctx.region_by_close[p]]
        outer = ctx.region_at(cue)
        if outer is not None and outer.dash and outer.start < region.open_mark - 1:
            # `- De råber, og blandt andet råber de "om lidt …," oplyser politikommissæren.`: the tag
            # after a quotation nested in a dash paragraph reports the whole paragraph
            return outer.start, p + 1, "direct"
        return region.start, region.end, "direct"
    if doc[p].text in _QUOTE_CHARS and p - 1 >= 0 and doc[p - 1].text in (",", "?", "!", "."):
        start = _open_mark_before(ctx, p, s)
        end = p - 1 if doc[p - 1].text == "," else p
        return (start, end, "direct") if end > start else None
    if (
        doc[p].text == ","
        and p - 1 > s
        and doc[p - 1].text in _QUOTE_CHARS
        and (p - 1) not in ctx.region_by_close
        and not any(doc[k].text == doc[p - 1].text for k in range(s, p - 1))
    ):
        # `… for det ", mente han.`: a quotation opened in an earlier sentence closes here
        return (s, p - 1, "direct") if p - 1 > s else None
    here = ctx.region_at(cue)
    if doc[p].text in ("-", "–") and (p - 1) not in ctx.region_by_close and p - 1 > s and doc[p - 1].is_alpha:
        # `… er alt for ukonkret - siger en række organisationer.`: a dash standing in for the comma
        return (s, p, "indirect") if here is None and not doc[s].is_punct else None
    if doc[p].text not in (",", "?", "!"):
        if here is not None and here.dash and doc[p].is_alpha and _bare_tag_after(doc, cue):
            return (here.start, p + 1, "direct")  # `- … for bilisterne i området fortæller han.`
        return None
    end = p + 1 if doc[p].text != "," else p
    if here is not None and (here.dash or here.close_mark is None):
        return (here.start, end, "direct") if end > here.start else None
    if here is not None:
        return _nested_clause(ctx, cue, here.start, s, end)
    start = s
    while start < p and doc[start].is_punct:
        start += 1
    if _subject_with_relative_clause(doc, start, p):
        return None  # `Avisen Berlingske, der har set papirerne, vurderer sagen`: the subject, not content
    if (
        is_capitalised(doc[p - 1].text)
        and any(doc[k].text == "," for k in range(start, p - 1))
        and not any(finite_like(doc[k]) for k in range(start, p))
    ):
        return None  # `Liverpools manager, Jürgen Klopp, advarer …`: a subject with its apposition
    if (
        doc[start].lower_ in ADVERBIAL_SUBORDINATORS
        and not _fronted_phrase_then_clause(doc, start, p)
        and not any(doc[k].text == "," for k in range(start, p))
    ):
        return None  # `Når jeg ser dem, tænker jeg på …`: a fronted adverbial clause, not reported content
    if end - start < 2:
        return None
    interposed = _interposed_tag_end(ctx, cue, start, p)
    if interposed is not None:
        return start, interposed, "indirect"
    return start, end, "indirect"


def _interposed_tag_end(ctx: DocContext, cue: int, start: int, p: int) -> int | None:
    """`Den løsning, mener vi, er langt bedre end …`, `I virkeligheden, mener han, er …`: a tag
    set into a clause whose finite verb follows it reports the whole clause, tag included
    (ANNOTATION.md: content is contiguous). The end of that clause, or None for a plain tag."""
    doc = ctx.doc
    k = cue + 1
    if k < len(doc) and doc[k].lower_ in _TAG_PRONOUNS:
        k += 1
    else:
        while k < len(doc) and is_capitalised(doc[k].text) and doc[k].is_alpha:
            k += 1  # `, siger Jens Hansen, er …`
    if k + 1 >= len(doc) or k == cue + 1 or doc[k].text != ",":
        return None
    if not tagged_finite_verb(doc[k + 1]) or any(tagged_finite_verb(doc[j]) for j in range(start, p)):
        return None
    _, e = ctx.sentence_bounds(cue)
    end = ctx.content_end(k + 1, e)
    return end if end > k + 2 else None


_TAG_PRONOUNS = frozenset({"han", "hun", "de", "vi", "jeg", "man"})


def _fronted_phrase_then_clause(doc: Doc, start: int, p: int) -> bool:
    """`Efter det fik hun nok og slog op, fortæller kilden`: a preposition (not `Efter at …`) opens
    a main clause that has a finite verb of its own; `Efter en bøn i moskéen, sagde X` has none."""
    return (
        doc[start].pos_ == "ADP"
        and start + 1 < p
        and doc[start + 1].lower_ != "at"
        and any(tagged_finite_verb(doc[k]) for k in range(start + 1, p))
    )


def _nested_clause(ctx: DocContext, cue: int, quote_start: int, s: int, end: int) -> TokenRange | None:
    """`"… Der kommer nok til at gå en uges tid, tror jeg," siger Eldrup`: inside a closed quotation
    only a personal pronoun after the cue makes a nested report, of the clause since the sentence
    (or the quotation) began; a name or noun there is more often the quotation's own badly
    punctuated tag."""
    doc = ctx.doc
    if cue + 1 >= len(doc) or doc[cue + 1].lower_ not in ("jeg", "vi", "han", "hun", "de"):
        return None
    start = max(s, quote_start)
    while start < end and doc[start].is_punct:
        start += 1
    return (start, end, "indirect") if end - start >= 3 else None


def _bare_tag_after(doc: Doc, cue: int) -> bool:
    """The cue is followed only by a personal pronoun and the sentence end (`… fortæller han.`)."""
    return (
        cue + 2 < len(doc)
        and doc[cue + 1].lower_ in ("han", "hun", "de", "vi", "jeg")
        and doc[cue + 2].text in (".", "!")
    )


def _subject_with_relative_clause(doc: Doc, start: int, p: int) -> bool:
    """A noun phrase without a finite verb, then `, der|som …` up to the comma before the cue."""
    comma = next((k for k in range(start, p) if doc[k].text == ","), None)
    if comma is None or comma + 1 >= p or doc[comma + 1].lower_ not in ("der", "som"):
        return False
    if any(finite_like(doc[k]) for k in range(start, comma)):
        return False
    # `Sagen om en mand, der døde på et botilbud, kan få et efterspil, skriver X`: the main clause
    # resumes after the relative clause, so all of it is content
    return not any(doc[k].text == "," and k + 1 < p and finite_like(doc[k + 1]) for k in range(comma + 2, p))


def colon_content(ctx: DocContext, colon: int) -> TokenRange | None:
    """What a colon introduces: a quotation (in this or the next paragraph) or the rest of the sentence."""
    doc = ctx.doc
    j, region = _quotation_opening_after(ctx, colon + 1)
    if region is not None:
        return region.start, region.end, "direct"
    _s, e = ctx.sentence_bounds(colon)
    start = colon + 1
    while start < e and (doc[start].is_space or doc[start].text in DIALOGUE_DASHES):
        start += 1  # `tilføjer: - Vi har …`: the dialogue dash opens the quotation, it is no content
    end = ctx.content_end(start, e)
    kind = "direct" if start > colon + 1 and doc[start - 1].text in DIALOGUE_DASHES else "indirect"
    return (start, end, kind) if end > start and j < e else None


def _teaser_line(ctx: DocContext, p: int) -> bool:
    """The sentence at token p is a teaser line (`Se også: …`, `Læs også: …`): site furniture."""
    doc = ctx.doc
    ps, pe = ctx.sentence_bounds(p)
    colon = next((k for k in range(ps, min(ps + 4, pe)) if doc[k].text == ":"), None)
    return colon is not None and doc[ps:colon].text.lower().strip() in TEASER_LABELS


def previous_sentence(ctx: DocContext, s: int) -> TokenRange | None:
    """Content of `Det mener X`: the sentence (or quotation) before, past teaser lines."""
    p = ctx.previous_solid(s)
    for _ in range(3):
        if p < 0 or not _teaser_line(ctx, p):
            break
        p = ctx.previous_solid(ctx.sentence_bounds(p)[0])  # `Se også: …` between the report and its content
    if p < 0:
        return None
    if p in ctx.region_by_close:
        closed = ctx.regions[ctx.region_by_close[p]]
        return closed.start, closed.end, "direct"
    region = ctx.region_at(p)
    ps, pe = ctx.sentence_bounds(p)
    if region is not None and (region.dash or region.start <= ps):
        # a dash paragraph may run on into the cue sentence (`- Det er glat. Sådan siger X`)
        return region.start, ctx.content_end(region.start, min(region.end, s)), "direct"
    return ps, ctx.content_end(ps, pe), "indirect"


def anaphor_content(ctx: DocContext, s: int, anaphor: int, kind: str) -> TokenRange | None:
    """What `Det`/`Sådan` at token `anaphor` stands for: the sentence before, or the anaphor itself
    when the text opens with it (`Sådan siger X` as a whole record)."""
    found = previous_sentence(ctx, s)
    if found is None and ctx.previous_solid(s) < 0:
        return anaphor, anaphor + 1, kind
    return found


def which_clause_content(ctx: DocContext, s: int, c: int) -> TokenRange | None:
    """`…, at politiet ikke har haft ressourcer nok, hvilket Inger Støjberg sagde torsdag`: a
    `hvilket`-clause reports the clause before its comma, from that clause's own `at` (or the
    sentence start)."""
    doc = ctx.doc
    if not (c - 2 > s and doc[c - 1].lower_ == "hvilket" and doc[c - 2].text == ","):
        return None
    comma = c - 2
    start = next((k + 1 for k in range(comma - 1, s, -1) if _clause_at(doc, k)), s)
    while start < comma and doc[start].is_punct:
        start += 1
    return (start, comma, "indirect") if comma - start >= 3 else None


def _clause_at(doc: Doc, k: int) -> bool:
    """`at` as the subordinator (tagged SCONJ, or after a comma untagged), not the infinitive marker."""
    return doc[k].lower_ == "at" and (
        doc[k].pos_ == "SCONJ" or (doc[k].pos_ == "" and doc[k - 1].text == ",")
    )


def continued_quotation(ctx: DocContext, pre: TokenRange, after: int) -> int:
    """`"Den bold glemmer jeg ikke," fastslog Hauth efter stævnet, "men ellers …"` and `- Fy for
    helvede, grinede Bolle, - men hun …`: a quotation split by its tag goes on after the tag; the
    content then spans both parts (ANNOTATION.md: content runs until the quotation closes)."""
    doc = ctx.doc
    comma = next((k for k in range(after, min(after + 6, len(doc))) if doc[k].is_punct), None)
    if comma is None or doc[comma].text != "," or comma + 1 >= len(doc):
        return pre[1]
    nxt = comma + 1
    if nxt in ctx.region_by_open:
        return ctx.regions[ctx.region_by_open[nxt]].end
    here = ctx.region_at(pre[0])
    if here is not None and here.dash and doc[nxt].text in DIALOGUE_DASHES and nxt < here.end:
        return ctx.content_end(nxt + 1, here.end)
    return pre[1]


def quotation_in_next_paragraph(ctx: DocContext, j: int) -> TokenRange | None:
    """`… og tilføjer\n\n- Men hun gjorde det værre.`: a verb ending its paragraph without a colon
    introduces the quotation that opens the next one."""
    doc = ctx.doc
    k = j
    while k < len(doc) and doc[k].text in (".", ":"):
        k += 1
    if k >= len(doc) or not (doc[k].is_space and "\n" in doc[k].text):
        return None
    _k, region = _quotation_opening_after(ctx, k)
    if region is None or region.end <= region.start:
        return None
    return region.start, region.end, "direct"


def _quotation_opening_after(ctx: DocContext, k: int) -> tuple[int, QuoteRegion | None]:
    """The first token at or after k that is not whitespace, and the quotation it opens, if any."""
    doc = ctx.doc
    while k < len(doc) and doc[k].is_space:
        k += 1
    return k, ctx.regions[ctx.region_by_open[k]] if k in ctx.region_by_open else None
