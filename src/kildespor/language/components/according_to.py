"""Attributions of the `according_to` kind: `ifølge X`, `efter X's opfattelse`, `fremgår af X`,
`står der i X`, `lyder det fra X`.

Content (ANNOTATION.md): when `ifølge X` opens the clause, the clause after
X (and after a relative clause on X); when it stands inside the clause, the
whole clause with `ifølge X` included; when it closes the sentence
(`…, ifølge politiet.`), the clause before it.
"""

from __future__ import annotations

from spacy.tokens import Span

from kildespor.language.components.doc_context import VERB_FORM_SET, DocContext
from kildespor.language.components.found_attribution import FoundAttribution
from kildespor.language.components.phrase_edges import closing_parenthesis, is_capitalised, noun_phrase
from kildespor.language.components.report_contents import anaphor_content, pre_content
from kildespor.language.components.source_kinds import source_kind
from kildespor.language.da.attribution_cues import (
    ACCORDING_TO_PREPOSITIONS,
    COMES_FROM,
    DEFINITE_STATEMENT_NOUNS,
    EMERGES_FROM,
    IF_ONE_BELIEVES,
    IS_CALLED_IN,
    NOT_SOURCE_HEADS,
    OPINION_NOUNS,
    SOUNDS_FROM,
    STANDS_IN,
    STATEMENT_NOUNS,
)
from kildespor.language.da.function_words import AUXILIARIES, SUBORDINATORS
from kildespor.language.da.time_words import TIME_WORDS

_ADVERBS = frozenset(
    {
        "også",
        "dog",
        "nu",
        "ligeledes",
        "desuden",
        "klart",
        "tydeligt",
        "blandt",
        "andet",
        "bl.a.",
        "tidligere",
    }
)
# `Heraf fremgår det, at …`: a pronominal adverb that holds `af` and the document it points back to
_PRONOMINAL_OF = frozenset({"heraf", "deraf"})
_SOUNDS_FROM_PREPOSITIONS = frozenset({"fra", "på", "i"})
_FIRST_PERSON_POSSESSIVES = frozenset({"min", "mit", "mine", "vores", "vor", "vort"})
_STANDS_IN_FILLERS = frozenset(
    {"ikke", "ingen", "intet", "noget", "steder", "sted", "nogen", "også", "dog", "klart"}
)
_GENITIVE_PRONOUNS = frozenset(
    {"hans", "hendes", "deres", "dens", "dets", "sin", "sit", "sine", "min", "mit", "vores", "vor", "jeres"}
)
TRIGGERS = (
    ACCORDING_TO_PREPOSITIONS
    | EMERGES_FROM
    | STANDS_IN
    | SOUNDS_FROM
    | COMES_FROM
    | IS_CALLED_IN
    | STATEMENT_NOUNS
    | DEFINITE_STATEMENT_NOUNS
    | {"efter", "ord", "man"}  # `efter X's opfattelse`, `med X's ord: "…"`, `skal man tro X`
)


def _main_clause_after(ctx: DocContext, j: int, e: int) -> int:
    """Skip a relative clause on the source (`, der …,`) to where the main clause resumes."""
    doc = ctx.doc
    if j + 2 < e and doc[j].text == "(":  # `Ifølge borgmester Hans Jensen (S) vil …`: the party aside
        close = closing_parenthesis(doc, j, e)
        if close is not None:
            j = close + 1
    if not (j + 1 < e and doc[j].text == "," and doc[j + 1].lower_ in ("der", "som", "hvis")):
        return j + 1 if j < e and doc[j].text == "," else j
    k = j + 2
    while k < e:
        if doc[k].text == "," and k + 1 < e:
            nxt = doc[k + 1]
            if not is_capitalised(nxt.text) and (
                nxt.lower_ in AUXILIARIES
                or nxt.lower_ in VERB_FORM_SET
                or nxt.lower_.endswith(("er", "ede", "te"))
            ):
                return k + 1
        k += 1
    return j


def _clause_bounds(ctx: DocContext, i: int, s: int) -> int:
    """Start of the clause holding token i: after `, og`/`, men`/`;`, at `, der`/`, som`, else the sentence start."""
    doc = ctx.doc
    for j in range(i - 1, s, -1):
        lower = doc[j].lower_
        if lower in ("og", "men", "mens") and doc[j - 1].text == ",":
            return j + 1
        if lower in ("der", "som", "da", "fordi", "når", "hvis") and doc[j - 1].text == ",":
            return j
        if doc[j].text in (";", ":"):
            return j + 1
    return s


