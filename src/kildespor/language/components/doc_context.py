"""DocContext: what the attribution rules read about a Doc, computed once per Doc in linear passes.

Sentences and quotations come from `doc.spans` when kildespor_sentences and
kildespor_quotes ran, and are computed here otherwise, so the attribution
component also works when a spaCy user adds it alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Doc

from kildespor.language.components.quotation_regions import QuoteRegion, find_quote_regions
from kildespor.language.components.sentences import segment_sentences
from kildespor.language.da.media import MEDIA_DOMAIN_ENDINGS, MEDIA_NAME_ENDINGS, MEDIA_NAMES, MEDIA_NOUNS
from kildespor.language.da.reporting_verbs import (
    DIALOGUE_TAG_VERBS,
    PARTICLE_VERBS,
    REPORTING_INFINITIVES,
    REPORTING_VERBS,
)


@dataclass(frozen=True)
class CueVerb:
    """How a word form cues reported speech: `any` position, dialogue `tag` only, with `particles`, `infinitive`."""

    lemma: str
    stance: str
    participle: bool
    mode: str = "any"
    particles: tuple[str, ...] = ()
    # other particle verbs sharing this form (`lægger skjul på` / `lægger vægt på`), tried in order
    alternatives: tuple[CueVerb, ...] = ()

    def variants(self) -> tuple[CueVerb, ...]:
        """This reading and its alternatives."""
        return (self, *self.alternatives)


def _verb_forms() -> dict[str, CueVerb]:
    """Every cue word form, from the lexicon modules."""
    forms: dict[str, CueVerb] = {}
    for lemma, (words, stance) in DIALOGUE_TAG_VERBS.items():
        for word in words:
            forms[word] = CueVerb(lemma, stance, False, "tag")
    for lemma, (words, stance, particles) in PARTICLE_VERBS.items():
        for k, word in enumerate(words):
            reading = CueVerb(lemma, stance, k == 2, "particle", particles)
            earlier = forms.get(word)
            if earlier is not None and earlier.mode == "particle":
                reading = replace(earlier, alternatives=(*earlier.alternatives, reading))
            forms[word] = reading
    for lemma, stance in REPORTING_INFINITIVES.items():
        forms[lemma] = CueVerb(lemma, stance, False, "infinitive")
    for lemma, (words, stance) in REPORTING_VERBS.items():
        for k, word in enumerate(words):
            forms[word] = CueVerb(lemma, stance, len(words) == 3 and k == 2)
    return forms


VERB_FORMS: dict[str, CueVerb] = _verb_forms()
VERB_FORM_SET: frozenset[str] = frozenset(VERB_FORMS)
_MEDIA = frozenset(MEDIA_NAMES)
CONTEXT_CACHE = "kildespor.context"
# per-Doc working state dropped when the components are done (it holds the Doc itself); the name
# index ("kildespor.names") is plain data and stays for the records stage (sources/entities.py)
CACHE_KEYS = (CONTEXT_CACHE, "kildespor.quote_regions")
NAMES_CACHE = "kildespor.names"


@dataclass
class DocContext:
    """Sentences, quotations and lookups over one Doc."""

    doc: Doc
    sentences: list[tuple[int, int]]
    regions: list[QuoteRegion]
    sentence_of: list[int] = field(default_factory=list)
    region_of: list[int] = field(default_factory=list)
    region_by_close: dict[int, int] = field(default_factory=dict)
    region_by_open: dict[int, int] = field(default_factory=dict)

    @classmethod
    def build(cls, doc: Doc) -> DocContext:
        """Index sentences and quotations of a Doc (from its span groups when present); reused within a run."""
        cached = doc.user_data.get(CONTEXT_CACHE)
        if isinstance(cached, DocContext) and cached.doc is doc and len(cached.sentence_of) == len(doc):
            return cached
        if "kildespor_sentences" in doc.spans:
            sentences = [(s.start, s.end) for s in doc.spans["kildespor_sentences"]]
        else:
            sentences = segment_sentences(doc)
        ctx = cls(doc, sentences, find_quote_regions(doc))
        ctx.sentence_of = [-1] * len(doc)
        for k, (s, e) in enumerate(sentences):
            ctx.sentence_of[s:e] = [k] * (e - s)
        ctx.region_of = [-1] * len(doc)
        for k, region in enumerate(ctx.regions):
            ctx.region_of[region.start : region.end] = [k] * (region.end - region.start)
            ctx.region_by_open[region.open_mark] = k
            if region.close_mark is not None:
                ctx.region_by_close[region.close_mark] = k
        doc.user_data[CONTEXT_CACHE] = ctx
        return ctx

    def sentence_bounds(self, i: int) -> tuple[int, int]:
        """Token range of the sentence holding token i (the token alone when it is in none)."""
        k = self.sentence_of[i]
        return self.sentences[k] if k >= 0 else (i, i + 1)

    def region_at(self, i: int) -> QuoteRegion | None:
        """The quotation whose content holds token i."""
        k = self.region_of[i] if 0 <= i < len(self.doc) else -1
        return self.regions[k] if k >= 0 else None

    def content_end(self, start: int, end: int) -> int:
        """Exclusive end without trailing punctuation (a closing mark stays when its opening mark is inside)."""
        while end > start and (self.doc[end - 1].is_punct or self.doc[end - 1].is_space):
            k = self.region_by_close.get(end - 1)
            if k is not None and self.regions[k].open_mark >= start:
                break
            end -= 1
        return end

    def previous_solid(self, i: int) -> int:
        """Index of the nearest non-space token before i (-1 when none)."""
        j = i - 1
        while j >= 0 and self.doc[j].is_space:
            j -= 1
        return j


_MEDIA_COMPOUND_ENDINGS = ("avisen", "mediet", "bladet", "magasinet", "programmet")


def is_media(text: str) -> bool:
    """Whether a noun phrase names a news medium (`TV 2`, `Ritzau`, `avisen`)."""
    lower = " ".join(text.lower().rstrip(".").split())
    if (
        lower in _MEDIA
        or lower.rstrip(".") in _MEDIA
        or lower.replace(".", "") in _MEDIA
        or lower.replace("-", " ") in _MEDIA  # `al-Jazeera`, `TV-2`
    ):
        return True
    words = lower.split()
    if words and (
        (words[-1].endswith(MEDIA_DOMAIN_ENDINGS) and "." in words[-1][1:-2])
        or (len(words) >= 2 and words[-1].endswith(MEDIA_NAME_ENDINGS) and text.split()[-1][:1].isupper())
    ):
        return True  # `telegraph.co.uk`, `Fyens Stiftstidende`
    original = text.split()
    # `det portugisiske nyhedsmedie DN Portugal`, `regeringsavisen The Observer`: a medium noun (or
    # a compound ending in one) right before a capitalised name
    introduced = len(original) == len(words) and any(
        (w in MEDIA_NOUNS or w.endswith(_MEDIA_COMPOUND_ENDINGS)) and original[k + 1][:1].isupper()
        for k, w in enumerate(words[:-1])
    )
    return bool(words) and (
        words[-1] in MEDIA_NOUNS
        or words[0] in MEDIA_NOUNS
        or introduced
        or any(lower.startswith(m + " ") or lower.startswith(m + "-") for m in ("tv 2", "dr", "tv2"))
    )


def release_caches(doc: Doc, names: bool = False) -> None:
    """Drop the per-Doc caches (they hold the Doc itself and are no results) once the components are done;
    `names`: the name index too, once the records stage has read it."""
    for key in (*CACHE_KEYS, NAMES_CACHE) if names else CACHE_KEYS:
        doc.user_data.pop(key, None)
