"""kildespor_attribution: who says what, through whom → `doc._.kildespor_attributions` and span groups.

One linear pass over the tokens dispatches each possible cue to its rule
module: reporting verbs (reported_speech.py), passives (passive_reports.py),
`ifølge`-type cues (according_to.py), speaker colons (speaker_colon.py) and
unlisted verbs tagging a quotation (quotation_tags.py).
Idioms built on reporting verbs (`det vil sige`) are matched first and
skipped. Results: `doc._.kildespor_attributions` (FoundAttribution objects)
and the span groups `kildespor_cues` (label = kind), `kildespor_sources`,
`kildespor_contents`.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from kildespor.language.components.according_to import TRIGGERS, according_to_attribution
from kildespor.language.components.clausal_fallback import clausal_attributions
from kildespor.language.components.doc_context import VERB_FORMS, DocContext, is_media
from kildespor.language.components.found_attribution import FoundAttribution
from kildespor.language.components.passive_reports import TOLD_VERBS, passive_attribution, told_attribution
from kildespor.language.components.quotation_tags import quotation_tag_attribution
from kildespor.language.components.reported_speech import caused_belief, verb_attribution
from kildespor.language.components.speaker_colon import colon_after_report, colon_attribution
from kildespor.language.components.token_strings import lower_strings
from kildespor.language.components.verb_group import find_via
from kildespor.language.da.idioms import CLAUSE_REPORTING_IDIOMS, NON_REPORTING_IDIOMS
from kildespor.language.da.passive_cues import PASSIVE_CUES
from kildespor.language.extensions import register_extensions, store_attributions

CUES_KEY = "kildespor_cues"
SOURCES_KEY = "kildespor_sources"
CONTENTS_KEY = "kildespor_contents"


class AttributionFinder:
    """Finds attributions: cue, source, content, kind, stance and relay."""

    def __init__(self, nlp: Language) -> None:
        self.idioms = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.idioms.add(
            "idiom",
            list(
                nlp.tokenizer.pipe(  # type: ignore[union-attr]
                    NON_REPORTING_IDIOMS
                )
            ),
        )

    def __call__(self, doc: Doc) -> Doc:
        ctx = DocContext.build(doc)
        in_idiom = bytearray(len(doc))
        blocks_clause = bytearray(len(doc))  # idioms that also block the clausal fallback
        for _, s, e in self.idioms(doc):
            in_idiom[s:e] = b"\x01" * (e - s)
            if doc[s:e].text.lower() not in CLAUSE_REPORTING_IDIOMS:
                blocks_clause[s:e] = b"\x01" * (e - s)
        found: list[FoundAttribution] = []
        deferred: list[int] = []
        tagged = doc.has_annotation("TAG") or doc.has_annotation("POS")
        for i, lower in enumerate(lower_strings(doc)):  # this loop looks at every token of the article
            if in_idiom[i]:
                continue
            if lower in VERB_FORMS:
                self._add(found, verb_attribution(ctx, i, found[-1] if found else None))
            elif lower in PASSIVE_CUES:
                self._add(found, passive_attribution(ctx, i))
            elif lower in TOLD_VERBS:
                self._add(found, told_attribution(ctx, i))
            elif lower in TRIGGERS:
                deferred.append(i)
            elif lower == ":":
                self._add(found, colon_attribution(ctx, i))
            elif lower == "tro":
                self._add(found, caused_belief(ctx, i))
            elif tagged and doc[i].pos_ == "VERB":
                self._add(found, quotation_tag_attribution(ctx, i))
        relayed = bytearray(len(doc))
        for item in found:
            _relay_between_source_and_cue(ctx, item)
            _mark_relays(relayed, item)
        for i in deferred:  # in text order, so `lyder det fra Google` marks the `ifølge` after it
            if relayed[i]:
                continue
            according = according_to_attribution(ctx, i)
            if according is not None and _medium_of_report(ctx, according, found):
                continue
            if self._add(found, according):
                _mark_relays(relayed, found[-1])
        for item in clausal_attributions(ctx, found):
            if not blocks_clause[item.cue.start]:  # `mildest talt ikke tilfreds med, at …`
                self._add(found, item)
        for item in colon_after_report(ctx, found):
            self._add(found, item)
        found.sort(key=lambda a: a.cue.start)
        store_attributions(doc, found)
        doc.spans[CUES_KEY] = [a.cue for a in found]
        doc.spans[SOURCES_KEY] = [a.source for a in found if a.source is not None]
        doc.spans[CONTENTS_KEY] = [a.content for a in found]
        return doc

    @staticmethod
    def _add(found: list[FoundAttribution], item: FoundAttribution | None) -> bool:
        """Keep an attribution with non-empty content, once per cue; True when it was kept."""
        if item is None or len(item.content) == 0:
            return False
        if any(a.cue.start == item.cue.start for a in found[-3:]):
            return False
        item.cue.label_ = item.kind
        found.append(item)
        return True


def _relay_between_source_and_cue(ctx: DocContext, item: FoundAttribution) -> None:
    """`Ved flere lejligheder har han ifølge anklageskriftet sagt, at …`: an `ifølge` between the
    speaker and the cue relays that report (its `via`); it is no attribution of its own."""
    if item.source is None or item.via is not None or not 0 < item.cue.start - item.source.end <= 6:
        return
    doc = ctx.doc
    for k in range(item.source.end, item.cue.start):
        if doc[k].lower_ in ("ifølge", "iflg."):
            via, _end = find_via(ctx, k, item.cue.start)
            if via is not None:
                item.via = via
            return


def _medium_of_report(ctx: DocContext, item: FoundAttribution, found: list[FoundAttribution]) -> bool:
    """`Ifølge Berlingske viser målingerne, at …`, `Det oplyser X, …, ifølge nyhedsbureauet AP.`: a
    medium after `ifølge` that opens the sentence before a reporting verb, or closes it after a
    report, is that report's relay (`via`), no attribution of its own. True when it was attached."""
    source = item.source
    if source is None or not is_media(source.text):
        return False
    doc = ctx.doc
    s, e = ctx.sentence_bounds(item.cue.start)
    opening = item.cue.start == s or (item.cue.start == s + 1 and doc[s].lower_ in ("men", "og"))
    closing = source.end >= e or all(t.is_punct for t in doc[source.end : e])
    for other in found:
        if other.source is None or other.via is not None or not s <= other.cue.start < e:
            continue
        if (opening and other.cue.start == source.end) or (closing and other.cue.end <= item.cue.start):
            other.via = source
            return True
    return False


def _mark_relays(relayed: bytearray, item: FoundAttribution) -> None:
    """Mark the relay words of an attribution, and an `ifølge` right after its speaker or relay.

    `… til avisen Bild ifølge Reuters`, `lyder det fra Google ifølge The Guardian`: that `ifølge`
    is a second relay, not a new attribution."""
    if item.via is not None:
        relayed[item.via.start - 1 : item.via.end] = b"\x01" * (item.via.end - item.via.start + 1)
    for edge in (item.via, item.source):
        if edge is not None and edge.end < len(relayed) and edge.start > item.cue.start - 1:
            if edge[-1].text.endswith("."):
                continue  # `til TV 2. Ifølge politiet …`: the relay closed its sentence
            relayed[edge.end] = 1


@Language.factory(
    "kildespor_attribution",
    assigns=["doc._.kildespor_attributions", "doc.spans"],
)
def make_attribution_finder(nlp: Language, name: str) -> AttributionFinder:
    """Factory for `nlp.add_pipe("kildespor_attribution")`."""
    register_extensions()
    return AttributionFinder(nlp)