def _content(
    ctx: DocContext, cue_start: int, cue_end: int, source: Span, s: int, e: int
) -> tuple[int, int] | None:
    """The clause that the source vouches for (see module docstring)."""
    doc = ctx.doc
    end_all = ctx.content_end(s, _coordinated_end(ctx, max(source.end, cue_end), e))
    clause = _clause_bounds(ctx, cue_start, s)
    fronted = cue_start - 1 == clause and doc[clause].lower_ in ("men", "og", "så")  # `Men ifølge X er …`
    if cue_start == clause or fronted or (cue_start - 1 >= s and doc[cue_start - 1].lower_ in SUBORDINATORS):
        start = _main_clause_after(ctx, max(source.end, cue_end), e)
        return (start, end_all) if end_all > start else None
    if source.end >= end_all:
        end = cue_start
        while end > clause and doc[end - 1].is_punct:
            end -= 1
        return (clause, end) if end > clause else None
    return clause, end_all


def _coordinated_end(ctx: DocContext, j: int, e: int) -> int:
    """Where the vouched clause ends: before `, men …` (a contrast is the writer's own) else at e."""
    doc = ctx.doc
    for k in range(j, e - 1):
        if doc[k].text == "," and doc[k + 1].lower_ == "men":
            return k
    return e


def _genitive_source(ctx: DocContext, i: int, e: int) -> tuple[Span, int] | None:
    """`efter X's opfattelse`: the genitive noun phrase and the index of the opinion noun."""
    doc = ctx.doc
    for k in range(i + 1, min(i + 5, e)):
        lower = doc[k].lower_
        if lower in OPINION_NOUNS and k > i + 1:
            owner = doc[i + 1 : k]
            last = doc[k - 1].lower_
            if (
                last.endswith(("s", "'s", "’s"))
                or last in _GENITIVE_PRONOUNS
                or doc[k - 1].text in ("'s", "’s")
            ):
                return owner, k
            return None
    return None


def according_to_attribution(ctx: DocContext, i: int) -> FoundAttribution | None:
    """The according-to attribution triggered at token i, or None."""
    doc = ctx.doc
    lower = doc[i].lower_
    s, e = ctx.sentence_bounds(i)
    if lower in ACCORDING_TO_PREPOSITIONS:
        source = noun_phrase(doc, i + 1, e, VERB_FORM_SET)
        cue_end = i + 1
        reach = source.end if source is not None and len(source) > 1 else min(i + 4, e)
        if source is not None and any(
            t.lower_.startswith(NOT_SOURCE_HEADS) and t.pos_ != "VERB" for t in doc[i + 1 : reach]
        ):
            return None  # `ifølge loven`, `ifølge de to paragraffer`: a basis, not a source
    elif lower == "efter" and i + 1 < e and doc[i + 1].lower_ == "hvad":
        return _what_x_reports(ctx, i, e)
    elif lower == "efter":
        found = _genitive_source(ctx, i, e)
        if found is None:
            return None
        source, noun = found
        if source[0].lower_ in _FIRST_PERSON_POSSESSIVES and ctx.region_at(i) is None:
            return None  # `efter min mening` in the writer's own voice is no attribution
        cue_end = noun + 1
    elif lower == "ord" and i - 2 >= s and any(doc[k].lower_ == "med" for k in range(max(s, i - 5), i - 1)):
        return _in_their_words(ctx, i, s, e)
    elif lower == "man":
        return _if_one_believes(ctx, i, s, e)
    elif lower in STATEMENT_NOUNS:
        return _statement_noun(ctx, i, s, e)
    elif lower in DEFINITE_STATEMENT_NOUNS:
        return _statement_from(ctx, i, s, e)
    else:
        return _verbal_cue(ctx, i, s, e)
    if source is None:
        return None
    content = _content(ctx, i, cue_end, source, s, e)
    if content is None:
        return None
    return FoundAttribution(
        doc[i:cue_end], source, doc[content[0] : content[1]], "according_to", "neutral", None, "according-to"
    )


