"""Read DaN+ nested NER (token, outer tag, inner tag) and reduce it to flat outer entities.

Policy (the one DaNE-style scores use): keep the outer level; subtypes `-part` (a name inside
a word, `SID-huset`) and `-deriv` (a word derived from a name, `dansk`) become `O`, so the
model learns and is scored on full names of type PER, ORG, LOC and MISC only.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

ENTITY_TYPES = ("PER", "ORG", "LOC", "MISC")


@dataclass(frozen=True)
class NerSentence:
    """Forms and flat outer BIO tags of one sentence."""

    forms: tuple[str, ...]
    tags: tuple[str, ...]

    @property
    def text_key(self) -> str:
        """The forms with whitespace removed, to align with UD sentences."""
        return "".join(self.forms).replace(" ", "")


def outer_tag(tag: str) -> str:
    """`B-ORGpart` -> `O`, `I-PER` -> `I-PER`, anything unknown -> `O`."""
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, label = tag.split("-", 1)
    if label not in ENTITY_TYPES or prefix not in ("B", "I"):
        return "O"
    return f"{prefix}-{label}"


def repair_bio(tags: list[str]) -> list[str]:
    """An `I-X` that follows neither `B-X` nor `I-X` (after mapping subtypes away) opens an entity."""
    fixed: list[str] = []
    for tag in tags:
        if tag.startswith("I-") and (not fixed or fixed[-1][2:] != tag[2:]):
            tag = "B-" + tag[2:]
        fixed.append(tag)
    return fixed


def read_danplus(path: Path) -> list[NerSentence]:
    """Sentences of a DaN+ `.tsv` file with flat outer tags."""
    sentences: list[NerSentence] = []
    forms: list[str] = []
    tags: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if not line.strip():
            if forms:
                sentences.append(NerSentence(tuple(forms), tuple(repair_bio(tags))))
            forms, tags = [], []
            continue
        cols = line.split("\t")
        forms.append(cols[0])
        tags.append(outer_tag(cols[1] if len(cols) > 1 else "O"))
    return sentences
