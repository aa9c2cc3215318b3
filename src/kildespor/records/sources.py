"""Source-analysis records: attributions, markers, sentences, claims, entities.

The field names and values follow ../shared/eval/ANNOTATION.md; spans are
`(start, end)` pairs serialised as `[start, end]`. Extra fields (texts,
stance, role) are welcome in that schema and make a report readable.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

Span = tuple[int, int]


class SourceKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    MEDIA = "media"
    DOCUMENT = "document"
    UNNAMED = "unnamed"
    AUTHOR = "author"


class AttributionKind(StrEnum):
    DIRECT = "direct"
    INDIRECT = "indirect"
    MIXED = "mixed"
    ACCORDING_TO = "according_to"


class Stance(StrEnum):
    """What the reporting cue says about the source's commitment."""

    NEUTRAL = "neutral"
    BELIEF = "belief"
    DISTANCING = "distancing"
    ENDORSING = "endorsing"
    DENIAL = "denial"


class MarkerClass(StrEnum):
    HEDGED = "hedged"
    HEARSAY = "hearsay"
    CONTESTED = "contested"
    DENIED = "denied"


class SentenceLabel(StrEnum):
    FIRM = "firm"
    HEDGED = "hedged"
    HEARSAY = "hearsay"
    CONTESTED = "contested"
    DENIED = "denied"


LABEL_STRENGTH: dict[SentenceLabel, int] = {
    SentenceLabel.FIRM: 0,
    SentenceLabel.HEDGED: 1,
    SentenceLabel.HEARSAY: 2,
    SentenceLabel.CONTESTED: 3,
    SentenceLabel.DENIED: 4,
}


class Attribution(BaseModel):
    """One act of reporting: a source presented as the origin of some content."""

    cue: Span
    cue_text: str = ""
    source: Span | None = None
    source_text: str | None = None
    source_name: str | None = Field(None, description="The name the source resolves to in this article.")
    source_kind: SourceKind = SourceKind.PERSON
    role: str | None = Field(None, description="Role from an apposition or relative clause.")
    content: Span
    content_text: str = ""
    kind: AttributionKind = AttributionKind.INDIRECT
    via: Span | None = None
    via_name: str | None = None
    stance: Stance = Stance.NEUTRAL
    rule: str = Field("", description="The rule that found it: explains the decision.")


class Marker(BaseModel):
    """A word or construction that weakens how firmly a claim is presented."""

    model_config = ConfigDict(populate_by_name=True)

    span: Span
    cls: MarkerClass = Field(alias="class")
    text: str = ""
    rule: str = ""


class Sentence(BaseModel):
    span: Span
    label: SentenceLabel = SentenceLabel.FIRM
    text: str = ""
    markers: list[int] = Field(default_factory=list, description="Indices into the marker list.")


class Claim(BaseModel):
    """One claim-bearing clause: what is asserted, by whom, how firmly, and why that label."""

    span: Span
    text: str = ""
    label: SentenceLabel = SentenceLabel.FIRM
    attribution: int | None = Field(None, description="Index into attributions; None = the outlet's voice.")
    source_name: str | None = None
    source_kind: SourceKind = SourceKind.AUTHOR
    evidence: list[Span] = Field(default_factory=list, description="Spans that decided the label.")


class EntityMention(BaseModel):
    span: Span
    text: str


class Entity(BaseModel):
    """A person, organisation or place, with its mentions in this article."""

    name: str
    label: str = Field(description="PER | ORG | LOC | MISC")
    mentions: list[EntityMention] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)


class SourceAnalysis(BaseModel):
    attributions: list[Attribution] = Field(default_factory=list)
    markers: list[Marker] = Field(default_factory=list)
    sentences: list[Sentence] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