def _if_one_believes(ctx: DocContext, i: int, s: int, e: int) -> FoundAttribution | None:
    """`Skal man tro aviserne, ser hun 20 år yngre ud` / `…, skal man tro en undersøgelse.` /
    `hvis man tør stole på TMZ, …`: the words up to `tro`/`på` are the cue, X the source, and the
    main clause after X's comma (or the clause before the cue) the content."""
    doc = ctx.doc
    for words in IF_ONE_BELIEVES:
        first = i - words.index("man")
        last = first + len(words)
        if first < s or last >= e or tuple(t.lower_ for t in doc[first:last]) != words:
            continue
        source = noun_phrase(doc, last, e, VERB_FORM_SET)
        if source is None:
            return None
        if first == s or doc[first - 1].lower_ in ("og", "men"):
            comma = next((k for k in range(source.end, e) if doc[k].text == ","), None)
            if comma is None:
                return None
            start, end = _main_clause_after(ctx, comma, e), ctx.content_end(comma + 1, e)
        else:
            start, end = s, first
            while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
                end -= 1
            if end > start and doc[start].is_punct and doc[start].text not in ('"', "»", "“"):
                start += 1
        if end <= start:
            return None
        return FoundAttribution(
            doc[first:last], source, doc[start:end], "according_to", "neutral", None, "if-one-believes"
        )
    return None


def _verbal_cue(ctx: DocContext, i: int, s: int, e: int) -> FoundAttribution | None:
    """`fremgår af X`, `står der i X`, `lyder det fra X`, fronted `Af X fremgår det, at …`."""
    doc = ctx.doc
    lower = doc[i].lower_
    words = [doc[k].lower_ for k in range(i + 1, min(i + 3, e))]
    expletive_before = i - 1 >= s and doc[i - 1].lower_ == "der"  # `Der stod ingen steder i X, at …`
    if lower in EMERGES_FROM:
        prep, cue_end = "af", i + 1
        if words[:1] in (["det"], ["der"]):  # inverted `…, fremgår det af X`
            cue_end += 1
    elif lower in STANDS_IN and (words[:1] == ["der"] or expletive_before):
        prep, cue_end = "i", i + 2 if words[:1] == ["der"] else i + 1
        while cue_end < min(i + 4, e) and doc[cue_end].lower_ in _STANDS_IN_FILLERS:
            cue_end += 1  # `stod ingen steder i`, `står der ikke noget i`
    elif (
        lower in STANDS_IN
        and i - 1 >= s
        and doc[i - 1].lower_ == "det"
        and words[:1] == ["i"]
        and any(doc[k].text == "," and doc[k + 1].lower_ == "at" for k in range(i + 2, min(i + 10, e - 1)))
    ):
        prep, cue_end = "i", i + 1  # `Det står i rapporten, at …` (not `Det står i skabet`)
    elif lower in SOUNDS_FROM and words[:1] == ["det"]:
        prep, cue_end = "fra", i + 2
    elif lower in COMES_FROM and words[:2] == ["det", "fra"] and _after_quotation(ctx, i):
        prep, cue_end = "fra", i + 2  # `»…,« kom det fra Mark O. Madsen`
    elif lower in IS_CALLED_IN and words[:1] == ["det"]:
        prep, cue_end = "i", i + 2  # `hedder det i rapporten`, `I rapporten hedder det, at …`
    elif lower in IS_CALLED_IN and i - 1 >= s and doc[i - 1].lower_ == "det" and words[:1] == ["i"]:
        prep, cue_end = "i", i + 1  # `Det hedder i en meddelelse, at …`
    elif lower in IS_CALLED_IN and i - 1 == s and doc[s].lower_ == "det":
        # `Det hedder samtidig, at …` (in a text that quotes a document): no source given
        cue_end = i + 1
        while cue_end < e and doc[cue_end].lower_ in _ADVERBS | {"samtidig", "videre", "endvidere"}:
            cue_end += 1
        if cue_end + 1 < e and doc[cue_end].text == "," and doc[cue_end + 1].lower_ == "at":
            return _sourceless(ctx, i, cue_end, s)
        return None
    elif lower in SOUNDS_FROM and len(words) == 2 and words[1] == "fra" and doc[i + 1].is_alpha:
        prep, cue_end = "fra", i + 2  # `…, lyder advarslen fra eksperterne`
    elif (
        lower in SOUNDS_FROM and words[:1] and words[0] in DEFINITE_STATEMENT_NOUNS and words[1:2] != ["fra"]
    ):
        return _sounding_statement(ctx, i, s, e)
    else:
        return None
    while cue_end < e and doc[cue_end].lower_ in _ADVERBS:
        cue_end += 1
    source = None
    if lower in SOUNDS_FROM and (cue_end >= e or doc[cue_end].lower_ not in _SOUNDS_FROM_PREPOSITIONS):
        # `lyder det med et grin fra X`: a manner phrase before the source
        reach = 6 if cue_end < e and doc[cue_end].lower_ == "med" else 3
        manner = next(
            (
                k
                for k in range(cue_end, min(cue_end + reach, e))
                if doc[k].lower_ in _SOUNDS_FROM_PREPOSITIONS
            ),
            None,
        )
        if manner is None:  # `…, lyder det.`, `…, lyder det ironisk om X`: no source given
            return _sourceless(ctx, i, cue_end, s)
        cue_end = manner  # `lyder det bl.a. fra X`
    if lower in SOUNDS_FROM and cue_end < e:
        prep = doc[cue_end].lower_  # `lyder det på hjemmesiden`, `lød det i en erklæring`
    skip = 0
    if (
        lower in SOUNDS_FROM
        and cue_end + 2 < e
        and doc[cue_end].lower_ == "i"
        and doc[cue_end + 1].lower_ in TIME_WORDS
        and doc[cue_end + 2].lower_ == "i"
    ):
        skip = 2  # `lød det i torsdags i Europa-Parlamentet`: a time adverbial before the source
    if cue_end + skip < e and doc[cue_end + skip].lower_ == prep:
        source = noun_phrase(doc, cue_end + skip + 1, e, VERB_FORM_SET)
        cue_end += 1
    elif s < i and doc[s].lower_ == prep:
        source = noun_phrase(doc, s + 1, i, VERB_FORM_SET)
    elif lower in EMERGES_FROM and s == i - 1 and doc[s].lower_ in _PRONOMINAL_OF:
        source = doc[s:i]
    if source is None:
        return None
    author = _author_of_document(source) if prep == "i" else None
    source = author or source
    kind = source_kind(source, None)
    named_body = kind == "organisation" and source[0].text[:1].isupper()  # `lød det i Europa-Parlamentet`
    if (
        lower in SOUNDS_FROM
        and prep != "fra"
        and author is None
        and kind not in ("document", "media")
        and not named_body
    ):
        # `lød det i gentagne omgange`: an adverbial, not `lød det i en erklæring`; no source is given
        return _sourceless(ctx, i, i + 2, s)
    return _verbal_content(ctx, i, cue_end, source, s, e)


