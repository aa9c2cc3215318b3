"""kildespor_speakers: resolve each attribution's source within the article.

- `source_name`: a name in the source span (the apposition's name before a
  title's), a surname expanded to the full name seen earlier (`Viacorka` →
  `Franak Viacorka`), a pronoun or role noun (`siger hun`, `FN-chefen`) to
  the person last named outside quotations, preferring the latest speaker
  of the last three sentences;
- `source_kind`: media / document / organisation / unnamed / person from the
  words (da/media.py, da/source_nouns.py); no source → unnamed;
- `role`: the lower-case title before a name, an apposition, or a relative
  clause `, der er …,` after the source.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from kildespor.language.components.doc_context import DocContext, is_media
from kildespor.language.components.found_attribution import FoundAttribution
from kildespor.language.components.name_index import NameMention, build_name_index, strip_genitive
from kildespor.language.da.pronouns import SOURCE_PRONOUNS
from kildespor.language.da.source_nouns import (
    DOCUMENT_STEMS,
    INDEFINITE_DETERMINERS,
    ORGANISATION_STEMS,
    ROLE_STEMS,
    UNNAMED_PRONOUNS,
    UNNAMED_SOURCE_STEMS,
)
from kildespor.language.extensions import register_extensions

_RECENT_SENTENCES = 3


def _head(span: Span) -> str:
    """The lower-cased last word of a noun phrase before any apposition comma."""
    words = [t for t in span if not t.is_punct]
    cut = next((k for k, t in enumerate(span) if t.text == ","), len(span))
    words = [t for t in span[:cut] if not t.is_punct] or words
    return words[-1].lower_ if words else ""


def _has_stem(word: str, stems: tuple[str, ...]) -> bool:
    """A word that is, starts with or (as a compound) ends with one of the stems."""
    base = word.split("-")[-1]
    return any(base.startswith(s) or word.endswith(s) for s in stems)


def source_kind(span: Span | None, name: str | None) -> str:
    """person / organisation / media / document / unnamed for a source span."""
    if span is None:
        return "unnamed"
    text = span.text
    head = _head(span)
    first = span[0].lower_
    if is_media(text) or (name is not None and is_media(name)):
        return "media"
    named = any(t.text[:1].isupper() for t in span[1:]) or (name is not None and name[:1].isupper())
    if _has_stem(head, DOCUMENT_STEMS) and not named:
        return "document"
    if _has_stem(head, ORGANISATION_STEMS) or (named and _has_stem(text.lower(), ORGANISATION_STEMS)
                                               and not _has_stem(head, ROLE_STEMS)):
        return "organisation"
    if head in UNNAMED_PRONOUNS or (not named and (first in INDEFINITE_DETERMINERS
                                                   or _has_stem(head, UNNAMED_SOURCE_STEMS) and head.endswith("e"))):
        return "unnamed"
    return "person"


class SpeakerResolver:
    """Fills source_name, source_kind and role on the Doc's attributions."""

    def __call__(self, doc: Doc) -> Doc:
        found: list[FoundAttribution] = doc._.kildespor_attributions
        if not found:
            return doc
        ctx = DocContext.build(doc)
        names = build_name_index(ctx)
        full_names: dict[str, str] = {}
        for mention in names:
            words = mention.text.split()
            if mention.label == "PER" and len(words) >= 2:
                full_names[strip_genitive(words[-1])] = " ".join(words[:-1] + [strip_genitive(words[-1])])
        resolved: list[tuple[int, str]] = []  # (sentence index, name) of speakers so far
        for item in found:
            item.source_name = self._name(ctx, item, names, full_names, resolved)
            item.source_kind = source_kind(item.source, item.source_name)
            item.role = _role(doc, item.source)
            if item.source_name and item.source_kind == "person" and item.source is not None:
                resolved.append((ctx.sentence_of[item.cue.start], item.source_name))
        return doc

    def _name(self, ctx: DocContext, item: FoundAttribution, names: list[NameMention],
              full_names: dict[str, str], resolved: list[tuple[int, str]]) -> str | None:
        """The name the source refers to in this article, or None."""
        span = item.source
        if span is None:
            return None
        doc = ctx.doc
        in_span = [m for m in names if span.start <= m.start < span.end
                   and not (m.end < span.end and m.text.endswith("s") and doc[m.end].text[:1].islower())]
        in_span = [m for m in in_span if m.label != "MEDIA"] or in_span
        if in_span:
            pick = next((m for m in reversed(in_span) if not m.text.endswith("s") or len(m.text.split()) > 1),
                        in_span[-1])
            words = pick.text.split()
            if len(words) == 1:
                return full_names.get(strip_genitive(words[0]), strip_genitive(words[0]))
            return pick.text
        lower = span[0].lower_
        if lower in SOURCE_PRONOUNS and lower not in ("han", "hun"):
            return None
        if lower in ("han", "hun") or _has_stem(_head(span), ROLE_STEMS):
            return self._antecedent(ctx, span.start, names, full_names, resolved)
        return None

    @staticmethod
    def _antecedent(ctx: DocContext, at: int, names: list[NameMention], full_names: dict[str, str],
                    resolved: list[tuple[int, str]]) -> str | None:
        """The latest speaker of the last sentences, else the person last named outside quotations."""
        here = ctx.sentence_of[at]
        if resolved and here - resolved[-1][0] <= _RECENT_SENTENCES:
            return resolved[-1][1]
        best: NameMention | None = None
        for mention in names:
            if mention.start >= at:
                break
            if mention.label == "PER" and not mention.quoted:
                best = mention
        if best is None:
            return resolved[-1][1] if resolved else None
        words = best.text.split()
        last = strip_genitive(words[-1])
        return full_names.get(last, " ".join(words[:-1] + [last]))


def _role(doc: Doc, span: Span | None) -> str | None:
    """Lower-case title words before a name, an apposition, or `, der er …,` after the source."""
    if span is None:
        return None
    title = [t.text for t in span if not t.text[:1].isupper() and not t.is_punct]
    end = span.end
    if end + 3 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in ("der", "som") \
            and doc[end + 2].lower_ in ("er", "var"):
        k = end + 3
        while k < len(doc) and doc[k].text not in (",", ".", "\n") and k - end < 16:
            k += 1
        return doc[end + 3 : k].text
    if title and len(title) < len(span):
        return " ".join(title)
    return None


@Language.factory("kildespor_speakers", requires=["doc._.kildespor_attributions"])
def make_speaker_resolver(nlp: Language, name: str) -> SpeakerResolver:
    """Factory for `nlp.add_pipe("kildespor_speakers")`."""
    register_extensions()
    return SpeakerResolver()
