"""Complements of reporting verbs beyond the `at`-clause, and where a reported clause ends.

- `bare_complement`: a clause without `at` (`tror, ingen bryder sig om dig`,
  `synes jeg, det var på tide`);
- `before_tag`: a nested clause ends before the outer speaker's tag
  (`…, at det går, siger hun`) and inside its quotation;
- `clause_complement`: whether a complement is a finite clause next to the
  verb (the only kind complement-only verbs such as `oplever` report with);
- `evaluation_attribution`: `kalder det "en trist placering"`, `beskriver X som Y`;
- `determiner_de`: `de` as the article of `de daglige angreb`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kildespor.language.components.doc_context import VERB_FORMS, CueVerb, DocContext
from kildespor.language.components.found_attribution import FoundAttribution
from kildespor.language.components.phrase_edges import looks_like_subject
from kildespor.language.da.function_words import ADVERBS, AUXILIARIES, PREPOSITIONS, SUBORDINATORS
from kildespor.language.da.quotation import QUOTATION_MARKS
from kildespor.language.da.reporting_verbs import EVALUATION_VERBS

TokenRange = tuple[int, int, str]
# sentence adverbs that may stand between the subject and the finite verb of a bare clause
_CLAUSE_ADVERBS = ADVERBS | frozenset({"snart", "altid", "måske", "formentlig", "sikkert"})
# one-syllable infinitives that do not end in -e (Retskrivningsordbogen)
SHORT_INFINITIVES = frozenset({"få", "gå", "se", "stå", "nå", "slå", "dø", "bo", "tro", "flå", "spå", "klå"})
# subjects that open a reported clause without `at` (`tror, ingen bryder sig om dig`)
BARE_CLAUSE_SUBJECTS = frozenset(
    {"det", "der", "jeg", "du", "han", "hun", "vi", "de", "man", "den", "dette", "ingen", "alle", "nogen"}
)


_MAX_ADVERBS = 3


def bare_complement(ctx: DocContext, j: int, e: int, after_source: bool = False) -> TokenRange | None:
    """A reported clause without `at`: `tror, ingen bryder sig om dig`, `synes jeg, det var på tide`.

    Danish drops the complementiser after verbs of saying and believing; the
    clause is recognised by a subject word right after the verb group (or its
    comma) followed by a finite verb. `after_source`: the inverted source ends
    right before j, so `, der …` is a relative clause on it.
    """
    doc = ctx.doc
    k = j
    while k < min(e, j + _MAX_ADVERBS) and doc[k].pos_ == "ADV" and doc[k].is_lower and doc[k].is_alpha:
        k += 1
    if k > j and k < e and doc[k].text == ",":
        j = k  # `synes egentlig, vi gør meget`, `synes ikke altid, det er skægt`: adverbs before the comma
    m = j + 1 if j < e and doc[j].text == "," else j
    verb = m + 2 if m + 2 < e and doc[m + 1].lower_ in _CLAUSE_ADVERBS else m + 1  # `der snart findes`
    if verb >= e or not _bare_subject(doc[m]) or not finite_like(doc[verb]):
        return None
    if after_source and m > j and doc[m].lower_ in ("der", "den"):
        return None  # `Det vurderer Daily Mail, der har fået adgang`: a relative clause on the source
    end = ctx.content_end(m, before_tag(ctx, m, e))
    return (m, end, "indirect") if end >= m + 2 else None


def _bare_subject(token: Token) -> bool:
    """A subject that can open a clause without `at`: a pronoun, or a definite noun when tagged
    (`mente situationen var i bedring`)."""
    if token.lower_ in BARE_CLAUSE_SUBJECTS:
        return True
    return token.pos_ == "NOUN" and token.morph.get("Definite", []) == ["Def"] and token.text.islower()


def before_tag(ctx: DocContext, start: int, e: int) -> int:
    """End of a nested reported clause before the outer speaker's tag: `…, at det går, siger hun`."""
    doc = ctx.doc
    region = ctx.region_at(start)
    if region is not None and not region.dash:
        e = min(e, region.end)  # a clause reported inside a quotation ends with it
    for k in range(start + 2, e - 1):
        if region is None and doc[k].lower_ == "hvilket" and doc[k - 1].text == ",":
            return k - 1  # `…, at han vil støtte Macron, hvilket vil forøge …`: the writer's comment
        p = k - 2 if doc[k - 1].text in QUOTATION_MARKS and k - 2 > start else k - 1
        if (
            doc[p].text in (",", "!", "?")
            and doc[k].lower_ in VERB_FORMS
            and doc[k].lower_ not in SUBORDINATORS  # `…, når Folketinget mødes`: a clause, not a tag
            and looks_like_subject(doc, k + 1, e)
        ):
            return p if doc[p].text == "," else p + 1  # `…, siger hun` / `…,« siger han` / `…! sagde Lis`
        if (
            doc[k].lower_ == "men"
            and doc[k - 1].text == ","
            and k + 2 < e
            and doc[k + 1].lower_ in ("der", "det")
            and doc[k + 2].lower_ in AUXILIARIES
        ):
            return k - 1  # `…, at det anvender våbnene, men der er flere beviser`: the writer goes on
        if doc[k].lower_ in ("og", "men") and _reporting_soon(
            doc, k + 1, e, 4 if doc[k - 1].text == "," else 1
        ):
            # `…, og forvaltningen finder heller ikke, at …` / `… er klar og tilføjer, at`: the next report
            return k - 1 if doc[k - 1].text == "," else k
    return e


