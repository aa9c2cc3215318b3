"""Entities of an article: names mentioned, grouped by canonical name, with roles from attributions."""

from __future__ import annotations

from spacy.tokens import Doc

from kildespor.language.components.doc_context import release_caches
from kildespor.language.components.name_index import name_index_of, strip_genitive
from kildespor.language.entity_decoding import input_offset
from kildespor.records import Attribution, Entity, EntityMention

_LABELS = {"PER": "PER", "ORG": "ORG", "MEDIA": "ORG", "LOC": "LOC"}


def entity_records(doc: Doc, attributions: list[Attribution]) -> list[Entity]:
    """One Entity per canonical name; surnames join the full name seen in the article."""
    mentions = name_index_of(doc)
    release_caches(doc, names=True)
    full: dict[str, str] = {}
    for m in mentions:
        words = m.text.split()
        if m.label == "PER" and len(words) >= 2:
            full[strip_genitive(words[-1])] = " ".join([*words[:-1], strip_genitive(words[-1])])
    entities: dict[str, Entity] = {}
    for m in mentions:
        words = m.text.split()
        last = strip_genitive(words[-1])
        name = full.get(last, m.text) if m.label == "PER" else m.text
        entity = entities.setdefault(name, Entity(name=name, label=_LABELS.get(m.label, "MISC")))
        start = doc[m.start].idx
        span = (input_offset(doc, start), input_offset(doc, start + len(m.text)))
        entity.mentions.append(EntityMention(span=span, text=m.text))
    for attribution in attributions:
        if attribution.source_name in entities and attribution.role:
            roles = entities[attribution.source_name].roles
            if attribution.role not in roles:
                roles.append(attribution.role)
    return list(entities.values())
