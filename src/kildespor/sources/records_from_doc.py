"""Doc spans → typed records with character offsets into `Article.text`.

The Doc was built over the masked article text, so token character offsets
are offsets into `Article.text` (through the decoding table when escaped
letters were decoded); spans are trimmed of surrounding whitespace.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Span

from kildespor.language.entity_decoding import input_offset
from kildespor.records import (
    Attribution,
    AttributionKind,
    Claim,
    Marker,
    MarkerClass,
    Sentence,
    SentenceLabel,
    SourceKind,
    Stance,
)

_SENTENCES = "kildespor_sentences"
_NUMBER_STOP = re.compile(r"^\d+\.$")
_MARKERS = "kildespor_markers"


def char_span(span: Span, *, name: bool = False) -> tuple[int, int]:
    """(start, end) character offsets of a span without surrounding whitespace.

    With `name`, a sentence-final full stop glued to a number (`TV 2.`) is left out.
    """
    text = span.text
    start = span.start_char + (len(text) - len(text.lstrip()))
    end = span.end_char - (len(text) - len(text.rstrip()))
    if name and len(span) and _NUMBER_STOP.match(span[-1].text):
        end -= 1
    start, end = input_offset(span.doc, start), input_offset(span.doc, max(start, end))
    return (start, max(start, end))


def clean_name(name: str | None) -> str | None:
    """A display name without trailing punctuation (`TV 2.` → `TV 2`)."""
    if name is None:
        return None
    name = " ".join(name.split()).strip(" .,:;")
    return name or None


def attribution_record(found: Any, text: str) -> Attribution:
    """One FoundAttribution (from kildespor_attribution/kildespor_speakers) as a record."""
    cue, content = char_span(found.cue), char_span(found.content)
    source = char_span(found.source, name=True) if found.source is not None else None
    via = char_span(found.via, name=True) if found.via is not None else None
    return Attribution(
        cue=cue,
        cue_text=text[cue[0] : cue[1]],
        source=source,
        source_text=text[source[0] : source[1]] if source else None,
        source_name=clean_name(found.source_name),
        source_kind=SourceKind(found.source_kind),
        role=found.role,
        content=content,
        content_text=text[content[0] : content[1]],
        kind=AttributionKind(found.kind),
        via=via,
        via_name=clean_name(text[via[0] : via[1]]) if via else None,
        stance=Stance(found.stance),
        rule=found.rule,
    )


def marker_records(doc: Doc) -> list[Marker]:
    """Markers in text order."""
    markers = []
    for span in doc.spans.get(_MARKERS, []):
        start, end = char_span(span)
        markers.append(
            Marker(span=(start, end), cls=MarkerClass(span.label_), text=span.text.strip(), rule="lexicon")
        )
    return markers


def sentence_records(doc: Doc, text: str, markers: list[Marker]) -> list[Sentence]:
    """Labelled sentences with the indices of the markers inside them."""
    spans = list(doc.spans[_SENTENCES]) if _SENTENCES in doc.spans else list(doc.sents)
    sentences = []
    k = 0
    for span in spans:
        start, end = char_span(span)
        if end <= start:
            continue
        while k < len(markers) and markers[k].span[1] <= start:
            k += 1
        inside = []
        for j in range(k, len(markers)):
            if markers[j].span[0] >= end:
                break
            inside.append(j)
        label = span.label_ if span.label_ in SentenceLabel.__members__.values() else "firm"
        sentences.append(
            Sentence(span=(start, end), label=SentenceLabel(label), text=text[start:end], markers=inside)
        )
    return sentences


def claim_records(doc: Doc, text: str, attributions: list[Attribution]) -> list[Claim]:
    """Claims with their voice (attribution index or author) and evidence spans."""
    claims = []
    for found in doc._.kildespor_claims if doc.has_extension("kildespor_claims") else []:
        start, end = char_span(found.span)
        owner = attributions[found.attribution] if found.attribution is not None else None
        claims.append(
            Claim(
                span=(start, end),
                text=text[start:end],
                label=SentenceLabel(found.label),
                attribution=found.attribution,
                source_name=owner.source_name if owner else None,
                source_kind=owner.source_kind if owner else SourceKind.AUTHOR,
                evidence=[char_span(m) for m in found.evidence],
            )
        )
    return claims