def _author_of_document(source: Span) -> Span | None:
    """`lyder det i en pressemeddelelse fra branchedirektør Niels Nielsen`: the one the document is
    from speaks through it (None when the phrase names no document with `fra` and an author)."""
    cut = next((t.i for t in source if t.lower_ == "fra"), None)
    if cut is None or cut + 1 >= source.end:
        return None
    document = source.doc[source.start : cut]
    return source.doc[cut + 1 : source.end] if source_kind(document, None) == "document" else None


def _after_quotation(ctx: DocContext, i: int) -> bool:
    """The word right after a closing quotation mark (and a comma after it): a tag position."""
    p = ctx.previous_solid(i)
    if p >= 0 and ctx.doc[p].text == ",":
        p = ctx.previous_solid(p)
    return p in ctx.region_by_close


def _in_their_words(ctx: DocContext, i: int, s: int, e: int) -> FoundAttribution | None:
    """`Eller med Preben Nygaards ord: "…"`, `som med Brian Lentz' ord er "enhver sportsmands drøm"`:
    the owner of the words quoted next is the source (`med andre ord` has no owner and reports nothing)."""
    doc = ctx.doc
    with_ = next(k for k in range(i - 2, max(s, i - 5) - 1, -1) if doc[k].lower_ == "med")
    owner_end = i - 1 if doc[i - 1].lower_ == "egne" else i
    owner = doc[with_ + 1 : owner_end]
    last = owner[-1] if len(owner) else None
    genitive = last is not None and (
        (is_capitalised(last.text) and last.text.endswith(("s", "'")))
        or last.lower_ in ("hans", "hendes", "deres")
    )
    if not genitive:
        return None
    cue_end = i + 1
    k = cue_end
    if k < e and doc[k].text == ":":
        cue_end = k + 1  # the colon belongs to the cue: `med X's ord:`
        k += 1
    while k < min(cue_end + 3, len(doc)) and k not in ctx.region_by_open:
        k += 1
    if k not in ctx.region_by_open:
        return None
    region = ctx.regions[ctx.region_by_open[k]]
    if region.end <= region.start:
        return None
    return FoundAttribution(
        doc[with_:cue_end], owner, doc[region.start : region.end], "direct", "neutral", None, "in-their-words"
    )


