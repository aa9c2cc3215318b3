"""Any verb that tags a quotation: `"Vi gør, hvad vi kan," lover politidirektøren`.

Danish news tags direct speech with an open class of verbs (`lover`, `garanterer`,
`erindrer`, `nikker`, `undrer sig`) beside the listed reporting verbs. Their position makes
them cues whatever the verb: a closed quotation that ends in a comma, question or exclamation
mark, then a finite verb, then its speaker. Dash paragraphs are left to the listed verbs, as
there a fronted clause (`- Da jeg kom, mødte jeg …`) looks the same. The verb must be tagged a finite
verb by the trained pipeline and the speaker must be someone who can speak (a pronoun, a
name, a role or a body), so `"Titanic" vandt 11 Oscars` stays a title. Without tags nothing
is found here; the listed verbs cover the common tags.
"""

from __future__ import annotations

from kildespor.language.components.doc_context import VERB_FORM_SET, DocContext
from kildespor.language.components.found_attribution import FoundAttribution
from kildespor.language.components.phrase_edges import noun_phrase
from kildespor.language.components.report_contents import pre_content
from kildespor.language.components.source_kinds import can_speak
from kildespor.language.da.function_words import ADVERBIAL_SUBORDINATORS, SUBJECT_PRONOUNS, SUBORDINATORS

_SPEECH_END = frozenset({",", "?", "!", "…", "...", "?!"})


def quotation_tag_attribution(ctx: DocContext, i: int) -> FoundAttribution | None:
    """The attribution an unlisted finite verb at token i makes as a quotation's tag, or None."""
    doc = ctx.doc
    token = doc[i]
    if token.pos_ != "VERB" or "Fin" not in token.morph.get("VerbForm", []):
        return None
    s, e = ctx.sentence_bounds(i)
    pre = pre_content(ctx, i, s)
    if pre is None or pre[2] != "direct" or not _ends_as_speech(ctx, i):
        return None
    speaker = noun_phrase(doc, i + 1, e, VERB_FORM_SET)
    if speaker is None or not can_speak(speaker):
        return None
    if ctx.region_at(i) is not None and speaker[0].lower_ in SUBJECT_PRONOUNS:
        return None  # `- Da jeg kom, mødte jeg …`: in a dash paragraph only a named or titled speaker tags
    return FoundAttribution(
        doc[i : i + 1], speaker, doc[pre[0] : pre[1]], "direct", "neutral", None, "quotation-tag"
    )


def _ends_as_speech(ctx: DocContext, i: int) -> bool:
    """The verb stands right after a closed quotation that ends as a spoken sentence does (`,"`,
    `?"`, `!"` or `",`), not after a bare title (`"Titanic" vandt`); inside a quotation only a dash
    paragraph's comma tag counts (see below)."""
    doc = ctx.doc
    region = ctx.region_at(i)
    p = ctx.previous_solid(i)
    if region is not None:
        # `- Det er helt uvurderligt, jublede træneren.`: a dash paragraph's tag after a comma, when the
        # paragraph does not open with a subordinate clause (`- Da jeg kom, mødte …`)
        opener = doc[region.start].lower_ if region.start < len(doc) else ""
        return (
            region.dash
            and p >= 0
            and doc[p].text == ","
            and opener not in SUBORDINATORS
            and opener not in ADVERBIAL_SUBORDINATORS
        )
    if p >= 0 and doc[p].text == ",":
        p = ctx.previous_solid(p)
        return p in ctx.region_by_close
    before = ctx.previous_solid(p) if p >= 0 else -1
    return p in ctx.region_by_close and before >= 0 and doc[before].text in _SPEECH_END