def _reporting_soon(doc: Doc, start: int, e: int, reach: int) -> bool:
    """A finite reporting verb (not a copula) within `reach` words: a coordinated clause that reports."""
    for k in range(start, min(start + reach, e)):
        verb = VERB_FORMS.get(doc[k].lower_)
        if verb is not None and verb.mode == "any" and not verb.participle:
            return True
        if doc[k].is_punct:
            return False
    return False


def clause_complement(ctx: DocContext, j: int, post: TokenRange) -> bool:
    """Whether a complement is a finite clause next to the verb group, not a quotation, colon far
    away or an infinitive (`oplevede begge at blive nationalhelte`)."""
    doc = ctx.doc
    start = post[0]
    if post[2] == "direct" or start - j > 3:
        return False
    if doc[start - 1].lower_ != "at" or not _infinitive_like(doc[start]):
        return True
    word = doc[start].lower_  # `at reglerne gælder`: a definite noun opens a clause, not an infinitive
    nxt = doc[start + 1] if start + 1 < len(doc) else None
    return (len(word) > 5 and word.endswith(("ne", "en", "et"))) or (
        nxt is not None and (nxt.lower_ in AUXILIARIES or "Fin" in nxt.morph.get("VerbForm", []))
    )


def _infinitive_like(token: Token) -> bool:
    """An infinitive after `at` (`lovede at få`, `oplevede at blive`): by the tagger, else by its form."""
    if token.pos_ in ("VERB", "AUX"):
        return True
    text = token.text
    return (
        text.islower()
        and token.lower_ not in BARE_CLAUSE_SUBJECTS
        and (text.endswith("e") or token.lower_ in SHORT_INFINITIVES)
    )


def finite_like(token: Token) -> bool:
    """A finite verb: by the tagger when one ran, else an auxiliary or a present/past tense form."""
    verb_form = token.morph.get("VerbForm", [])
    if verb_form:
        return "Fin" in verb_form
    if token.pos_ in ("NOUN", "PROPN", "ADJ", "NUM", "PRON", "DET"):
        return False  # `de vanskeligheder, vi …`: a plural noun in -er is no present tense
    text = token.text
    return token.lower_ in AUXILIARIES or (
        text.isalpha()
        and text.islower()
        and len(text) > 3
        and text.endswith(("er", "ede", "te", "des", "tes"))
    )


def determiner_de(doc: Doc, k: int, e: int) -> bool:
    """`Pentagon kalder de daglige angreb`: `de` before an adjective in -e is an article, not a subject."""
    return (
        doc[k].lower_ == "de"
        and k + 1 < e
        and doc[k + 1].text.islower()
        and doc[k + 1].text.isalpha()
        and doc[k + 1].text.endswith("e")
        and len(doc[k + 1].text) > 3
    )


def evaluation_attribution(
    ctx: DocContext, i: int, j: int, e: int, verb: CueVerb, source: Span, via: Span | None
) -> FoundAttribution | None:
    """`kalder det "en trist placering"`, `beskriver sommeren som et godt år`: object + predicate as content.

    The predicate must be there (its linking word, a quotation, or `det` + a
    predicate after `kalder`), so `kalder på hjælp` and `beskriver forløbet` report nothing.
    """
    doc = ctx.doc
    end = j
    while end < e and doc[end].text not in (",", ".", ":", ";", "?", "!"):
        end += 1
    if end + 1 < e and doc[end].text == "," and doc[end + 1].lower_ == "at":
        if end - j <= 3:
            return None  # `anså det for givet, at …`: the `at`-clause is what is held (the parse fallback's)
        if any(t.lower_ == "så" for t in doc[j:end]):
            # `betragter det som en dag af så stor betydning, at …`: the result clause belongs to the predicate
            end += 2
            while end < e and doc[end].text not in (".", ":", ";", "?", "!"):
                end += 1
    end = ctx.content_end(j, end)
    words = [t.lower_ for t in doc[j:end]]
    linked = any(w in EVALUATION_VERBS[verb.lemma] for w in words[1:]) or any(
        ctx.region_of[k] >= 0 for k in range(j + 1, end)
    )
    # `kalder det "en trist placering"`, `kaldte hende landsforræder`: a pronoun object, then its name
    named = verb.lemma == "kalde" and words[:1] in (["det"], ["ham"], ["hende"], ["dem"]) and len(words) >= 2
    linked = linked or named
    solid = sum(1 for t in doc[j:end] if not t.is_punct)
    if solid < (2 if named else 3) or not linked or words[0] in PREPOSITIONS or words[0] in ("sig", "at"):
        return None
    return FoundAttribution(doc[i : i + 1], source, doc[j:end], "indirect", verb.stance, via, "evaluation")