def _sounding_statement(ctx: DocContext, i: int, s: int, e: int) -> FoundAttribution | None:
    """`Men, lyder konklusionen, det kan stadig lade sig gøre`, `…, lyder argumentet.`: the statement
    noun is the (unnamed) source; the content is the clause after its comma, else the one before."""
    doc = ctx.doc
    source = doc[i + 1 : i + 2]
    after = i + 2
    if after + 1 < e and doc[after].text == ",":
        start = after + 2 if doc[after + 1].lower_ == "at" else after + 1
        end = ctx.content_end(start, e)
        if end > start:
            return FoundAttribution(
                doc[i : i + 1], source, doc[start:end], "indirect", "neutral", None, "sounding-statement"
            )
    pre = pre_content(ctx, i, s)
    if pre is None or pre[1] <= pre[0]:
        return None
    return FoundAttribution(
        doc[i : i + 1], source, doc[pre[0] : pre[1]], pre[2], "neutral", None, "sounding-statement"
    )


def _verbal_content(
    ctx: DocContext, i: int, cue_end: int, source: Span, s: int, e: int
) -> FoundAttribution | None:
    """Content of a verbal according-to cue: an `at`-clause, the content before it, or the sentence before."""
    doc = ctx.doc
    after = max(source.end, cue_end)
    for k in range(after, min(after + 4, e)):
        if doc[k].lower_ == "at":
            end = ctx.content_end(k + 1, e)
            if end > k + 1:
                return FoundAttribution(
                    doc[i:cue_end],
                    source,
                    doc[k + 1 : end],
                    "according_to",
                    "neutral",
                    None,
                    "according-to-verb",
                )
    if doc[s].lower_ == "som":  # `Som det fremgår af tabellen, er udgifterne steget`
        comma = next((k for k in range(max(source.end, cue_end), e) if doc[k].text == ","), None)
        end = ctx.content_end(comma + 1, e) if comma is not None else 0
        if comma is None or end <= comma + 1:
            return None
        return FoundAttribution(
            doc[i:cue_end], source, doc[comma + 1 : end], "according_to", "neutral", None, "according-to-verb"
        )
    pre = pre_content(ctx, i, s)
    if pre is None and doc[s].lower_ in ("det", "dette", "sådan", "således"):
        pre = anaphor_content(ctx, s, s, "according_to")
    elif pre is None and doc[i].lower_ in EMERGES_FROM and _plain_subject(ctx, s, i):
        pre = (s, i, "according_to")  # `Opfordringen fremgik af et telegram`: the subject is what X says
    if pre is None or pre[1] <= pre[0]:
        return None
    kind = "direct" if pre[2] == "direct" else "according_to"
    return FoundAttribution(
        doc[i:cue_end], source, doc[pre[0] : pre[1]], kind, "neutral", None, "according-to-verb"
    )


def _what_x_reports(ctx: DocContext, i: int, e: int) -> FoundAttribution | None:
    """`Efter hvad Ritzau erfarer, er aftalen på plads`: the source reports the main clause that follows."""
    doc = ctx.doc
    verb = next((k for k in range(i + 3, min(i + 10, e)) if doc[k].lower_ in VERB_FORM_SET), None)
    if verb is None or verb + 1 >= e or doc[verb + 1].text != ",":
        return None
    source = noun_phrase(doc, i + 2, verb, VERB_FORM_SET)
    end = ctx.content_end(verb + 2, e)
    if source is None or end <= verb + 2:
        return None
    return FoundAttribution(
        doc[i : verb + 1], source, doc[verb + 2 : end], "according_to", "neutral", None, "according-to"
    )


def _statement_noun(ctx: DocContext, i: int, s: int, e: int) -> FoundAttribution | None:
    """`Hans forklaring er, at bilen skred ud`: a statement noun owned by the source, `er`, then the content."""
    doc = ctx.doc
    if i - 1 < s or i + 2 >= e:
        return None
    cleft = i - 2 >= s and doc[i - 2].lower_ in ("er", "var") and doc[i + 1].text == ","
    if not cleft and doc[i + 1].lower_ not in ("er", "var"):
        return None
    owner = doc[i - 1]
    if owner.is_lower and owner.is_alpha and owner.lower_ not in _GENITIVE_PRONOUNS and i - 2 >= s:
        owner = doc[i - 2]  # `Nævnets samlede vurdering er, at …`: one adjective between
    if owner.lower_ in _FIRST_PERSON_POSSESSIVES:
        return None  # `mit bud er, at …`: the speaker's own hedged view, not a report
    genitive = owner.lower_ in _GENITIVE_PRONOUNS or (
        owner.text[:1].isupper() and owner.text.endswith(("s", "'s", "’s")) and len(owner.text) > 2
    )
    if not genitive:
        return None
    start = owner.i
    while start - 1 >= s and doc[start - 1].text[:1].isupper() and not doc[start - 1].is_punct:
        start -= 1  # `Anders Fogh Rasmussens vurdering`
    k = i + 1 if cleft else i + 2  # `Det er Arbejdstilsynets vurdering, at …`
    region = ctx.region_at(k + 1) if k + 1 < e else None
    if not cleft and region is not None and region.open_mark == k:
        # `Assads holdning er "i dag Libyen - i morgen Syrien"`: the owner's words, quoted
        end = min(region.end, e)
        return FoundAttribution(
            doc[i : i + 1],
            doc[start : owner.i + 1],
            doc[k + 1 : end],
            "mixed",
            "neutral",
            None,
            "statement-noun",
        )
    if doc[k].text == "," and k + 1 < e and doc[k + 1].lower_ == "at":
        k += 2
    elif doc[k].text == ":":
        k += 1
    else:
        return None
    end = ctx.content_end(k, e)
    quoted = ctx.region_at(i)
    if quoted is not None:
        end = min(end, quoted.end)  # `"Hans håb er, at …," siger X`: the content ends with the quotation
    if end <= k:
        return None
    return FoundAttribution(
        doc[i : i + 1], doc[start : owner.i + 1], doc[k:end], "indirect", "neutral", None, "statement-noun"
    )


def _statement_from(ctx: DocContext, i: int, s: int, e: int) -> FoundAttribution | None:
    """`Det er meldingen fra et enigt byråd.`: the sentence before is what the `fra`-source says."""
    doc = ctx.doc
    if not (
        i - 2 == s
        and doc[s].lower_ in ("det", "dette", "sådan")
        and doc[i - 1].lower_ in ("er", "var")
        and i + 2 < e
        and doc[i + 1].lower_ == "fra"
    ):
        return None
    source = noun_phrase(doc, i + 2, e, VERB_FORM_SET)
    if source is None or source[0].lower_ in _FIRST_PERSON_POSSESSIVES:
        return None  # `Det er beskeden fra min side` is the speaker's own word
    content = anaphor_content(ctx, s, s, "indirect")
    if content is None:
        return None
    return FoundAttribution(
        doc[i : i + 2], source, doc[content[0] : content[1]], content[2], "neutral", None, "statement-noun"
    )


def _plain_subject(ctx: DocContext, s: int, i: int) -> bool:
    """A short noun phrase opens the sentence right before the verb (no clause, no punctuation)."""
    doc = ctx.doc
    return 0 < i - s <= 6 and not any(
        doc[k].is_punct or doc[k].is_space or doc[k].lower_ in VERB_FORM_SET for k in range(s, i)
    )


def _sourceless(ctx: DocContext, i: int, cue_end: int, s: int) -> FoundAttribution | None:
    """`…, lyder det.`: the content stands before and no source is given; `Her lød det, at …` after."""
    doc = ctx.doc
    _s, e = ctx.sentence_bounds(i)
    if cue_end + 1 < e and doc[cue_end].text == "," and doc[cue_end + 1].lower_ == "at":
        end = ctx.content_end(cue_end + 2, e)
        if end > cue_end + 2:
            return FoundAttribution(
                doc[i:cue_end], None, doc[cue_end + 2 : end], "indirect", "neutral", None, "sourceless"
            )
    pre = pre_content(ctx, i, s)
    if pre is None:
        return None
    return FoundAttribution(doc[i:cue_end], None, doc[pre[0] : pre[1]], pre[2], "neutral", None, "sourceless")
